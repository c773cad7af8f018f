// The run's User Timing marks and measures (deallens:start, slice, scan, paint, burst, rescan,
// teardown), by which the benches time the content script. They live in the page's performance
// timeline, which the page can read, so the extension that is shipped and tested makes none: only
// bench builds (`__PAGE_MARKS__`, scripts/build.ts benchBuildDir) do. Tests and the popup learn the
// run's state from the content script itself (getInventory: run, complete).

const ON = typeof __PAGE_MARKS__ !== 'undefined' && __PAGE_MARKS__;

export function pageMark(name: string, startTime?: number): void {
  if (ON) performance.mark(name, startTime === undefined ? undefined : { startTime });
}

/** A measure from `start` (a time, or a mark's name) to `end` (now when absent). */
export function pageMeasure(name: string, start: number | string, end?: string): void {
  if (!ON) return;
  if (typeof start === 'string') performance.measure(name, start, end);
  else performance.measure(name, { start, end: performance.now() });
}

/** The start time of the last mark of that name, 0 when there is none. */
export function lastMark(name: string): number {
  return ON ? (performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? 0) : 0;
}
