// Keeps the number of registered highlight ranges bounded: every mention stays in the scan (the
// popup, the keyboard walk and the cards need them all), but only those whose block is near the
// viewport are in CSS.highlights. Chromium re-validates every registered range in each frame that
// follows a DOM change, so each registered range slows every frame of an animated or growing page.
// The bookkeeping is plain data (tested in Node); trackNearby wires it to an IntersectionObserver.

import { blockOf } from './collect-text';
import { rangeOf } from './mention-range';
import type { PageMention } from './scan-page';
import { ELEMENT_NODE } from './node-constants';

/**
 * Screens above and below the viewport whose mentions stay registered (so two screens in all). The
 * dynamic page of the pages bench (batches appended below a 2,000-word article), Chromium, 2026-12-07,
 * append + layout + next frame against the page without DealLens: 1.51× at 2 screens (88 ranges
 * registered) and 1.38× at half a screen (58), 5 runs each on a quiet machine (on a busy one, one run
 * each: 1.35× and 1.39× at 2 and 1 screens, 1.02× and 1.15× at half). Scrolling by less than half a screen
 * a frame (wheel, smooth keyboard scrolling) finds the ranges registered; a jump shows them a frame late.
 */
export const NEAR_SCREENS = 0.5;
/** The IntersectionObserver margin for NEAR_SCREENS (percentages are of the viewport's size). */
export const NEAR_ROOT_MARGIN = `${NEAR_SCREENS * 100}% 50%`;

/** What a highlight offers for one kind of mention (a Highlight is one; tests use a Set). */
export interface RangeSink<R> {
  /** `mention` tells NearbyRanges what the range is of (for hiding); a Highlight ignores it. */
  add(range: R, mention?: object): unknown;
  delete(range: R): unknown;
  clear(): void;
}

export type MentionKind = 'company' | 'money';
export type MentionSinks<R> = Record<MentionKind, RangeSink<R>>;

/**
 * Where a scan puts mentions: the sinks, told when a new stretch of text begins (see NEAR_RUN_CHARS);
 * during a page's first read, also told to take new elements as near (the top of the page) or to
 * observe them later, all at once (past the first screens): see NearbyRanges.assumeNear and observeLater.
 */
export type MentionTracker<R> = MentionSinks<R> & { newRun(): void; observeLater?(later: boolean): void; assumeNear?(assume: boolean): void };

/**
 * Mentions that follow each other this closely (characters of page text from the first) share the
 * element that is observed for them, the block of the first: fewer observed elements (each ~320 bytes
 * in Chromium, and checked by the observer in every frame) for the same registrations, give or take
 * half a screen. Live blog: 545 observed elements, 1,305 at 600 characters (2,591 with one per block);
 * all painted ~10 ms sooner than at 600 (pages bench, 2026-11-29).
 */
export const NEAR_RUN_CHARS = 2000;

export interface NearbyDeps<R, E> {
  /** The registered highlights. */
  sinks: MentionSinks<R>;
  /** The element whose nearness decides a range's (null: always registered). */
  targetOf(range: R): E | null;
  observe(target: E): void;
  unobserve(target: E): void;
  /** Reports the observer has made but not delivered yet (as [target, near] pairs). */
  takeReports?(): [E, boolean][];
  /** The mentions tracked next are from another stretch of text (offsets restart). */
  newRun?(): void;
  /** While true, each mention tracked is observed through its own block, sharing with no run (see split). */
  ownBlocks?(own: boolean): void;
}

/**
 * Tracks mentions by the element that holds them and registers a mention's range while that element
 * is near the viewport. `company` and `money` are drop-in sinks for the scan: adding to them tracks,
 * deleting untracks, and registration follows `setNear`.
 */
export class NearbyRanges<R, E> {
  readonly company: RangeSink<R>;
  readonly money: RangeSink<R>;
  private readonly tracked = new Map<R, { kind: MentionKind; target: E | null; mention: object | undefined }>();
  /** Mentions by element: arrays, since most elements hold one or two (a Set each cost ~140 bytes on the live blog). */
  private readonly members = new Map<E, R[]>();
  private readonly near = new Set<E>();
  /** Whether new elements count as near until the observer says otherwise (see assumeNear). */
  private assumingNear = false;
  /** Elements waiting to be observed (see observeLater), or null when each is observed at once. */
  private waiting: E[] | null = null;
  /** Elements whose group was split (see split): never split again. */
  private readonly splitDone = new Set<E>();
  /** Mentions the reader chose not to see (amounts in ignored currencies): tracked, never registered. */
  private hidden: (kind: MentionKind, mention: object | undefined) => boolean = () => false;

