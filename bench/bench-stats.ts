// Small helpers every bench shares: a seeded generator for repeatable texts, medians, throughput.

/** Deterministic pseudo-random numbers in [0, 1): the same seed gives the same text every run. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const megabytes = (chars: number): number => chars / (1024 * 1024);

/** Throughput of `fn` over `text` in MB/s (UTF-16 code units / 2²⁰ per second), median of `runs` after a warm-up. */
export function throughput(text: string, runs: number, fn: (t: string) => unknown): { mbPerSec: number; ms: number } {
  fn(text); // warm-up: JIT and lazy tables
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    fn(text);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  return { mbPerSec: megabytes(text.length) / (ms / 1000), ms };
}

/** The value at quantile q (0–1) of xs: the smallest value with at least q of the values at or below it. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

export interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Median and spread over the runs that have the number; null when none has it. */
export function stat(values: readonly (number | null | undefined)[]): Stat | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length } : null;
}

/** "12.3 ms (10.1–15.0)", with "[4 of 5 runs]" when some runs lack it, or "not measured (why)". */
export function formatStat(s: Stat | null, runs: number, unit = 'ms', digits = 1, why = 'no run produced it'): string {
  if (!s) return `not measured (${why})`;
  const partial = s.n < runs ? ` [${s.n} of ${runs} runs]` : '';
  return `${s.median.toFixed(digits)} ${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})${partial}`;
}
