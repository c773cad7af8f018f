// Company matching throughput (issue 4, item 8): findCompanies on a large news text built from the
// evaluation paragraphs (test/companies, our own words) and neutral prose, with compromise's
// nlp(text).organizations() measured in the same run as the anchor (on a slice: it is ~100× slower),
// plus both engines' mention scores on the evaluation paragraphs for context.
// The matcher is the one the background uses: loaded from the compiled index the build ships
// (src/data/companies/company-index.generated.txt); building it from the records
// (createCompanyMatcher) is measured beside it as the baseline.
// Goals: ≥ 10 MB/s for findCompanies; the matcher loads < 20 ms. BENCH_COMPANIES_MB sets the text
// size (default 4). Run alone with `npx tsx bench/companies-throughput.ts`. The engine timed is the
// shipped bundle (shipped-engine.ts).
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { companyFilesAreFresh, COMPANY_DATA_DIR, writeCompanyFiles } from '../scripts/build-company-index';
import type { CompactCompanyIndex } from '../src/core/companies';
import type { CompanyMention } from '../src/core/types';
import { companies } from '../src/data/companies';
import { COMPANY_INDEX_FILE } from '../src/data/companies/generated-files';
import { PARAGRAPHS } from '../test/companies/paragraphs';
import { parseGold } from '../test/companies/parse-gold';
import { scoreOf, scoreParagraph, type Counts } from '../test/companies/score-mentions';
import { megabytes, median, prng, throughput } from './bench-stats';
import { shippedEngine } from './shipped-engine';

const TEXT_MB = Number(process.env.BENCH_COMPANIES_MB ?? 4);
const RUNS = 7;
const BUILD_RUNS = 15;
const PEER_SLICE_CHARS = 100_000;
const GOALS = { mbPerSec: 10, loadMs: 20, listPageMs: 2_000 };
/** Parts the background reads a page's slices in (mention-finder.ts, STEP_CHARS). */
const PART_CHARS = 4_000;

// Sentences without company names, so the text has the density of real news rather than of a
// test set (about one paragraph in three is an evaluation paragraph).
const PROSE = [
  'The market for large language models kept growing as buyers weighed training costs against revenue.',
  'Regulators in several countries are drafting rules on how such systems may be trained and sold.',
  'Analysts said valuations had risen faster than sales, and warned that some rounds were priced for perfection.',
  'Demand for graphics processors still outstrips supply, which keeps cloud prices high for smaller developers.',
  'The chief executive declined to comment on the talks, which began last autumn.',
  'Several funds have raised money this year for hardware start-ups, from robot arms to battery cells.',
  'Weekly active users passed 300 million in March, while costs stayed roughly flat.',
  'Local governments have set up guidance funds to keep promising teams in their cities.',
];


const gold = PARAGRAPHS.map(parseGold);

/** A deterministic news text of about `mb` megabytes (UTF-16 code units / 2²⁰). */
export function generateCompanyText(mb: number, seed = 11): string {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const target = mb * 1024 * 1024;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < target) {
    const p = rand() < 0.35 ? pick(gold).text : Array.from({ length: 3 + Math.floor(rand() * 4) }, () => pick(PROSE)).join(' ');
    paragraphs.push(p);
    size += p.length + 1;
  }
  return paragraphs.join('\n');
}


/**
 * A page that names a new company on every line with its acronym (a list, or a hostile page): each
 * defines forms the page's memory keeps, so each part of the page is read against more of them.
 */
