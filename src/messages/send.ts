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

/**
 * What the browser says when the background went away before answering, and asking again wakes it.
 * Seen in the e2e run (2026-11): Chromium 156, service worker stopped mid-request: "A listener
 * indicated an asynchronous response by returning true, but the message channel closed before a
 * response was received"; Firefox 153, event page terminated mid-request: "Could not establish
 * connection. Receiving end does not exist." Older wordings: "The message port closed before a
 * response was received", "Message manager disconnected". "Extension context invalidated" is not one
 * of them: the extension itself is gone.
 */
const BACKGROUND_GONE = /message port closed|message channel closed|could not establish connection|receiving end does not exist|message manager disconnected|disconnected port/i;

/** The background stopped answering this request, every time it was asked. */
export class BackgroundUnreachableError extends Error {
  override name = 'BackgroundUnreachableError';
  constructor(
    readonly request: string,
    readonly attempts: number,
    readonly lastError: string,
  ) {
    super(`DealLens: the background did not answer ${request} (${attempts} attempts; last: ${lastError})`);
  }
}

export interface RetryOptions {
  /** Further attempts after the first when the background went away mid-request (read-only requests only). */
  retries?: number;
  /** Pause before each further attempt, so a restarting background can register its listeners. */
  retryDelayMs?: number;
}

export const RETRY_DELAY_MS = 250;

/** For requests that only read (cards, settings): twice more, after 250 and 500 ms. */
export const RETRY_READS: RetryOptions = { retries: 2 };

export async function sendToBackground<K extends Name<BackgroundContract>>(
  name: K,
  payload: Request<BackgroundContract, K>,
  options: RetryOptions = {},
): Promise<Response<BackgroundContract, K>> {
  const envelope: Envelope = { deallens: 1, name, payload };
  return withRetries(name, () => browser.runtime.sendMessage(envelope), options);
}

/**
 * The reply of `ask` (one attempt at a request), asked again while the background went away before
 * answering, up to `retries` more times.
 */
export async function withRetries<T>(name: string, ask: () => Promise<unknown>, { retries = 0, retryDelayMs = RETRY_DELAY_MS }: RetryOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let gone: string;
    try {
      const reply: unknown = await ask();
      // No reply at all: the background stopped between taking the message and answering it (seen
      // in Chromium 156 with the service worker stopped in the middle of a page's read).
      if (reply !== undefined) return unwrap(reply, name);
      gone = 'no answer';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!BACKGROUND_GONE.test(message)) throw error;
      gone = message;
    }
    if (attempt > retries) throw new BackgroundUnreachableError(name, attempt, gone);
    await new Promise((resolve) => setTimeout(resolve, retryDelayMs * attempt));
  }
}

export async function sendToTab<K extends Name<ContentContract>>(
  tabId: number,
  name: K,
  payload: Request<ContentContract, K>,
): Promise<Response<ContentContract, K>> {
  const envelope: Envelope = { deallens: 1, name, payload };
  return unwrap(await browser.tabs.sendMessage(tabId, envelope), name);
}
