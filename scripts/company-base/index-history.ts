// Source: Janzen-Alpha/Famous-Stock-Index-Constituents-Historical-Data-2010-2025 (Apache-2.0):
// yearly constituent codes of the Nikkei 225, KOSPI 200, CSI 300, FTSE 100 and S&P 500. Only the
// latest year of the Nikkei 225 and the KOSPI 200 is used (codes only; names come from elsewhere).
//
//   npx tsx scripts/company-base/index-history.ts <snapshot> [out.json]

import { parseArgs, parseCsv, readSnapshotFile, writeJsonLines } from './snapshot';

export const HISTORY_FILES = {
  nikkei225: 'Yearly_full_constituents_list/N225_yearly_full_constituents_2010to2025.csv',
  kospi200: 'Yearly_full_constituents_list/KOSPI200_yearly_full_constituents_2010to2025.csv',
} as const;

/** Codes in the latest year column: Tokyo codes ("7203") or Korean codes zero-padded ("005930"). */
export function latestMembers(dir: string, index: keyof typeof HISTORY_FILES): { year: string; codes: string[] } {
  const rows = parseCsv(readSnapshotFile(dir, HISTORY_FILES[index]));
  const header = rows[0] ?? [];
  const col = header.length - 1;
  const codes = rows
    .slice(1)
    .map((r) => (r[col] ?? '').trim())
    .filter((c) => /^\d+$/.test(c))
    .map((c) => (index === 'kospi200' ? c.padStart(6, '0') : c));
  return { year: header[col] ?? '', codes: [...new Set(codes)] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { positional } = parseArgs(process.argv.slice(2));
  const [dir, out] = positional;
  if (!dir) throw new Error('usage: index-history.ts <snapshot> [out.json]');
  const result = Object.keys(HISTORY_FILES).map((k) => ({ index: k, ...latestMembers(dir, k as keyof typeof HISTORY_FILES) }));
  if (out) writeJsonLines(out, result);
  for (const r of result) console.log(`${r.index} ${r.year}: ${r.codes.length}`);
}
