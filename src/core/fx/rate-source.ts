// Answers "how many units of `quote` for one `base` on day D" from a daily history.
// Cross rates go through the history's own base (USD for the bundled table, EUR for the ECB),
// using the last day on or before D on which both currencies have a value.

import type { CurrencyCode, IsoDate, RateQuote } from '../types';
import type { RateHistory } from './rate-codec';

export interface RateSource {
  readonly name: string;
  readonly firstDay: IsoDate;
  readonly lastDay: IsoDate;
  has(currency: CurrencyCode): boolean;
  quote(base: CurrencyCode, quote: CurrencyCode, day: IsoDate): RateQuote | null;
}

/** Index of the last entry of sorted `days` that is ≤ day, or -1. */
function lastIndexOnOrBefore(days: readonly IsoDate[], day: IsoDate): number {
  let lo = 0;
  let hi = days.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function createHistorySource(history: RateHistory): RateSource {
  const { days, series, base } = history;
  const valueOf = (currency: CurrencyCode, index: number): number | null =>
    currency === base ? 1 : (series[currency]?.[index] ?? null);
  return {
    name: history.source,
    firstDay: days[0] ?? '',
    lastDay: days[days.length - 1] ?? '',
    has: (currency) => currency === base || currency in series,
    quote(from, to, day) {
      if (!this.has(from) || !this.has(to)) return null;
      for (let i = lastIndexOnOrBefore(days, day); i >= 0; i--) {
        const perBaseFrom = valueOf(from, i);
        const perBaseTo = valueOf(to, i);
        if (perBaseFrom !== null && perBaseTo !== null) {
          return { base: from, quote: to, rate: perBaseTo / perBaseFrom, date: days[i]!, source: history.source };
        }
      }
      return null;
    },
  };
}
