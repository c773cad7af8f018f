// npm run bench -- cold: the background's cold start (issue 16 item 4), in two places.
//
// 1. Node, as a proxy for a service worker woken by a page: two bundles built the way the extension
//    is built (Vite, minified, JSON as JSON.parse strings), each run in fresh Node processes,
//    alternating, BENCH_COLD_RUNS times (default 9):
//    - compact index (now): the first request reads the gzipped compiled index (the extension
//      fetches it from its package, company-data.ts), loads the matcher from it
//      (src/background/mention-finder.ts) and answers;
//    - records (the baseline, measured in the same run): the bundle parses every company record as
//      it loads, and the first request builds the matcher from them (createCompanyMatcher).
//    Each run times, from the moment Node starts reading the bundle: modules loaded, matcher ready,
//    the first answer on the demo article (findMentions: amounts and companies), and the JS heap
//    after a full GC.
// 2. Real headless Chromium (bench/cold-start-chromium.ts) with the extension built now: the service
//    worker stopped before each of BENCH_RUNS (default 5) runs on the 8,000-word bench article; the
//    page's first painted highlights, the worker's own timeline (script run, index read, first
//    request, matcher ready, first answer) and its heap. The baseline is the same page with the
//    worker running, between cold runs.
// Goals (issue 16 item 4): the company data is loaded ≤ 50 ms after the page's first request
// reaches a cold worker, and the first highlights are painted ≤ 150 ms after the content script
// starts on a page that woke the background.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildTarget } from '../scripts/build';
import { COMPANY_INDEX_FILE, COMPANY_RECORDS_FILE, PACKAGED_DATA_DIR } from '../src/data/companies/generated-files';
import { COMPANY_DATA_DIR } from '../scripts/build-company-index';
import { demoArticle } from '../test/fixtures';
import { median } from './bench-stats';
import { coldStartInChromium, type ColdRun } from './cold-start-chromium';
import { generateArticle } from './generate-article';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'out/bench-cold-start');
const NODE_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 9);
const BROWSER_RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GOALS = { loadMs: 50, paintMs: 150 };
const VARIANTS = { compact: 'bench/cold-start/compact-index-entry.ts', records: 'bench/cold-start/records-entry.ts' } as const;
type Variant = keyof typeof VARIANTS;

interface NodeRun {
  modulesMs: number;
  matcherReadyMs: number;
  matcherMs: number;
  firstAnswerMs: number;
  answeredMs: number;
  warmMs: number;
  heapMB: number;
  companies: string[];
}
type NodeKey = Exclude<keyof NodeRun, 'companies'>;

/** Both entries as the extension's build makes them (vite.config.ts: JSON.parse strings, minified), and the packaged company files. */
async function bundle(): Promise<Record<Variant, string>> {
  fs.rmSync(OUT, { recursive: true, force: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"', __TARGET__: '"chrome"' },
    json: { stringify: true },
    build: {
      outDir: OUT,
      ssr: true,
      target: 'node20',
      minify: true,
      reportCompressedSize: false,
      rolldownOptions: { input: Object.fromEntries(Object.entries(VARIANTS).map(([k, v]) => [k, path.join(ROOT, v)])), output: { format: 'es', entryFileNames: '[name].mjs' } },
    },
  });
  // Gzipped, as the extension has them (scripts/build.ts).
  fs.mkdirSync(path.join(OUT, PACKAGED_DATA_DIR), { recursive: true });
  for (const file of [COMPANY_INDEX_FILE, COMPANY_RECORDS_FILE]) {
    fs.writeFileSync(path.join(OUT, PACKAGED_DATA_DIR, `${file}.gz`), gzipSync(fs.readFileSync(path.join(COMPANY_DATA_DIR, file)), { level: 9 }));
  }
  return { compact: path.join(OUT, 'compact.mjs'), records: path.join(OUT, 'records.mjs') };
}

function runOnce(file: string, textFile: string): NodeRun {
  // __t0 is set just before Node reads the bundle: the script's own compile and load are measured.
  const stamp = 'data:text/javascript,globalThis.__t0=performance.now()';
  const env = { ...process.env, COLD_START_TEXT: textFile, COLD_START_PACKAGE: OUT };
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', stamp, file], { env, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!) as NodeRun;
}

