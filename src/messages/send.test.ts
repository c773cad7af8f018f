import { beforeEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage: (...args: unknown[]) => sendMessage(...args) } } }));

const { BackgroundUnreachableError, sendToBackground } = await import('./send');

const answer = (value: unknown) => ({ ok: true, value });
const portClosed = () => new Error('The message port closed before a response was received.');

describe('sendToBackground', () => {
  // A function returned from beforeEach is taken as its teardown: return nothing.
  beforeEach(() => void sendMessage.mockReset());

  it('asks again when the background went away mid-request (a service worker stopped, an event page terminated) and returns the later answer', async () => {
    sendMessage
      .mockRejectedValueOnce(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'))
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce(answer('ok'));
    await expect(sendToBackground('getSettings', {}, { retries: 2, retryDelayMs: 1 })).resolves.toBe('ok');
    expect(sendMessage).toHaveBeenCalledTimes(3);
  });

  it('asks again when the background took the message and stopped without any reply', async () => {
    sendMessage.mockResolvedValueOnce(undefined).mockResolvedValueOnce(answer('ok'));
    await expect(sendToBackground('getSettings', {}, { retries: 2, retryDelayMs: 1 })).resolves.toBe('ok');
    sendMessage.mockReset().mockResolvedValue(undefined);
    const error = await sendToBackground('getSettings', {}, { retries: 1, retryDelayMs: 1 }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/did not answer getSettings \(2 attempts; last: no answer\)/);
  });

  it('gives up after the retries with an error that says the background did not answer, and how often it was asked', async () => {
    sendMessage.mockRejectedValue(new Error('Message manager disconnected'));
    const error = await sendToBackground('getSettings', {}, { retries: 2, retryDelayMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackgroundUnreachableError);
    const { name, attempts, request, message } = error as InstanceType<typeof BackgroundUnreachableError>;
    expect({ name, attempts, request }).toEqual({ name: 'BackgroundUnreachableError', attempts: 3, request: 'getSettings' });
    expect(message).toMatch(/did not answer getSettings \(3 attempts; last: Message manager disconnected\)/);
    expect(sendMessage).toHaveBeenCalledTimes(3);
  });

  it('does not retry unless asked (requests that change state are sent once)', async () => {
    sendMessage.mockRejectedValue(portClosed());
    const error = await sendToBackground('deleteDeals', { ids: [] }).catch((e: unknown) => e);
    expect((error as InstanceType<typeof BackgroundUnreachableError>).attempts).toBe(1);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('does not retry other errors: an invalidated extension context or an error the handler threw', async () => {
    sendMessage.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    await expect(sendToBackground('getSettings', {}, { retries: 2, retryDelayMs: 1 })).rejects.toThrow('Extension context invalidated.');
    sendMessage.mockResolvedValueOnce({ ok: false, error: { name: 'RangeError', message: 'bad day' } });
    await expect(sendToBackground('getSettings', {}, { retries: 2, retryDelayMs: 1 })).rejects.toMatchObject({ name: 'RangeError', message: 'bad day' });
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('waits a little longer before each further attempt', async () => {
    vi.useFakeTimers();
    try {
      sendMessage.mockRejectedValueOnce(portClosed()).mockRejectedValueOnce(portClosed()).mockResolvedValueOnce(answer(1));
      const result = sendToBackground('getSettings', {}, { retries: 2, retryDelayMs: 100 });
      await vi.advanceTimersByTimeAsync(99);
      expect(sendMessage).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(sendMessage).toHaveBeenCalledTimes(2);
      await vi.advanceTimersByTimeAsync(199);
      expect(sendMessage).toHaveBeenCalledTimes(2);
      await vi.advanceTimersByTimeAsync(1);
      await expect(result).resolves.toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
