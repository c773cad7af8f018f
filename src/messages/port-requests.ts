// The content script's requests to the background over one long-lived port, each tagged with an id
// its reply carries back. A page's read sends dozens of slices in a burst: as one-off messages each
// opened and closed a channel of its own (live blog, Chromium 156 trace: ~20 ms of the page's main
// thread spent opening channels). A port that disconnects (the background stopped, the page's run
// ended) fails what it still owed like a closed channel, so requests are asked again as with
// sendToBackground; the next request opens a new port.
import type { Runtime } from 'webextension-polyfill';
import { REQUEST_PORT, type BackgroundContract, type Name, type PortReply, type PortRequest, type Request, type Response } from './contract';
import { withRetries, type RetryOptions } from './send';

export type PortRequester = <K extends Name<BackgroundContract>>(name: K, payload: Request<BackgroundContract, K>, options?: RetryOptions) => Promise<Response<BackgroundContract, K>>;

function isPortReply(message: unknown): message is PortReply {
  return typeof message === 'object' && message !== null && (message as PortReply).deallens === 1 && typeof (message as PortReply).id === 'number';
}

/** Requests over `connect()`'s port (opened at the first request, again after it disconnects) until `signal` aborts. */
export function createPortRequester(connect: (name: string) => Runtime.Port, signal: AbortSignal): PortRequester {
  let port: Runtime.Port | null = null;
  let nextId = 1;
  // The settle function of each request still owed a reply: the reply, or why none will come.
  const owed = new Map<number, (reply: unknown, gone?: string) => void>();
  const giveUp = (from: Runtime.Port, why: string) => {
    if (port !== from) return;
    port = null;
    const settles = [...owed.values()];
    owed.clear();
    for (const settle of settles) settle(undefined, why);
  };
  const open = (): Runtime.Port => {
    const opened = connect(REQUEST_PORT);
    opened.onMessage.addListener((message: unknown) => {
      if (!isPortReply(message)) return;
      const settle = owed.get(message.id);
      owed.delete(message.id);
      settle?.(message.reply);
    });
    opened.onDisconnect.addListener(() => giveUp(opened, 'message port closed'));
    return opened;
  };
  signal.addEventListener(
    'abort',
    () => {
      const last = port;
      if (!last) return;
      giveUp(last, 'run ended');
      try {
        last.disconnect();
      } catch {
        // Already gone with the extension context.
      }
    },
    { once: true },
  );
  const once = (name: string, payload: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      if (signal.aborted) return reject(new Error('DealLens: run ended'));
      const id = nextId++;
      owed.set(id, (reply, gone) => (gone === undefined ? resolve(reply) : reject(new Error(`DealLens: ${gone}`))));
      const request: PortRequest = { deallens: 1, id, name, payload };
      try {
        (port ??= open()).postMessage(request);
      } catch (error) {
        // A port that went without a disconnect event yet ("Attempting to use a disconnected port
        // object"), or an extension context that is gone: asked again, or reported.
        owed.delete(id);
        port = null;
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  return (name, payload, options) => withRetries(name, () => once(name, payload), options);
}
