// Where the time goes in Firefox (issue 20 item 2 asks for a trace): the Gecko profiler, started in
// the browser's chrome scope over BiDi, samples the main thread of the content process that hosts a
// bench page every millisecond, with and without DealLens; the samples of each load are summed by
// the profiler's category (JavaScript, Layout, Graphics, DOM, GC / CC, …) and, for JavaScript, by
// the script the sampled function comes from. Run: npx tsx bench/firefox-profile.ts [article|liveblog|dynamic] [runs]
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findBrowser } from '../e2e/browsers';
import { chromeScopeEvaluate, launchFirefoxAllowingTestSite, type BidiConnection } from '../e2e/firefox-driver';
import { benchBuildDir, buildTarget } from '../scripts/build';
import { generateArticle } from './generate-article';
import { DYNAMIC_DEFAULTS, generateDynamicArticle } from './generate-dynamic';
import { generateLiveBlog } from './generate-liveblog';
import { PROBE, SETTLE_MS, VIEWPORT } from './pages-bench';

interface GeckoTable {
  schema: Record<string, number>;
  data: unknown[][];
}
interface GeckoThread {
  name: string;
  pid: string | number;
  samples: GeckoTable;
  stackTable: GeckoTable;
  frameTable: GeckoTable;
  stringTable: string[];
}
interface GeckoProfile {
  meta: { startTime: number; categories: { name: string }[] };
  threads: GeckoThread[];
  processes: GeckoProfile[];
}

/** A JS frame's location: "name (url:line:col)[resource]" or "url:line:col[resource]"; group 1 = the script's URL. */
const JS_FRAME = /\(?((?:moz-extension|https?|resource|chrome):\/\/[^)\s]*?|self-hosted)(?::\d+){0,2}\)?(?:\[\d+\])?$/;

/** Samples of one thread between two epoch times, summed by the leaf frame's category and, for JS, by the leaf's script. */
export function summarizeThread(profile: GeckoProfile, thread: GeckoThread, from: number, to: number) {
  const cat = profile.meta.categories.map((c) => c.name);
  const s = thread.samples.schema, st = thread.stackTable.schema, ft = thread.frameTable.schema;
  const byCategory = new Map<string, number>();
  const byScript = new Map<string, number>();
  let total = 0;
  for (const row of thread.samples.data) {
    const t = profile.meta.startTime + (row[s.time!] as number);
    if (t < from || t > to) continue;
    const stack = row[s.stack!] as number | null;
    if (stack === null) continue;
    total++;
    // The leaf's category; a JS frame carries none (its row is short): JavaScript. Else the nearest caller's.
    let category = '?';
    for (let k: number | null = stack; k !== null; k = thread.stackTable.data[k]![st.prefix!] as number | null) {
      const f = thread.frameTable.data[thread.stackTable.data[k]![st.frame!] as number]!;
      const c = f[ft.category!] as number | null | undefined;
      if (typeof c === 'number') {
        category = cat[c] ?? '?';
        break;
      }
      if (JS_FRAME.test(thread.stringTable[f[ft.location!] as number] ?? '')) {
        category = 'JavaScript';
        break;
      }
    }
    byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
    // The innermost JS frame of the stack names where the JS time is.
    for (let k: number | null = stack; k !== null; k = thread.stackTable.data[k]![st.prefix!] as number | null) {
      const f = thread.frameTable.data[thread.stackTable.data[k]![st.frame!] as number]!;
      const location = thread.stringTable[f[ft.location!] as number] ?? '';
      const script = JS_FRAME.exec(location)?.[1];
      if (script && script !== 'self-hosted') {
        const key = `${script.replace(/^moz-extension:\/\/[^/]+/, 'ext:').replace(/^http:\/\/127\.0\.0\.1:\d+/, 'page:')} ${location.includes(' (') ? location.split(' (')[0] : '(top level)'}`;
        byScript.set(key, (byScript.get(key) ?? 0) + 1);
        break;
      }
    }
  }
  return { total, byCategory, byScript };
}

