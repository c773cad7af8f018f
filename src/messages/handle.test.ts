import { describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;
const connectListeners: Listener[] = [];
vi.mock('webextension-polyfill', () => ({
  default: { runtime: { onConnect: { addListener: (l: Listener) => void connectListeners.push(l) }, onMessage: { addListener: () => undefined, removeListener: () => undefined } } },
}));

const { handlePortRequests } = await import('./handle');
const { REQUEST_PORT } = await import('./contract');

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
