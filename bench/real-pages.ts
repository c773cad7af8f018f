// npm run bench -- pages --dir <folder> [--browser chromium|firefox|both] (issue 20 item 6): saved
// real pages — every .html/.htm file under the folders named, plus the project's golden pages
// (test/pages/*/source.html) — each loaded BENCH_RUNS times with DealLens and without it, in the
// same browsers and with the same probe as the generated pages (pages-bench.ts). Per page: when
// the first highlights were painted and all of them, the longest frame gap (the long task as both
// browsers show it) from DealLens's start to that frame and the baseline's in the same window, the
// longest frame gap after DOMContentLoaded, and mutations of the page's nodes. Printed as a table.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { BenchBrowser, BrowserName } from './bench-browser';
import { stat, type Stat } from './bench-stats';
import { gapsIn, paintTimes } from './page-figures';
import { COLLECT, launchPair, RUNS, SETTLE_MS, type Collected } from './pages-bench';

const ROOT = path.resolve(import.meta.dirname, '..');
export const GOLDEN_PAGES = path.join(ROOT, 'test/pages');

export interface RealPage {
  /** Short name for the table: the file's path under its folder, or its folder's name for source.html / index.html. */
  name: string;
  file: string;
}

/** The pages of a folder: every .html/.htm file under it (test/pages: each page folder's source.html). */
export function findPages(dir: string, list: (d: string) => string[] = (d) => fs.readdirSync(d, { recursive: true }).map(String)): RealPage[] {
  return list(dir)
    .filter((f) => /\.html?$/i.test(f))
    .sort()
    .map((f) => {
      const parts = f.split(path.sep);
      const base = parts.at(-1)!;
      const name = parts.length > 1 && /^(source|index)\.html?$/i.test(base) ? parts.slice(0, -1).join('/') : parts.join('/');
      return { name, file: path.join(dir, f) };
    });
}

/** One load of a page, with or without DealLens. */
export interface RealRun {
  firstPaintedMs: number | null;
  allPaintedMs: number | null;
  highlights: number;
  /** Longest frame gap ≥ 50 ms from deallens:start to the all-painted frame (0 = none); for the run without, the same window of its clock. */
  longestGapToPaintMs: number | null;
  longestGapAfterDclMs: number;
  mutations: number;
}

/** The figures of one load, from what the probe collected (`window`: the run with DealLens's window, for the run without). */
export function realRun(d: Collected, window?: { from: number; to: number } | null): RealRun {
  const painted = paintTimes(d);
  const own = d.start !== null && painted.allPaintedMs !== null ? { from: d.start, to: d.start + painted.allPaintedMs } : null;
  const span = window === undefined ? own : window;
  return {
    firstPaintedMs: painted.firstPaintedMs,
    allPaintedMs: painted.allPaintedMs,
    highlights: d.highlights.company + d.highlights.money,
    longestGapToPaintMs: span ? gapsIn(d.frameGaps, span.from, span.to).longestMs : null,
    longestGapAfterDclMs: gapsIn(d.frameGaps, d.domContentLoaded ?? 0, Infinity).longestMs,
    mutations: d.mutations.mutations,
  };
}

export interface RealPageRow {
  page: string;
  browser: BrowserName;
  runs: number;
  highlights: Stat | null;
  firstPaintedMs: Stat | null;
  allPaintedMs: Stat | null;
  gapToPaintWith: Stat | null;
  gapToPaintWithout: Stat | null;
  gapAfterDclWith: Stat | null;
  gapAfterDclWithout: Stat | null;
  mutationsWith: number[];
  mutationsWithout: number[];
  error?: string;
}

export function summarizeRealPage(page: string, browser: BrowserName, runs: { with: RealRun; without: RealRun }[]): RealPageRow {
  const s = (side: 'with' | 'without', k: keyof RealRun) => stat(runs.map((r) => r[side][k]));
  return {
    page,
    browser,
    runs: runs.length,
    highlights: s('with', 'highlights'),
    firstPaintedMs: s('with', 'firstPaintedMs'),
    allPaintedMs: s('with', 'allPaintedMs'),
    gapToPaintWith: s('with', 'longestGapToPaintMs'),
    gapToPaintWithout: s('without', 'longestGapToPaintMs'),
    gapAfterDclWith: s('with', 'longestGapAfterDclMs'),
    gapAfterDclWithout: s('without', 'longestGapAfterDclMs'),
    mutationsWith: runs.map((r) => r.with.mutations),
    mutationsWithout: runs.map((r) => r.without.mutations),
  };
}

