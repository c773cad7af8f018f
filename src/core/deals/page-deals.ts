// The deals a page reports, read from the stretches of its text that hold both an amount and a
// company, with the mentions highlighting already found there. One record per deal, the page as
// its source (dated by the page); the deal's own date when its sentence states one ("in February"
// in a July article), else the page's date.
import type { CompanyMention, DealRecord, MoneyMention } from '../types';
import { extractDeals } from './extract-deals';
import { dealFromMention, type CapturePage } from './merge-deals';

export interface DealSlice {
  text: string;
  money: MoneyMention[];
  companies: CompanyMention[];
}

export function dealsOfPage(slices: readonly DealSlice[], page: CapturePage): DealRecord[] {
  const found = new Map<string, DealRecord>();
  for (const slice of slices) {
    if (!slice.money.length || !slice.companies.length) continue;
    for (const mention of extractDeals(slice.text, slice.money, slice.companies, page.date)) {
      const deal = dealFromMention(mention, slice.money, page);
      if (deal && !found.has(deal.id)) found.set(deal.id, deal);
    }
  }
  return [...found.values()];
}
