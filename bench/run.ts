// npm run bench: DealLens in real headless Chromium on a generated 10,000-word article, with and
// without the extension, beside a bare TreeWalker read of the same page measured in the same run;
// then the engines' throughput against their peers (companies vs compromise, money vs
// Recognizers-Text). Prints medians and spread of BENCH_RUNS runs (default 7) and writes
// bench/results/*.json. `npm run bench -- article` (or companies, money, deals, pages, cold, fairness) runs one part;
// `pages --browser chromium|firefox|both` picks the browsers, `pages --dir <folder>` (or --real) runs saved real pages (bench-args.ts).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findBrowser, tempProfile } from '../e2e/browsers';
import { launchAllowingTestSite } from '../e2e/chromium-driver';
import { waitFor } from '../e2e/wait-for';
import { benchBuildDir, buildTarget } from '../scripts/build';
import { benchColdStart } from './cold-start';
import { benchCompanies } from './companies-throughput';
import { benchDeals } from './deals-throughput';
import { benchFairness } from './fairness';
import { generateArticle } from './generate-article';
import { benchMoney } from './money-throughput';
import { parseBenchArgs } from './bench-args';
import { benchPages } from './pages-bench';
import { benchRealPages } from './real-pages';
import { median } from './bench-stats';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const WORDS = 10_000;
const GOALS = { longestTaskMs: 50, paintedMs: 100 };

