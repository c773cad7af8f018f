// Mentions sorted by start and not overlapping have their ends sorted too: one binary search finds
// where a position falls among them, for every reader that asks (page links, unknown and Chinese names).

/** Index of the first span whose end is after `at` (spans.length when none). */
export function firstEndAfter(spans: readonly { end: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
