import type { Conversion, CurrencyCode, IsoDate } from '../types';
import type { RateSource } from './rate-source';

/**
 * Converts an amount (and the top of its range) at a day, asking each source in order and
 * taking the first that covers the day; a day past every source's end gets the latest rate
 * any source has, and the returned rateDate says which day that was.
 */
export function convert(
  amount: { amount: number; amountMax?: number; currency: CurrencyCode },
  to: CurrencyCode,
  day: IsoDate,
  sources: readonly RateSource[],
): Conversion | null {
  const covering = sources.filter((s) => s.has(amount.currency) && s.has(to));
  const inRange = covering.find((s) => s.firstDay <= day && day <= s.lastDay);
  const ordered = inRange ? [inRange] : [...covering].sort((a, b) => (a.lastDay < b.lastDay ? 1 : -1));
  for (const source of ordered) {
    const q = source.quote(amount.currency, to, day);
    if (!q) continue;
    const result: Conversion = { amount: amount.amount * q.rate, currency: to, rate: q.rate, rateDate: q.date, source: q.source };
    if (amount.amountMax !== undefined) result.amountMax = amount.amountMax * q.rate;
    return result;
  }
  return null;
}
