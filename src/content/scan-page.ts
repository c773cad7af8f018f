// The page run: read the text in one pass, annotate it slice by slice, register highlights as
// they come, yielding to the page between slices so no task grows long.

import { annotate, type CompanyMatcher } from '../core';
import type { CompanyMention, MoneyMention, PageContext } from '../core/types';
import { collectText, toRange, type PageText } from './collect-text';
import type { HighlightSet } from './highlight';
import { SLICE_BUDGET_MS, yieldToPage } from './yield-to-page';

/**
 * Characters handed to the core at once. The core reads only a few MB/s while its code is still cold
 * in a fresh page, so 4,000 characters keep a slice near the budget; the time check decides when to yield.
 */
export const MAX_SLICE_CHARS = 4_000;

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
export function addMentions(scan: PageScan, page: PageText, from: number, result: { money: MoneyMention[]; companies: CompanyMention[] }, highlights: HighlightSet): void {
  const globalIndex = new Map<number, number>();
  result.money.forEach((m, local) => {
    const range = toRange(page, m.start + from, m.end + from);
    if (!range) return;
    const mention: MoneyMention = { ...m, start: m.start + from, end: m.end + from };
    delete mention.equivalentOf;
    const original = m.equivalentOf === undefined ? undefined : globalIndex.get(m.equivalentOf);
    if (original !== undefined) mention.equivalentOf = original;
    globalIndex.set(local, scan.money.length);
    highlights.money.add(range);
    scan.money.push({ kind: 'money', index: scan.money.length, mention, range });
  });
  for (const c of result.companies) {
    const mention = { ...c, start: c.start + from, end: c.end + from };
    const range = toRange(page, mention.start, mention.end);
    if (!range) continue;
    highlights.company.add(range);
    scan.companies.push({ kind: 'company', index: scan.companies.length, mention, range });
  }
}

/** Block-aligned [start, end) slices of the page text. */
export function sliceBounds(page: PageText, maxChars = MAX_SLICE_CHARS): [number, number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  for (const blockStart of page.blockStarts) {
    if (blockStart - start > maxChars) {
      bounds.push([start, blockStart]);
      start = blockStart;
    }
  }
  if (start < page.text.length) bounds.push([start, page.text.length]);
  return bounds;
}

export interface ScanOptions {
  context: PageContext;
  matcher: CompanyMatcher;
  highlights: HighlightSet;
  signal: AbortSignal;
  /** Called after every slice with the mentions so far. */
  onSlice?: (scan: PageScan) => void;
  /** When the current stretch of main-thread work began (before the scan's own set-up). */
  startedAt?: number;
}

export async function scanPage(root: Element, options: ScanOptions): Promise<PageScan> {
  const { context, matcher, highlights, signal, onSlice } = options;
  let sliceStarted = options.startedAt ?? performance.now();
  const page = collectText(root);
  const scan: PageScan = { page, slices: [], money: [], companies: [], complete: false };
  // Reading the page (and the set-up before it) is one slice of its own.
  measureSlice(sliceStarted);
  await yieldToPage();
  sliceStarted = performance.now();
  for (const [from, to] of sliceBounds(page)) {
    if (signal.aborted) return scan;
    // A slice that would need more than one budget is cut where the text allows; the core is
    // linear, so the cost of a slice follows its length.
    const result = annotate(page.text.slice(from, to), { context, companies: matcher, deals: false });
    scan.slices.push({ from, to, money: result.money, companies: result.companies });
    addMentions(scan, page, from, result, highlights);
    onSlice?.(scan);
    if (performance.now() - sliceStarted > SLICE_BUDGET_MS) {
      measureSlice(sliceStarted);
      await yieldToPage();
      sliceStarted = performance.now();
    }
  }
  measureSlice(sliceStarted);
  scan.complete = true;
  return scan;
}
