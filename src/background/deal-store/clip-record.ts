// Deals stored before capture clipped its strings (a page title of megabytes copied into every deal)
// are cut to the same limits when the store is upgraded (record-limits.ts), so every stored deal is
// one an export can restore.
import { clipText, MAX_NAME_CHARS, MAX_STORED_QUOTE_CHARS } from '../../core/deals/record-limits';
import type { DealParty, DealRecord } from '../../core/types';

const clipParty = <P extends DealParty>(party: P): P => ({ ...party, name: clipText(party.name, MAX_NAME_CHARS) });

/** `deal` with its names, round, source titles, publishers and quotes cut to the stored limits. */
export function clipRecord<D extends DealRecord>(deal: D): D {
  return {
    ...deal,
    target: clipParty(deal.target),
    investors: deal.investors.map(clipParty),
    ...(deal.round !== undefined && { round: clipText(deal.round, MAX_NAME_CHARS) }),
    sources: deal.sources.map((source) => ({
      ...source,
      publisher: clipText(source.publisher, MAX_NAME_CHARS),
      ...(source.title !== undefined && { title: clipText(source.title, MAX_NAME_CHARS) }),
      ...(source.quote !== undefined && { quote: clipText(source.quote, MAX_STORED_QUOTE_CHARS) }),
    })),
  };
}
