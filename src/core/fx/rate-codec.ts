// Compact text encoding of a daily rate history, so years of daily rates ship in the bundle
// at a few hundred kilobytes. Every series is quantised to SIGNIFICANT_DIGITS, delta-encoded
// and written as zig-zag varints in the URL-safe base64 alphabet (5 payload bits a character).

import type { CurrencyCode, IsoDate } from '../types';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SIGNIFICANT_DIGITS = 6;
const DAY_MS = 86_400_000;

/** Rates of `base` in each currency (units of currency per 1 base), one value per listed day or null. */
export interface RateHistory {
  base: CurrencyCode;
  source: string;
  days: IsoDate[];
  series: Record<CurrencyCode, (number | null)[]>;
}

export interface EncodedRateHistory {
  format: 'deallens-rates/1';
  base: CurrencyCode;
  source: string;
  firstDay: IsoDate;
  /** Day gaps between listed days, as varints. */
  days: string;
  /** Per currency: exponent e (value = integer / 10^e) and the delta-encoded integers (0 = no value). */
  series: Record<CurrencyCode, { exp: number; values: string }>;
}

export function dayNumber(day: IsoDate): number {
  return Math.round(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / DAY_MS);
}

export function dayFromNumber(n: number): IsoDate {
  // Calendar arithmetic only: no clock is read.
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

function writeVarint(out: string[], n: number): void {
  let v = n;
  while (v >= 32) {
    out.push(ALPHABET[32 + (v % 32)]!);
    v = Math.floor(v / 32);
  }
  out.push(ALPHABET[v]!);
}

function* readVarints(text: string): Generator<number> {
  let value = 0;
  let factor = 1;
  for (let i = 0; i < text.length; i++) {
    const digit = ALPHABET.indexOf(text[i]!);
    if (digit < 0) throw new Error(`rate table: bad character ${JSON.stringify(text[i])} at ${i}`);
    if (digit >= 32) {
      value += (digit - 32) * factor;
      factor *= 32;
    } else {
      yield value + digit * factor;
      value = 0;
      factor = 1;
    }
  }
  if (factor !== 1) throw new Error('rate table: truncated number');
}

const zigzag = (n: number): number => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (n: number): number => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);

/** Six significant digits at the largest value, and a rounding error below 1e-5 at the smallest: a
 * currency that lost most of its value over the years (TRY, ARS) keeps its early rates as exact. */
function exponentFor(values: (number | null)[]): number {
  let max = 0;
  let min = Number.POSITIVE_INFINITY;
  for (const v of values) {
    if (v === null || !(v > 0)) continue;
    if (v > max) max = v;
    if (v < min) min = v;
  }
  if (max === 0) return SIGNIFICANT_DIGITS - 1;
  const relative = 10 ** (1 - SIGNIFICANT_DIGITS);
  return Math.max(SIGNIFICANT_DIGITS - 1 - Math.floor(Math.log10(max)), Math.ceil(Math.log10(0.5 / (relative * min))));
}

export function encodeRateHistory(history: RateHistory): EncodedRateHistory {
  const dayOut: string[] = [];
  let previousDay = history.days.length ? dayNumber(history.days[0]!) : 0;
  for (const day of history.days) {
    const n = dayNumber(day);
    writeVarint(dayOut, n - previousDay);
    previousDay = n;
  }
  const series: EncodedRateHistory['series'] = {};
  for (const [currency, values] of Object.entries(history.series)) {
    const exp = exponentFor(values);
    const out: string[] = [];
    let previous = 0;
    for (const value of values) {
      if (value === null || !(value > 0)) {
        writeVarint(out, 0);
        continue;
      }
      const integer = Math.max(1, Math.round(value * 10 ** exp));
      // A value the table cannot hold (1e-303 next to 1: the scale overflows) is refused, never looped on.
      if (!Number.isSafeInteger(integer)) throw new RangeError(`rate table: ${currency} ${value} is out of range`);
      writeVarint(out, zigzag(integer - previous) + 1);
      previous = integer;
    }
    series[currency] = { exp, values: out.join('') };
  }
  return {
    format: 'deallens-rates/1',
    base: history.base,
    source: history.source,
    firstDay: history.days[0] ?? '2000-01-01',
    days: dayOut.join(''),
    series,
  };
}

export function decodeRateHistory(encoded: EncodedRateHistory): RateHistory {
  if (encoded?.format !== 'deallens-rates/1') throw new Error('rate table: unknown format');
  const days: IsoDate[] = [];
  let day = dayNumber(encoded.firstDay);
  for (const gap of readVarints(encoded.days)) {
    day += gap;
    days.push(dayFromNumber(day));
  }
  const series: RateHistory['series'] = {};
  for (const [currency, { exp, values }] of Object.entries(encoded.series)) {
    const decoded: (number | null)[] = [];
    let previous = 0;
    for (const v of readVarints(values)) {
      if (v === 0) {
        decoded.push(null);
        continue;
      }
      previous += unzigzag(v - 1);
      decoded.push(previous / 10 ** exp);
    }
    if (decoded.length !== days.length) {
      throw new Error(`rate table: ${currency} has ${decoded.length} values for ${days.length} days`);
    }
    series[currency] = decoded;
  }
  return { base: encoded.base, source: encoded.source, days, series };
}
