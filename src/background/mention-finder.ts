// Finds the amounts and companies in page text for the content script. The engine runs here, off
// the page's main thread: a page pays for reading its text and drawing ranges, not for the matcher
// (loaded once per background start, not once per page) nor for the core running cold in every tab.
// The matcher is the bundled index compiled at build time (company-data.ts), with the reader's own
// companies filed on top: a cold background loads it in a few milliseconds.
// One background serves every tab: requests wait their turn in a queue per page run, the run that
// has had least of the engine's time goes next, and after each step (a slice, or a few short requests)
// other tasks get their turn (issue 19, item 3): a page that sends sixty slices at once holds another
// tab up for one step, not sixty. A slice is read in parts of at most STEP_CHARS, a step each, so one
// step of even a hostile page's text is short.

import { addedSince, createPageMemory, findEarlierConfirmed, findEarlierForms, markOf, matcherFromCompactIndex, type CompactCompanyIndex, type CompanyMatcher, type MemoryMark, type PageMemory } from '../core/companies';
import { findMentions } from '../core/find-mentions';
import type { CompanyMention, CompanyRecord, MoneyMention, PageContext } from '../core/types';
import { userCompanyId, type UserCompany } from '../platform/settings';
import { measureWork } from './measure-work';
import { partEnd } from '../core/text/cut-text';
import { nextTask } from './next-task';
import { WARM_UP_TEXT } from './warm-up-text';

/** Pages whose memory is kept: a run per tab and frame, the oldest forgotten first. */
const MAX_PAGES = 32;
/**
 * Longest text one request may carry: two of the content script's slices (MAX_SLICE_CHARS, 16,000 in
 * src/content/scan-page.ts). A longer one, which only a hostile page sends, is refused: the engine's
 * time grows with the text (≤ 2 s per MB), and one request is done in one go.
 */
export const MAX_FIND_TEXT_CHARS = 32_000;

/** Requests are answered in one task until this much time has gone, then other tasks get their turn. */
export const STEP_BUDGET_MS = 8;

/**
 * Most characters the engine reads in one step: a slice (up to 16,000) is read in parts, cut between
 * blocks where it can be (as the content script cuts slices), so another tab waits for one part at
 * most. On the fairness bench's adversarial page a 16,000-character slice took up to 36 ms on a quiet
 * run (258 ms cold), a 4,000-character part ≤ 15 ms, and the parts took no longer in all.
 */
export const STEP_CHARS = 4_000;

/**
 * After the engine last ran, how long a prepare request takes it to be warm still. The engine's code
 * goes cold in an idle background (its engines drop compiled code they have not run lately): on the
 * Firefox live-blog bench the first 2,000-character slice of each load took 23–78 ms to read, the
 * 16,000-character ones after it 3–20 ms (2026-12-07, a loaded machine).
 */
export const WARM_FOR_MS = 5_000;

/**
 * Characters of a page's earlier slices kept to link there the forms later slices define (the top of
 * a page, where a headline or a lead names a company by its short form before the body names it in
 * full): each slice that defines forms looks through at most this much text again.
 */
export const MAX_EARLIER_CHARS = 64_000;

/**
 * Characters of earlier parts a page run reads again, in all, to link what later parts define: a
 * page that defines new companies in every part (a list, or a hostile page) stops being linked back
 * once it is spent, so linking back costs a page a few reads of its first parts at most.
 */
export const MAX_RELINK_CHARS = 4 * MAX_EARLIER_CHARS;
/** New forms of one part looked for in the parts before it (a part that defines more is a list). */
export const MAX_NEW_FORMS = 64;

/**
 * A slice's mentions; `earlier`: mentions in the page's earlier slices under forms this slice defined,
 * at offsets into the page's text (see find).
 */
type Found = { money: MoneyMention[]; companies: CompanyMention[]; earlier?: CompanyMention[] };

/**
 * A part of a slice read earlier in a page run: its text, where it starts in the page's text, its
 * companies (sorted, offsets into its text), and the answer of the request it was read for, with its
 * offset there.
 */
interface EarlierPart {
  text: string;
  from: number;
  companies: CompanyMention[];
  job: Job;
  at: number;
}

/** What a background knows of one page run: its memory, its first parts (at most MAX_EARLIER_CHARS), and what is left of MAX_RELINK_CHARS. */
interface PageRun {
  memory: PageMemory;
  earlier: EarlierPart[];
  earlierChars: number;
  /** Whether a part was left out: no part after it is kept. */
  earlierFull: boolean;
  relinkChars: number;
}

/** A request waiting its turn: read from `at` on, part by part, into `found`. */
interface Job {
  text: string;
  context: PageContext;
  companies: CompanyMatcher;
  /** Where the text starts in its page's text, when the page said so. */
  from: number | undefined;
  done: (found: Found) => void;
  failed: (error: unknown) => void;
  at: number;
  found: Found;
}

