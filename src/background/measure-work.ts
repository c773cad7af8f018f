// The background's work as User Timing measures, for the pages bench to read. A background can live
// for as long as the reader keeps reading, so each name keeps its latest entries only.

const KEPT_PER_NAME = 1_000;

export function measureWork(name: string, start: number): void {
  performance.measure(name, { start, end: performance.now() });
  if (performance.getEntriesByName(name, 'measure').length > KEPT_PER_NAME) performance.clearMeasures(name);
}
