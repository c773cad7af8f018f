// Where the time goes in Chromium (issue 20 item 2 asks for a trace): V8's sampling profiler, started
// over CDP before a bench page loads, samples the renderer's isolate (the page's main world and the
// content script's isolated world) every 200 µs until DealLens has painted everything and settled.
// Prints self time by function for DealLens's content script and a line for the rest (page, GC,
// program). Run: npx tsx bench/chromium-profile.ts [article|liveblog|dynamic] [runs]
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findBrowser, tempProfile } from '../e2e/browsers';
import { launchAllowingTestSite } from '../e2e/chromium-driver';
import { benchBuildDir, buildTarget } from '../scripts/build';
import { generateArticle } from './generate-article';
import { DYNAMIC_DEFAULTS, generateDynamicArticle } from './generate-dynamic';
import { generateLiveBlog } from './generate-liveblog';
import { PROBE, SETTLE_MS, VIEWPORT } from './pages-bench';

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: CpuNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) of each function of `script` (by URL ending), and of everything else grouped by kind. */
export function selfTimes(profile: CpuProfile, script: string): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = url.endsWith(script) ? `${functionName || 'anonymous'} :${lineNumber + 1}` : url ? '(other scripts)' : functionName.startsWith('(') ? functionName : `(${functionName || 'native'})`;
    out.set(key, (out.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

const pages = { article: () => generateArticle(8_000), liveblog: () => generateLiveBlog(100_000), dynamic: () => generateDynamicArticle(DYNAMIC_DEFAULTS) };

async function main() {
  const key = (process.argv[2] ?? 'liveblog') as keyof typeof pages;
  const runs = Number(process.argv[3] ?? 3);
  const html = pages[key]();
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${key}.html`;
  const ext = benchBuildDir('chrome');
  await buildTarget('chrome', ext, { pageMarks: true });
  const profile = tempProfile('deallens-profile-');
  const { ctx } = await launchAllowingTestSite(profile.dir, () =>
    chromium.launchPersistentContext(profile.dir, { executablePath: findBrowser('chromium'), headless: true, viewport: VIEWPORT, args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`] }),
  );
  await ctx.addInitScript(PROBE);
  const total = new Map<string, number>();
  try {
    for (let run = 0; run <= runs; run++) {
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('deallens:paint', 'measure').length > 0, undefined, { timeout: 30_000 });
      await page.waitForTimeout(SETTLE_MS);
      const { profile: taken } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      await page.close();
      // Run 0 warms the background and the disk cache.
      if (run > 0) for (const [k, ms] of selfTimes(taken, '/content.js')) total.set(k, (total.get(k) ?? 0) + ms / runs);
    }
  } finally {
    await ctx.close();
    profile.remove();
    server.close();
  }
  const content = [...total].filter(([k]) => !k.startsWith('('));
  const sum = (rows: [string, number][]) => rows.reduce((s, [, ms]) => s + ms, 0);
  console.log(`Chromium ${key}, ${runs} runs (+1 warm-up), mean self time per load, V8 sampling profiler (200 µs)`);
  console.log(`  content script in all: ${sum(content).toFixed(1)} ms`);
  for (const [k, ms] of content.sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${k}`);
  for (const [k, ms] of [...total].filter(([k]) => k.startsWith('(')).sort((a, b) => b[1] - a[1])) console.log(`  ${ms.toFixed(1).padStart(9)} ms  ${k}`);
}

if (process.argv[1]?.endsWith('chromium-profile.ts')) await main();
