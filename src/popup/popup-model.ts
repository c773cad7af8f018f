// What the popup shows, worked out without the DOM or the extension API (tested in popup-model.test.ts):
// the counts line, the page's amounts grouped by value ("CN¥2.5B ×3": one round written three
// times), company names in the reader's language, and the related deals of the page's deals.

import type { DealRecord } from '../core/types';
import type { CompanyInfo, InventoryCompany, InventoryMoney, PageInventory } from '../messages/contract';
import { type CompanyTitle, type NameOf } from '../ui/company-name';
import { t } from '../platform/i18n';
import { pageKind } from '../platform/site-rules';

/** Pages no extension may annotate. */
export type NoRunKind = 'browser' | 'store' | 'pdf';

/**
 * Why DealLens cannot run on a tab, from its address (undefined when the browser hides it), or null
 * when it may. Opened from the toolbar, the popup sees the address of every page DealLens could run
 * on (activeTab); a hidden one is a browser page (chrome://, about:, another extension's page). Pointed
 * at another tab (?tabId), a hidden address may be a web page not allowed yet: it can be asked about.
 */
export function cannotRunKind(url: string | undefined, fromToolbar: boolean): NoRunKind | null {
  if (url === undefined) return fromToolbar ? 'browser' : null;
  const kind = pageKind(url);
  return kind === 'browser' || kind === 'store' || kind === 'pdf' ? kind : null;
}

/** "13 companies · 5 amounts · 2 deals": distinct companies, every amount shown, the page's deals. */
export function countsLine({ companies, money, deals }: Pick<PageInventory, 'companies' | 'money' | 'deals'>): string {
  return [
    companies.length === 1 ? t('popupCountCompany') : t('popupCountCompanies', companies.length),
    money.length === 1 ? t('popupCountAmount') : t('popupCountAmounts', money.length),
    deals.length === 1 ? t('popupCountDeal') : t('popupCountDeals', deals.length),
  ].join(' · ');
}

/** Mentions of one value (currency, amount or range, and qualifier), however the page words them. */
export interface AmountGroup {
  /** The first mention: the value converted and shown. */
  first: InventoryMoney;
  /** Indexes of every mention, in page order, for reveal. */
  indexes: number[];
  /** The page's wordings of it, each once ("2.5 billion yuan", "25亿元人民币"). */
  texts: string[];
}

/** The page's amounts grouped by value, in the order the page first gives each value. */
export function groupAmounts(money: readonly InventoryMoney[]): AmountGroup[] {
  const groups = new Map<string, AmountGroup>();
  for (const m of money) {
    const key = [m.currency, m.amount, m.amountMax ?? '', m.approx ?? ''].join(' ');
    const group = groups.get(key);
    if (!group) groups.set(key, { first: m, indexes: [m.index], texts: [m.text] });
    else {
      group.indexes.push(m.index);
      if (!group.texts.includes(m.text)) group.texts.push(m.text);
    }
  }
  return [...groups.values()];
}

/** Most companies whose records the popup asks for (each answer carries the company's related deals). */
export const MAX_NAMED_COMPANIES = 40;

/** Ids to ask the background about: the page's deals' parties first (their names and related deals), then the companies most mentioned. */
export function companyIdsToLookUp(inventory: Pick<PageInventory, 'companies' | 'deals'>): string[] {
  const parties = inventory.deals.flatMap((d) => [d.target, ...d.investors]).map((p) => p.id);
  const ids = [...parties, ...inventory.companies.map((c) => c.id)].filter((id): id is string => !!id);
  return [...new Set(ids)].slice(0, MAX_NAMED_COMPANIES);
}


/** A company on the page as a chip: its name, the other language's name, and how often the page names it. */
export interface CompanyChip extends CompanyTitle {
  id: string;
  count: number;
  /** Index of the first mention, for reveal. */
  first: number;
}

export function companyChips(companies: readonly InventoryCompany[], nameOf: NameOf): CompanyChip[] {
  return companies.map((c) => ({ id: c.id, count: c.count, first: c.first, ...nameOf(c) }));
}



/** Related deals listed before the rest are folded away. */
export const RELATED_SHOWN = 3;
const RELATED_MAX = 9;

/** Deals in the store like the page's deals (same investors, sector and stage), without the page's own, each once. */
export function relatedToPage(deals: readonly DealRecord[], records: ReadonlyMap<string, Pick<CompanyInfo, 'related'> | null>): CompanyInfo['related']['similar'] {
  const targets = [...new Set(deals.map((d) => d.target.id).filter((id): id is string => !!id))];
  const own = new Set(deals.map((d) => d.id));
  const seen = new Set<string>();
  return targets
    .flatMap((id) => records.get(id)?.related.similar ?? [])
    .filter(({ deal }) => !own.has(deal.id) && !targets.includes(deal.target.id ?? '') && !seen.has(deal.id) && seen.add(deal.id))
    .slice(0, RELATED_MAX);
}
