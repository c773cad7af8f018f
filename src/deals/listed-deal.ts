import type { DealRecord } from '../core/types';

/** A deal as the store lists it (listDeals): the record, and when the store first saw it. */
export type ListedDeal = DealRecord & { firstSeen: string };
