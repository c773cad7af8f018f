// Builds the bundled company base (src/data/companies/base/*.json) from fetched snapshots of open
// data repositories; the sources and their licences are listed in src/data/README.md. The output
// is committed: tests and builds never need the snapshots.
//
//   npx tsx scripts/company-base/build.ts \
//     --sec <snapshot with company_tickers_exchange.json> \
//     --sp500 <datasets/s-and-p-500-companies> \
//     --constituents <yfiua/index-constituents> \
//     --history <Janzen-Alpha/Famous-Stock-Index-Constituents-Historical-Data-2010-2025> \
//     --fd <JerBouma/FinanceDatabase> \
//     --words /usr/share/dict/words      (a word list, package wamerican: tells ordinary words)
//     [--out src/data/companies/base] [--report /tmp/company-base-report.json]
//
// A snapshot is a bare git directory (read at HEAD) or a checked-out folder.

import fs from 'node:fs';
import path from 'node:path';
import { companies } from '../../src/data/companies/index';
import type { CompanyRecord } from '../../src/core/types';
import { assemble, ordered, type Candidate } from './assemble';
import { readExchange, type Equity, type FdExchange } from './finance-database';
import { latestMembers } from './index-history';
import { readAllIndices, type IndexCode } from './index-constituents';
import { comparable, sameCompanyKey, COUNTRY_CODES, cleanSourceName, fixCase, hasLegalSuffix, kindOfSector, loadWordList, sectorOf, shortName, type MatchRule, type WordList } from './names';
import { readSecCompanies } from './sec-company-tickers';
import { readSp500, usualName } from './s-and-p-500';
import { parseArgs, writeJsonLines } from './snapshot';
import { AMBIGUOUS_ZH, FAMOUS, PERSON_OR_PLACE, USUAL_NAMES } from './reviewed';

export const OUTPUT_FILES = ['us-listed', 'cn-a-shares', 'hk-listed', 'europe', 'japan-korea-india-australia-canada'] as const;

const SIZE_TIER: Record<string, number> = { 'Mega Cap': 2, 'Large Cap': 2, 'Mid Cap': 3, 'Small Cap': 4 };
const TIER = 10_000;

const TICKER_PREFIX: Record<FdExchange, string> = {
  SHH: 'SSE', SHZ: 'SZSE', HKG: 'HKEX', JPX: 'TSE', KSC: 'KRX', KOE: 'KOSDAQ', NSE: 'NSE', ASX: 'ASX', TOR: 'TSX',
  LSE: 'LSE', PAR: 'EPA', GER: 'XETRA', AMS: 'AMS', MIL: 'BIT', MCE: 'BME', BRU: 'EBR', HEL: 'HEL', LIS: 'ELI', STO: 'STO', CPH: 'CPH',
  OSL: 'OSL', EBS: 'SWX', VIE: 'VIE', ISE: 'ISE',
};

// Countries whose companies count as the exchange's own (cross-listings of foreign shares are left out).
const HOME: Partial<Record<FdExchange, string[]>> = {
  JPX: ['Japan'], KSC: ['South Korea'], KOE: ['South Korea'], NSE: ['India'], ASX: ['Australia'], TOR: ['Canada'],
  LSE: ['United Kingdom', 'Jersey', 'Guernsey', 'Isle of Man'], PAR: ['France', 'Luxembourg', 'Netherlands'], GER: ['Germany'], AMS: ['Netherlands', 'Luxembourg'], MIL: ['Italy'],
  MCE: ['Spain'], BRU: ['Belgium'], HEL: ['Finland'], LIS: ['Portugal'], STO: ['Sweden'], CPH: ['Denmark'], OSL: ['Norway'],
  EBS: ['Switzerland'], VIE: ['Austria'], ISE: ['Ireland'], SHH: ['China'], SHZ: ['China'],
};

