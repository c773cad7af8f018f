// Timing for the slow tests on a shared, noisy machine: the two sizes are run in turn, so a burst of
// load falls on both, and each keeps its fastest run (interference only ever adds time). A median of
// runs taken one size after the other failed growth checks under load (9.7x for a 4.5x pattern).

/** The fastest of `rounds` runs of each, the two interleaved. */
export function fastestInTurn(a: () => void, b: () => void, rounds = 5): [number, number] {
  let fastA = Number.POSITIVE_INFINITY;
  let fastB = Number.POSITIVE_INFINITY;
  for (let k = 0; k < rounds; k++) {
    let t0 = performance.now();
    a();
    fastA = Math.min(fastA, performance.now() - t0);
    t0 = performance.now();
    b();
    fastB = Math.min(fastB, performance.now() - t0);
  }
  return [fastA, fastB];
}