export function generateListPage(chars: number, seed = 5): string {
  const rand = prng(seed);
  const letters = 'bcdfghjklmnprstvz';
  const vowels = 'aeiou';
  const word = () => {
    let w = letters[Math.floor(rand() * letters.length)]!.toUpperCase();
    for (let i = 0; i < 3; i++) w += vowels[Math.floor(rand() * vowels.length)]! + letters[Math.floor(rand() * letters.length)]!;
    return w;
  };
  const lines: string[] = [];
  for (let size = 0; size < chars; ) {
    const [a, b] = [word(), word()];
    const line = `${a} ${b} Mining Corp (${a[0]}${b[0]}MC) said ${a} would buy a stake in ${b} Holdings Ltd, and ${a} agreed.`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/** compromise's organisations as mentions (id = the text: it links nothing). */
function compromiseMentions(text: string): CompanyMention[] {
  const orgs = nlp(text).organizations().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[];
  return orgs.map((o) => {
    // compromise keeps trailing punctuation ("Tencent,"); trim it so spans compare fairly.
    const raw = text.slice(o.offset.start, o.offset.start + o.offset.length);
    const trimmed = raw.replace(/[\s,;:!?)"”’']+$/, '').replace(/’s$|'s$/, '');
    return { start: o.offset.start, end: o.offset.start + trimmed.length, text: trimmed, id: trimmed, name: trimmed };
  });
}

function scoreEngine(find: (text: string) => CompanyMention[]) {
  const counts: Counts = { gold: 0, predicted: 0, exact: 0, overlap: 0, linked: 0 };
  gold.forEach((g, i) => scoreParagraph(g, find(g.text), i + 1, counts));
  return { overlap: scoreOf(counts.overlap, counts.predicted, counts.gold), exact: scoreOf(counts.exact, counts.predicted, counts.gold) };
}

export async function benchCompanies(): Promise<{ lines: string[]; json: unknown }> {
  const { createCompanyMatcher, createPageMemory, findCompanies, matcherFromCompactIndex, readCompactIndexText } = await shippedEngine();
  if (!companyFilesAreFresh()) writeCompanyFiles();
  const indexText = fs.readFileSync(path.join(COMPANY_DATA_DIR, COMPANY_INDEX_FILE), 'utf8');
  const time = (run: () => unknown) => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  };
  // Alternating, so both see the same machine.
  const parses: number[] = [];
  const loads: number[] = [];
  const builds: number[] = [];
  for (let k = 0; k < BUILD_RUNS; k++) {
    let index: CompactCompanyIndex | undefined;
    parses.push(time(() => (index = readCompactIndexText(indexText))));
    loads.push(time(() => matcherFromCompactIndex(index!)));
    builds.push(time(() => createCompanyMatcher(companies)));
  }
  const loadMs = median(parses.map((p, i) => p + loads[i]!));
  const buildMs = median(builds);
  const matcher = matcherFromCompactIndex(readCompactIndexText(indexText));

  const text = generateCompanyText(TEXT_MB);
  const mentions = findCompanies(text, matcher).length;
  const sameAsRecords = JSON.stringify(findCompanies(text, createCompanyMatcher(companies))) === JSON.stringify(findCompanies(text, matcher));
  const ours = throughput(text, RUNS, (t) => findCompanies(t, matcher));

  const cut = text.indexOf('\n', PEER_SLICE_CHARS);
  const slice = text.slice(0, cut < 0 ? text.length : cut);
  const peer = throughput(slice, 3, (t) => nlp(t).organizations().out('array'));
  const peerFound = (nlp(slice).organizations().out('array') as string[]).length;
  const oursOnSlice = findCompanies(slice, matcher).length;
  const ratio = ours.mbPerSec / peer.mbPerSec;

  // The list page read as the background reads a page: in parts, with one page memory.
  const listPage = generateListPage(1024 * 1024);
  const listParts: string[] = [];
  for (let at = 0; at < listPage.length; ) {
    const end = listPage.indexOf('\n', at + PART_CHARS) + 1 || listPage.length;
    listParts.push(listPage.slice(at, end));
    at = end;
  }
  const listRuns: number[] = [];
  for (let k = 0; k < 3; k++) {
    const page = createPageMemory();
    const t0 = performance.now();
    for (const part of listParts) findCompanies(part, matcher, undefined, page);
    listRuns.push(performance.now() - t0);
  }
  const listMs = median(listRuns);

  const quality = { deallens: scoreEngine((t) => findCompanies(t, matcher)), compromise: scoreEngine(compromiseMentions) };
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const row = (s: { precision: number; recall: number; f1: number }) => `P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}`;
  const met = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
  const goals = [
    { goal: `findCompanies ≥ ${GOALS.mbPerSec} MB/s`, met: ours.mbPerSec >= GOALS.mbPerSec },
    { goal: `matcher loaded < ${GOALS.loadMs} ms (${companies.length} entities, median)`, met: loadMs < GOALS.loadMs },
    { goal: 'the compiled index finds what the records find', met: sameAsRecords },
    { goal: `1 MB list page (a company defined a line) in parts ≤ ${GOALS.listPageMs} ms`, met: listMs <= GOALS.listPageMs },
  ];
  const lines = [
    `company matching throughput — ${megabytes(text.length).toFixed(2)} MB news text, ${companies.length} entities, ${mentions} mentions`,
    `  DealLens findCompanies:        ${ours.mbPerSec.toFixed(1)} MB/s (median of ${RUNS}, ${ours.ms.toFixed(1)} ms per pass)`,
    `  compromise organizations():    ${peer.mbPerSec.toFixed(3)} MB/s on a ${(slice.length / 1024).toFixed(0)} K-char slice (${peer.ms.toFixed(0)} ms; ${peerFound} found vs ${oursOnSlice} by DealLens) → DealLens ${ratio.toFixed(0)}× faster`,
    `  matcher from compiled index:   ${loadMs.toFixed(2)} ms (median of ${BUILD_RUNS}: read ${median(parses).toFixed(2)} + matcherFromCompactIndex ${median(loads).toFixed(2)}; ${(indexText.length / 1024).toFixed(0)} K chars)`,
    `  createCompanyMatcher (records): ${buildMs.toFixed(2)} ms (median of ${BUILD_RUNS}, min ${Math.min(...builds).toFixed(2)}; its buckets compile later, as texts reach them) → index ${(buildMs / loadMs).toFixed(1)}× faster`,
    `  1 MB list page, a new company and its acronym on every line, read in ${PART_CHARS}-character parts with one page memory: ${listMs.toFixed(0)} ms (median of 3)`,
    `  evaluation paragraphs, overlap: DealLens ${row(quality.deallens.overlap)}; compromise ${row(quality.compromise.overlap)}`,
    `  evaluation paragraphs, exact:   DealLens ${row(quality.deallens.exact)}; compromise ${row(quality.compromise.exact)}`,
    ...goals.map((g) => `  goal: ${g.goal.padEnd(60)} ${met(g.met)}`),
  ];
  return {
    lines,
    json: {
      textMb: megabytes(text.length),
      entities: companies.length,
      mentions,
      deallens: ours,
      compromise: { ...peer, sliceChars: slice.length, found: peerFound, deallensFoundOnSlice: oursOnSlice },
      timesCompromise: ratio,
      loadMs: { median: loadMs, parse: median(parses), matcher: median(loads) },
      buildMs: { median: buildMs, min: Math.min(...builds) },
      sameAsRecords,
      listPageMs: listMs,
      quality,
      goals,
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { lines } = await benchCompanies();
  console.log(lines.join('\n'));
}
