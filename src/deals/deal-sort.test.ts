import { describe, expect, it } from 'vitest';
import type { DealRecord } from '../core/types';
import { nextSort, sortDeals, type SortView } from './deal-sort';

const deal = (id: string, date: string, amount?: [number, string], name = id): DealRecord => ({
  id,
  type: 'funding',
  target: { name },
  investors: [],
  ...(amount && { amount: { amount: amount[0], currency: amount[1] } }),
  date,
  sources: [],
  origin: 'bundled',
  confidence: 1,
});

// 1 CNY = 0.14 USD; "nope" has no rate.
const RATE: Record<string, number> = { USD: 1, CNY: 0.14 };
const view: SortView<DealRecord> = {
  homeAmount: (d) => (d.amount && RATE[d.amount.currency] !== undefined ? d.amount.amount * RATE[d.amount.currency]! : undefined),
  title: (d) => d.target.name,
  typeLabel: (d) => d.type,
  originLabel: (d) => d.origin,
  locale: 'en',
};

const deals = [
  deal('none-old', '2019-01-02'),
  deal('usd-300m', '2023-10-05', [300e6, 'USD']),
  deal('cny-2.5b', '2023-10', [2.5e9, 'CNY']),
  deal('no-rate', '2022-01-01', [5e9, 'XTS']),
  deal('usd-1b', '2016-05-01', [1e9, 'USD']),
  deal('none-new', '2024-03-01'),
];
const ids = (list: DealRecord[]) => list.map((d) => d.id);

describe('sortDeals', () => {
  it('sorts by the amount in the home currency, largest first, amounts without a rate and then deals without an amount last', () => {
    expect(ids(sortDeals(deals, { key: 'amount', descending: true }, view))).toEqual(['usd-1b', 'cny-2.5b', 'usd-300m', 'no-rate', 'none-new', 'none-old']);
  });

  it('keeps deals without an amount last when the amount order is turned round', () => {
    expect(ids(sortDeals(deals, { key: 'amount', descending: false }, view))).toEqual(['usd-300m', 'cny-2.5b', 'usd-1b', 'no-rate', 'none-new', 'none-old']);
  });

  it('sorts dates as days, a month-only date at mid-month', () => {
    expect(ids(sortDeals(deals, { key: 'date', descending: true }, view))).toEqual(['none-new', 'cny-2.5b', 'usd-300m', 'no-rate', 'none-old', 'usd-1b']);
  });

  it('sorts names in the interface language, ties newest first', () => {
    const named = [deal('b', '2020-01-01', undefined, '智谱'), deal('a', '2021-01-01', undefined, '百川智能'), deal('c', '2022-01-01', undefined, '智谱')];
    // Pinyin order: Baichuan (百) before Zhipu (智).
    expect(ids(sortDeals(named, { key: 'target', descending: false }, { ...view, locale: 'zh-CN' }))).toEqual(['a', 'c', 'b']);
  });

  it('does not change the list it is given', () => {
    const copy = [...deals];
    sortDeals(deals, { key: 'amount', descending: true }, view);
    expect(deals).toEqual(copy);
  });
});

describe('nextSort', () => {
  it('puts the largest and newest first on a first click, names A to Z, and turns the order round on a second click', () => {
    expect(nextSort({ key: 'date', descending: true }, 'amount')).toEqual({ key: 'amount', descending: true });
    expect(nextSort({ key: 'amount', descending: true }, 'date')).toEqual({ key: 'date', descending: true });
    expect(nextSort({ key: 'date', descending: true }, 'target')).toEqual({ key: 'target', descending: false });
    expect(nextSort({ key: 'amount', descending: true }, 'amount')).toEqual({ key: 'amount', descending: false });
  });
});
