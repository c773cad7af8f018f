import browser from 'webextension-polyfill';
import type { BackgroundContract, ContentContract, Envelope, Name, Reply, Request, Response } from './contract';

function unwrap<T>(reply: unknown, name: string): T {
  const r = reply as Reply<T> | undefined;
  if (!r || typeof r !== 'object' || !('ok' in r)) throw new Error(`DealLens: no answer to ${name}`);
  if (r.ok) return r.value;
  // Errors cross the boundary serialised and come back as real Errors.
  const error = new Error(r.error.message);
  error.name = r.error.name;
  throw error;
}

export async function sendToBackground<K extends Name<BackgroundContract>>(
  name: K,
  payload: Request<BackgroundContract, K>,
): Promise<Response<BackgroundContract, K>> {
  const envelope: Envelope = { deallens: 1, name, payload };
  return unwrap(await browser.runtime.sendMessage(envelope), name);
}

export async function sendToTab<K extends Name<ContentContract>>(
  tabId: number,
  name: K,
  payload: Request<ContentContract, K>,
): Promise<Response<ContentContract, K>> {
  const envelope: Envelope = { deallens: 1, name, payload };
  return unwrap(await browser.tabs.sendMessage(tabId, envelope), name);
}
