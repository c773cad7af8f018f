/** Lets the page handle input and paint before the next slice of work. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Budget of one slice of main-thread work, well under the 50 ms that makes a long task. */
export const SLICE_BUDGET_MS = 8;
