// Source: JerBouma/FinanceDatabase (MIT): equities by exchange (database/equities/<EXCHANGE>.csv)
// with name, country, GICS-style sector, industry group and industry, and a market-cap class.
// The US exchange files of that repository are too large for the snapshot and are not used; US
// companies come from the SEC list.
//
//   npx tsx scripts/company-base/finance-database.ts <snapshot> [out.json]

import { parseArgs, parseCsvObjects, readSnapshotFile, writeJsonLines } from './snapshot';

export interface Equity {
  /** Yahoo-style symbol: "7203.T", "0700.HK", "600519.SS", "AIR.PA". */
  symbol: string;
  name: string;
  country: string;
  sector: string;
  industryGroup: string;
  industry: string;
  /** "Mega Cap", "Large Cap", "Mid Cap", "Small Cap", "Micro Cap", "Nano Cap" or "". */
  marketCap: string;
  isin: string;
}

/** The exchange files read, by the repository's exchange code. */
export const FD_EXCHANGES = [
  'SHH', 'SHZ', 'HKG', 'JPX', 'KSC', 'KOE', 'NSE', 'ASX', 'TOR',
  'LSE', 'PAR', 'GER', 'AMS', 'MIL', 'MCE', 'BRU', 'HEL', 'LIS', 'STO', 'CPH', 'OSL', 'EBS', 'VIE', 'ISE',
] as const;
export type FdExchange = (typeof FD_EXCHANGES)[number];

export function readExchange(dir: string, exchange: FdExchange): Equity[] {
  return parseCsvObjects(readSnapshotFile(dir, `database/equities/${exchange}.csv`))
    .filter((r) => r['delisted'] !== 'True' && (r['symbol'] ?? '') !== '' && (r['name'] ?? '') !== '')
    .map((r) => ({
      symbol: r['symbol']!,
      name: r['name']!.replace(/\s+/g, ' ').trim(),
      country: r['country'] ?? '',
      sector: r['sector'] ?? '',
      industryGroup: r['industry_group'] ?? '',
      industry: r['industry'] ?? '',
      marketCap: r['market_cap'] ?? '',
      isin: r['isin'] ?? '',
    }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { positional } = parseArgs(process.argv.slice(2));
  const [dir, out] = positional;
  if (!dir) throw new Error('usage: finance-database.ts <snapshot> [out.json]');
  const all = FD_EXCHANGES.map((exchange) => ({ exchange, equities: readExchange(dir, exchange) }));
  if (out) writeJsonLines(out, all);
  for (const e of all) console.log(`${e.exchange}: ${e.equities.length}`);
}
