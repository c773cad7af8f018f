import type { DealRecord } from '../core/types';
import type { InventoryCompany, PageInventory } from '../messages/contract';
import type { ArticleDate } from './article-date';
import type { PageScan } from './scan-page';

/** What the popup lists: companies with counts (most mentioned first) and every amount shown, in page order. */
export function buildInventory(
  scan: PageScan | null,
  articleDate: ArticleDate | null,
  url: string,
  deals: DealRecord[],
  dealsComplete: boolean,
  shows: (m: PageScan['money'][number]) => boolean = () => true,
): Omit<PageInventory, 'run'> {
  const companies = new Map<string, InventoryCompany>();
  for (const { mention, index } of scan?.companies ?? []) {
    const entry = companies.get(mention.id);
    if (entry) entry.count += 1;
    else companies.set(mention.id, { id: mention.id, name: mention.name, count: 1, first: index });
  }
  return {
    url,
    articleDate,
    deals,
    dealsComplete,
    complete: scan?.complete ?? false,
    companies: [...companies.values()].sort((a, b) => b.count - a.count || a.first - b.first),
    money: (scan?.money ?? []).filter(shows).map(({ mention, index }) => ({
      index,
      text: mention.text,
      amount: mention.amount,
      ...(mention.amountMax !== undefined && { amountMax: mention.amountMax }),
      currency: mention.currency,
      currencyReason: mention.currencyReason,
      currencyBasis: mention.currencyBasis,
      ...(mention.approx && { approx: mention.approx }),
      ...(mention.equivalentOf !== undefined && { equivalentOf: mention.equivalentOf }),
    })),
  };
}
