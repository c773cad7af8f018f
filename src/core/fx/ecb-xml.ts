// Reads the ECB's euro reference-rate XML (the daily file and the 90-day and full history files):
// <Cube time="YYYY-MM-DD"><Cube currency="USD" rate="1.0565"/>…</Cube>, units of currency per 1 EUR.
// Strict on purpose: a truncated or altered file is rejected whole, so the last good data is kept.

import { implausibleRate } from './rate-bounds';
import type { RateHistory } from './rate-codec';

const DAY_OPEN = /<Cube\s+time\s*=\s*["'](\d{4}-\d{2}-\d{2})["']\s*>/g;
const RATE = /<Cube\s+currency\s*=\s*["']([A-Z]{3})["']\s+rate\s*=\s*["']([0-9]+(?:\.[0-9]+)?)["']\s*\/>/g;

export class RateFileError extends Error {
  override name = 'RateFileError';
}

export function parseEcbXml(xml: string, source = 'ECB euro reference rates'): RateHistory {
  if (typeof xml !== 'string' || !/<gesmes:Envelope[\s>]/.test(xml) || !/<\/gesmes:Envelope>\s*$/.test(xml)) {
    throw new RateFileError('not a complete ECB reference-rate file (envelope missing or truncated)');
  }
  const byDay = new Map<string, Map<string, number>>();
  const markup = withoutCommentsAndCdata(xml);
  const opens = [...markup.matchAll(DAY_OPEN)];
  if (opens.length === 0) throw new RateFileError('ECB file has no dated rates');
  opens.forEach((open, i) => {
    const day = open[1]!;
    if (Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw new RateFileError(`ECB file has an impossible date ${day}`);
    if (byDay.has(day)) throw new RateFileError(`ECB file lists ${day} twice`);
    const body = markup.slice(open.index! + open[0].length, i + 1 < opens.length ? opens[i + 1]!.index : markup.length);
    const rates = new Map<string, number>();
    for (const [, currency, value] of body.matchAll(RATE)) {
      const rate = Number(value);
      if (!(rate > 0) || !Number.isFinite(rate)) throw new RateFileError(`ECB file has a bad ${currency} rate on ${day}`);
      rates.set(currency!, rate);
    }
    // Every published day carries the dollar; a day without it is a damaged file.
    if (!rates.has('USD')) throw new RateFileError(`ECB file has no USD rate on ${day}`);
    byDay.set(day, rates);
  });
  const days = [...byDay.keys()].sort();
  const currencies = new Set<string>();
  for (const rates of byDay.values()) for (const c of rates.keys()) currencies.add(c);
  const series: RateHistory['series'] = {};
  for (const c of currencies) series[c] = days.map((d) => byDay.get(d)!.get(c) ?? null);
  const history: RateHistory = { base: 'EUR', source, days, series };
  const implausible = implausibleRate(history);
  if (implausible) throw new RateFileError(`ECB file: ${implausible}`);
  return history;
}

/**
 * The markup with comments and CDATA sections blanked out (same length), so rates written inside them
 * are not read. Linear: one indexOf per section; an unclosed one runs to the end.
 */
function withoutCommentsAndCdata(xml: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const comment = xml.indexOf('<!--', at);
    const cdata = xml.indexOf('<![CDATA[', at);
    const start = comment < 0 ? cdata : cdata < 0 ? comment : Math.min(comment, cdata);
    if (start < 0) return out + xml.slice(at);
    const close = start === comment ? '-->' : ']]>';
    const endAt = xml.indexOf(close, start + 4);
    const end = endAt < 0 ? xml.length : endAt + close.length;
    out += xml.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
}

/** Merges histories of the same base; a later history's value wins on a day both have. */
export function mergeHistories(older: RateHistory, newer: RateHistory): RateHistory {
  if (older.base !== newer.base) throw new Error(`cannot merge ${older.base} and ${newer.base} histories`);
  const days = [...new Set([...older.days, ...newer.days])].sort();
  const currencies = new Set([...Object.keys(older.series), ...Object.keys(newer.series)]);
  const index = (h: RateHistory) => new Map(h.days.map((d, i) => [d, i]));
  const olderAt = index(older);
  const newerAt = index(newer);
  const series: RateHistory['series'] = {};
  for (const c of currencies) {
    series[c] = days.map((d) => {
      const n = newerAt.get(d);
      const fromNewer = n === undefined ? null : (newer.series[c]?.[n] ?? null);
      if (fromNewer !== null) return fromNewer;
      const o = olderAt.get(d);
      return o === undefined ? null : (older.series[c]?.[o] ?? null);
    });
  }
  return { base: older.base, source: newer.source, days, series };
}