const spreadOf = (xs: number[], unit = 'ms') => `${median(xs).toFixed(1)} ${unit} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
const met = (ok: boolean | null) => (ok === null ? 'NOT MEASURED' : ok ? 'MET' : 'NOT MET');

async function inNode(): Promise<{ lines: string[]; json: unknown }> {
  const files = await bundle();
  const textFile = path.join(OUT, 'demo.txt');
  fs.writeFileSync(textFile, demoArticle().text);
  const runs: Record<Variant, NodeRun[]> = { compact: [], records: [] };
  for (let k = 0; k < NODE_RUNS + 1; k++) {
    for (const v of Object.keys(VARIANTS) as Variant[]) {
      const run = runOnce(files[v], textFile);
      if (k > 0) runs[v].push(run); // the first pair warms the disk cache
    }
  }
  const same = runs.compact.every((r, i) => JSON.stringify(r.companies) === JSON.stringify(runs.records[i]!.companies));
  const med = (v: Variant, k: NodeKey) => median(runs[v].map((r) => r[k]));
  const row = (label: string, k: NodeKey, unit?: string) =>
    `  ${label.padEnd(36)} compact ${spreadOf(runs.compact.map((r) => r[k]), unit)}; records ${spreadOf(runs.records.map((r) => r[k]), unit)} → ${(med('records', k) / med('compact', k)).toFixed(1)}×`;
  const goals = [{ goal: 'Node: the same mentions as the baseline on every run', met: same }];
  const lines = [
    `background cold start in Node ${process.version} — a fresh process per run, ${NODE_RUNS} runs each, alternating, median (min–max); demo article, ${runs.compact[0]?.companies.length ?? 0} companies`,
    row('modules loaded', 'modulesMs'),
    row('matcher ready (data loaded)', 'matcherReadyMs'),
    row('  of which the matcher itself', 'matcherMs'),
    row('first findMentions (cold engine)', 'firstAnswerMs'),
    row('first answer after start', 'answeredMs'),
    row('second findMentions (warm)', 'warmMs'),
    row('JS heap after GC', 'heapMB', 'MB'),
    ...goals.map((g) => `  goal: ${g.goal.padEnd(92)} ${met(g.met)}`),
  ];
  return { lines, json: { runs: NODE_RUNS, node: process.version, goals, compact: runs.compact, records: runs.records } };
}

async function inChromium(): Promise<{ lines: string[]; json: unknown }> {
  const dir = path.join(OUT, 'chrome');
  await buildTarget('chrome', dir, { pageMarks: true });
  const { version, cold, warm } = await coldStartInChromium(dir, generateArticle(8_000), BROWSER_RUNS);
  const values = (runs: ColdRun[], pick: (r: ColdRun) => number | null | undefined) => runs.map(pick).filter((x): x is number => typeof x === 'number');
  const show = (runs: ColdRun[], pick: (r: ColdRun) => number | null | undefined, unit = 'ms') => (values(runs, pick).length ? spreadOf(values(runs, pick), unit) : 'not measured');
  const medianOf = (runs: ColdRun[], pick: (r: ColdRun) => number | null | undefined) => (values(runs, pick).length ? median(values(runs, pick)) : null);
  // The company data's own latency on a cold start: from the page's first request reaching the
  // worker to the matcher being ready (reading the index, parsing it, making the matcher).
  const afterRequest = (r: ColdRun) => (r.matcherReadyMs != null && r.requestMs != null ? r.matcherReadyMs - r.requestMs : null);
  const paint = medianOf(cold, (r) => r.firstPaintedMs);
  const load = medianOf(cold, afterRequest);
  const goals = [
    { goal: `Chromium: company data loaded ≤ ${GOALS.loadMs} ms after the first request reaches a cold worker (median)`, met: load === null ? null : load <= GOALS.loadMs },
    { goal: `Chromium: first highlights painted ≤ ${GOALS.paintMs} ms on a cold start (median)`, met: paint === null ? null : paint <= GOALS.paintMs },
  ];
  const warmPaint = medianOf(warm, (r) => r.firstPaintedMs);
  const row = (label: string, text: string) => `  ${label.padEnd(40)} ${text}`;
  const kb = (file: string) => `${(fs.statSync(path.join(dir, file)).size / 1024).toFixed(0)} KB`;
  const lines = [
    `background cold start in Chromium ${version} headless — worker stopped before each of ${BROWSER_RUNS} runs, 8,000-word article, median (min–max)`,
    row('files', `background.js ${kb('background.js')}; company index ${kb(`${PACKAGED_DATA_DIR}/${COMPANY_INDEX_FILE}.gz`)} and records ${kb(`${PACKAGED_DATA_DIR}/${COMPANY_RECORDS_FILE}.gz`)} gzipped, read when needed`),
    row('first highlights painted', `cold ${show(cold, (r) => r.firstPaintedMs)}; worker running ${show(warm, (r) => r.firstPaintedMs)}${paint !== null && warmPaint ? ` → cold/running ${(paint / warmPaint).toFixed(1)}×` : ''} (from the content script's start)`),
    row('all first-read highlights painted', `cold ${show(cold, (r) => r.allPaintedMs)}; worker running ${show(warm, (r) => r.allPaintedMs)}`),
    'in the cold worker, from its start:',
    row('  script run (modules, data, listeners)', show(cold, (r) => r.scriptMs)),
    row('  company index read (fetch, inflate)', `from ${show(cold, (r) => r.readStartMs)}, taking ${show(cold, (r) => r.readMs)}`),
    row('  first request (findMentions) arrived', show(cold, (r) => r.requestMs)),
    row('  index parsed', show(cold, (r) => r.indexReadyMs)),
    row('  matcher ready', `${show(cold, (r) => r.matcherReadyMs)}; the matcher itself ${show(cold, (r) => r.matcherMs)}`),
    row('  first answer', `${show(cold, (r) => r.answeredMs)}; the request's own time ${show(cold, (r) => r.findMs)}`),
    row('company data loaded after the request', show(cold, afterRequest)),
    row('worker JS heap after GC', `after its first page ${show(cold, (r) => r.workerHeapMB, 'MB')}; after one more ${show(warm, (r) => r.workerHeapMB, 'MB')}`),
    ...goals.map((g) => `  goal: ${g.goal.padEnd(92)} ${met(g.met)}`),
  ];
  return { lines, json: { runs: BROWSER_RUNS, version, goals, cold, warm } };
}

export async function benchColdStart(): Promise<{ lines: string[]; json: unknown }> {
  const node = await inNode();
  // BENCH_COLD=node skips the browser (quicker rounds while working).
  const browser = process.env.BENCH_COLD === 'node' ? { lines: [], json: null } : await inChromium();
  return { lines: [...node.lines, '', ...browser.lines], json: { node: node.json, chromium: browser.json } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { lines } = await benchColdStart();
  console.log(lines.join('\n'));
}
