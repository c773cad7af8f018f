// Finds the amounts and companies in page text for the content script. The engine runs here, off
// the page's main thread: a page pays for reading its text and drawing ranges, not for the matcher
// (built once per background start, not once per page) nor for the core running cold in every tab.

import { createCompanyMatcher, type CompanyMatcher } from '../core/companies';
import { findMentions } from '../core/find-mentions';
import type { CompanyMention, CompanyRecord, MoneyMention, PageContext } from '../core/types';
import { companies } from '../data/companies';
import { userCompanyId, type UserCompany } from '../platform/settings';

export interface MentionFinder {
  find(text: string, context: PageContext): Promise<{ money: MoneyMention[]; companies: CompanyMention[] }>;
  /** Companies the reader added changed: the next request builds the matcher again. */
  reset(): void;
}

export function createMentionFinder(userCompanies: () => Promise<UserCompany[]>): MentionFinder {
  let matcher: Promise<CompanyMatcher> | null = null;
  const build = async () => {
    const mine = (await userCompanies()).map((c): CompanyRecord => ({ id: userCompanyId(c.name), name: c.name, aliases: c.aliases, kind: 'company' }));
    return createCompanyMatcher([...companies, ...mine]);
  };
  return {
    async find(text, context) {
      const building = (matcher ??= build());
      // A failed build (settings unreadable) is not kept: the next request tries again.
      building.catch(() => {
        if (matcher === building) matcher = null;
      });
      return findMentions(text, { context, companies: await building });
    },
    reset() {
      matcher = null;
    },
  };
}
