// What the deals page's search box and investor filter match. A deal is found by every name its
// companies go by in the company data (legal, short, former and Chinese names, aliases, tickers:
// "智谱", "Beijing Zhipu Huazhang Technology", "HongShan" and "Sequoia China"), not only the name it
// was stored under, and by the words the page shows (type, origin, round, year).
import type { CompanyRecord, DealParty, DealRecord } from '../core/types';

type Names = Pick<CompanyRecord, 'name' | 'legalNames' | 'shortNames' | 'aliases' | 'formerNames' | 'zh' | 'tickers'>;

/** Every name of a company record. */
export function companyNames(record: Names): string[] {
  return [record.name, ...(record.legalNames ?? []), ...(record.shortNames ?? []), ...(record.aliases ?? []), ...(record.formerNames ?? []), ...(record.zh ?? []), ...(record.tickers ?? [])];
}

/** Case, width and compatibility forms folded ("ＡＢＣ" and "abc" match), for both sides of a search. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * The text a deal is searched in, folded: its parties' names and every name of their records in
 * `companies` (by id), and `shown`, the labels the page shows for it.
 */
export function dealSearchText(deal: DealRecord, companies: ReadonlyMap<string, Names>, shown: readonly (string | undefined)[]): string {
  const party = (p: DealParty) => [p.name, p.id, ...(p.id && companies.has(p.id) ? companyNames(companies.get(p.id)!) : [])];
  return foldForSearch([...party(deal.target), ...deal.investors.flatMap(party), deal.type, deal.round, deal.sector, deal.date, deal.origin, ...shown].filter(Boolean).join('\n'));
}

/** Whether every word of the query is in the folded text (words: split at spaces). */
export function matchesQuery(searchText: string, query: string): boolean {
  return foldForSearch(query).split(/\s+/).every((word) => searchText.includes(word));
}

/** One key per investor for the investor filter: its company id, or its name when it has none. */
export function partyKey(party: DealParty): string {
  return party.id ?? `name:${foldForSearch(party.name.trim())}`;
}

export function hasInvestor(deal: DealRecord, key: string): boolean {
  return deal.investors.some((p) => partyKey(p) === key);
}
