import { describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;
const connectListeners: Listener[] = [];
const messageListeners: Listener[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      onConnect: { addListener: (l: Listener) => void connectListeners.push(l) },
      onMessage: { addListener: (l: Listener) => void messageListeners.push(l), removeListener: () => undefined },
    },
  },
}));

const { handleMessages, handlePortRequests } = await import('./handle');
const { PAGE_REQUESTS, REQUEST_PORT } = await import('./contract');
const { BACKGROUND_SCHEMAS } = await import('./schemas');
const EXTENSION = 'chrome-extension://deallensid/';
const policy = { pageRequests: PAGE_REQUESTS as ReadonlySet<string>, extensionBase: EXTENSION, schemas: BACKGROUND_SCHEMAS };

/** The background's end of a port a page opened. */
function openPort(name: string) {
  const messageListeners: Listener[] = [];
  const disconnectListeners: Listener[] = [];
  const posted: unknown[] = [];
  const port = {
    name,
    sender: { tab: { id: 7 } },
    postMessage: vi.fn((m: unknown) => void posted.push(m)),
    onMessage: { addListener: (l: Listener) => void messageListeners.push(l) },
    onDisconnect: { addListener: (l: Listener) => void disconnectListeners.push(l) },
  };
  for (const l of connectListeners) l(port);
  return {
    port,
    posted,
    send: (m: unknown) => messageListeners.forEach((l) => l(m)),
    disconnect: () => disconnectListeners.forEach((l) => l()),
  };
}

describe('handlePortRequests', () => {
  const handlers = {
    lookupCompanies: vi.fn(async () => [{ id: 'x', name: 'X' }]),
    pageDeals: vi.fn(() => {
      throw new RangeError('bad run');
    }),
  };
  handlePortRequests(handlers as never, policy);

  it('answers each request on its port, tagged with its id, and a failed one with its error', async () => {
    const page = openPort(REQUEST_PORT);
    page.send({ deallens: 1, id: 2, name: 'lookupCompanies', payload: { ids: ['x'] } });
    page.send({ deallens: 1, id: 3, name: 'pageDeals', payload: { run: 'r' } });
    await vi.waitFor(() => expect(page.posted).toHaveLength(2));
    expect(page.posted).toContainEqual({ deallens: 1, id: 2, reply: { ok: true, value: [{ id: 'x', name: 'X' }] } });
    expect(page.posted).toContainEqual({ deallens: 1, id: 3, reply: { ok: false, error: { name: 'RangeError', message: 'bad run' } } });
    expect(handlers.lookupCompanies).toHaveBeenCalledWith({ ids: ['x'] }, page.port.sender);
  });

  it('leaves other ports and messages that are not requests alone', async () => {
    const other = openPort('deallens-page');
    other.send({ deallens: 1, id: 1, name: 'lookupCompanies', payload: { ids: ['x'] } });
    const page = openPort(REQUEST_PORT);
    page.send({ deallens: 1, name: 'lookupCompanies', payload: { ids: ['x'] } });
    page.send({ deallens: 1, id: 4, name: 'noSuchRequest', payload: {} });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(other.posted).toEqual([]);
    expect(page.posted).toEqual([]);
  });

  it('posts nothing to a port the page closed before the answer was ready', async () => {
    let finish = (_: unknown) => undefined as unknown;
    handlers.lookupCompanies.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)) as never);
    const page = openPort(REQUEST_PORT);
    page.send({ deallens: 1, id: 5, name: 'lookupCompanies', payload: { ids: ['x'] } });
    page.disconnect();
    finish([null]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(page.port.postMessage).not.toHaveBeenCalled();
  });
});

