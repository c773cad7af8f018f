import { describe, expect, it } from 'vitest';
import type { CompanyRecord, DealRecord } from '../core/types';
import { companyNames, dealSearchText, hasInvestor, matchesQuery, partyKey } from './deal-search';

// As in the company data (src/data/companies/ai.json, vc-pe.json).
const zhipu: CompanyRecord = {
  id: 'zhipu-ai',
  name: 'Zhipu AI',
  legalNames: ['Beijing Zhipu Huazhang Technology Co., Ltd.'],
  shortNames: ['Zhipu'],
  aliases: ['Z.ai'],
  zh: ['智谱', '智谱AI', '北京智谱华章科技有限公司'],
  kind: 'company',
};
const hongshan: CompanyRecord = { id: 'hongshan', name: 'HongShan', aliases: ['HongShan Capital Group', 'HSG'], formerNames: ['Sequoia China', 'Sequoia Capital China'], zh: ['红杉中国'], kind: 'investor' };
const companies = new Map([zhipu, hongshan].map((c) => [c.id, c]));

const deal: DealRecord = {
  id: 'zhipu-ai-2023-10-funding',
  type: 'funding',
  target: { id: 'zhipu-ai', name: 'Zhipu AI' },
  investors: [{ id: 'hongshan', name: 'HongShan' }, { name: 'Some Angel', role: 'lead' }],
  amount: { currency: 'CNY', amount: 2.5e9 },
  round: 'Series B',
  date: '2023-10',
  sources: [],
  origin: 'bundled',
  confidence: 1,
};
const text = dealSearchText(deal, companies, ['融资', '内置']);

describe('deal search', () => {
  it('finds a deal by the Chinese name of its company (智谱), and by every other name in the data', () => {
    for (const query of ['智谱', '北京智谱华章', 'Beijing Zhipu Huazhang Technology', 'z.ai', 'zhipu huazhang', 'ZHIPU', '智谱ai']) expect(matchesQuery(text, query), query).toBe(true);
  });

  it("finds it by its investors' names of the data, former and Chinese ones included", () => {
    for (const query of ['Sequoia China', '红杉中国', 'some angel']) expect(matchesQuery(text, query), query).toBe(true);
  });

  it('finds it by the shown labels, the round and the year, every word of the query', () => {
    expect(matchesQuery(text, '融资 2023')).toBe(true);
    expect(matchesQuery(text, 'series b zhipu')).toBe(true);
    expect(matchesQuery(text, 'zhipu 2024')).toBe(false);
    expect(matchesQuery(text, '百川')).toBe(false);
  });

  it('folds full-width forms', () => {
    expect(matchesQuery(text, 'ＺＨＩＰＵ')).toBe(true);
  });

  it('lists every name of a record', () => {
    expect(companyNames(hongshan)).toEqual(['HongShan', 'HongShan Capital Group', 'HSG', 'Sequoia China', 'Sequoia Capital China', '红杉中国']);
  });
});

describe('investor filter', () => {
  it('keys an investor by its company id, or by its name when it has none', () => {
    expect(partyKey({ id: 'hongshan', name: 'HongShan' })).toBe('hongshan');
    expect(partyKey({ name: ' Some Angel ' })).toBe('name:some angel');
    expect(hasInvestor(deal, 'hongshan')).toBe(true);
    expect(hasInvestor(deal, 'name:some angel')).toBe(true);
    expect(hasInvestor(deal, 'zhipu-ai')).toBe(false);
  });
});
