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
    getSettings: vi.fn(async () => ({ homeCurrency: 'USD' })),
    pageDeals: vi.fn(() => {
      throw new RangeError('bad run');
    }),
  };
  handlePortRequests(handlers as never);

  it('answers each request on its port, tagged with its id, and a failed one with its error', async () => {
    const page = openPort(REQUEST_PORT);
    page.send({ deallens: 1, id: 2, name: 'getSettings', payload: {} });
    page.send({ deallens: 1, id: 3, name: 'pageDeals', payload: { run: 'r' } });
    await vi.waitFor(() => expect(page.posted).toHaveLength(2));
    expect(page.posted).toContainEqual({ deallens: 1, id: 2, reply: { ok: true, value: { homeCurrency: 'USD' } } });
    expect(page.posted).toContainEqual({ deallens: 1, id: 3, reply: { ok: false, error: { name: 'RangeError', message: 'bad run' } } });
    expect(handlers.getSettings).toHaveBeenCalledWith({}, page.port.sender);
  });

  it('leaves other ports and messages that are not requests alone', async () => {
    const other = openPort('deallens-page');
    other.send({ deallens: 1, id: 1, name: 'getSettings', payload: {} });
    const page = openPort(REQUEST_PORT);
    page.send({ deallens: 1, name: 'getSettings', payload: {} });
    page.send({ deallens: 1, id: 4, name: 'noSuchRequest', payload: {} });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(other.posted).toEqual([]);
    expect(page.posted).toEqual([]);
  });

  it('posts nothing to a port the page closed before the answer was ready', async () => {
    let finish = (_: unknown) => undefined as unknown;
    handlers.getSettings.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)) as never);
    const page = openPort(REQUEST_PORT);
    page.send({ deallens: 1, id: 5, name: 'getSettings', payload: {} });
    page.disconnect();
    finish({ homeCurrency: 'EUR' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(page.port.postMessage).not.toHaveBeenCalled();
  });
});

describe('who may ask what', () => {
  const EXTENSION = 'chrome-extension://deallensid/';
  const policy = { pageRequests: PAGE_REQUESTS as ReadonlySet<string>, extensionBase: EXTENSION };
  const handlers = { convert: vi.fn(() => 'converted'), listDeals: vi.fn(() => ['every deal']), replaceDeals: vi.fn(() => ({ deals: 0 })) };
  const controller = new AbortController();
  handleMessages(handlers as never, controller.signal, policy);
  const ask = (name: string, sender: object) => (messageListeners.at(-1)!({ deallens: 1, name, payload: {} }, sender) as Promise<unknown>);
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
