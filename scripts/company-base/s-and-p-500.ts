// Source: datasets/s-and-p-500-companies (data/constituents.csv; Open Data Commons PDDL): the S&P 500
// constituents with their usual names, GICS sector and sub-industry, headquarters and SEC CIK.
//
//   npx tsx scripts/company-base/s-and-p-500.ts <snapshot> [out.json]

import { parseArgs, parseCsvObjects, readSnapshotFile, writeJsonLines } from './snapshot';

export const SP500_FILE = 'data/constituents.csv';

export interface Sp500Member {
  /** "BRK.B" style. */
  symbol: string;
  /** The usual name: "Alphabet Inc. (Class A)", "Coca-Cola Company (The)", "Lilly (Eli)". */
  security: string;
  sector: string;
  subIndustry: string;
  headquarters: string;
  cik: number | undefined;
}

export function readSp500(dir: string): Sp500Member[] {
  return parseCsvObjects(readSnapshotFile(dir, SP500_FILE)).map((r) => ({
    symbol: (r['Symbol'] ?? '').replace('-', '.'),
    security: r['Security'] ?? '',
    sector: r['GICS Sector'] ?? '',
    subIndustry: r['GICS Sub-Industry'] ?? '',
    headquarters: r['Headquarters Location'] ?? '',
    cik: r['CIK'] ? Number(r['CIK']) : undefined,
  }));
}

/** "Alphabet Inc. (Class A)" → "Alphabet Inc."; "Lilly (Eli)" → "Eli Lilly"; "Hershey Company (The)" → "Hershey Company". */
export function usualName(security: string): string {
  let s = security.replace(/\s*\(Class [A-Z]\)\s*$/i, '').replace(/\s*\(The\)\s*$/i, '').trim();
  const inverted = /^(.+?) \(([^)]+)\)$/.exec(s);
  if (inverted) s = `${inverted[2]} ${inverted[1]}`;
  return s;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { positional } = parseArgs(process.argv.slice(2));
  const [dir, out] = positional;
  if (!dir) throw new Error('usage: s-and-p-500.ts <snapshot> [out.json]');
  const members = readSp500(dir);
  if (out) writeJsonLines(out, members);
  console.log(`${members.length} S&P 500 lines`);
}