describe('who may ask what', () => {
  const handlers = { convert: vi.fn(() => 'converted'), listDeals: vi.fn(() => ['every deal']), replaceDeals: vi.fn(() => ({ deals: 0 })) };
  const controller = new AbortController();
  handleMessages(handlers as never, controller.signal, policy);
  const payloads: Record<string, unknown> = { convert: { amounts: [], to: 'USD', days: ['today'] }, listDeals: { limit: 10 }, replaceDeals: { deals: [] } };
  const listener = messageListeners.at(-1)!;
  const ask = (name: string, sender: object) => (listener({ deallens: 1, name, payload: payloads[name] }, sender) as Promise<unknown>);
  const contentScript = { id: 'deallensid', url: 'https://news.example.com/story', tab: { id: 3 } };

  it('refuses the store, imports and resets to a content script, naming the request', async () => {
    for (const name of ['listDeals', 'replaceDeals']) {
      expect(await ask(name, contentScript)).toEqual({ ok: false, error: { name: 'RefusedError', message: `${name} is answered only for DealLens's own pages` } });
    }
    expect(handlers.listDeals).not.toHaveBeenCalled();
    expect(handlers.replaceDeals).not.toHaveBeenCalled();
  });

  it("answers a content script's page requests, and everything for the extension's own pages", async () => {
    expect(await ask('convert', contentScript)).toEqual({ ok: true, value: 'converted' });
    expect(await ask('listDeals', { id: 'deallensid', url: `${EXTENSION}src/deals/deals.html`, tab: { id: 4 } })).toEqual({ ok: true, value: ['every deal'] });
    expect(await ask('replaceDeals', { id: 'deallensid', url: `${EXTENSION}src/options/options.html` })).toEqual({ ok: true, value: { deals: 0 } });
  });

  it('refuses senders that only look like the extension', async () => {
    for (const url of [undefined, 'chrome-extension://otherid/src/deals/deals.html', 'https://chrome-extension.example/deallensid/', 'about:blank']) {
      expect(await ask('listDeals', { id: 'deallensid', url }), String(url)).toMatchObject({ ok: false });
    }
  });

  it('covers every request the content script makes', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const dir = path.resolve(import.meta.dirname, '../content');
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && /\.tsx?$/.test(f.name) && !f.name.endsWith('.test.ts'));
    const asked = new Set(files.flatMap((f) => [...readFileSync(path.join(f.parentPath, f.name), 'utf8').matchAll(/(?:sendToBackground|request)\('([a-zA-Z]+)'/g)].map((m) => m[1]!)));
    expect(asked.size).toBeGreaterThan(5);
    for (const name of asked) expect(PAGE_REQUESTS.has(name as never), name).toBe(true);
  });
});

describe('payloads are checked before any handler runs', () => {
  const handlers = { annotateTab: vi.fn(() => ({ ok: true })), findMentions: vi.fn(() => ({ money: [], companies: [] })), replaceDeals: vi.fn(() => ({ deals: 0 })) };
  handleMessages(handlers as never, new AbortController().signal, policy);
  const ask = messageListeners.at(-1)!;
  const options = { id: 'deallensid', url: `${EXTENSION}src/options/options.html` };

  it('replies to a malformed payload with what is wrong, and never calls the handler', async () => {
    const replies = await Promise.all([
      ask({ deallens: 1, name: 'annotateTab', payload: { tabId: 1.5 } }, options),
      ask({ deallens: 1, name: 'annotateTab', payload: { tabId: '7' } }, options),
      ask({ deallens: 1, name: 'replaceDeals', payload: { deals: [{ id: 'x' }] } }, options),
      ask({ deallens: 1, name: 'replaceDeals', payload: null }, options),
    ]);
    expect(replies[0]).toEqual({ ok: false, error: { name: 'InvalidRequestError', message: 'annotateTab: tabId: must be a whole number' } });
    for (const reply of replies) expect(reply).toMatchObject({ ok: false, error: { name: 'InvalidRequestError' } });
    expect(handlers.annotateTab).not.toHaveBeenCalled();
    expect(handlers.replaceDeals).not.toHaveBeenCalled();
  });

  it('gives the handler the payload as its schema read it', async () => {
    expect(await ask({ deallens: 1, name: 'annotateTab', payload: { tabId: 7 } }, options)).toEqual({ ok: true, value: { ok: true } });
    expect(handlers.annotateTab).toHaveBeenCalledWith({ tabId: 7 }, options);
  });

  it('checks requests over the port the same way', async () => {
    handlePortRequests(handlers as never, policy);
    const page = openPort(REQUEST_PORT);
    page.send({ deallens: 1, id: 1, name: 'findMentions', payload: { text: 'x'.repeat(65_537), context: {}, source: { url: 'https://a.example/', title: '', date: '2024-01-02' }, run: 'r' } });
    await vi.waitFor(() => expect(page.posted).toHaveLength(1));
    expect(page.posted[0]).toEqual({ deallens: 1, id: 1, reply: { ok: false, error: { name: 'InvalidRequestError', message: 'findMentions: text: must be at most 32000 characters' } } });
    expect(handlers.findMentions).not.toHaveBeenCalled();
  });
});

describe("the content script's requests", () => {
  const handlers = { reveal: vi.fn(() => true), focusNext: vi.fn(() => true), getInventory: vi.fn(() => ({})) };
  handleMessages(handlers as never, new AbortController().signal);
  const ask = messageListeners.at(-1)!;

  it('are checked by their schemas too', async () => {
    const extension = { id: 'deallensid', url: `${EXTENSION}src/popup/popup.html` };
    expect(await ask({ deallens: 1, name: 'reveal', payload: { kind: 'money', index: -1 } }, extension)).toEqual({
      ok: false,
      error: { name: 'InvalidRequestError', message: 'reveal: index: must not be negative' },
    });
    expect(await ask({ deallens: 1, name: 'focusNext', payload: { direction: 5 } }, extension)).toMatchObject({ ok: false });
    expect(handlers.reveal).not.toHaveBeenCalled();
    expect(handlers.focusNext).not.toHaveBeenCalled();
    expect(await ask({ deallens: 1, name: 'reveal', payload: { kind: 'company', index: 2 } }, extension)).toEqual({ ok: true, value: true });
  });
});
