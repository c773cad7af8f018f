// The pages bench's Firefox: puppeteer-core over WebDriver BiDi (e2e/firefox-driver.ts starts it with
// the bench build installed and the test site allowed). Firefox has no longtask entries and no CDP:
// the page's stalls are the probe's frame gaps (as in Chromium), there is no main-thread busy counter,
// and memory is the resident and unique set size of the content process that hosts the page, read
// from /proc after the browser is asked to minimise memory (as about:memory's "Minimize memory usage").
import fs from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findBrowser } from '../e2e/browsers';
import { chromeScopeEvaluate, launchFirefoxAllowingTestSite, stopFirefoxBackground, type BidiConnection } from '../e2e/firefox-driver';
import { benchBuildDir, buildTarget } from '../scripts/build';
import type { BenchBrowser, BenchPage, BenchPair, Memory } from './bench-browser';

/** Kilobyte fields of /proc/<pid>/smaps_rollup (or status), in bytes. */
export function procMemory(smapsRollup: string): { rss: number; uss: number } {
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(smapsRollup)?.[1] ?? NaN) * 1024;
  return { rss: kb('Rss'), uss: kb('Private_Clean') + kb('Private_Dirty') };
}

/** /proc/<pid>/schedstat: time on a CPU and time waiting on a run queue (ns), as ms. */
export function schedstat(text: string): { runMs: number; waitMs: number } {
  const [run, wait] = text.trim().split(/\s+/).map(Number);
  return { runMs: (run ?? NaN) / 1e6, waitMs: (wait ?? NaN) / 1e6 };
}

/** The processes below `root` (Firefox's content, GPU, utility processes). */
function descendants(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const dir of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(dir)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${dir}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(dir)]);
    } catch {
      // gone meanwhile
    }
  }
  const walk = (pid: number): number[] => (parents.get(pid) ?? []).flatMap((c) => [c, ...walk(c)]);
  return walk(root);
}

/** Main-thread schedstat of each process below the browser (a process's main thread has its pid as tid). */
function mainThreads(root: number): Map<number, { runMs: number; waitMs: number }> {
  const out = new Map<number, { runMs: number; waitMs: number }>();
  for (const pid of descendants(root)) {
    try {
      out.set(pid, schedstat(fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8')));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** The pid of the content process whose windows include the page at `url` (ChromeUtils.requestProcInfo, chrome scope). */
async function contentProcessOf(bidi: BidiConnection, url: string): Promise<number | null> {
  const r = await chromeScopeEvaluate(bidi, `(async () => {
    const info = await ChromeUtils.requestProcInfo();
    const found = info.children.find((c) => (c.windows || []).some((w) => w.documentURI && w.documentURI.spec === ${JSON.stringify(url)}));
    return found ? found.pid : null;
  })()`);
  return r.ok && typeof r.value === 'number' ? r.value : null;
}

/** Garbage collection and cycle collection in every content process, then a memory minimisation (what about:memory does). */
async function minimizeMemory(bidi: BidiConnection): Promise<void> {
  await chromeScopeEvaluate(bidi, `(async () => {
    Services.obs.notifyObservers(null, 'child-gc-request');
    Services.obs.notifyObservers(null, 'child-cc-request');
    Services.obs.notifyObservers(null, 'child-mmu-request');
    await new Promise((resolve) => Cc['@mozilla.org/memory-reporter-manager;1'].getService(Ci.nsIMemoryReporterManager).minimizeMemoryUsage(resolve));
    return true;
  })()`);
  // The children's minimisation runs on their own threads, after the request: time for it to finish.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}

async function pageMemory(bidi: BidiConnection, page: Page): Promise<Memory | null> {
  await minimizeMemory(bidi);
  const pid = await contentProcessOf(bidi, page.url());
  if (pid === null) return null;
  const { rss, uss } = procMemory(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
  return { processRss: rss, processUss: uss };
}

function benchBrowser(browser: Browser, probe: string, extension: { helper: Page } | null): BenchBrowser {
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  let version = '?';
  return {
    name: 'firefox',
    get version() {
      return version;
    },
    async newPage(): Promise<BenchPage> {
      if (version === '?') version = (await browser.version()).replace(/^firefox\//i, '');
      const page = await browser.newPage();
      await page.evaluateOnNewDocument(probe);
      // The page's process is known only once it is loaded (Fission picks it by site): every content
      // process's main thread is read now, the page's is subtracted later (0 for a process started for it).
      const root = browser.process()?.pid;
      const opened = root === undefined ? null : mainThreads(root);
      const since = async (pick: (t: { runMs: number; waitMs: number }) => number) => {
        if (root === undefined || !opened) return null;
        const pid = await contentProcessOf(bidi, page.url());
        const now = pid === null ? undefined : mainThreads(root).get(pid);
        if (pid === null || !now) return null;
        const before = opened.get(pid);
        return pick(now) - (before ? pick(before) : 0);
      };
      return {
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 60_000 })),
        evaluate: (expression) => page.evaluate(expression) as never,
        wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        mouseMove: (x, y) => page.mouse.move(x, y),
        busyMs: () => since((t) => t.runMs).catch(() => null),
        runQueueMs: () => since((t) => t.waitMs).catch(() => null),
        memory: () => pageMemory(bidi, page).catch(() => null),
        close: () => page.close(),
      };
    },
    async takeBackgroundWork() {
      if (!extension) return null;
      const stopped = new Promise<null>((resolve) => setTimeout(() => resolve(null), 2_000));
      const work = extension.helper.evaluate(`(async () => {
        const bg = await browser.runtime.getBackgroundPage();
        const sum = (name) => bg.performance.getEntriesByName(name, 'measure').reduce((total, e) => total + e.duration, 0);
        const work = { findMs: sum('deallens:find') + sum('deallens:prepare'), dealsMs: sum('deallens:deals') };
        bg.performance.clearMeasures();
        return work;
      })()`) as Promise<{ findMs: number; dealsMs: number }>;
      return Promise.race([stopped, work]).catch(() => null);
    },
    stopBackground: () => stopFirefoxBackground(bidi),
    close: () => browser.close(),
  };
}

/** Firefox twice: with the bench build of DealLens (a temporary add-on, the test site allowed) and without. */
export async function launchFirefoxPair(viewport: { width: number; height: number }, probe: string): Promise<BenchPair> {
  const ext = benchBuildDir('firefox');
  await buildTarget('firefox', ext, { pageMarks: true });
  const withExt = await launchFirefoxAllowingTestSite({ ext, viewport });
  const without = await puppeteer.launch({ browser: 'firefox', executablePath: findBrowser('firefox'), headless: true, defaultViewport: viewport, args: ['--remote-allow-system-access'] });
  return {
    with: benchBrowser(withExt.browser, probe, { helper: withExt.helper }),
    without: benchBrowser(without, probe, null),
    memoryMethod:
      'the content process that hosts the page (found by ChromeUtils.requestProcInfo in the browser\'s chrome scope), its /proc/<pid>/smaps_rollup after GC, CC and about:memory\'s "minimize memory usage" in every process: USS (Private_Clean + Private_Dirty) and RSS, with − without. Process-wide, so it includes what the process kept from earlier tabs and the allocator\'s slack (noise of a few MB); the content script\'s sandbox lives in that process, the engine in the extension process (not counted)',
    async close() {
      await withExt.browser.close();
      await without.close();
    },
  };
}