/** Main-world probe installed before the page loads: records long tasks. */
const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
  .observe({ type: 'longtask', buffered: true });`;

interface RunResult {
  matcherMs: number;
  mainThreadMs: number;
  longestSliceMs: number;
  slices: number;
  paintedMs: number;
  highlightedMs: number;
  longTasksDuringDealLens: number;
  longestLongTaskMs: number;
  treeWalkerMs: number;
  highlights: number;
  pageTaskMsWith: number;
  pageTaskMsWithout: number;
}


/** Opens a page with CDP performance metrics on from the start; `taskMs()` reads the main thread's busy time so far. */
async function openMeasured(ctx: BrowserContext, url: string): Promise<{ page: Page; taskMs: () => Promise<number> }> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  const taskMs = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  return { page, taskMs };
}

/** A bare TreeWalker read of every text node, timed in the page's main world. */
const treeWalkerRead = (page: Page) =>
  page.evaluate(() => {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
    return { ms: performance.now() - t0, chars };
  });

async function benchArticle() {
  const executablePath = findBrowser('chromium');
  const ext = benchBuildDir('chrome');
  await buildTarget('chrome', ext, { pageMarks: true });
  const html = generateArticle(WORDS);
  const server = http.createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.html`;

  const profiles = [tempProfile('deallens-bench-with-'), tempProfile('deallens-bench-without-')];
  const launch = (dir: string, args: string[]) =>
    chromium.launchPersistentContext(dir, { executablePath, headless: true, viewport: { width: 1000, height: 800 }, args: [...CHROMIUM_FLAGS, ...args] });
  const extArgs = [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`];
  // DealLens runs only where the reader allowed it: this profile has allowed the bench's site.
  const { ctx: withExt } = await launchAllowingTestSite(profiles[0]!.dir, () => launch(profiles[0]!.dir, extArgs));
  const without = await launch(profiles[1]!.dir, []);
  for (const ctx of [withExt, without]) await ctx.addInitScript(LONG_TASKS);

  const results: RunResult[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    // Without DealLens: the page's own cost and a bare TreeWalker read.
    const { page: plain, taskMs: plainTaskMs } = await openMeasured(without, url);
    await plain.waitForTimeout(300);
    const pageTaskMsWithout = await plainTaskMs();
    const walk = await treeWalkerRead(plain);
    await plain.close();

    // With DealLens: its own User Timing measures, and long tasks seen from the page.
    const { page, taskMs } = await openMeasured(withExt, url);
    const timing = await waitFor(async () => {
      // No named inner functions here: tsx would wrap them in a helper the page does not have.
      const t = await page.evaluate(() => {
        const slices = performance.getEntriesByName('deallens:slice', 'measure').map((e) => ({ start: e.startTime, duration: e.duration }));
        const start = performance.getEntriesByName('deallens:start', 'mark')[0]?.startTime;
        const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
        return {
          paint: performance.getEntriesByName('deallens:paint', 'measure')[0]?.duration,
          scan: performance.getEntriesByName('deallens:scan', 'measure')[0]?.duration,
          matcher: performance.getEntriesByName('deallens:matcher', 'measure')[0]?.duration,
          slices, start, tasks,
          highlights: (CSS.highlights.get('deallens-company')?.size ?? 0) + (CSS.highlights.get('deallens-money')?.size ?? 0),
        };
      });
      if (t.paint === undefined || t.start === undefined) throw new Error('DealLens has not painted yet');
      return t;
    });
    await page.waitForTimeout(300);
    const pageTaskMsWith = await taskMs();
    await page.close();
    if (run === 0) continue; // warm-up: first compile of the extension's scripts
    const end = timing.start! + timing.paint!;
    const during = timing.tasks.filter((t) => t.start + t.duration >= timing.start! && t.start <= end);
    results.push({
      matcherMs: timing.matcher ?? NaN,
      mainThreadMs: timing.slices.reduce((s, x) => s + x.duration, 0),
      longestSliceMs: Math.max(...timing.slices.map((x) => x.duration)),
      slices: timing.slices.length,
      paintedMs: timing.paint!,
      highlightedMs: timing.scan!,
      longTasksDuringDealLens: during.length,
      longestLongTaskMs: Math.max(0, ...during.map((t) => t.duration)),
      treeWalkerMs: walk.ms,
      highlights: timing.highlights,
      pageTaskMsWith,
      pageTaskMsWithout,
    });
  }
  await withExt.close();
  await without.close();
  profiles.forEach((p) => p.remove());
  server.close();

  const stat = (key: keyof RunResult) => {
    const xs = results.map((r) => r[key]);
    return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
  };
  const summary = Object.fromEntries((Object.keys(results[0]!) as (keyof RunResult)[]).map((k) => [k, stat(k)]));
  const fmt = (k: keyof RunResult, unit = 'ms') => {
    const s = summary[k]!;
    return `${s.median.toFixed(1)} ${unit} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
  };
  const longest = Math.max(summary.longestSliceMs!.median, summary.longestLongTaskMs!.median);
  const goals = [
    { goal: `no task ≥ ${GOALS.longestTaskMs} ms`, met: summary.longestSliceMs!.max < GOALS.longestTaskMs && results.every((r) => r.longTasksDuringDealLens === 0) },
    { goal: `highlights painted ≤ ${GOALS.paintedMs} ms after the content script starts (median)`, met: summary.paintedMs!.median <= GOALS.paintedMs },
    { goal: 'company matcher loads in ≤ 20 ms (median)', met: summary.matcherMs!.median <= 20 },
  ];
  console.log(`\nDealLens bench — ${WORDS.toLocaleString('en')}-word article, ${results.length} runs (+1 warm-up), Chromium headless, median (min–max)`);
  console.log(`  highlights registered        ${summary.highlights!.median} (${((summary.highlights!.median / WORDS) * 1000).toFixed(0)} per 1,000 words)`);
  console.log(`  DealLens main-thread time    ${fmt('mainThreadMs')} in ${summary.slices!.median} slice(s)`);
  console.log(`  company matcher built in     ${fmt('matcherMs')} (goal ≤ 20 ms)`);
  console.log(`  longest DealLens task        ${fmt('longestSliceMs')}; long tasks (≥50 ms) seen by the page during DealLens: ${results.map((r) => r.longTasksDuringDealLens).join(',')}; longest ${longest.toFixed(1)} ms`);
  console.log(`  highlights registered after  ${fmt('highlightedMs')} from content-script start`);
  console.log(`  highlights painted after     ${fmt('paintedMs')} from content-script start`);
  console.log(`  bare TreeWalker read         ${fmt('treeWalkerMs')}  → DealLens/TreeWalker = ${(summary.mainThreadMs!.median / summary.treeWalkerMs!.median).toFixed(1)}×`);
  console.log(`  page main-thread total       with ${fmt('pageTaskMsWith')}, without ${fmt('pageTaskMsWithout')}`);
  for (const g of goals) console.log(`  goal: ${g.goal.padEnd(72)} ${g.met ? 'MET' : 'NOT MET'}`);
  const out = path.join(ROOT, 'bench/results/article.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ words: WORDS, runs: results, summary, goals }, null, 2));
  console.log(`\nresults: ${path.relative(process.cwd(), out)}`);
}

async function benchEngine(name: string, run: () => Promise<{ lines: string[]; json: unknown }>) {
  const { lines, json } = await run();
  console.log(`\n${lines.join('\n')}`);
  const out = path.join(ROOT, `bench/results/${name}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(json, null, 2));
  console.log(`results: ${path.relative(process.cwd(), out)}`);
}

const args = parseBenchArgs(process.argv.slice(2));
const wanted = (name: string) => args.parts.length === 0 || args.parts.includes(name);
if (wanted('article')) await benchArticle();
if (wanted('companies')) await benchEngine('companies', benchCompanies);
if (wanted('money')) await benchEngine('money', benchMoney);
if (wanted('deals')) await benchEngine('deals', benchDeals);
if (wanted('pages')) {
  if (args.real) await benchEngine('real-pages', () => benchRealPages(args.browsers, args.dirs));
  else await benchEngine('pages', () => benchPages(args.browsers));
}
if (wanted('cold')) await benchEngine('cold', benchColdStart);
if (wanted('fairness')) await benchEngine('fairness', benchFairness);