  constructor(private readonly deps: NearbyDeps<R, E>) {
    const sink = (kind: MentionKind): RangeSink<R> => ({
      add: (range, mention) => this.track(kind, range, mention),
      delete: (range) => this.untrack(range),
      clear: () => this.clear(kind),
    });
    this.company = sink('company');
    this.money = sink('money');
  }

  newRun(): void {
    this.deps.newRun?.();
  }

  /** Mentions tracked (registered or not). */
  get size(): number {
    return this.tracked.size;
  }

  track(kind: MentionKind, range: R, mention?: object): void {
    if (this.tracked.has(range)) return;
    const target = this.deps.targetOf(range);
    this.tracked.set(range, { kind, target, mention });
    const shown = !this.hidden(kind, mention);
    if (target === null) {
      if (shown) this.deps.sinks[kind].add(range);
      return;
    }
    let group = this.members.get(target);
    if (!group) {
      group = [];
      this.members.set(target, group);
      if (this.assumingNear) this.near.add(target);
      if (this.waiting) this.waiting.push(target);
      else this.deps.observe(target);
    }
    group.push(range);
    if (shown && this.near.has(target)) this.deps.sinks[kind].add(range);
  }

  /**
   * While `later`, new elements wait to be observed, then (given false) are observed all at once: each
   * observe() asks the page for a frame to tell where the element is, and the read of a long page past
   * its first screens found a new element every few hundred characters (live blog: frames of 7–12 ms
   * during the read; all painted ~10 ms sooner when they wait, pages bench A/B 2026-11-29). Mentions
   * of waiting elements stay unregistered meanwhile, as if far away.
   */
  observeLater(later: boolean): void {
    if (later) {
      this.waiting ??= [];
      return;
    }
    const waiting = this.waiting ?? [];
    this.waiting = null;
    for (const target of waiting) if (this.members.has(target)) this.deps.observe(target);
  }

  /**
   * While `assume`, new elements count as near from the start, and the observer's first report
   * corrects those that are not. For the top of a page, read first: its mentions are painted in the
   * next frame instead of waiting a frame for the observer (live blog: a frame of up to ~16 ms
   * sooner). A page opened scrolled down registers a few ranges off screen for a frame.
   */
  assumeNear(assume: boolean): void {
    this.assumingNear = assume;
  }

  /** Hides some mentions (or none, given () => false): registration follows at once. */
  setHidden(hidden: (kind: MentionKind, mention: object | undefined) => boolean): void {
    this.hidden = hidden;
    for (const [range, { kind, target, mention }] of this.tracked) {
      const sink = this.deps.sinks[kind];
      if ((target === null || this.near.has(target)) && !hidden(kind, mention)) sink.add(range);
      else sink.delete(range);
    }
  }

  untrack(range: R): void {
    const entry = this.tracked.get(range);
    if (!entry) return;
    this.tracked.delete(range);
    this.deps.sinks[entry.kind].delete(range);
    if (entry.target === null) return;
    const group = this.members.get(entry.target);
    const at = group ? group.indexOf(range) : -1;
    if (group && at >= 0) group.splice(at, 1);
    if (group && group.length === 0) {
      this.members.delete(entry.target);
      this.near.delete(entry.target);
      this.deps.unobserve(entry.target);
    }
  }

  /** Forgets the mentions of one kind, or all of them. */
  clear(kind?: MentionKind): void {
    for (const [range, entry] of [...this.tracked]) if (kind === undefined || entry.kind === kind) this.untrack(range);
  }

  /**
   * The observed element left the page while mentions it stood for (a run's, in blocks of their own)
   * are still there: they are tracked again under elements that are.
   */
  rehome(target: E): void {
    const group = this.members.get(target);
    if (!group) return;
    const moved = group.map((range) => [range, this.tracked.get(range)!] as const);
    for (const [range] of moved) this.untrack(range);
    this.newRun();
    for (const [range, { kind, mention }] of moved) this.track(kind, range, mention);
  }

  /**
   * The observed element has no box (display:none: a share menu, a hovercard, a collapsed menu), so it
   * is never near, and neither would be the run's mentions in other, visible blocks (a headline 3,000 px
   * below a hidden "Share" menu stayed unhighlighted): they are tracked again, each by its own block.
   * The element keeps only its own mentions, which nobody sees.
   */
  split(target: E): void {
    const group = this.members.get(target);
    if (!group || this.splitDone.has(target)) return;
    this.splitDone.add(target);
    const moved = group.map((range) => [range, this.tracked.get(range)!] as const);
    for (const [range] of moved) this.untrack(range);
    this.deps.ownBlocks?.(true);
    try {
      for (const [range, { kind, mention }] of moved) this.track(kind, range, mention);
    } finally {
      this.deps.ownBlocks?.(false);
      this.newRun();
    }
  }

