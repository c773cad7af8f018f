// Every deal's amount in the home currency at the deal's date, for the amount order: asked of the
// background in one convertEach request (one per AMOUNTS_PER_REQUEST amounts in a very large store),
// never one per row. A month-only date ("2023-10") is converted at the 15th, as the deal store dates it.
import type { Conversion, DealRecord } from '../core/types';
import type { BackgroundContract } from '../messages/contract';

type ConvertEach = BackgroundContract['convertEach'];

/** convertEach's own limit on one request (MAX_AMOUNTS in messages/schemas.ts, kept out of the page's bundle). */
export const AMOUNTS_PER_REQUEST = 10_000;

/** The calendar day a deal's amount is converted at, or undefined for a date that is not one. */
export function conversionDay(date: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-15`;
  return undefined;
}

/**
 * The conversion of each deal's amount (by deal id) into `to` at its date; deals without an amount, a
 * date or a rate are left out. The same amount at the same day is asked once.
 */
export async function homeAmounts(
  deals: readonly DealRecord[],
  to: string,
  ask: (request: ConvertEach['request']) => Promise<ConvertEach['response']>,
): Promise<Map<string, Conversion>> {
  const items: ConvertEach['request']['items'] = [];
  const itemOf = new Map<string, number>();
  const dealItems: [string, number][] = [];
  for (const deal of deals) {
    const day = deal.amount && conversionDay(deal.date);
    if (!deal.amount || !day) continue;
    const key = `${deal.amount.amount} ${deal.amount.currency} ${day}`;
    let i = itemOf.get(key);
    if (i === undefined) {
      i = items.push({ amount: { amount: deal.amount.amount, currency: deal.amount.currency }, day }) - 1;
      itemOf.set(key, i);
    }
    dealItems.push([deal.id, i]);
  }
  const answers: ConvertEach['response'] = [];
  for (let from = 0; from < items.length; from += AMOUNTS_PER_REQUEST) answers.push(...(await ask({ items: items.slice(from, from + AMOUNTS_PER_REQUEST), to })));
  const result = new Map<string, Conversion>();
  for (const [id, i] of dealItems) {
    const conversion = answers[i]?.conversion;
    if (conversion) result.set(id, conversion);
  }
  return result;
}
