import { findCompanies, type CompanyMatcher } from './companies';
import { extractDeals } from './deals/extract-deals';
import { extractMoney } from './money/extract-money';
import type { Annotation, PageContext } from './types';

export interface AnnotateOptions {
  context?: PageContext;
  /** Compiled company data (createCompanyMatcher); without it no company is found. */
  companies?: CompanyMatcher;
  /** Group mentions into deals (default true). Highlighting alone skips it: deals are not painted. */
  deals?: boolean;
}

/** Everything the core reads in a text: money, companies and the deals they form. */
export function annotate(text: string, options: AnnotateOptions = {}): Annotation {
  const money = extractMoney(text, options.context);
  const companies = options.companies ? findCompanies(text, options.companies, options.context) : [];
  return { money, companies, deals: options.deals === false ? [] : extractDeals(text, money, companies) };
}
