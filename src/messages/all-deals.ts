// Every deal in the store, for the extension's pages (the deals page, the backup): asked for page by
// page (listDeals), so no single message carries more than MAX_DEALS_PAGE deals however big the store.
import { MAX_DEALS_PAGE, type BackgroundContract } from './contract';

type ListDeals = BackgroundContract['listDeals'];

/**
 * Collects every page of listDeals, in id order. `ask` sends one request: on a page,
 * `(request) => sendToBackground('listDeals', request)` (passed in, so Node tests can answer it with a
 * real handler over a real store).
 */
export async function allDeals(ask: (request: ListDeals['request']) => Promise<ListDeals['response']>, pageSize = MAX_DEALS_PAGE): Promise<ListDeals['response']['deals']> {
  const deals: ListDeals['response']['deals'] = [];
  let after: string | undefined;
  for (;;) {
    const page = await ask(after === undefined ? { limit: pageSize } : { limit: pageSize, after });
    deals.push(...page.deals);
    if (page.next === null || page.deals.length === 0) return deals;
    after = page.next;
  }
}
