// Reads the deals a page reports once its highlights are painted, slice by slice on idle, from
// the mentions the scan already found; they go to the popup and (when capture is on) the store.
import { dealFromMention } from '../core/deals/merge-deals';
import { extractDeals } from '../core/deals/extract-deals';
import type { DealRecord } from '../core/types';
import type { PageSource } from '../messages/contract';
import type { PageScan } from './scan-page';

function idle(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => resolve(), { timeout: 2_000 });
      signal.addEventListener('abort', () => cancelIdleCallback(handle), { once: true });
    } else setTimeout(resolve, 50);
  });
}

export async function readDeals(scan: PageScan, source: PageSource, signal: AbortSignal): Promise<DealRecord[]> {
  const found = new Map<string, DealRecord>();
  for (const slice of scan.slices) {
    if (!slice.money.length || !slice.companies.length) continue;
    await idle(signal);
    if (signal.aborted) return [];
    const text = scan.page.text.slice(slice.from, slice.to);
    for (const mention of extractDeals(text, slice.money, slice.companies)) {
      const deal = dealFromMention(mention, slice.money, { url: source.url, title: source.title, date: source.date });
      if (deal && !found.has(deal.id)) found.set(deal.id, deal);
    }
  }
  return [...found.values()];
}
