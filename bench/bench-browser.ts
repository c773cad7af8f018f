// What the pages bench needs from a browser, implemented once per browser (pages-bench-chromium.ts
// over playwright-core + CDP, pages-bench-firefox.ts over puppeteer-core + WebDriver BiDi), so the
// probes, the figures and the goals are the same code in both.

export type BrowserName = 'chromium' | 'firefox';

/**
 * Memory of the page after a garbage collection, as each browser can give it. Chromium (CDP):
 * the renderer isolate's JS heap and Blink's embedder heap, and DOM node counters. Firefox: the
 * content process that hosts the page, read from /proc (resident set and unique set size).
 */
export interface Memory {
  jsUsed?: number;
  embedderUsed?: number;
  nodes?: number;
  processRss?: number;
  processUss?: number;
}

export interface BenchPage {
  goto(url: string): Promise<void>;
  /** Evaluates an expression in the page's main world (a promise is awaited). */
  evaluate<T>(expression: string): Promise<T>;
  wait(ms: number): Promise<void>;
  /** Moves the real mouse to a point of the viewport. */
  mouseMove(x: number, y: number): Promise<void>;
  /**
   * The page's main-thread time since the tab opened (ms): Chromium, the renderer's busy time (CDP
   * TaskDuration); Firefox, the CPU time of the main thread of the content process that hosts the page
   * (/proc schedstat), and the time it was ready to run but waited for a CPU (runQueueMs); null when
   * it cannot be read.
   */
  busyMs(): Promise<number | null>;
  runQueueMs(): Promise<number | null>;
  /** Memory after a garbage collection (see Memory); null when it cannot be read. */
  memory(): Promise<Memory | null>;
  close(): Promise<void>;
}

export interface BenchBrowser {
  name: BrowserName;
  version: string;
  /** A new tab with the bench's probe installed before any page script. */
  newPage(): Promise<BenchPage>;
  /** The background's own User Timing measures (engine, deal reading) since the last call, summed; null when it cannot be read. */
  takeBackgroundWork(): Promise<{ findMs: number; dealsMs: number } | null>;
  /** Stops the extension's background as the browser does when it idles. */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

/** The two browsers of a run: one with the bench build of DealLens (the test site allowed), one without. */
export interface BenchPair {
  with: BenchBrowser;
  without: BenchBrowser;
  /** How memory was read in this browser, for the notes under the figures. */
  memoryMethod: string;
  close(): Promise<void>;
}
