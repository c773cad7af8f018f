import browser, { type Runtime } from 'webextension-polyfill';
import { REQUEST_PORT, type Envelope, type Name, type PortReply, type PortRequest, type Reply, type Request, type Response } from './contract';
import { checkPayload, CONTENT_SCHEMAS, type RequestSchemas } from './payload-check';

/** One handler for every message of a contract: a missing one fails tsc. */
export type Handlers<C> = {
  [K in Name<C>]: (payload: Request<C, K>, sender: Runtime.MessageSender) => Promise<Response<C, K>> | Response<C, K>;
};

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && (message as Envelope).deallens === 1;
}

/**
 * The background's checks: who may ask what (requests any sender may make, and the URL every page of
 * the extension starts with) and each request's payload schema (schemas.ts).
 */
export interface SenderPolicy {
  pageRequests: ReadonlySet<string>;
  extensionBase: string;
  schemas: RequestSchemas;
}

/** Whether `sender` may make request `name`: a page request, or any request from one of the extension's own pages. */
export function mayAsk(name: string, sender: Runtime.MessageSender, policy: SenderPolicy): boolean {
  return policy.pageRequests.has(name) || (typeof sender.url === 'string' && sender.url.startsWith(policy.extensionBase));
}

/** The reply to a message of contract C, or undefined when it is not one (another listener's). */
function answer<C>(handlers: Handlers<C>, message: unknown, sender: Runtime.MessageSender, policy?: SenderPolicy): Promise<Reply<unknown>> | undefined {
  if (!isEnvelope(message) || !Object.hasOwn(handlers, message.name)) return undefined;
  if (policy && !mayAsk(message.name, sender, policy)) {
    return Promise.resolve({ ok: false, error: { name: 'RefusedError', message: `${message.name} is answered only for DealLens's own pages` } });
  }
  // Only a payload its schema accepts reaches the handler. Without a policy this is the content
  // script, answering the extension's requests about its page (ContentContract).
  const checked = checkPayload(policy?.schemas ?? CONTENT_SCHEMAS, message.name, message.payload);
  if (!checked.ok) return Promise.resolve({ ok: false, error: { name: 'InvalidRequestError', message: checked.problem } });
  const handler = handlers[message.name as Name<C>] as (p: unknown, s: Runtime.MessageSender) => unknown;
  return Promise.resolve()
    .then(() => handler(checked.payload, sender))
    .then(
      (value): Reply<unknown> => ({ ok: true, value }),
      (error: unknown): Reply<unknown> => ({
        ok: false,
        error: { name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) },
      }),
    );
}

/** Answers messages of contract C (those `policy` lets each sender make) until `signal` aborts. */
export function handleMessages<C>(handlers: Handlers<C>, signal?: AbortSignal, policy?: SenderPolicy): void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => answer(handlers, message, sender, policy);
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/** Answers requests of contract C that come over REQUEST_PORT ports (see port-requests.ts), each reply tagged with its request's id. */
export function handlePortRequests<C>(handlers: Handlers<C>, policy?: SenderPolicy): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== REQUEST_PORT) return;
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
    });
    port.onMessage.addListener((message: unknown) => {
      const id = (message as Partial<PortRequest> | null)?.id;
      if (typeof id !== 'number') return;
      void answer(handlers, message, port.sender ?? {}, policy)?.then((reply) => {
        // The page went away meanwhile (closed, navigated, cached): nobody waits for the reply.
        if (!open) return;
        const tagged: PortReply = { deallens: 1, id, reply };
        try {
          port.postMessage(tagged);
        } catch {
          // It went in the same moment, before its disconnect event.
        }
      });
    });
  });
}
