// Work that follows the pointer is done at most once a frame, with the latest event's values: a
// mouse reports up to 1,000 moves a second, and a frame shows only the last of them.

export interface PerFrame<T> {
  /** Remembers `value` and asks for a frame, if none is asked for yet. */
  schedule(value: T): void;
  /** Forgets a frame asked for (its value is dropped). */
  cancel(): void;
}

/**
 * Calls `run` once in the next frame with the last value scheduled before it. `requestFrame` and
 * `cancelFrame` are the page's requestAnimationFrame pair (passed in, so the timing is tested without
 * a browser).
 */
export function perFrame<T>(
  run: (value: T) => void,
  requestFrame: (callback: () => void) => number = requestAnimationFrame,
  cancelFrame: (handle: number) => void = cancelAnimationFrame,
): PerFrame<T> {
  let handle = 0;
  let latest: T;
  const frame = () => {
    handle = 0;
    run(latest);
  };
  return {
    schedule(value) {
      latest = value;
      if (!handle) handle = requestFrame(frame);
    },
    cancel() {
      if (handle) cancelFrame(handle);
      handle = 0;
    },
  };
}