  /** An element came near the viewport (or left): its mentions are registered (or not). */
  setNear(target: E, near: boolean): void {
    const group = this.members.get(target);
    if (!group || near === this.near.has(target)) return;
    if (near) this.near.add(target);
    else this.near.delete(target);
    for (const range of group) {
      const { kind, mention } = this.tracked.get(range)!;
      if (near && !this.hidden(kind, mention)) this.deps.sinks[kind].add(range);
      else this.deps.sinks[kind].delete(range);
    }
  }

  /**
   * Applies the observer's pending reports now. Its callback is a task of its own, which a scan
   * that keeps yielding with scheduler.yield() outranks: without this the first screen waited for
   * the whole live blog to be read (pages bench, 2026-11-29).
   */
  flush(): void {
    for (const [target, near] of this.deps.takeReports?.() ?? []) this.setNear(target, near);
  }

  /** Registers a mention's element now, before the observer says so (a mention being scrolled to). */
  show(range: R): void {
    const target = this.tracked.get(range)?.target;
    if (target !== undefined && target !== null) this.setNear(target, true);
  }
}

/**
 * The page's nearby mentions: an IntersectionObserver on the blocks that hold mentions, with a margin of
 * NEAR_SCREENS screens, registers their ranges as they come near and drops them as they leave. A
 * mention has a live Range only while registered (see mention-range.ts). Blocks inside a scrolling
 * container count as near when the container shows them (the margin is the viewport's). Observing
 * elements reads nothing of the page's layout on our side and writes nothing.
 */
export function trackNearby(highlights: MentionSinks<Range>, root: Element, signal: AbortSignal): NearbyRanges<PageMention, Element> & { registered: ReadonlySet<PageMention> } {
  let nearby: NearbyRanges<PageMention, Element> | null = null;
  const observer = new IntersectionObserver(
    (entries) => {
      if (signal.aborted) return;
      for (const entry of entries) {
        if (!entry.target.isConnected) {
          nearby?.rehome(entry.target);
          continue;
        }
        // No box at all (display:none): its run's other mentions go to their own blocks, and what it
        // keeps is not near, even if it was taken as near while the page's top was read.
        if (!entry.isIntersecting && entry.boundingClientRect.width === 0 && entry.boundingClientRect.height === 0) nearby?.split(entry.target);
        nearby?.setNear(entry.target, entry.isIntersecting);
      }
    },
    { rootMargin: NEAR_ROOT_MARGIN },
  );
  // The mentions registered now (a few hundred at most), for what looks for the one under the mouse.
  const registered = new Set<PageMention>();
  const sink = (kind: MentionKind): RangeSink<PageMention> => ({
    add(m) {
      highlights[kind].add((m.range ??= rangeOf(m)));
      registered.add(m);
    },
    delete(m) {
      registered.delete(m);
      if (!m.range) return;
      highlights[kind].delete(m.range);
      m.range = null;
    },
    clear: () => {
      highlights[kind].clear();
      for (const m of registered) if (m.kind === kind) registered.delete(m);
    },
  });
  // The run being tracked: its first block, observed for every mention within NEAR_RUN_CHARS of it.
  let run: { lead: Element; start: number } | null = null;
  let ownBlocks = false;
  nearby = new NearbyRanges<PageMention, Element>({
    sinks: { company: sink('company'), money: sink('money') },
    targetOf: (m) => {
      const { start } = m.mention;
      if (!ownBlocks && run && start >= run.start && start - run.start <= NEAR_RUN_CHARS) return run.lead;
      const block = blockOf(m.startNode.parentNode, root);
      // Text that left the page has no element to observe (the page watch drops it soon).
      const target = block && block !== root && block.nodeType === ELEMENT_NODE && block.isConnected ? block : null;
      if (!ownBlocks) run = target ? { lead: target, start } : null;
      return target;
    },
    newRun: () => {
      run = null;
    },
    ownBlocks: (own) => {
      ownBlocks = own;
    },
    observe: (target) => observer.observe(target),
    unobserve: (target) => observer.unobserve(target),
    takeReports: () => observer.takeRecords().map((entry): [Element, boolean] => [entry.target, entry.isIntersecting]),
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return Object.assign(nearby, { registered });
}
