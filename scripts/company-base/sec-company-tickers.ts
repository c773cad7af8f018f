// Source: the SEC's company_tickers_exchange.json (CIK, name, ticker, exchange of every company
// that files with the SEC; a US government work, public domain), as copied into a public
// repository snapshot. Keeps companies listed on NYSE, Nasdaq or Cboe; drops funds, trusts, ETFs,
// blank-check companies (SPACs), notes, warrants, units, rights and preferred lines.
//
//   npx tsx scripts/company-base/sec-company-tickers.ts <snapshot> [out.json]

import { parseArgs, readSnapshotFile, writeJsonLines } from './snapshot';

export const SEC_FILE = 'company_tickers_exchange.json';

export interface SecCompany {
  cik: number;
  /** The name as the SEC writes it (often in capitals: "NVIDIA CORP"). */
  name: string;
  /** "NYSE:BRK.B" style, primary line first. */
  tickers: string[];
}

const EXCHANGES: Record<string, string> = { NYSE: 'NYSE', NYS: 'NYSE', Nasdaq: 'NASDAQ', CBOE: 'CBOE' };

// Names of things that are not operating companies.
const NOT_A_COMPANY =
  /\b(?:fund|funds|trust|etf|etfs|etn|etns|portfolio|municipal|muni|notes?|warrants?|units?|rights|acquisition|acquisitions|merger corp|blank check|spac|bitcoin|ethereum|ether|solana|xrp|crypto index|proshares|ishares|spdr|direxion|grayscale|invesco db|wisdomtree|vaneck|globalx|global x|tortoise|strategy shares|income shares|closed-end|interval|opportunities (?:fund|trust)|term(?:inal)? trust|preferred|depositary)\b/i;

/** Class and line suffixes: "BRK-B" is class B (kept as BRK.B); "-P…", "-WT", "-UN", "-RT" are not shares. */
function normaliseTicker(ticker: string): string | undefined {
  const m = /^([A-Z0-9]+)(?:[-.]([A-Z]+))?$/.exec(ticker);
  if (!m) return undefined;
  const [, base, suffix] = m;
  if (suffix === undefined) return base;
  if (suffix.length === 1 && suffix !== 'P' && suffix !== 'U' && suffix !== 'W' && suffix !== 'R') return `${base}.${suffix}`;
  return undefined;
}

/** Listed companies; `keep` names CIKs kept whatever their name says (index constituents). */
export function readSecCompanies(dir: string, keep: ReadonlySet<number> = new Set()): SecCompany[] {
  const json = JSON.parse(readSnapshotFile(dir, SEC_FILE)) as { fields: string[]; data: [number, string, string, string | null][] };
  const byCik = new Map<number, SecCompany>();
  for (const [cik, name, ticker, exchange] of json.data) {
    const ex = exchange ? EXCHANGES[exchange] : undefined;
    if (!ex) continue;
    if (NOT_A_COMPANY.test(name) && !keep.has(cik)) continue;
    const code = normaliseTicker(ticker);
    if (!code) continue;
    let c = byCik.get(cik);
    if (!c) byCik.set(cik, (c = { cik, name, tickers: [] }));
    c.tickers.push(`${ex}:${code}`);
  }
  // Nasdaq warrants, units and rights are a fifth letter W/U/R after the share's four letters.
  for (const c of byCik.values()) {
    const codes = new Set(c.tickers.map((t) => t.split(':')[1]!));
    c.tickers = c.tickers.filter((t) => {
      const code = t.split(':')[1]!;
      return !(code.length === 5 && /[WUR]$/.test(code) && codes.has(code.slice(0, 4)));
    });
  }
  // Beyond the first (primary) line, only other share classes of it ("BRK.A" beside "BRK.B"): other
  // codes of one filer are mostly notes and preferred lines.
  for (const c of byCik.values()) {
    const first = c.tickers[0];
    if (!first) continue;
    const base = first.split(':')[1]!.replace(/\.[A-Z]$/, '');
    c.tickers = [first, ...c.tickers.slice(1).filter((t) => t.split(':')[1]!.replace(/\.[A-Z]$/, '') === base)];
  }
  return [...byCik.values()].filter((c) => c.tickers.length > 0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { positional } = parseArgs(process.argv.slice(2));
  const [dir, out] = positional;
  if (!dir) throw new Error('usage: sec-company-tickers.ts <snapshot> [out.json]');
  const companies = readSecCompanies(dir);
  if (out) writeJsonLines(out, companies);
  console.log(`${companies.length} listed companies`);
}