async function profileLoad(browser: Browser, url: string, withExtension: boolean) {
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(PROBE);
  await chromeScopeEvaluate(bidi, `Services.profiler.StartProfiler(4000000, 1, ['js', 'cpu'], ['GeckoMain'])`);
  const from = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  if (withExtension) await page.waitForFunction("performance.getEntriesByName('deallens:paint', 'measure').length > 0", { timeout: 60_000 });
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const to = Date.now();
  const marks = (await page.evaluate(`({ origin: performance.timeOrigin, start: performance.getEntriesByName('deallens:start', 'mark')[0]?.startTime ?? null, paint: performance.getEntriesByName('deallens:paint', 'measure')[0]?.duration ?? null })`)) as { origin: number; start: number | null; paint: number | null };
  const r = await chromeScopeEvaluate(bidi, `(async () => { const p = await Services.profiler.getProfileDataAsync(); Services.profiler.StopProfiler(); return JSON.stringify(p); })()`);
  const pageUrl = page.url();
  const pid = await chromeScopeEvaluate(bidi, `(async () => { const info = await ChromeUtils.requestProcInfo(); const c = info.children.find((c) => (c.windows || []).some((w) => w.documentURI && w.documentURI.spec === ${JSON.stringify(pageUrl)})); return c ? c.pid : null; })()`);
  await page.close();
  const profile = JSON.parse(r.value as string) as GeckoProfile;
  const proc = profile.processes.find((p) => p.threads.some((t) => t.name === 'GeckoMain' && Number(t.pid) === pid.value));
  const thread = proc?.threads.find((t) => t.name === 'GeckoMain');
  if (!proc || !thread) throw new Error(`no profile of the page's process ${String(pid.value)}`);
  if (process.env.PROFILE_DUMP) (await import('node:fs')).writeFileSync(process.env.PROFILE_DUMP, JSON.stringify({ meta: proc.meta, thread }));
  const whole = summarizeThread(proc, thread, from, to);
  const window = marks.start !== null && marks.paint !== null ? summarizeThread(proc, thread, marks.origin + marks.start, marks.origin + marks.start + marks.paint) : null;
  return { whole, window };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const key = (process.argv[2] ?? 'liveblog') as 'article' | 'liveblog' | 'dynamic';
  const runs = Number(process.argv[3] ?? 3);
  const html = key === 'article' ? generateArticle(8_000) : key === 'liveblog' ? generateLiveBlog(100_000) : generateDynamicArticle(DYNAMIC_DEFAULTS);
  const server = http.createServer((_, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }).end(html),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${key}.html`;
  const ext = benchBuildDir('firefox');
  await buildTarget('firefox', ext, { pageMarks: true });
  const withExt = await launchFirefoxAllowingTestSite({ ext, viewport: VIEWPORT });
  const without = await puppeteer.launch({ browser: 'firefox', executablePath: findBrowser('firefox'), headless: true, defaultViewport: VIEWPORT, args: ['--remote-allow-system-access'] });
  const add = (into: Map<string, number>, from: Map<string, number>) => from.forEach((v, k) => into.set(k, (into.get(k) ?? 0) + v));
  const totals = { with: new Map<string, number>(), without: new Map<string, number>(), window: new Map<string, number>(), scripts: new Map<string, number>(), windowScripts: new Map<string, number>() };
  try {
    await profileLoad(without, url, false); // warm-up
    await profileLoad(withExt.browser, url, true);
    for (let run = 0; run < runs; run++) {
      const wo = await profileLoad(without, url, false);
      const w = await profileLoad(withExt.browser, url, true);
      add(totals.without, wo.whole.byCategory);
      add(totals.with, w.whole.byCategory);
      add(totals.scripts, w.whole.byScript);
      if (w.window) {
        add(totals.window, w.window.byCategory);
        add(totals.windowScripts, w.window.byScript);
      }
      process.stderr.write(`  run ${run} done\n`);
    }
  } finally {
    await withExt.browser.close();
    await without.close();
    server.close();
  }
  const per = (n: number | undefined) => ((n ?? 0) / runs).toFixed(0).padStart(6);
  console.log(`Firefox content process main thread, ${key}, 1 ms samples, mean of ${runs} loads (goto → ${SETTLE_MS} ms after painted)`);
  console.log(`${'category'.padEnd(16)} ${'with'.padStart(6)} ${'without'.padStart(7)} ${'with−without'.padStart(12)}  start→painted (with)`);
  for (const c of [...new Set([...totals.with.keys(), ...totals.without.keys()])].sort((a, b) => (totals.with.get(b) ?? 0) - (totals.with.get(a) ?? 0))) {
    console.log(`${c.padEnd(16)} ${per(totals.with.get(c))} ${per(totals.without.get(c)).padStart(7)} ${per((totals.with.get(c) ?? 0) - (totals.without.get(c) ?? 0)).padStart(12)}  ${per(totals.window.get(c))}`);
  }
  console.log('\nJS by innermost script function, start → painted (with DealLens), ms per load:');
  for (const [k, v] of [...totals.windowScripts].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${per(v)}  ${k}`);
}
