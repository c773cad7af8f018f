// The page run: read the text in one pass, annotate it slice by slice, register highlights as
// they come, yielding to the page between slices so no task grows long.

import { findMentions } from '../core/find-mentions';
import type { CompanyMatcher } from '../core/companies';
import type { CompanyMention, MoneyMention, PageContext } from '../core/types';
import { TextCollector, toRange, type PageText } from './collect-text';
import type { MentionSinks } from './nearby-ranges';
import { SLICE_BUDGET_MS, yieldForFrame, yieldToPage } from './yield-to-page';

/**
 * Characters handed to the core at once. The core reads only a few MB/s while its code is still cold
 * in a fresh page, so 4,000 characters keep a slice near the budget; the time check decides when to yield.
 */
export const MAX_SLICE_CHARS = 4_000;
/**
 * Characters read before the first mentions are shown: with the core's code still cold, 4,000 took
 * ~35 ms on the live blog (pages bench, 2026-11-29); the top of a page is highlighted sooner from less.
 */
export const FIRST_SLICE_CHARS = 1_500;

export type PageMention =
  | { kind: 'money'; index: number; mention: MoneyMention; range: Range }
  | { kind: 'company'; index: number; mention: CompanyMention; range: Range };

/** What the core read in one slice, in the slice's own offsets (for reading deals later, on idle). */
export interface SliceResult {
  from: number;
  to: number;
  money: MoneyMention[];
  companies: CompanyMention[];
}

export interface PageScan {
  page: PageText;
  slices: SliceResult[];
  money: Extract<PageMention, { kind: 'money' }>[];
  companies: Extract<PageMention, { kind: 'company' }>[];
  complete: boolean;
}

/** Each stretch of main-thread work is a User Timing measure, so benchmarks can sum and rank them. */
function measureSlice(start: number): void {
  performance.measure('deallens:slice', { start, end: performance.now() });
}

/**
 * Adds what the core found in `page.text` from offset `from` on, as highlighted mentions. Amounts
 * that restate another ("equivalent to …") point at their original in the same list.
 */
export function addMentions(scan: PageScan, page: PageText, from: number, result: { money: MoneyMention[]; companies: CompanyMention[] }, highlights: MentionSinks<Range>): void {
  const globalIndex = new Map<number, number>();
  result.money.forEach((m, local) => {
    const range = toRange(page, m.start + from, m.end + from);
    if (!range) return;
    const mention: MoneyMention = { ...m, start: m.start + from, end: m.end + from };
    delete mention.equivalentOf;
    const original = m.equivalentOf === undefined ? undefined : globalIndex.get(m.equivalentOf);
    if (original !== undefined) mention.equivalentOf = original;
    globalIndex.set(local, scan.money.length);
    highlights.money.add(range, m);
    scan.money.push({ kind: 'money', index: scan.money.length, mention, range });
  });
  for (const c of result.companies) {
    const mention = { ...c, start: c.start + from, end: c.end + from };
    const range = toRange(page, mention.start, mention.end);
    if (!range) continue;
    highlights.company.add(range, c);
    scan.companies.push({ kind: 'company', index: scan.companies.length, mention, range });
  }
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
 * up to maxChars, or one block alone when it is longer than that.
 */
export function nextSliceEnd(page: PageText, from: number, limit: number, maxChars = MAX_SLICE_CHARS): number {
  if (limit - from <= maxChars) return limit;
  const { blockStarts } = page;
  let i = firstBlockAfter(page, from);
  let end = -1;
  for (; i < blockStarts.length && blockStarts[i]! < limit && blockStarts[i]! - from <= maxChars; i++) end = blockStarts[i]!;
  if (end > from) return end;
  const next = blockStarts[i];
  return next !== undefined && next < limit ? next : limit;
}

export interface ScanOptions {
  context: PageContext;
  matcher: CompanyMatcher;
  /** Where ranges go: the page's highlights, or the tracker that registers those near the viewport. */
  highlights: MentionSinks<Range>;
  signal: AbortSignal;
  /** Called after every slice with the mentions so far. */
  onSlice?: (scan: PageScan) => void;
  /** When the current stretch of main-thread work began (before the scan's own set-up). */
  startedAt?: number;
  /** Called after each yield to the page (the nearby tracker applies the viewport reports it got meanwhile). */
  afterYield?: () => void;
}

/** Text nodes read between two time checks: a few hundred keep a check well under a millisecond apart. */
const NODES_PER_STEP = 400;

export async function scanPage(root: Element, options: ScanOptions): Promise<PageScan> {
  const { context, matcher, highlights, signal, onSlice } = options;
  let sliceStarted = options.startedAt ?? performance.now();
  // Reading and annotating go hand in hand, block by block in page order, so the top of the page
  // (usually the first screen) is highlighted before the rest has even been read.
  const collector = new TextCollector(root);
  const page = collector.page;
  const scan: PageScan = { page, slices: [], money: [], companies: [], complete: false };
  let annotatedTo = 0;
  let framed = false;
  const yieldIfLong = async (): Promise<boolean> => {
    if (performance.now() - sliceStarted <= SLICE_BUDGET_MS) return false;
    measureSlice(sliceStarted);
    await yieldToPage();
    sliceStarted = performance.now();
    options.afterYield?.();
    return true;
  };
  // The collector's set-up queries the whole page once: let the page in before the first step if
  // the matcher has already used the budget (the live blog's first slice grew past 50 ms otherwise).
  await yieldIfLong();
  while (!signal.aborted) {
    collector.step(NODES_PER_STEP);
    const limit = collector.settledLength;
    while (annotatedTo < limit && !signal.aborted) {
      const from = annotatedTo;
      const to = nextSliceEnd(page, from, limit, scan.slices.length === 0 ? FIRST_SLICE_CHARS : MAX_SLICE_CHARS);
      // The core is linear, so the cost of a slice follows its length.
      const result = findMentions(collector.textOf(from, to), { context, companies: matcher });
      scan.slices.push({ from, to, money: result.money, companies: result.companies });
      addMentions(scan, page, from, result, highlights);
      annotatedTo = to;
      onSlice?.(scan);
      if (!framed && scan.money.length + scan.companies.length > 0) {
        // The first mentions (the top of the page) are painted before the rest is read: the
        // observer's reports come with one frame, and the next frame paints what they registered.
        framed = true;
        measureSlice(sliceStarted);
        await yieldForFrame();
        sliceStarted = performance.now();
        options.afterYield?.();
        measureSlice(sliceStarted);
        await yieldForFrame();
        sliceStarted = performance.now();
      } else await yieldIfLong();
    }
    if (collector.complete) break;
    await yieldIfLong();
  }
  if (signal.aborted) return scan;
  measureSlice(sliceStarted);
  // Every mention has its range: the offset map (a wrapper for each text node of the page, kept
  // alive in the content script's world) is not needed any more.
  page.segments = [];
  scan.complete = true;
  return scan;
}
