// What highlighting needs from a text: its amounts and companies. Deals are read from the same
// mentions elsewhere (the background), so the content script carries no deal extraction.
import { findCompanies, type CompanyMatcher, type PageMemory } from './companies';
import { extractMoney } from './money/extract-money';
import type { CompanyMention, MoneyMention, PageContext } from './types';

export interface MentionOptions {
  context?: PageContext;
  /** Compiled company data (createCompanyMatcher); without it no company is found. */
  companies?: CompanyMatcher;
  /** What earlier slices of the same page defined (createPageMemory); the caller keeps it per page. */
  page?: PageMemory;
}

export function findMentions(text: string, options: MentionOptions = {}): { money: MoneyMention[]; companies: CompanyMention[] } {
  const money = extractMoney(text, options.context);
  const companies = options.companies ? findCompanies(text, options.companies, options.context, options.page) : [];
  return { money, companies };
}
