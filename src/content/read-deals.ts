// Asks the background for the deals a page reports once its highlights are painted, on idle, with
// the stretches of text where an amount and a company meet and the mentions already found there;
// the background reads them (keeping deal extraction out of the page) and keeps them when capture
// is on. They come back for the popup and the cards.
import type { DealSlice } from '../core/deals/page-deals';
import type { DealRecord } from '../core/types';
import type { PageSource } from '../messages/contract';
import { RETRY_READS, sendToBackground } from '../messages/send';
import type { PageScan } from './scan-page';

function idle(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => resolve(), { timeout: 2_000 });
      signal.addEventListener('abort', () => cancelIdleCallback(handle), { once: true });
    } else setTimeout(resolve, 50);
  });
}

/**
 * About this much text per message, each sent on idle: a message is serialised on the page's main
 * thread, and one of a live blog's whole text (500,000 characters) made a 130 ms task (pages bench).
 */
const MAX_CHARS_PER_MESSAGE = 16_000;

export async function readDeals(scan: PageScan, source: PageSource, signal: AbortSignal): Promise<DealRecord[]> {
  const found = new Map<string, DealRecord>();
  let batch: DealSlice[] = [];
  let chars = 0;
  const send = async () => {
    if (!batch.length) return;
    const slices = batch;
    batch = [];
    chars = 0;
    // Capture merges a deal it already has, so asking again after a lost answer is safe.
    const { deals } = await sendToBackground('readPageDeals', { slices, source }, RETRY_READS);
    for (const deal of deals) if (!found.has(deal.id)) found.set(deal.id, deal);
  };
  for (const slice of scan.slices) {
    if (!slice.money.length || !slice.companies.length) continue;
    await idle(signal);
    if (signal.aborted) return [];
    const text = scan.page.text.slice(slice.from, slice.to);
    batch.push({ text, money: slice.money, companies: slice.companies });
    chars += text.length;
    if (chars >= MAX_CHARS_PER_MESSAGE) await send();
  }
  await send();
  return signal.aborted ? [] : [...found.values()];
}