const byStart = (a: CompanyMention, b: CompanyMention) => a.start - b.start;

/**
 * Links in the run's earlier parts the forms the part just read (`companies`, at `at` in `job`'s text)
 * defined and the short forms of the companies it named in full: their new mentions go into the
 * answer of the request each part was read for — its list when that request is still being read (and
 * the deal reader's, which is the same list), else the list and this answer's `earlier` too, at page
 * offsets. Then keeps the part while the run has kept less than MAX_EARLIER_CHARS.
 */
function linkEarlier(run: PageRun, job: Job, at: number, text: string, companies: CompanyMention[], before: MemoryMark): void {
  const added = addedSince(run.memory, before);
  const forms = new Map([...added.forms].slice(0, MAX_NEW_FORMS));
  const { confirmed } = added;
  // (Each look through the earlier parts reads them all: once the run's allowance cannot pay for that, no more.)
  if (run.earlier.length > 0 && (forms.size > 0 || confirmed.size > 0) && run.relinkChars >= run.earlierChars) {
    run.relinkChars -= run.earlierChars;
    for (const part of run.earlier) {
      for (const find of [() => findEarlierForms(part.text, part.companies, forms), () => findEarlierConfirmed(part.text, part.companies, job.companies, confirmed)]) {
        const found = find();
        if (found.length === 0) continue;
        part.companies.push(...found);
        part.companies.sort(byStart);
        const owner = part.job.found;
        owner.companies.push(...found.map((m) => ({ ...m, start: m.start + part.at, end: m.end + part.at })));
        owner.companies.sort(byStart);
        if (part.job !== job) (job.found.earlier ??= []).push(...found.map((m) => ({ ...m, start: m.start + part.from, end: m.end + part.from })));
      }
    }
    job.found.earlier?.sort(byStart);
  }
  // (The page's first parts only: once one is left out, so are all after it.)
  if (run.earlierFull || run.earlierChars + text.length > MAX_EARLIER_CHARS) {
    run.earlierFull = true;
    return;
  }
  run.earlier.push({ text, from: job.from! + at, companies: [...companies], job, at });
  run.earlierChars += text.length;
}

/** Adds the mentions of the part at `offset` to `into`, their offsets (and restatement indexes) made the whole text's. */
function addPart(into: Found, part: Found, offset: number): void {
  const before = into.money.length;
  for (const m of part.money) into.money.push({ ...m, start: m.start + offset, end: m.end + offset, ...(m.equivalentOf !== undefined && { equivalentOf: m.equivalentOf + before }) });
  for (const c of part.companies) into.companies.push({ ...c, start: c.start + offset, end: c.end + offset });
}

export interface MentionFinder {
  /**
   * The mentions of one slice of a page. Slices of the same `run` share a page memory, so a short
   * form or acronym defined in one slice is linked in the slices after it; with `from`, where the
   * slice starts in the page's text, in the slices before it too (the answer's `earlier`).
   */
  find(text: string, context: PageContext, run?: string, from?: number): Promise<Found>;
  /**
   * A page is about to be read: the matcher is loaded, and the engine, unless it ran within
   * WARM_FOR_MS, reads WARM_UP_TEXT once (while the page renders its first frame).
   */
  prepare(): Promise<void>;
  /** Companies the reader added changed: the next request builds the matcher again. */
  reset(): void;
}

/**
 * `companyIndex` gives the bundled companies' compiled index (CompanyData.index); it is read once,
 * and the matcher made from it again, with the reader's companies, after each reset. `stepBudgetMs`:
 * how long requests are answered in one task before other tasks get a turn; `warmForMs`: see WARM_FOR_MS.
 */
