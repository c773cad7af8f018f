import type { Conversion, CurrencyCode, IsoDate, RateQuote } from '../types';
import type { RateSource } from './rate-source';

/**
 * Converts an amount (and the top of its range) at a day with the best rate the sources have: the
 * one from the latest business day on or before the day (earlier sources win ties, so put live
 * sources first). A day past every source's end gets the latest rate; rateDate says which day it is.
 */
export function convert(
  amount: { amount: number; amountMax?: number; currency: CurrencyCode },
  to: CurrencyCode,
  day: IsoDate,
  sources: readonly RateSource[],
): Conversion | null {
  let best: RateQuote | null = null;
  for (const source of sources) {
    const q = source.quote(amount.currency, to, day);
    if (q && (!best || q.date > best.date)) best = q;
  }
  if (!best) return null;
  const result: Conversion = { amount: amount.amount * best.rate, currency: to, rate: best.rate, rateDate: best.date, source: best.source };
  if (amount.amountMax !== undefined) result.amountMax = amount.amountMax * best.rate;
  return result;
}
