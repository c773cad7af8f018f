// Pure figures of one page load, read from what the bench's main-world probe and DealLens's bench
// marks left in the page (pages-bench.ts PROBE and COLLECT), shared by the generated pages and the
// real-page run, in both browsers.

export interface Span {
  start: number;
  duration: number;
}

export interface Frame {
  t: number;
  company: number;
  money: number;
}

/** Long tasks as both browsers can see them: frame gaps of at least this long (Firefox has no longtask entries). */
export const LONG_TASK_MS = 50;

/**
 * When the highlights were painted, from deallens:start: the first animation frame at which the
 * registry held any DealLens range, and all of them: the frame after the read (deallens:paint), or
 * the frame in which the registry reached its final size when that came later. Frames before `cut`
 * only (the dynamic page's first read).
 */
export function paintTimes(data: { start: number | null; paint: number | null; frames: Frame[] }, cut = Infinity) {
  const { start } = data;
  const frames = data.frames.filter((f) => f.t < cut);
  const first = frames.find((f) => f.company + f.money > 0);
  const last = frames.at(-1);
  const full = last ? frames.find((f) => f.company + f.money === last.company + last.money) : undefined;
  return {
    firstPaintedMs: first && start !== null ? first.t - start : null,
    allPaintedMs: data.paint === null || start === null ? null : Math.max(data.paint, full ? full.t - start : 0),
    allRegisteredProbeMs: full && start !== null ? full.t - start : null,
  };
}

/**
 * Frame gaps (as the probe logs them, ≥ LONG_TASK_MS) within [from, to]: how many are still ≥ LONG_TASK_MS
 * once cut at `from`, and the longest such part (0 when none). A gap that began before `from` counts
 * only for its part after it: on the live blog the page's own first layout (~450 ms in Chromium) is
 * under way when the content script starts, and ends a few ms after deallens:start.
 */
export function gapsIn(gaps: readonly Span[], from: number, to: number): { count: number; longestMs: number } {
  const parts = gaps.filter((g) => g.start < to).map((g) => g.start + g.duration - Math.max(g.start, from)).filter((d) => d >= LONG_TASK_MS);
  return { count: parts.length, longestMs: Math.max(0, ...parts) };
}
