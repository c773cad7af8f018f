import browser, { type Runtime } from 'webextension-polyfill';
import type { Envelope, Name, Reply, Request, Response } from './contract';

/** One handler for every message of a contract: a missing one fails tsc. */
export type Handlers<C> = {
  [K in Name<C>]: (payload: Request<C, K>, sender: Runtime.MessageSender) => Promise<Response<C, K>> | Response<C, K>;
};

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && (message as Envelope).deallens === 1;
}

/** Answers messages of contract C until `signal` aborts. */
export function handleMessages<C>(handlers: Handlers<C>, signal?: AbortSignal): void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.name)) return undefined;
    const handler = handlers[message.name as Name<C>] as (p: unknown, s: Runtime.MessageSender) => unknown;
    return Promise.resolve()
      .then(() => handler(message.payload, sender))
      .then(
        (value): Reply<unknown> => ({ ok: true, value }),
        (error: unknown): Reply<unknown> => ({
          ok: false,
          error: { name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) },
        }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
