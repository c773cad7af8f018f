// The page run: read the text in one pass and send it slice by slice to the engine, which runs in
// the background (off the page's main thread); register highlights as the answers come, in page
// order, yielding to the page between steps so no task grows long.

import type { CompanyMention, DealRecord, MoneyMention } from '../core/types';
import type { FoundMentions } from '../messages/contract';
import { nodeAt, TextCollector, type PageText } from './collect-text';
import type { HiddenText } from './hidden-text';
import type { MentionTracker } from './nearby-ranges';
import { SLICE_BUDGET_MS, yieldForFrame, yieldToPage } from './yield-to-page';
import { pageMeasure } from './page-marks';
import { cutInside } from '../core/text/cut-text';

/**
 * Characters sent to the engine at once. Each message is serialised on the page's main thread and the
 * engine answers slices in turn, so a few big ones cost the page less than many small ones.
 */
export const MAX_SLICE_CHARS = 16_000;
/** Characters of the first slice: the top of a page is highlighted sooner from less. */
export const FIRST_SLICE_CHARS = 2_000;
/**
 * Until the first mentions are painted, each slice's answer is awaited before reading on, for this
 * many characters at most (a few screens): reading on meanwhile would hold the answer back, since the
 * reading's yields outrank the message that brings it (live blog: first screen 195 ms instead of ~40).
 */
export const FIRST_SCREENS_CHARS = 12_000;

/**
 * The engine: the amounts and companies of a stretch of text, offsets into it (the background's
 * findMentions). With `from`, where the stretch starts in the page's text, the answer may bring
 * mentions in the stretches before it too (FoundMentions.earlier, at page offsets).
 */
export type FindMentions = (text: string, from?: number) => Promise<FoundMentions>;

/**
 * Where a mention's text is: its first and last text nodes and offsets. A live Range is made only
 * while the mention is registered (near the viewport) or used (see mention-range.ts): thousands of
 * live Ranges cost memory and are kept up to date by the browser on every change to the page.
 */
export interface Placed {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /** The live Range while the mention is registered, else null. */
  range: Range | null;
}

export type PageMention = Placed & ({ kind: 'money'; index: number; mention: MoneyMention } | { kind: 'company'; index: number; mention: CompanyMention });

export interface PageScan {
  page: PageText;
  /** Deals the page reports (the background reads them from the same text, after highlighting). */
  deals: DealRecord[];
  money: (PageMention & { kind: 'money' })[];
  companies: (PageMention & { kind: 'company' })[];
  complete: boolean;
}

/** Each stretch of main-thread work is a User Timing measure, so benchmarks can sum and rank them. */
function measureSlice(start: number): void {
  pageMeasure('deallens:slice', start);
}

/**
 * One copy of each string that many mentions repeat (company ids and names, currency codes and
 * reasons): every answer from the background brings its own copies (live blog: ~6,000 mentions).
 */
const interned = new Map<string, string>();
function intern<T extends string>(value: T): T {
  const known = interned.get(value);
  if (known !== undefined) return known as T;
  interned.set(value, value);
  return value;
}

/**
 * Adds what the core found in `page.text` from offset `from` on, as highlighted mentions. Amounts
 * that restate another ("equivalent to …") point at their original in the same list. The mentions
 * of `result` become the scan's own (moved to page offsets, not copied: a live blog brings ~6,000).
 */
