// What a euro reference rate can plausibly be, so that a damaged or hostile rate file is refused whole
// (and the last good data kept) instead of converting with it or breaking the cache: 1e-303 made the
// codec loop for ever, 1e400 became Infinity, "USD = 1000" was accepted.
import { currencyRecord } from '../money/currency-table';
import type { RateHistory } from './rate-codec';

/** Units of any currency per euro: nothing the ECB or its peers publish lies outside these. */
const ANY_CURRENCY: readonly [number, number] = [1e-4, 1e6];

/**
 * The largest move a series may make between two published days at most a week apart (×1.5 or ÷1.5);
 * across longer gaps (a history merged with this year's file) currencies do move more (TRY 2017 → 2022).
 */
const MAX_DAY_CHANGE = 1.5;
const NEAR_DAYS_MS = 7 * 86_400_000;

/** Why the history cannot be trusted, or null when every rate is plausible. */
export function implausibleRate(history: RateHistory): string | null {
  for (const [currency, values] of Object.entries(history.series)) {
    // Tighter ranges for the currencies whose rate a reader sees most (the currency table's perEuro).
    const [low, high] = currencyRecord(currency)?.perEuro ?? ANY_CURRENCY;
    let previous: number | null = null;
    let previousTime = Number.NaN;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value === null || value === undefined) continue;
      const day = history.days[i] ?? `day ${i + 1}`;
      if (!Number.isFinite(value) || value < low || value > high) return `${currency} = ${value} per EUR on ${day} is not a plausible rate`;
      const time = Date.parse(day);
      const near = time - previousTime <= NEAR_DAYS_MS;
      if (previous !== null && near && (value / previous > MAX_DAY_CHANGE || previous / value > MAX_DAY_CHANGE)) {
        return `${currency} moves from ${previous} to ${value} per EUR by ${day}: not a plausible change`;
      }
      previous = value;
      previousTime = time;
    }
  }
  return null;
}
