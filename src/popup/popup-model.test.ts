import { describe, expect, it } from 'vitest';
import { readPackagedFile } from '../../test/fixtures';
import type { CompanyRecord, DealRecord } from '../core/types';
import type { CompanyInfo, InventoryCompany, InventoryMoney } from '../messages/contract';
import { namesFrom, withLocalNames } from '../ui/company-name';
import { dealInvestors } from '../ui/deal-summary';
import {
  cannotRunKind, companyChips, companyIdsToLookUp, countsLine, groupAmounts, MAX_NAMED_COMPANIES, relatedToPage,
} from './popup-model';

const money = (index: number, text: string, amount: number, currency: string, extra: Partial<InventoryMoney> = {}): InventoryMoney => ({
  index, text, amount, currency, currencyReason: 'stated', currencyBasis: { by: 'written' }, ...extra,
});

/** The demo article's amounts, in page order: one round of 2.5 billion yuan, written three times. */
const ARTICLE_MONEY = [
  money(0, '2.5 billion yuan', 2.5e9, 'CNY'),
  money(1, '2.5 billion yuan', 2.5e9, 'CNY'),
  money(2, '$342 million', 342e6, 'USD', { equivalentOf: 1 }),
  money(3, '$300 million', 300e6, 'USD'),
  money(4, '25亿元人民币', 2.5e9, 'CNY'),
];

const deal = (id: string, target: { id?: string; name: string }, investors: DealRecord['investors'] = []): DealRecord => ({
  id, type: 'funding', target, investors, date: '2023-10', sources: [], origin: 'bundled', confidence: 1,
});

/** The bundled company records, as the background gives them to the popup (lookupCompanies). */
const companies = (await readPackagedFile('data/company-records.generated.jsonl')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as CompanyRecord);
const company = (id: string, count: number, first: number): InventoryCompany => ({ id, name: companies.find((c) => c.id === id)!.name, count, first });
const records = new Map<string, CompanyInfo | null>(
  ['zhipu-ai', 'baichuan-ai', 'alibaba-group', 'tencent'].map((id) => [id, { ...companies.find((c) => c.id === id)!, related: { timeline: [], investorDeals: [], similar: [] } }]),
);

describe('cannotRunKind', () => {
  it('says which pages no extension may annotate, from their address', () => {
    expect(cannotRunKind('chrome://version/', false)).toBe('browser');
    expect(cannotRunKind('about:addons', false)).toBe('browser');
    expect(cannotRunKind('chrome-extension://abc/src/options/options.html', false)).toBe('browser');
    expect(cannotRunKind('https://chromewebstore.google.com/detail/x', false)).toBe('store');
    expect(cannotRunKind('https://example.com/report.pdf', false)).toBe('pdf');
    expect(cannotRunKind('https://example.com/news', true)).toBeNull();
  });

  it('takes a hidden address for a browser page when opened from the toolbar (activeTab shows every other), and not when pointed at another tab', () => {
    expect(cannotRunKind(undefined, true)).toBe('browser');
    expect(cannotRunKind(undefined, false)).toBeNull();
  });
});

describe('countsLine', () => {
  it('counts companies, every amount shown and the deals, in the singular for one', () => {
    const companyList = Array.from({ length: 13 }, (_, i) => ({ id: `c${i}`, name: `C${i}`, count: 1, first: i }));
    expect(countsLine({ companies: companyList, money: ARTICLE_MONEY, deals: [deal('a', { name: 'A' }), deal('b', { name: 'B' })] })).toBe('13 companies · 5 amounts · 2 deals');
    expect(countsLine({ companies: companyList.slice(0, 1), money: ARTICLE_MONEY.slice(0, 1), deals: [deal('a', { name: 'A' })] })).toBe('1 company · 1 amount · 1 deal');
    expect(countsLine({ companies: [], money: [], deals: [] })).toBe('0 companies · 0 amounts · 0 deals');
  });
});

describe('groupAmounts', () => {
  it('groups mentions of one value, however worded, in the order the page first gives each value', () => {
    const groups = groupAmounts(ARTICLE_MONEY);
    expect(groups.map((g) => [g.first.currency, g.first.amount, g.indexes])).toEqual([
      ['CNY', 2.5e9, [0, 1, 4]],
      ['USD', 342e6, [2]],
      ['USD', 300e6, [3]],
    ]);
    expect(groups[0]!.texts).toEqual(['2.5 billion yuan', '25亿元人民币']);
  });

  it('keeps apart the same number in another currency, a range, and a qualified amount', () => {
    const groups = groupAmounts([
      money(0, '$5 million', 5e6, 'USD'),
      money(1, 'HK$5 million', 5e6, 'HKD'),
      money(2, '$5-6 million', 5e6, 'USD', { amountMax: 6e6 }),
      money(3, 'about $5 million', 5e6, 'USD', { approx: 'about' }),
      money(4, '5 million dollars', 5e6, 'USD'),
    ]);
    expect(groups.map((g) => g.indexes)).toEqual([[0, 4], [1], [2], [3]]);
  });
});

