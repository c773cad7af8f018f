// Source: yfiua/index-constituents (Apache-2.0): current constituents of CSI 300, CSI 500, CSI 1000,
// the SSE Composite (every Shanghai A and B share), the SZSE Component, Nasdaq-100, S&P 500, Dow
// Jones, DAX, Hang Seng, FTSE 100 and FTSE MIB, as Yahoo-style symbols with a name (Chinese short
// names for the mainland lists).
//
//   npx tsx scripts/company-base/index-constituents.ts <snapshot> [out.json]

import { parseArgs, parseCsvObjects, readSnapshotFile, writeJsonLines } from './snapshot';

export const INDEX_CODES = ['csi300', 'csi500', 'csi1000', 'sse', 'szse', 'nasdaq100', 'sp500', 'dowjones', 'dax', 'hsi', 'ftse100', 'ftsemib'] as const;
export type IndexCode = (typeof INDEX_CODES)[number];

export interface Constituent {
  /** Yahoo-style symbol: "600519.SS", "0700.HK", "SAP.DE", "AZN.L", "AAPL". */
  symbol: string;
  name: string;
}

export function readIndex(dir: string, code: IndexCode): Constituent[] {
  return parseCsvObjects(readSnapshotFile(dir, `docs/constituents-${code}.csv`))
    .map((r) => ({ symbol: r['Symbol'] ?? '', name: (r['Name'] ?? '').trim() }))
    .filter((c) => c.symbol.length > 0);
}

export function readAllIndices(dir: string): Map<IndexCode, Constituent[]> {
  return new Map(INDEX_CODES.map((code) => [code, readIndex(dir, code)]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { positional } = parseArgs(process.argv.slice(2));
  const [dir, out] = positional;
  if (!dir) throw new Error('usage: index-constituents.ts <snapshot> [out.json]');
  const all = readAllIndices(dir);
  if (out) writeJsonLines(out, [...all].map(([index, members]) => ({ index, members })));
  for (const [code, list] of all) console.log(`${code}: ${list.length}`);
}