/** "ATD-A.TO" → "ATD.A"; "0700.HK" → "0700"; undefined when the code cannot be written as a ticker. */
function codeOf(symbol: string, exchange: FdExchange | 'US'): string | undefined {
  let code = symbol.replace(/\.[A-Z]{1,3}$/, '');
  if (exchange === 'HKG') code = code.replace(/^0(\d{4})$/, '$1').padStart(4, '0');
  code = code.replace(/-([A-Z])$/, '.$1');
  return /^[A-Z0-9]+(?:\.[A-Z])?$/.test(code) ? code : undefined;
}

function countryCode(country: string): string | undefined {
  return COUNTRY_CODES[country];
}

/** Display names of a legal name, most usual first: short form, then fuller forms as fallbacks. */
function nameOptions(legal: string, words: WordList, keepOneWordCapitals = true): string[] {
  const cased = fixCase(cleanSourceName(legal), words, keepOneWordCapitals);
  const short = shortName(cased, words);
  const noLegal = cased.replace(/[\s,]+(?:Co\.,? Ltd\.?|Company Limited|Limited|Ltd\.?|Inc\.?|Corp\.?|Corporation|plc|PLC|S\.A\.|SA|AG|SE|N\.V\.|NV)$/i, '').trim();
  return [...new Set([short, noLegal, cased].filter((n) => n.length > 1))];
}

function legalOf(legal: string, words: WordList): string[] {
  const cased = fixCase(cleanSourceName(legal), words);
  return hasLegalSuffix(cased) ? [cased] : [];
}

// ---------------------------------------------------------------------------------------------
// Chinese short names (证券简称) as the index lists write them.