export function createMentionFinder(userCompanies: () => Promise<UserCompany[]>, companyIndex: () => Promise<CompactCompanyIndex>, stepBudgetMs = STEP_BUDGET_MS, warmForMs = WARM_FOR_MS): MentionFinder {
  let matcher: Promise<CompanyMatcher> | null = null;
  const pages = new Map<string, PageRun>();
  const runOf = (run: string): PageRun => {
    let page = pages.get(run);
    if (page) {
      pages.delete(run);
    } else {
      page = { memory: createPageMemory(), earlier: [], earlierChars: 0, earlierFull: false, relinkChars: MAX_RELINK_CHARS };
      if (pages.size >= MAX_PAGES) pages.delete(pages.keys().next().value!);
    }
    pages.set(run, page);
    return page;
  };
  const build = async () => {
    const [added, index] = await Promise.all([userCompanies(), companyIndex()]);
    const mine = added.map((c): CompanyRecord => ({ id: userCompanyId(c.name), name: c.name, aliases: c.aliases, kind: 'company' }));
    const started = performance.now();
    const matcher = matcherFromCompactIndex(index, mine);
    // For the pages bench: when this background had its matcher, and how long loading it took.
    measureWork('deallens:matcher', started);
    return matcher;
  };
  const matcherNow = (): Promise<CompanyMatcher> => {
    const building = (matcher ??= build());
    // A failed build (settings unreadable) is not kept: the next request tries again.
    building.catch(() => {
      if (matcher === building) matcher = null;
    });
    return building;
  };
  // When the engine last read text (a page's, or the warm-up's), and how many requests wait for the matcher.
  let lastRan = -Infinity;
  let waitingForMatcher = 0;
  // Waiting requests by run (requests without one share a queue), with the engine time each run had
  // since it last had none waiting: the run that had least goes next, so a tab asking for a line
  // now and then is answered between two slices of a long page, however many it has sent.
  const queues = new Map<string | undefined, { jobs: Job[]; usedMs: number }>();
  let draining = false;
  const drain = async () => {
    draining = true;
    while (queues.size) {
      // Requests that arrived while the last ones ran join the queues before the next is picked.
      await nextTask();
      const step = performance.now();
      do {
        let run: string | undefined;
        let next: { jobs: Job[]; usedMs: number } | undefined;
        // (On a tie the run that came last wins: a page asking anew goes before one that has been going.)
        for (const [r, q] of queues) {
          if (!next || q.usedMs <= next.usedMs) [run, next] = [r, q];
        }
        const job = next!.jobs[0]!;
        const started = performance.now();
        // One part of the job; the job stays first in its run's queue until its last part is read.
        const end = partEnd(job.text, job.at, STEP_CHARS);
        let over = end === job.text.length;
        try {
          const page = run === undefined ? undefined : runOf(run);
          // (Parts of a slice whose place in the page is known are kept to link what later parts define.)
          const linking = page && job.from !== undefined;
          const before = linking ? markOf(page!.memory) : undefined;
          const text = job.at === 0 && over ? job.text : job.text.slice(job.at, end);
          const part = findMentions(text, { context: job.context, companies: job.companies, ...(page && { page: page.memory }) });
          const companies = before ? [...part.companies] : part.companies;
          if (job.at === 0 && over) job.found = part;
          else addPart(job.found, part, job.at);
          if (before) linkEarlier(page!, job, job.at, text, companies, before);
          job.at = end;
          if (over) job.done(job.found);
        } catch (error) {
          over = true;
          job.failed(error);
        }
        if (over) next!.jobs.shift();
        if (!next!.jobs.length) queues.delete(run);
        lastRan = performance.now();
        next!.usedMs += lastRan - started;
        // For the pages bench: the engine's time, off the page's thread.
        measureWork('deallens:find', started);
        // Short requests (a line, a paragraph) are answered several to a task.
      } while (queues.size && performance.now() - step < stepBudgetMs);
    }
    draining = false;
  };
  return {
    async find(text, context, run, from) {
      if (text.length > MAX_FIND_TEXT_CHARS) throw new RangeError(`DealLens: a text of ${text.length} characters is longer than ${MAX_FIND_TEXT_CHARS}, the most one request may carry`);
      const arrived = performance.now();
      waitingForMatcher++;
      let companies: CompanyMatcher;
      try {
        companies = await matcherNow();
      } finally {
        waitingForMatcher--;
      }
      const found = new Promise<Found>((done, failed) => {
        const job: Job = { text, context, companies, from, done, failed, at: 0, found: { money: [], companies: [] } };
        const queue = queues.get(run);
        if (queue) queue.jobs.push(job);
        // A run that comes back starts level with the least served of those waiting (and goes first on
        // the tie), not at zero, which would put it ahead of them for as long as it keeps asking.
        else {
          const used = [...queues.values()].map((q) => q.usedMs);
          queues.set(run, { jobs: [job], usedMs: used.length ? Math.min(...used) : 0 });
        }
        if (!draining) void drain();
      });
      // For the cold-start bench: from the request's arrival to its answer (the matcher's load and the wait included).
      void found.then(() => measureWork('deallens:request', arrived), () => undefined);
      return found;
    },
    async prepare() {
      const companies = await matcherNow();
      // (A page being read, or asking already, warms the engine itself: its request goes first.)
      if (draining || waitingForMatcher > 0 || performance.now() - lastRan < warmForMs) return;
      const started = performance.now();
      findMentions(WARM_UP_TEXT, { companies });
      lastRan = performance.now();
      // For the benches: the engine's time, beside deallens:find.
      measureWork('deallens:prepare', started);
    },
    reset() {
      matcher = null;
      pages.clear();
    },
  };
}