export function addMentions(scan: PageScan, page: PageText, from: number, result: FoundMentions, highlights: MentionTracker<PageMention>): void {
  const globalIndex = new Map<number, number>();
  highlights.newRun();
  result.money.forEach((mention, local) => {
    const place = placeOf(page, mention.start + from, mention.end + from);
    if (!place) return;
    const original = mention.equivalentOf === undefined ? undefined : globalIndex.get(mention.equivalentOf);
    mention.start += from;
    mention.end += from;
    mention.currency = intern(mention.currency);
    mention.currencyReason = intern(mention.currencyReason);
    if (original === undefined) delete mention.equivalentOf;
    else mention.equivalentOf = original;
    globalIndex.set(local, scan.money.length);
    const added: PageMention = { kind: 'money', index: scan.money.length, mention, ...place };
    scan.money.push(added);
    highlights.money.add(added, mention);
  });
  for (const mention of result.companies) {
    const place = placeOf(page, mention.start + from, mention.end + from);
    if (!place) continue;
    mention.start += from;
    mention.end += from;
    mention.id = intern(mention.id);
    mention.name = intern(mention.name);
    const added: PageMention = { kind: 'company', index: scan.companies.length, mention, ...place };
    scan.companies.push(added);
    highlights.company.add(added, mention);
  }
}

/**
 * Adds mentions the engine found in slices already added (at offsets into the page's text, in page
 * order) where they belong in the scan's lists, which stay in page order, their indexes renumbered.
 */
export function addEarlier(scan: PageScan, page: PageText, earlier: CompanyMention[], highlights: MentionTracker<PageMention>): void {
  const first = scan.companies.length;
  addMentions(scan, page, 0, { money: [], companies: earlier }, highlights);
  const added = scan.companies.splice(first);
  if (added.length === 0) return;
  const had = scan.companies;
  const merged: PageScan['companies'] = [];
  let i = 0;
  let j = 0;
  while (i < had.length || j < added.length) merged.push(j >= added.length || (i < had.length && had[i]!.mention.start <= added[j]!.mention.start) ? had[i++]! : added[j++]!);
  merged.forEach((m, index) => (m.index = index));
  scan.companies = merged;
}

/** The text nodes and offsets of a stretch of the joined text (no Range yet). */
export function placeOf(page: PageText, start: number, end: number): Placed | null {
  const { nodes, starts } = page;
  const first = nodeAt(starts, start);
  if (first < 0) return null;
  // The end is looked up one character back, so it stays in the node holding the last character.
  const lastChar = Math.max(start, end - 1);
  const last = nodeAt(starts, lastChar, first);
  const startNode = nodes[first]!;
  const endNode = nodes[last]!;
  return {
    startNode,
    startOffset: Math.min(start - starts[first]!, startNode.length),
    endNode,
    endOffset: Math.min(lastChar - starts[last]! + 1, endNode.length),
    range: null,
  };
}

