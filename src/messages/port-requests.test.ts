import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { PortReply, PortRequest } from './contract';
import { createPortRequester } from './port-requests';

vi.mock('webextension-polyfill', () => ({ default: {} }));

/** A port pair's page end, driven by the test as the background. */
class FakePort {
  readonly sent: PortRequest[] = [];
  disconnected = false;
  private readonly messageListeners: ((m: unknown) => void)[] = [];
  private readonly disconnectListeners: (() => void)[] = [];
  readonly onMessage = { addListener: (l: (m: unknown) => void) => void this.messageListeners.push(l) };
  readonly onDisconnect = { addListener: (l: () => void) => void this.disconnectListeners.push(l) };
  postMessage(message: PortRequest): void {
    if (this.disconnected) throw new Error('Attempting to use a disconnected port object');
    this.sent.push(message);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  /** A message from the background. */
  deliver(message: unknown): void {
    for (const l of this.messageListeners) l(message);
  }
  /** The background answers request `id`. */
  reply(id: number, value: unknown): void {
    const reply: PortReply = { deallens: 1, id, reply: { ok: true, value } };
    this.deliver(reply);
  }
  /** The background goes away (service worker stopped). */
  drop(): void {
    this.disconnected = true;
    for (const l of this.disconnectListeners) l();
  }
}

function setUp() {
  const ports: FakePort[] = [];
  const controller = new AbortController();
  const request = createPortRequester(() => {
    const port = new FakePort();
    ports.push(port);
    return port as unknown as Runtime.Port;
  }, controller.signal);
  return { ports, controller, request };
}

const payload = (text: string) => ({ text, context: {}, source: { url: 'https://example.com/', title: 't', date: '2026-11-29' }, run: 'r' });
const found = (n: number) => ({ money: [], companies: [{ start: n, end: n + 1, text: 'x', id: 'x', name: 'X' }] });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createPortRequester', () => {
  it('sends every request over one port and gives each the reply with its id, in whatever order replies come', async () => {
    const { ports, request } = setUp();
    const first = request('findMentions', payload('a'));
    const second = request('findMentions', payload('b'));
    expect(ports).toHaveLength(1);
    const [a, b] = ports[0]!.sent;
    expect([a!.name, (a!.payload as { text: string }).text, (b!.payload as { text: string }).text]).toEqual(['findMentions', 'a', 'b']);
    ports[0]!.reply(b!.id, found(2));
    ports[0]!.reply(a!.id, found(1));
    await expect(first).resolves.toEqual(found(1));
    await expect(second).resolves.toEqual(found(2));
  });

  it('asks again over a new port what a port that disconnected still owed (the background stopped mid-read)', async () => {
    const { ports, request } = setUp();
    const pending = request('findMentions', payload('a'), { retries: 2, retryDelayMs: 1 });
    ports[0]!.drop();
    await vi.waitFor(() => expect(ports).toHaveLength(2));
    const again = ports[1]!.sent[0]!;
    expect((again.payload as { text: string }).text).toBe('a');
    ports[1]!.reply(again.id, found(7));
    await expect(pending).resolves.toEqual(found(7));
  });

  it('reports a request that could not be answered after its retries, and one the handler failed', async () => {
    const { ports, request } = setUp();
    const pending = request('findMentions', payload('a'), { retries: 1, retryDelayMs: 1 }).catch((e: unknown) => e);
    ports[0]!.drop();
    await vi.waitFor(() => expect(ports).toHaveLength(2));
    ports[1]!.drop();
    expect(String(await pending)).toMatch(/did not answer findMentions \(2 attempts; last: DealLens: message port closed\)/);
    const failing = request('findMentions', payload('b'));
    const port = ports.at(-1)!;
    port.deliver({ deallens: 1, id: port.sent[0]!.id, reply: { ok: false, error: { name: 'RangeError', message: 'bad text' } } });
    await expect(failing).rejects.toMatchObject({ name: 'RangeError', message: 'bad text' });
  });

  it('ignores messages that are not replies, and replies to nothing it asked', async () => {
    const { ports, request } = setUp();
    const pending = request('findMentions', payload('a'));
    const port = ports[0]!;
    port.deliver('hello');
    port.deliver({ deallens: 1, id: 999, reply: { ok: true, value: 1 } });
    await flush();
    port.reply(port.sent[0]!.id, found(3));
    await expect(pending).resolves.toEqual(found(3));
  });

  it('closes its port when the run ends and fails what was still owed, without asking again', async () => {
    const { ports, controller, request } = setUp();
    const pending = request('findMentions', payload('a'), { retries: 2, retryDelayMs: 1 }).catch((e: unknown) => e);
    controller.abort();
    expect(ports[0]!.disconnected).toBe(true);
    expect(String(await pending)).toMatch(/run ended/);
    await expect(request('findMentions', payload('b'))).rejects.toThrow(/run ended/);
    expect(ports).toHaveLength(1);
  });
});
