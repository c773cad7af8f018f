// Finds the amounts and companies in page text for the content script. The engine runs here, off
// the page's main thread: a page pays for reading its text and drawing ranges, not for the matcher
// (loaded once per background start, not once per page) nor for the core running cold in every tab.
// The matcher is the bundled index compiled at build time (company-data.ts), with the reader's own
// companies filed on top: a cold background loads it in a few milliseconds.

import { createPageMemory, matcherFromCompactIndex, type CompactCompanyIndex, type CompanyMatcher, type PageMemory } from '../core/companies';
import { findMentions } from '../core/find-mentions';
import type { CompanyMention, CompanyRecord, MoneyMention, PageContext } from '../core/types';
import { userCompanyId, type UserCompany } from '../platform/settings';
import { measureWork } from './measure-work';

/** Pages whose memory is kept: a run per tab and frame, the oldest forgotten first. */
const MAX_PAGES = 32;

export interface MentionFinder {
  /**
   * The mentions of one slice of a page. Slices of the same `run` share a page memory, so a short
   * form or acronym defined in one slice is linked in the slices after it.
   */
  find(text: string, context: PageContext, run?: string): Promise<{ money: MoneyMention[]; companies: CompanyMention[] }>;
  /** Companies the reader added changed: the next request builds the matcher again. */
  reset(): void;
}

/**
 * `companyIndex` gives the bundled companies' compiled index (CompanyData.index); it is read once,
 * and the matcher made from it again, with the reader's companies, after each reset.
 */
export function createMentionFinder(userCompanies: () => Promise<UserCompany[]>, companyIndex: () => Promise<CompactCompanyIndex>): MentionFinder {
  let matcher: Promise<CompanyMatcher> | null = null;
  const pages = new Map<string, PageMemory>();
  const memoryOf = (run: string): PageMemory => {
    let page = pages.get(run);
    if (page) {
      pages.delete(run);
    } else {
      page = createPageMemory();
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
  return {
    async find(text, context, run) {
      const building = (matcher ??= build());
      // A failed build (settings unreadable) is not kept: the next request tries again.
      building.catch(() => {
        if (matcher === building) matcher = null;
      });
      const companies = await building;
      return findMentions(text, { context, companies, ...(run === undefined ? {} : { page: memoryOf(run) }) });
    },
    reset() {
      matcher = null;
      pages.clear();
    },
  };
}
