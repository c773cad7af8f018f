// The pages bench's Chromium: playwright-core with a persistent context (the only kind in which the
// extension's content scripts run), CDP for the main thread's busy time, memory after a forced GC
// and the service worker's stop.
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { CHROMIUM_FLAGS, findBrowser, tempProfile } from '../e2e/browsers';
import { launchAllowingTestSite } from '../e2e/chromium-driver';
import { benchBuildDir, buildTarget } from '../scripts/build';
import type { BenchBrowser, BenchPage, BenchPair, Memory } from './bench-browser';

async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * The renderer isolate's heap after a full GC: V8's used JS heap (main world and the content
 * script's isolated world live in the same isolate, so both are in it) plus Blink's garbage-
 * collected embedder heap (DOM nodes, Range and Highlight objects). Runtime.getHeapUsage is
 * isolate-wide, so the baseline browser's figure is subtracted.
 */
async function memoryAfterGc(cdp: CDPSession): Promise<Memory> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { jsUsed: heap.usedSize, embedderUsed: heap.embedderHeapUsedSize ?? NaN, nodes: dom.nodes };
}

/** Stops the extension's service worker (what Chrome does to an idle one), so the next page wakes it cold. */
export async function stopBackground(ctx: BrowserContext): Promise<void> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
}

/** The background's User Timing measures (findMentions, deal reading) since the last call, summed; then cleared. */
async function takeBackgroundWork(ctx: BrowserContext): Promise<{ findMs: number; dealsMs: number } | null> {
  const sw = ctx.serviceWorkers().at(-1);
  if (!sw) return null;
  // A worker that was stopped never answers (Playwright may still list it).
  const stopped = new Promise<null>((resolve) => setTimeout(() => resolve(null), 2_000));
  return Promise.race([
    stopped,
    sw.evaluate(`(() => {
    const sum = (name) => performance.getEntriesByName(name, 'measure').reduce((total, e) => total + e.duration, 0);
    const work = { findMs: sum('deallens:find') + sum('deallens:prepare'), dealsMs: sum('deallens:deals') };
    performance.clearMeasures();
    return work;
  })()`) as Promise<{ findMs: number; dealsMs: number }>,
  ]);
}

function benchBrowser(ctx: BrowserContext): BenchBrowser {
  return {
    name: 'chromium',
    version: ctx.browser()?.version() ?? '?',
    async newPage(): Promise<BenchPage> {
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Performance.enable');
      const opened = await taskDuration(cdp);
      return {
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        evaluate: (expression) => page.evaluate(expression),
        wait: (ms) => page.waitForTimeout(ms),
        mouseMove: (x, y) => page.mouse.move(x, y),
        busyMs: async () => (await taskDuration(cdp)) - opened,
        // CDP has no run-queue figure for the renderer.
        runQueueMs: async () => null,
        memory: () => memoryAfterGc(cdp).catch(() => null),
        close: async () => {
          await cdp.detach().catch(() => undefined);
          await page.close();
        },
      };
    },
    takeBackgroundWork: () => takeBackgroundWork(ctx).catch(() => null),
    stopBackground: () => stopBackground(ctx),
    close: () => ctx.close(),
  };
}

/** Chromium twice: with the bench build of DealLens (the test site allowed, as a reader allows it) and without. */
export async function launchChromiumPair(viewport: { width: number; height: number }, probe: string): Promise<BenchPair> {
  const executablePath = findBrowser('chromium');
  const ext = benchBuildDir('chrome');
  await buildTarget('chrome', ext, { pageMarks: true });
  const profiles = [tempProfile('deallens-pages-with-'), tempProfile('deallens-pages-without-')];
  const launch = (dir: string, args: string[]) =>
    chromium.launchPersistentContext(dir, { executablePath, headless: true, viewport, args: [...CHROMIUM_FLAGS, ...args] });
  const extArgs = [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`];
  const { ctx: withExt } = await launchAllowingTestSite(profiles[0]!.dir, () => launch(profiles[0]!.dir, extArgs));
  const without = await launch(profiles[1]!.dir, []);
  for (const ctx of [withExt, without]) await ctx.addInitScript(probe);
  return {
    with: benchBrowser(withExt),
    without: benchBrowser(without),
    memoryMethod:
      'Runtime.getHeapUsage of the renderer isolate after two HeapProfiler.collectGarbage (CDP), with − without: the main world and the content script\'s isolated world share that isolate, so it includes DealLens\' code and ranges (the engine runs in the background); "Blink heap" = embedderHeapUsedSize',
    async close() {
      await withExt.close();
      await without.close();
      profiles.forEach((p) => p.remove());
    },
  };
}