/** "52 (48–60)", "0", or "–" when not measured. */
export function cell(s: Stat | null, digits = 0): string {
  if (!s) return '–';
  const f = (x: number) => x.toFixed(digits);
  return s.min === s.max ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

/** The table: one line a page and browser, columns padded to their widest cell. */
export function realPagesTable(rows: readonly RealPageRow[]): string[] {
  const header = ['page', 'browser', 'ranges', 'first paint ms', 'all painted ms', 'gap→painted with', 'without', 'gap after DCL with', 'without', 'mutations with', 'without'];
  const range = (xs: number[]) => (xs.length ? (Math.min(...xs) === Math.max(...xs) ? String(xs[0]) : `${Math.min(...xs)}–${Math.max(...xs)}`) : '–');
  const body = rows.map((r) =>
    r.error
      ? [r.page, r.browser, `failed: ${r.error}`]
      : [
          r.page,
          r.browser,
          cell(r.highlights),
          cell(r.firstPaintedMs),
          cell(r.allPaintedMs),
          cell(r.gapToPaintWith),
          cell(r.gapToPaintWithout),
          cell(r.gapAfterDclWith),
          cell(r.gapAfterDclWithout),
          range(r.mutationsWith),
          range(r.mutationsWithout),
        ],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...body.filter((b) => b.length === header.length).map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (cells.length === header.length && i < cells.length - 1 ? c.padEnd(widths[i]!) : c)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
}

async function load(browser: BenchBrowser, url: string, withExtension: boolean): Promise<Collected> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    if (withExtension) {
      // DealLens marks deallens:paint even when it finds nothing; a page it never reads gives no figures.
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline && !(await page.evaluate<number>("performance.getEntriesByName('deallens:paint', 'measure').length"))) await page.wait(100);
    }
    await page.wait(SETTLE_MS);
    return await page.evaluate<Collected>(COLLECT);
  } finally {
    await page.close();
  }
}

export async function benchRealPages(browsers: BrowserName[], dirs: string[]): Promise<{ lines: string[]; json: unknown }> {
  const pages = [...dirs.flatMap((d) => findPages(path.resolve(d))), ...findPages(GOLDEN_PAGES).map((p) => ({ ...p, name: `test/pages/${p.name}` }))];
  if (!pages.length) throw new Error('no .html page found');
  // Each page is served from its own folder, so its relative resources load as saved.
  const server = http.createServer((req, res) => {
    const m = /^\/p\/(\d+)\/(.*)$/.exec(decodeURI((req.url ?? '').split('?')[0]!));
    const page = m ? pages[Number(m[1])] : undefined;
    if (!page || !m) return res.writeHead(404).end();
    const file = path.resolve(path.dirname(page.file), m[2]!);
    if (!file.startsWith(path.dirname(page.file)) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return res.writeHead(404).end();
    const type = /\.html?$/i.test(file) ? 'text/html; charset=utf-8' : /\.css$/i.test(file) ? 'text/css' : /\.js$/i.test(file) ? 'text/javascript' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const urlOf = (i: number) => `${origin}/p/${i}/${encodeURIComponent(path.basename(pages[i]!.file))}`;
  const rows: RealPageRow[] = [];
  const versions: string[] = [];
  try {
    for (const name of browsers) {
      const pair = await launchPair(name);
      try {
        // One warm-up load each: the first compile of the content script and the background's matcher.
        await load(pair.without, urlOf(0), false);
        await load(pair.with, urlOf(0), true);
        versions.push(`${name} ${pair.with.version}`);
        for (let i = 0; i < pages.length; i++) {
          const runs: { with: RealRun; without: RealRun }[] = [];
          try {
            for (let run = 0; run < RUNS; run++) {
              const wo = await load(pair.without, urlOf(i), false);
              const w = await load(pair.with, urlOf(i), true);
              const withRun = realRun(w);
              const painted = paintTimes(w);
              const window = w.start !== null && painted.allPaintedMs !== null ? { from: w.start, to: w.start + painted.allPaintedMs } : null;
              runs.push({ with: withRun, without: realRun(wo, window) });
            }
            rows.push(summarizeRealPage(pages[i]!.name, name, runs));
          } catch (error) {
            rows.push({ ...summarizeRealPage(pages[i]!.name, name, runs), error: String(error).slice(0, 120) });
          }
          process.stderr.write(`  ${name} ${pages[i]!.name} done\n`);
        }
      } finally {
        await pair.close();
      }
    }
  } finally {
    server.close();
  }
  const lines = [
    `DealLens on saved pages — ${pages.length} pages (${dirs.length ? `${dirs.join(', ')} and ` : ''}test/pages), ${versions.join(', ')} headless, ${RUNS} runs each with and without DealLens, median (min–max)`,
    ...realPagesTable(rows),
    '',
    'Columns: ranges = highlight ranges registered; first paint / all painted = ms after deallens:start to the first animation frame with a',
    'DealLens range / to deallens:paint or the frame the registry reached its final size; gap→painted = longest frame gap ≥ 50 ms',
    '(main-world rAF probe, both browsers: the long task as the page sees it; 0 = none) from deallens:start (a gap under way then counts from it) to that frame, and without',
    'DealLens in the same window of its own load; gap after DCL = the same over the whole load after DOMContentLoaded (includes the',
    "page's own layout); mutations = records of the page's own nodes after DOMContentLoaded (range over runs).",
  ];
  return { lines, json: { runs: RUNS, browsers: versions, pages: pages.map((p) => p.name), rows } };
}
