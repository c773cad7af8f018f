import { beforeEach, describe, expect, it, vi } from 'vitest';

const runtime = { id: 'deallens' as string | undefined, connect: vi.fn() };
vi.mock('webextension-polyfill', () => ({ default: { runtime } }));
vi.stubGlobal('document', new EventTarget());

const { abortWhenOrphaned } = await import('./extension-life');

function fakePort() {
  const listeners: (() => void)[] = [];
  return { disconnect: vi.fn(), onDisconnect: { addListener: (l: () => void) => void listeners.push(l) }, fireDisconnect: () => listeners.forEach((l) => l()) };
}

describe('abortWhenOrphaned', () => {
  beforeEach(() => {
    runtime.id = 'deallens';
    runtime.connect.mockReset();
  });

  it('closes the run’s port when the run ends (pagehide), so a page in the back/forward cache holds none', () => {
    const port = fakePort();
    runtime.connect.mockReturnValue(port);
    const controller = new AbortController();
    abortWhenOrphaned(controller);
    expect(port.disconnect).not.toHaveBeenCalled();
    controller.abort();
    expect(port.disconnect).toHaveBeenCalledTimes(1);
  });

  it('ends the run when the port drops and the extension is gone, not when the background merely went to sleep', () => {
    vi.useFakeTimers();
    try {
      const port = fakePort();
      runtime.connect.mockReturnValue(port);
      const controller = new AbortController();
      abortWhenOrphaned(controller);
      port.fireDisconnect();
      vi.advanceTimersByTime(2_000);
      expect(controller.signal.aborted).toBe(false);
      runtime.id = undefined;
      port.fireDisconnect();
      expect(controller.signal.aborted).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ends the run at once when it cannot connect, and a port that is already gone is closed quietly', () => {
    runtime.connect.mockImplementationOnce(() => {
      throw new Error('Extension context invalidated.');
    });
    const orphan = new AbortController();
    abortWhenOrphaned(orphan);
    expect(orphan.signal.aborted).toBe(true);

    const port = fakePort();
    port.disconnect.mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    runtime.connect.mockReturnValue(port);
    const controller = new AbortController();
    abortWhenOrphaned(controller);
    expect(() => controller.abort()).not.toThrow();
  });
});
