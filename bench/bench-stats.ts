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