describe('company names in the reader’s language', () => {
  const chips = (locale: string) => companyChips([company('zhipu-ai', 6, 2), company('baichuan-ai', 1, 13), { id: 'user-acme', name: 'Acme', count: 2, first: 20 }], namesFrom(records, locale));

  it('puts the data’s Chinese names on the chips of a Chinese interface, the English one as subtitle', () => {
    expect(chips('zh-CN')).toEqual([
      { id: 'zhipu-ai', count: 6, first: 2, title: '智谱', subtitle: 'Zhipu AI' },
      { id: 'baichuan-ai', count: 1, first: 13, title: '百川智能', subtitle: 'Baichuan AI' },
      { id: 'user-acme', count: 2, first: 20, title: 'Acme' },
    ]);
  });

  it('keeps the canonical names elsewhere', () => {
    expect(chips('en-US').map((c) => [c.title, c.subtitle])).toEqual([['Zhipu AI', undefined], ['Baichuan AI', undefined], ['Acme', undefined]]);
  });

  it('names a deal’s parties in Chinese and joins its investors with "、"', () => {
    const round = deal('zhipu', { id: 'zhipu-ai', name: 'Zhipu AI' }, [{ id: 'alibaba-group', name: 'Alibaba Group' }, { id: 'tencent', name: 'Tencent' }, { name: 'HongShan' }]);
    const named = withLocalNames(round, namesFrom(records, 'zh-CN'));
    expect(named.target.name).toBe('智谱');
    expect(dealInvestors(named, 'zh-CN')).toBe('阿里巴巴、腾讯和HongShan');
    expect(dealInvestors(withLocalNames(round, namesFrom(records, 'en')), 'en')).toBe('Alibaba Group, Tencent, and HongShan');
  });

  it('marks the lead and says how many more investors there are beyond the first four', () => {
    const many = deal('x', { name: 'X' }, [{ name: 'A', role: 'lead' }, { name: 'B' }, { name: 'C' }, { name: 'D' }, { name: 'E' }, { name: 'F' }]);
    expect(dealInvestors(many, 'en')).toBe('A (lead), B, C, D, and 2 more');
  });

  it('asks about the deals’ parties first, then the companies most mentioned, each once and within a limit', () => {
    const inventory = {
      deals: [deal('d', { id: 'zhipu-ai', name: 'Zhipu AI' }, [{ id: 'tencent', name: 'Tencent' }, { name: 'No Id' }])],
      companies: [company('alibaba-group', 3, 0), company('zhipu-ai', 6, 2), ...Array.from({ length: 60 }, (_, i) => ({ id: `c${i}`, name: `C${i}`, count: 1, first: 30 + i }))],
    };
    const ids = companyIdsToLookUp(inventory);
    expect(ids.slice(0, 4)).toEqual(['zhipu-ai', 'tencent', 'alibaba-group', 'c0']);
    expect(ids).toHaveLength(MAX_NAMED_COMPANIES);
  });
});

describe('relatedToPage', () => {
  it('gathers the deals like the page’s, without the page’s own or its targets’, each once', () => {
    const page = [deal('zhipu-round', { id: 'zhipu-ai', name: 'Zhipu AI' }), deal('baichuan-round', { id: 'baichuan-ai', name: 'Baichuan AI' })];
    const like = (id: string, target = `${id}-co`) => ({ deal: deal(id, { id: target, name: id }), reason: { shared: [id] } });
    const related = (...similar: ReturnType<typeof like>[]) => ({ related: { timeline: [], investorDeals: [], similar } });
    const found = new Map<string, Pick<CompanyInfo, 'related'> | null>([
      // Baichuan's round is like Zhipu's, and on the page; so is a deal of Baichuan's not on the page.
      ['zhipu-ai', related(like('minimax'), like('moonshot'), { deal: page[1]!, reason: { shared: ['Alibaba'] } }, like('baichuan-2024', 'baichuan-ai'))],
      ['baichuan-ai', related(like('moonshot'), like('stepfun'))],
    ]);
    expect(relatedToPage(page, found).map(({ deal: d }) => d.id)).toEqual(['minimax', 'moonshot', 'stepfun']);
    expect(relatedToPage(page, new Map())).toEqual([]);
  });
});
