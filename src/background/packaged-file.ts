// Reads one of the extension's own files (its package, through runtime.getURL): local, never the
// network. The background's one network fetch is the rate download (rates/live-rates.ts). The
// build ships the large data files gzipped (scripts/build.ts): in a cold service worker, reading
// 0.7 MB and inflating it natively takes ~25–30 ms where reading the 2.2 MB takes ~45–60 ms.
import browser from 'webextension-polyfill';
import { measureWork } from './measure-work';

/** Reads begun before anyone asked (startPackagedFileRead), each taken by the first readPackagedFile of its file. */
const begun = new Map<string, { started: number; response: Promise<Response> }>();

const fetchPackaged = (file: string): Promise<Response> => fetch(browser.runtime.getURL(`${file}.gz`));

/**
 * Begins reading a file the background will soon need, so the read runs while the rest of its script
 * is still being run (a cold worker spends ~100 ms there before its first message). A read that fails
 * is tried again by the caller that takes it.
 */
export function startPackagedFileRead(file: string): void {
  if (begun.has(file)) return;
  const response = fetchPackaged(file);
  // (Its failure is its taker's to report; until taken it is no unhandled rejection in the worker's console.)
  response.catch(() => undefined);
  begun.set(file, { started: performance.now(), response });
}

export async function readPackagedFile(file: string): Promise<string> {
  const early = begun.get(file);
  begun.delete(file);
  const started = early?.started ?? performance.now();
  const response = await (early?.response ?? fetchPackaged(file));
  if (!response.ok || !response.body) throw new Error(`${file}.gz: ${response.status} ${response.statusText}`);
  const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
  // For the benches: when the read started and ended in this background.
  measureWork(`deallens:read ${file}`, started);
  return text;
}
