import { describe, expect, it } from 'vitest';
import type { ConversionAnswer, InventoryMoney } from '../messages/contract';
import { totalsByCurrency } from './totals';

const money = (index: number, amount: number, currency: string, extra: Partial<InventoryMoney> = {}): InventoryMoney => ({
  index,
  text: `${amount} ${currency}`,
  amount,
  currency,
  currencyReason: 'test',
  ...extra,
});
const today = (amount: number, currency = 'USD'): ConversionAnswer[] => [
  { day: 'today', askedDay: '2026-11-29', conversion: { amount, currency, rate: 1, rateDate: '2026-11-27', source: 'ECB' } as ConversionAnswer['conversion'] },
];

describe('totalsByCurrency', () => {
  it('sums each currency, leaves stated equivalents out and sums today’s conversions', () => {
    const list = [money(0, 2.5e9, 'CNY'), money(1, 342e6, 'USD', { equivalentOf: 0 }), money(2, 1e9, 'CNY', { amountMax: 1.5e9 }), money(3, 5e6, 'USD')];
    const totals = totalsByCurrency(list, { to: 'USD', rows: [today(345e6), today(342e6), today(140e6), today(5e6)] });
    expect(totals).toEqual([
      { currency: 'CNY', amount: 3.5e9, amountMax: 4e9, count: 2, converted: { amount: 485e6, currency: 'USD' } },
      { currency: 'USD', amount: 5e6, count: 1, converted: { amount: 5e6, currency: 'USD' } },
    ]);
  });
  it('gives no converted total when an amount did not convert', () => {
    const totals = totalsByCurrency([money(0, 1, 'CNY'), money(1, 2, 'CNY')], { to: 'USD', rows: [today(0.14), [{ day: 'today', askedDay: '2026-11-29', conversion: null }]] });
    expect(totals[0]).toEqual({ currency: 'CNY', amount: 3, count: 2 });
  });
});
