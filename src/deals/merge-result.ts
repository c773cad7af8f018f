// The merge preview's result: what mergeDeals will store (the store's own merge, deal-store.ts
// mergeInto), so the reader sees before confirming exactly what they get.
import { mergeDeal } from '../core/deals/merge-deals';
import type { DealRecord } from '../core/types';

export function mergedDeal(keep: DealRecord, drop: DealRecord): DealRecord {
  return { ...mergeDeal(keep, drop), origin: 'edited' };
}

/** The two deals as [kept, merged in]: the one the store saw first is kept (its id, date and origin stay). */
export function keptFirst<T extends DealRecord & { firstSeen: string }>(a: T, b: T): [T, T] {
  return b.firstSeen < a.firstSeen ? [b, a] : [a, b];
}
