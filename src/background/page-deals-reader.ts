// Reads the deals of the pages findMentions saw, from the same slices of text, once those pages have
// stopped asking for mentions: highlights never wait for deal reading (which costs the background
// about as much again as finding the mentions). Deals are captured as they are read (when capture is
// on) and handed to the page that asks for its own. A slice is read in parts of at most STEP_CHARS (cut
// between blocks where it can be), with a task boundary between two steps, so a long page's deal
// reading never holds up another tab's request for long.

import { dealsOfPage, type DealSlice } from '../core/deals/page-deals';
import type { DealRecord } from '../core/types';
import type { PageSource } from '../messages/contract';
import { measureWork } from './measure-work';
import { partEnd } from '../core/text/cut-text';
import { STEP_BUDGET_MS, STEP_CHARS } from './mention-finder';
import { nextTask } from './next-task';

export interface PageDealsReader {
  /** Queues a slice of a page run's text (with the mentions found in it) to be read for deals. */
  add(run: string, slice: DealSlice, source: PageSource): void;
  /** The run's deals, every queued slice read; null when this background never saw the run (it restarted since). */
  dealsOf(run: string): Promise<DealRecord[] | null>;
}

interface Run {
  deals: Map<string, DealRecord>;
  queue: { slice: DealSlice; source: PageSource }[];
}

export interface PageDealsOptions {
  /** Keeps deals (the deal store's capture, when capture is on). */
  capture(deals: DealRecord[]): Promise<void>;
  /** Quiet time after the last slice before reading starts. */
  delayMs?: number;
  /** Runs remembered (the oldest are forgotten first). */
  keep?: number;
  /** Today's day (YYYY-MM-DD), for the cap per site and day. */
  today?: () => string;
  /** How long slices are read in one task before other tasks get a turn. */
  stepBudgetMs?: number;
}

/**
 * A page reports a few deals; one that reads as hundreds is a list, a generated page or an attack (a
 * 182 KB article gave 1,271 deals): at most this many are kept and captured per page…
 */
export const MAX_DEALS_PER_PAGE = 50;
/** …and at most this many are captured from one site in a day. */
export const MAX_CAPTURES_PER_SITE_DAY = 200;

/**
 * A slice cut into parts of at most `maxChars` (see partEnd), each with its own mentions at offsets
 * into its text; an amount restating another ("equivalent to …") keeps the link within its part.
 */
export function dealSliceParts(slice: DealSlice, maxChars = STEP_CHARS): DealSlice[] {
  if (slice.text.length <= maxChars) return [slice];
  const parts: DealSlice[] = [];
  let money = 0;
  let company = 0;
  for (let from = 0; from < slice.text.length; ) {
    const to = partEnd(slice.text, from, maxChars);
    // Mentions are in text order; one that crosses a cut (none does: the mention finder cut the slice
    // in the same places) would go with neither part.
    const index = new Map<number, number>();
    const kept: DealSlice['money'] = [];
    for (; money < slice.money.length && slice.money[money]!.start < to; money++) {
      const m = slice.money[money]!;
      if (m.start < from || m.end > to) continue;
      index.set(money, kept.length);
      kept.push(m);
    }
    const partMoney = kept.map(({ equivalentOf, ...m }) => {
      const restated = equivalentOf === undefined ? undefined : index.get(equivalentOf);
      return { ...m, start: m.start - from, end: m.end - from, ...(restated !== undefined && { equivalentOf: restated }) };
    });
    const partCompanies: DealSlice['companies'] = [];
    for (; company < slice.companies.length && slice.companies[company]!.start < to; company++) {
      const c = slice.companies[company]!;
      if (c.start >= from && c.end <= to) partCompanies.push({ ...c, start: c.start - from, end: c.end - from });
    }
    parts.push({ text: slice.text.slice(from, to), money: partMoney, companies: partCompanies });
    from = to;
  }
  return parts;
}

const siteOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
};

export function createPageDealsReader({ capture, delayMs = 100, keep = 100, today = () => new Date().toISOString().slice(0, 10), stepBudgetMs = STEP_BUDGET_MS }: PageDealsOptions): PageDealsReader {
  const runs = new Map<string, Run>();
  /** Deals captured today per site (reset when the day changes). */
  let captures = { day: '', bySite: new Map<string, number>() };
  const allowCapture = (url: string): boolean => {
    // Only what the reader reads on the web is kept: our demo article (an extension page, opened
    // from the first-run page) shows its deals but adds nothing to the store.
    if (!/^https?:\/\//i.test(url)) return false;
    const day = today();
    if (captures.day !== day) captures = { day, bySite: new Map() };
    const site = siteOf(url);
    const count = captures.bySite.get(site) ?? 0;
    if (count >= MAX_CAPTURES_PER_SITE_DAY) return false;
    captures.bySite.set(site, count + 1);
    return true;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reading: Promise<void> = Promise.resolve();

  const readQueued = () => {
    clearTimeout(timer);
    timer = undefined;
    reading = reading.then(async () => {
      for (const run of runs.values()) {
        const queue = run.queue.splice(0);
        const found: DealRecord[] = [];
        let step = -Infinity;
        for (const { slice, source } of queue) {
          // Slices are read for stepBudgetMs in one task, then other tabs' requests are answered.
          if (performance.now() - step >= stepBudgetMs) {
            await nextTask();
            step = performance.now();
          }
          const started = performance.now();
          for (const deal of dealsOfPage([slice], source)) {
            if (run.deals.has(deal.id) || run.deals.size >= MAX_DEALS_PER_PAGE) continue;
            run.deals.set(deal.id, deal);
            if (allowCapture(source.url)) found.push(deal);
          }
          measureWork('deallens:deals', started);
        }
        if (!found.length) continue;
        // A store that cannot be written loses the capture, not the page's deals.
        await capture(found).catch((error: unknown) => console.warn('DealLens: deal capture failed:', error));
      }
    });
    return reading;
  };

  return {
    add(run, slice, source) {
      // The run moves to the end: the least recently seen are forgotten first.
      const entry: Run = runs.get(run) ?? { deals: new Map(), queue: [] };
      runs.delete(run);
      runs.set(run, entry);
      for (const oldest of runs.keys()) {
        if (runs.size <= keep) break;
        runs.delete(oldest);
      }
      // Deals are where an amount and a company meet.
      if (!slice.money.length || !slice.companies.length) return;
      for (const part of dealSliceParts(slice)) entry.queue.push({ slice: part, source });
      clearTimeout(timer);
      timer = setTimeout(() => void readQueued(), delayMs);
    },
    async dealsOf(run) {
      const entry = runs.get(run);
      if (!entry) return null;
      if (entry.queue.length) await readQueued();
      else await reading;
      return [...entry.deals.values()];
    },
  };
}