function cleanZh(raw: string): string | undefined {
  let s = raw
    .replace(/[\s\u3000]+/g, '')
    .replace(/[\uFF21-\uFF3A\uFF41-\uFF5A\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\*?ST|退市|^XD|^XR|^DR/.test(s)) return undefined; // risk-flagged, delisting, or cut by an ex-dividend mark
  s = s.replace(/^[NC](?=\p{Script=Han})/u, ''); // first days of trading
  s = s.replace(/-[UW]+$/, ''); // STAR Market marks
  s = s.replace(/(?<=\p{Script=Han})A$/u, ''); // A-share line of a company with B shares: 万科A
  return /\p{Script=Han}/u.test(s) && s.length >= 2 ? s : undefined;
}

function main(): void {
  const { named } = parseArgs(process.argv.slice(2));
  const need = (k: string): string => {
    const v = named.get(k);
    if (!v) throw new Error(`missing --${k}`);
    return v;
  };
  const words = loadWordList(named.get('words'));
  if (words.lower.size === 0) console.warn('no --words list: match rules for ordinary words are not set');
  const outDir = path.resolve(named.get('out') ?? path.join(import.meta.dirname, '../../src/data/companies/base'));

  const indices = readAllIndices(need('constituents'));
  // London symbols of the index lists are written "BP/.L", "BT/A.L"; the exchange files "BP.L", "BT-A.L".
  for (const list of indices.values()) for (const c of list) c.symbol = c.symbol.replace(/\/\./, '.').replace(/\/([A-Z])\./, '-$1.');
  const members = (code: IndexCode): Set<string> => new Set((indices.get(code) ?? []).map((c) => c.symbol));
  const history = need('history');
  const n225 = new Set(latestMembers(history, 'nikkei225').codes);
  const kospi200 = new Set(latestMembers(history, 'kospi200').codes);
  const fdDir = need('fd');
  const fd = (ex: FdExchange): Equity[] => readExchange(fdDir, ex);

  const candidates: Candidate[] = [];

  // --- Mainland A shares ------------------------------------------------------------------------
  const zhByCode = new Map<string, string>();
  const aIndices = new Map<string, string[]>();
  for (const code of ['csi300', 'csi500', 'csi1000', 'szse', 'sse'] as const) {
    for (const c of indices.get(code) ?? []) {
      const m = /^(\d{6})\.(SS|SZ)$/.exec(c.symbol);
      if (!m) continue;
      const key = `${m[2] === 'SS' ? 'SSE' : 'SZSE'}:${m[1]}`;
      const zh = cleanZh(c.name);
      if (zh && !zhByCode.has(key)) zhByCode.set(key, zh);
      if (!aIndices.has(key)) aIndices.set(key, []);
      aIndices.get(key)!.push(code);
    }
  }
  const fdA = new Map<string, Equity>();
  for (const ex of ['SHH', 'SHZ'] as const) {
    for (const e of fd(ex)) {
      const code = codeOf(e.symbol, ex);
      if (code && /^\d{6}$/.test(code)) fdA.set(`${TICKER_PREFIX[ex]}:${code}`, e);
    }
  }
  const aCodes = new Set<string>();
  for (const key of aIndices.keys()) aCodes.add(key);
  for (const [key, e] of fdA) if (SIZE_TIER[e.marketCap] && e.country === 'China') aCodes.add(key);
  const aShare = new Map<string, Candidate>(); // by comparable English name, for A+H merging
  let order = 0;
  for (const key of aCodes) {
    const code = key.split(':')[1]!;
    if (/^(900|200)/.test(code)) continue; // B shares
    const listed = aIndices.get(key) ?? [];
    const zh = zhByCode.get(key);
    if (listed.length > 0 && !zh) continue; // only a risk-flagged or cut name
    const e = fdA.get(key);
    if (e && /\bST\b|\*ST/.test(e.name)) continue;
    const sector = e ? sectorOf(e.industry, e.industryGroup, e.sector) : undefined;
    const tier = listed.includes('csi300') ? 1 : e?.marketCap === 'Mega Cap' || e?.marketCap === 'Large Cap' ? 2 : listed.includes('csi500') || listed.includes('szse') || e?.marketCap === 'Mid Cap' ? 3 : 4;
    const c: Candidate = {
      source: listed.length > 0 ? listed.join('+') : `fd:${key.startsWith('SSE') ? 'SHH' : 'SHZ'}`,
      file: 'cn-a-shares',
      names: e ? nameOptions(e.name, words) : [zh!],
      legalNames: e ? legalOf(e.name, words) : [],
      zh: zh ? [zh] : [],
      tickers: [key],
      country: 'CN',
      sector,
      kind: kindOfSector(sector),
      prominent: tier <= 2,
      indices: listed,
      rank: tier * TIER + order++,
      idHint: `${key.split(':')[0]!.toLowerCase()}-${code}`,
    };
    if (zh && AMBIGUOUS_ZH.has(zh)) c.match = 'after-full-name';
    candidates.push(c);
    if (e) aShare.set(comparable(e.name, words), c);
  }

  // --- Hong Kong --------------------------------------------------------------------------------
  const hsi = members('hsi');
  const seenHk = new Set<string>();
  order = 0;
  const hkRows = fd('HKG').filter((e) => e.country !== 'United States' && e.country !== '');
  const hkBySymbol = new Map(hkRows.map((e) => [e.symbol, e]));
  for (const c of indices.get('hsi') ?? []) {
    if (!hkBySymbol.has(c.symbol)) hkRows.push({ symbol: c.symbol, name: c.name, country: '', sector: '', industryGroup: '', industry: '', marketCap: 'Large Cap', isin: '' });
  }
  for (const e of hkRows) {
    const inHsi = hsi.has(e.symbol);
    if (!inHsi && !SIZE_TIER[e.marketCap]) continue;
    const code = codeOf(e.symbol, 'HKG');
    if (!code) continue;
    const cmp = comparable(e.name, words);
    if (seenHk.has(cmp)) continue;
    seenHk.add(cmp);
    const ticker = `HKEX:${code}`;
    const a = aShare.get(cmp);
    if (a) {
      // A+H: one company, both lines.
      a.tickers.push(ticker);
      if (inHsi) a.indices.push('hsi');
      continue;
    }
    const sector = sectorOf(e.industry, e.industryGroup, e.sector);
    const tier = inHsi ? 1 : SIZE_TIER[e.marketCap]!;
    candidates.push({
      source: inHsi ? 'hsi' : 'fd:HKG',
      file: 'hk-listed',
      names: nameOptions(e.name, words),
      legalNames: legalOf(e.name, words),
      zh: [],
      tickers: [ticker],
      country: countryCode(e.country),
      sector,
      kind: kindOfSector(sector),
      prominent: tier <= 2,
      indices: inHsi ? ['hsi'] : [],
      rank: tier * TIER + 3000 + order++,
    });
  }

  // --- Europe, Japan, Korea, India, Australia, Canada --------------------------------------------
  const byComparable = new Map<string, Candidate>();
  const indexOf = (ex: FdExchange, symbol: string, code: string): string[] => {
    const out: string[] = [];
    if (ex === 'GER' && members('dax').has(symbol)) out.push('dax');
    if (ex === 'LSE' && members('ftse100').has(symbol)) out.push('ftse100');
    if (ex === 'MIL' && members('ftsemib').has(symbol)) out.push('ftsemib');
    if (ex === 'JPX' && n225.has(code)) out.push('nikkei225');
    if (ex === 'KSC' && kospi200.has(code)) out.push('kospi200');
    return out;
  };
  const regional: [FdExchange, string][] = [
    ['GER', 'europe'], ['LSE', 'europe'], ['PAR', 'europe'], ['AMS', 'europe'], ['MIL', 'europe'], ['MCE', 'europe'], ['EBS', 'europe'],
    ['BRU', 'europe'], ['HEL', 'europe'], ['LIS', 'europe'], ['STO', 'europe'], ['CPH', 'europe'], ['OSL', 'europe'], ['VIE', 'europe'],
    ['ISE', 'europe'], ['JPX', 'japan-korea-india-australia-canada'], ['KSC', 'japan-korea-india-australia-canada'],
    ['KOE', 'japan-korea-india-australia-canada'], ['NSE', 'japan-korea-india-australia-canada'],
    ['ASX', 'japan-korea-india-australia-canada'], ['TOR', 'japan-korea-india-australia-canada'],
  ];
  order = 0;
  for (const [ex, file] of regional) {
    const rows = fd(ex);
    // Index members the repository lacks: the index list's own name.
    const have = new Set(rows.map((r) => r.symbol));
    const extra = ex === 'GER' ? 'dax' : ex === 'LSE' ? 'ftse100' : ex === 'MIL' ? 'ftsemib' : undefined;
    if (extra) for (const c of indices.get(extra) ?? []) if (!have.has(c.symbol)) rows.push({ symbol: c.symbol, name: c.name, country: HOME[ex]![0]!, sector: '', industryGroup: '', industry: '', marketCap: 'Large Cap', isin: '' });
    // Index lines first, then the shortest code, so an exchange's main line wins over its other
    // lines ("BAYN.DE" over "BAYA.DE": a trailing A marks a second line).
    const indexed = new Set(extra ? (indices.get(extra) ?? []).map((c) => c.symbol) : []);
    const score = (e: Equity): number => (indexed.has(e.symbol) ? 0 : 1000) + e.symbol.length * 10 + (/A\.[A-Z]+$/.test(e.symbol) ? 1 : 0);
    rows.sort((a, b) => score(a) - score(b) || a.symbol.localeCompare(b.symbol));
    for (const e of rows) {
      if (ex === 'LSE' && /^0[A-Z0-9]{3}\.L$/.test(e.symbol)) continue; // international order-book lines of foreign shares
      const code = codeOf(e.symbol, ex);
      const inIndex = code ? indexOf(ex, e.symbol, code) : [];
      if (inIndex.length === 0 && (!SIZE_TIER[e.marketCap] || !(HOME[ex] ?? []).includes(e.country))) continue;
      const ticker = code ? `${TICKER_PREFIX[ex]}:${code}` : undefined;
      const cmp = sameCompanyKey(e.name, words);
      const known = byComparable.get(cmp);
      if (known) {
        if (ticker && !known.tickers.some((t) => t.startsWith(`${TICKER_PREFIX[ex]}:`))) known.tickers.push(ticker);
        for (const i of inIndex) known.indices.push(i);
        if (inIndex.length > 0) known.rank = Math.min(known.rank, TIER + order);
        continue;
      }
      const sector = sectorOf(e.industry, e.industryGroup, e.sector);
      const tier = inIndex.length > 0 ? 1 : SIZE_TIER[e.marketCap]!;
      // The index list's own spelling too ("Rolls-Royce Holdings PLC" beside "Rolls Royce Holdings plc");
      // for London it gives the usual name.
      const listed = extra ? (indices.get(extra) ?? []).find((m) => m.symbol === e.symbol && m.name !== e.name) : undefined;
      const options = nameOptions(e.name, words);
      const c: Candidate = {
        source: inIndex.length > 0 ? inIndex.join('+') : `fd:${ex}`,
        file,
        names: listed && ex === 'LSE' ? [...new Set([...nameOptions(listed.name, words), ...options])] : options,
        legalNames: [...legalOf(e.name, words), ...(listed ? legalOf(listed.name, words) : [])],
        zh: [],
        tickers: ticker ? [ticker] : [],
        country: countryCode(e.country),
        sector,
        kind: kindOfSector(sector),
        prominent: tier <= 2,
        indices: inIndex,
        rank: tier * TIER + 5000 + order++,
      };
      candidates.push(c);
      byComparable.set(cmp, c);
    }
  }

  // --- United States -----------------------------------------------------------------------------
  const sp500 = readSp500(need('sp500'));
  const spByCik = new Map<number, (typeof sp500)[number][]>();
  for (const m of sp500) if (m.cik !== undefined) spByCik.set(m.cik, [...(spByCik.get(m.cik) ?? []), m]);
  const ndx = new Map((indices.get('nasdaq100') ?? []).map((c) => [c.symbol.replace('-', '.'), c.name]));
  const dow = members('dowjones');
  const sec = readSecCompanies(need('sec'), new Set(spByCik.keys()));
  sec.forEach((s, position) => {
    const sp = spByCik.get(s.cik)?.[0];
    const codes = s.tickers.map((t) => t.split(':')[1]!);
    const inNdx = codes.find((c) => ndx.has(c));
    const list: string[] = [];
    if (sp) list.push('sp500');
    if (inNdx) list.push('nasdaq100');
    if (codes.some((c) => dow.has(c))) list.push('dowjones');
    const cased = fixCase(cleanSourceName(s.name), words, false);
    for (const m of spByCik.get(s.cik) ?? []) {
      const line = s.tickers[0]!.split(':')[0] + ':' + m.symbol;
      if (!s.tickers.includes(line)) s.tickers.push(line);
    }
    const names: string[] = [];
    if (sp) {
      const usual = usualName(sp.security);
      names.push(USUAL_NAMES.get(usual) ?? shortName(usual, words), usual);
    }
    if (inNdx) names.push(shortName(ndx.get(inNdx)!, words));
    names.push(...nameOptions(s.name, words, false));
    // Legal names: as the company writes it when the SEC has it in mixed case; the title-cased SEC
    // form only for companies without a usual name from an index list (it may be inverted: "SCHWAB CHARLES CORP").
    const legal = /[a-z]/.test(shortName(s.name, words)) || list.length === 0 ? (hasLegalSuffix(cased) && !/\bCom\b/.test(cased) ? [cased] : []) : [];
    let country: string | undefined;
    if (sp) {
      const hq = sp.headquarters;
      const abroad = Object.keys(COUNTRY_CODES).find((k) => k !== 'United States' && hq.endsWith(k));
      country = abroad ? COUNTRY_CODES[abroad] : 'US';
    }
    const sector = sp ? sectorOf(sp.subIndustry, '', sp.sector) : undefined;
    const tier = list.length > 0 ? 0 : position < 1500 ? 2 : 4;
    candidates.push({
      source: list.length > 0 ? list.join('+') : 'sec',
      file: 'us-listed',
      names: [...new Set(names.filter((n) => n.length > 1))],
      legalNames: legal,
      zh: [],
      tickers: s.tickers,
      country,
      sector,
      kind: kindOfSector(sector),
      prominent: tier <= 2,
      indices: list,
      rank: tier * TIER + 6000 + position,
    });
  });

  // --- One entity per company across regions: a cross-listing joins the home listing -------------
  const merged = mergeAcrossRegions(candidates, words);

  // --- Assemble and write --------------------------------------------------------------------------
  // Other files in the output folder (written by other converters) count as existing data too;
  // usual-names.json is no list of records but names added to them by id (../usual-names.ts).
  const others: CompanyRecord[] = [];
  if (fs.existsSync(outDir)) {
    for (const f of fs.readdirSync(outDir)) {
      if (!f.endsWith('.json') || f === 'usual-names.json' || (OUTPUT_FILES as readonly string[]).includes(f.replace(/\.json$/, ''))) continue;
      const list = JSON.parse(fs.readFileSync(path.join(outDir, f), 'utf8')) as CompanyRecord[];
      console.log(`${f}: ${list.length} records read as existing data`);
      others.push(...list);
    }
  }
  const { byFile, report } = assemble([...companies, ...others], merged.kept, words, { famous: FAMOUS as ReadonlyMap<string, MatchRule | 'none'>, personOrPlace: PERSON_OR_PLACE });
  fs.mkdirSync(outDir, { recursive: true });
  for (const file of OUTPUT_FILES) {
    const records = (byFile.get(file) ?? []).map(ordered);
    writeJsonLines(path.join(outDir, `${file}.json`), records);
    console.log(`${file}.json: ${records.length}`);
  }
  const total = [...byFile.values()].reduce((n, l) => n + l.length, 0);
  console.log(`candidates ${candidates.length}, written ${total}, duplicates of existing ${report.duplicates.length}, dropped ${report.dropped.length}, names dropped ${report.namesDropped}, cross-listings merged ${merged.merged}`);
  const reportFile = named.get('report');
  if (reportFile) {
    const coverage = {
      nikkei225: { year: latestMembers(history, 'nikkei225').year, members: n225.size },
      kospi200: { year: latestMembers(history, 'kospi200').year, members: kospi200.size },
    };
    fs.writeFileSync(reportFile, JSON.stringify({ report, coverage, candidates: candidates.map((c) => ({ source: c.source, name: c.names[0], tickers: c.tickers, indices: c.indices })) }, null, 1));
  }
}

/**
 * Joins candidates of different output files that name the same company (same comparable name):
 * an American depositary line or a second listing joins the home listing (non-US first), keeping
 * the best rank. Within one file, equal names are different companies and stay apart.
 */
function mergeAcrossRegions(candidates: Candidate[], words: WordList): { kept: Candidate[]; merged: number } {
  const sorted = [...candidates].sort((a, b) => Number(a.file === 'us-listed') - Number(b.file === 'us-listed') || a.rank - b.rank);
  const byKey = new Map<string, Candidate>();
  const kept: Candidate[] = [];
  let merged = 0;
  for (const c of sorted) {
    const keys = [...new Set(c.legalNames.map((n) => sameCompanyKey(n, words)).filter((k) => k.length >= 6 && !k.endsWith('|')))];
    const other = keys.map((k) => byKey.get(k)).find((o) => o !== undefined && o.file !== c.file);
    if (other) {
      for (const t of c.tickers) if (!other.tickers.includes(t)) other.tickers.push(t);
      for (const z of c.zh) if (!other.zh.includes(z)) other.zh.push(z);
      other.indices.push(...c.indices);
      other.rank = Math.min(other.rank, c.rank);
      other.prominent ||= c.prominent;
      other.sector ??= c.sector;
      merged++;
      continue;
    }
    kept.push(c);
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, c);
  }
  return { kept, merged };
}

if (import.meta.url === `file://${process.argv[1]}`) main();
