// Reads one of the extension's own files (its package, through runtime.getURL): local, never the
// network. The background's one network fetch is the rate download (rates/live-rates.ts). The
// build ships the large data files gzipped (scripts/build.ts): in a cold service worker, reading
// 0.7 MB and inflating it natively takes ~25–30 ms where reading the 2.2 MB takes ~45–60 ms.
import browser from 'webextension-polyfill';
import { measureWork } from './measure-work';

export async function readPackagedFile(file: string): Promise<string> {
  const started = performance.now();
  const response = await fetch(browser.runtime.getURL(`${file}.gz`));
  if (!response.ok || !response.body) throw new Error(`${file}.gz: ${response.status} ${response.statusText}`);
  const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
  // For the benches: when the read started and ended in this background.
  measureWork(`deallens:read ${file}`, started);
  return text;
}
