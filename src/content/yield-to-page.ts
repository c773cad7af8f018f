/** Lets the page handle input and paint before the next slice of work. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Budget of one slice of main-thread work, well under the 50 ms that makes a long task. */
export const SLICE_BUDGET_MS = 8;

/**
 * Lets the page render one frame before going on (IntersectionObserver reports, and so the first
 * registered highlights, come with a frame; a yield alone lets Chromium put rendering off for up to
 * ~100 ms while work keeps coming). Hidden tabs render no frames: the timeout goes on anyway.
 */
export function yieldForFrame(maxWaitMs = 50): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxWaitMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