/** Index of the first block start after `offset` (block starts are ascending). */
function firstBlockAfter(page: PageText, offset: number): number {
  let lo = 0;
  let hi = page.blockStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (page.blockStarts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * End of the next slice of text from `from` (below `limit`, where reading has got to): whole blocks
 * up to maxChars, or, when the block at `from` is longer than that, a part of it cut where no mention
 * is likely to be (see cutInside): no message to the engine is longer than maxChars. `textOf` gives
 * the text read so far (page.text is joined only once the read is over).
 */
export function nextSliceEnd(page: PageText, from: number, limit: number, maxChars = MAX_SLICE_CHARS, textOf = (a: number, b: number) => page.text.slice(a, b)): number {
  if (limit - from <= maxChars) return limit;
  const { blockStarts } = page;
  let end = -1;
  for (let i = firstBlockAfter(page, from); i < blockStarts.length && blockStarts[i]! < limit && blockStarts[i]! - from <= maxChars; i++) end = blockStarts[i]!;
  if (end > from) return end;
  return from + cutInside(textOf(from, from + maxChars));
}

export interface ScanOptions {
  find: FindMentions;
  /** Where mentions go: the tracker that registers those near the viewport. */
  highlights: MentionTracker<PageMention>;
  signal: AbortSignal;
  /** Called after every slice with the mentions so far. */
  onSlice?: (scan: PageScan) => void;
  /** When the current stretch of main-thread work began (before the scan's own set-up). */
  startedAt?: number;
  /** Called before each answer is added (the nearby tracker applies the viewport reports it got meanwhile). */
  beforeAdd?: () => void;
  /** Remembers the hidden elements the read left out, for the page's watch. */
  hidden?: HiddenText;
}

/** Text nodes read between two time checks: a few hundred keep a check well under a millisecond apart. */
const NODES_PER_STEP = 400;

export async function scanPage(root: Element, options: ScanOptions): Promise<PageScan> {
  const { find, highlights, signal, onSlice } = options;
  let sliceStarted = options.startedAt ?? performance.now();
  // Whether the read lets the page render a frame at its next pause (see below, the first mentions).
  let frameOwed = false;
  const yieldIfLong = async () => {
    if (performance.now() - sliceStarted <= SLICE_BUDGET_MS) return;
    measureSlice(sliceStarted);
    if (frameOwed) {
      frameOwed = false;
      await yieldForFrame();
      options.beforeAdd?.();
    } else await yieldToPage();
    sliceStarted = performance.now();
  };
  // The collector's set-up queries the whole page once (~8 ms on the live blog): a slice of its own.
  await yieldIfLong();
  const collector = new TextCollector(root, options.hidden);
  await yieldIfLong();
  const page = collector.page;
  const scan: PageScan = { page, deals: [], money: [], companies: [], complete: false };
  // Until the first mentions are painted, each slice's answer is awaited before reading on.
  let painting = true;
  // Answers are added in the order the slices were sent, each as a step of its own.
  let added: Promise<void> = Promise.resolve();
  const send = (from: number, to: number) => {
    const answer = find(collector.textOf(from, to), from);
    answer.catch(() => undefined); // reported through `added`
    added = added.then(async () => {
      const result = await answer;
      if (signal.aborted) return;
      const started = performance.now();
      options.beforeAdd?.();
      // The top of the page is painted without waiting for the observer (see assumeNear); past the
      // first screens, elements are observed once the read is over (see observeLater).
      highlights.assumeNear?.(painting);
      if (from >= FIRST_SCREENS_CHARS) highlights.observeLater?.(true);
      addMentions(scan, page, from, result, highlights);
      // A short form this slice defined, met in the slices before it (a headline's "Halvardsen").
      if (result.earlier?.length) addEarlier(scan, page, result.earlier, highlights);
      onSlice?.(scan);
      measureSlice(started);
    });
  };
  // Reading and annotating go hand in hand, block by block in page order: each slice is sent as soon
  // as it is read, so the top of the page (usually the first screen) is highlighted before the rest
  // has even been read.
  let sentTo = 0;
  try {
    while (!signal.aborted) {
      collector.step(NODES_PER_STEP);
      const limit = collector.settledLength;
      // Past the first screens, text is sent in full slices (a step reads ~8,000 characters): each
      // message costs the browser a relay to the background, whatever its size.
      while (sentTo < limit && (painting || collector.complete || limit - sentTo >= MAX_SLICE_CHARS) && !signal.aborted) {
        const to = nextSliceEnd(page, sentTo, limit, painting ? FIRST_SLICE_CHARS : MAX_SLICE_CHARS, (a, b) => collector.textOf(a, b));
        send(sentTo, to);
        sentTo = to;
        if (!painting) continue;
        measureSlice(sliceStarted);
        await added;
        if (scan.money.length + scan.companies.length > 0 || sentTo >= FIRST_SCREENS_CHARS) {
          // The first mentions are registered (assumed near): the read goes on, but its next pause
          // lets a frame render and paint them (a yield alone lets Chromium put rendering off while
          // work keeps coming).
          painting = false;
          frameOwed = true;
        }
        sliceStarted = performance.now();
      }
      if (collector.complete) break;
      await yieldIfLong();
    }
    measureSlice(sliceStarted);
    await added;
  } finally {
    highlights.assumeNear?.(false);
    // (An aborted run's observer is disconnected: nothing more to observe.)
    if (!signal.aborted) highlights.observeLater?.(false);
  }
  if (signal.aborted) return scan;
  // Every mention has its place: the text and the offset map (a wrapper for each text node of the
  // page) are not needed any more.
  page.nodes = [];
  page.starts = [];
  page.text = '';
  scan.complete = true;
  return scan;
}
