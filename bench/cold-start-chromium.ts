// The background's cold start in real headless Chromium (part of `npm run bench -- cold`): the
// service worker is stopped (as Chrome stops an idle one), then a page that the content script runs
// on is opened, which wakes it. Per run: when the page painted its first highlights after the content
// script started (the reader's wait), and, read in the worker, when it had its matcher and when it
// answered the first findMentions (User Timing from the worker's start), and its JS heap after a full
// GC (CDP, attached to the worker). The same page with the worker running is the baseline, measured
// in the same browser between cold runs.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { CHROMIUM_FLAGS, findBrowser, tempProfile } from '../e2e/browsers';
import { launchAllowingTestSite } from '../e2e/chromium-driver';
import { waitFor } from '../e2e/wait-for';
import { stopBackground } from './pages-bench-chromium';

/** Main-world probe: the first animation frame at which the registry holds a DealLens range. */
const PROBE = `(() => {
  const state = { firstFrame: null };
  Object.defineProperty(window, '__cold', { value: state });
  const frame = () => {
    const c = CSS.highlights.get('deallens-company'), m = CSS.highlights.get('deallens-money');
    if ((c ? c.size : 0) + (m ? m.size : 0) > 0) { state.firstFrame = performance.now(); return; }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

const READ_PAGE = `(() => ({
  start: performance.getEntriesByName('deallens:start', 'mark')[0]?.startTime ?? null,
  paint: performance.getEntriesByName('deallens:paint', 'measure')[0]?.duration ?? null,
  firstFrame: window.__cold.firstFrame,
}))()`;

/** In the worker: its first answer and its matcher, from the worker's start (older builds have no matcher measure). */
const READ_WORKER = `(() => {
  const first = (name) => performance.getEntriesByName(name, 'measure')[0];
  // The request from its arrival to its answer (builds before the background's queue measured it as deallens:find).
  const find = first('deallens:request') ?? first('deallens:find'), matcher = first('deallens:matcher'), index = first('deallens:company-index');
  const read = first('deallens:read data/company-index.generated.txt');
  const ready = performance.getEntriesByName('deallens:background-ready', 'mark')[0];
  return {
    scriptMs: ready ? ready.startTime : null,
    requestMs: find ? find.startTime : null,
    readStartMs: read ? read.startTime : null,
    readMs: read ? read.duration : null,
    indexReadyMs: index ? index.startTime + index.duration : null,
    answeredMs: find ? find.startTime + find.duration : null,
    findMs: find ? find.duration : null,
    matcherReadyMs: matcher ? matcher.startTime + matcher.duration : null,
    matcherMs: matcher ? matcher.duration : null,
  };
})()`;

export interface ColdRun {
  /** From the worker's start: its script had run (modules, data, listeners). */
  scriptMs?: number | null;
  /** From the worker's start: the first findMentions request arrived. */
  requestMs?: number | null;
  /** From the worker's start: the compiled company index's file began to be read; how long reading it took (fetch, inflate, decode). */
  readStartMs?: number | null;
  readMs?: number | null;
  /** From the worker's start: the index was read and parsed. */
  indexReadyMs?: number | null;
  /** Content script start (deallens:start) → first frame with highlights. */
  firstPaintedMs: number | null;
  /** Content script start → deallens:paint (every highlight of the first read registered). */
  allPaintedMs: number | null;
  answeredMs: number | null;
  findMs: number | null;
  matcherReadyMs: number | null;
  matcherMs: number | null;
  workerHeapMB: number | null;
}

/** Sends one CDP command to a target through the browser session (Target.sendMessageToTarget). */
function targetCommand(browserCdp: CDPSession, sessionId: string) {
  let next = 1;
  const waiting = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  browserCdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id !== undefined) waiting.get(message.id)?.(message);
  });
  return async <T>(method: string, params: object = {}): Promise<T> => {
    const id = next++;
    const answer = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => waiting.set(id, resolve));
    await browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const message = await answer;
    if (message.error) throw new Error(`${method}: ${message.error.message}`);
    return message.result as T;
  };
}

/** The extension's service worker's used JS heap after two full GCs, in MB; null when CDP would not say. */
async function workerHeapMB(ctx: BrowserContext): Promise<number | null> {
  const browser = ctx.browser();
  if (!browser) return null;
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!target) return null;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    const send = targetCommand(cdp, sessionId);
    await send('HeapProfiler.collectGarbage');
    await send('HeapProfiler.collectGarbage');
    const heap = await send<{ usedSize: number }>('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId });
    return heap.usedSize / 2 ** 20;
  } catch {
    return null;
  } finally {
    await cdp.detach();
  }
}

type WorkerTimes = Pick<ColdRun, 'scriptMs' | 'requestMs' | 'readStartMs' | 'readMs' | 'indexReadyMs' | 'answeredMs' | 'findMs' | 'matcherReadyMs' | 'matcherMs'>;

async function readWorker(ctx: BrowserContext): Promise<WorkerTimes | null> {
  // The worker that answered is the newest one Playwright knows; a stopped one never answers.
  for (const sw of [...ctx.serviceWorkers()].reverse()) {
    const read = await Promise.race([sw.evaluate(READ_WORKER).catch(() => null), new Promise<null>((r) => setTimeout(() => r(null), 2_000))]);
    if (read) return read as WorkerTimes;
  }
  return null;
}

async function openAndMeasure(ctx: BrowserContext, url: string): Promise<Pick<ColdRun, 'firstPaintedMs' | 'allPaintedMs'>> {
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const read = await waitFor(async () => {
    const r = (await page.evaluate(READ_PAGE)) as { start: number | null; paint: number | null; firstFrame: number | null };
    if (r.start === null || r.paint === null || r.firstFrame === null) throw new Error('DealLens has not painted yet');
    return r;
  }, 60_000);
  await page.close();
  return { firstPaintedMs: read.firstFrame! - read.start!, allPaintedMs: read.paint };
}

/**
 * `runs` cold starts of the extension in `extensionDir` on `html`, each followed by one run on the
 * same page with the worker running (the baseline).
 */
export async function coldStartInChromium(extensionDir: string, html: string, runs: number): Promise<{ version: string; cold: ColdRun[]; warm: ColdRun[] }> {
  const executablePath = findBrowser('chromium');
  const server = http.createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.html`;
  const profile = tempProfile('deallens-cold-');
  const launch = () =>
    chromium.launchPersistentContext(profile.dir, {
      executablePath,
      headless: true,
      viewport: { width: 1000, height: 800 },
      args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    });
  const { ctx } = await launchAllowingTestSite(profile.dir, launch);
  await ctx.addInitScript(PROBE);
  const cold: ColdRun[] = [];
  const warm: ColdRun[] = [];
  try {
    // Warm-up: the first start after install compiles the worker's script and the content script.
    await openAndMeasure(ctx, url);
    for (let run = 0; run < runs; run++) {
      await stopBackground(ctx);
      await new Promise((r) => setTimeout(r, 300));
      const page = await openAndMeasure(ctx, url);
      const worker = await readWorker(ctx);
      cold.push({ ...page, answeredMs: null, findMs: null, matcherReadyMs: null, matcherMs: null, ...worker, workerHeapMB: await workerHeapMB(ctx) });
      const again = await openAndMeasure(ctx, url);
      warm.push({ ...again, answeredMs: null, findMs: null, matcherReadyMs: null, matcherMs: null, workerHeapMB: await workerHeapMB(ctx) });
      process.stderr.write(`  cold start run ${run + 1}/${runs} done\n`);
    }
    return { version: ctx.browser()?.version() ?? '?', cold, warm };
  } finally {
    await ctx.close();
    profile.remove();
    server.close();
  }
}
