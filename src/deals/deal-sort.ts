// The deals table's order, as deal tables (Crunchbase, PitchBook) order theirs: a first click on Date
// or Amount puts the newest or largest first, on a name column A to Z; a second click turns it round.
// Amounts are compared in the home currency at each deal's date (see home-amounts.ts); deals without
// an amount go last whichever way, after those whose amount has no rate (yet).
import { dealDay } from '../core/deals/merge-deals-identity';
import type { DealRecord } from '../core/types';

export type SortKey = 'date' | 'target' | 'type' | 'amount' | 'origin';

export interface DealSort {
  key: SortKey;
  descending: boolean;
}

/** The sort a click on column `key` asks for: the other way round on the sorted column, its first order on another. */
export function nextSort(current: DealSort, key: SortKey): DealSort {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: key === 'date' || key === 'amount' };
}

/** What the order needs besides the deal: each as the page shows it. */
export interface SortView<T> {
  /** The deal's amount in the home currency at its date; undefined while unknown or without a rate. */
  homeAmount(deal: T): number | undefined;
  /** The company's name as shown (the Chinese name in a Chinese interface). */
  title(deal: T): string;
  /** The deal type's and the origin's labels as shown. */
  typeLabel(deal: T): string;
  originLabel(deal: T): string;
  locale: string;
}

/** The deals in the order `sort` asks for (a new array); ties newest first, then by id. */
export function sortDeals<T extends DealRecord>(deals: readonly T[], sort: DealSort, view: SortView<T>): T[] {
  const collator = new Intl.Collator(view.locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.descending ? -1 : 1;
  const day = (d: T) => dealDay(d.date) ?? -Infinity;
  const newestFirst = (a: T, b: T) => day(b) - day(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byKey: Record<SortKey, (a: T, b: T) => number> = {
    date: (a, b) => sign * (day(a) - day(b)),
    target: (a, b) => sign * collator.compare(view.title(a), view.title(b)),
    type: (a, b) => sign * collator.compare(view.typeLabel(a), view.typeLabel(b)),
    origin: (a, b) => sign * collator.compare(view.originLabel(a), view.originLabel(b)),
    amount: (a, b) => {
      const [x, y] = [view.homeAmount(a), view.homeAmount(b)];
      // Converted amounts, then amounts without a rate, then no amount: in both directions.
      const rank = (deal: T, home: number | undefined) => (home !== undefined ? 0 : deal.amount ? 1 : 2);
      return rank(a, x) - rank(b, y) || (x !== undefined && y !== undefined ? sign * (x - y) : 0);
    },
  };
  const compare = byKey[sort.key];
  return [...deals].sort((a, b) => compare(a, b) || newestFirst(a, b));
}
