// The background's work as User Timing measures, for the pages bench to read. A background can live
// for as long as the reader keeps reading, so each name keeps its latest entries only.

const KEPT_PER_NAME = 1_000;
/** The buffer is looked at every this many measures: listing up to 1,000 entries at each one cost more than the measure. */
const CHECK_EVERY = 100;

let made = 0;

export function measureWork(name: string, start: number): void {
  performance.measure(name, { start, end: performance.now() });
  if (++made % CHECK_EVERY === 0 && performance.getEntriesByName(name, 'measure').length > KEPT_PER_NAME) performance.clearMeasures(name);
}
