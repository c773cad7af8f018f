// The same deal told twice in one article (headline and lead) is one deal; two rounds are two; a
// round told again in a later article is the same deal.
import { describe, expect, it } from 'vitest';
import { createCompanyMatcher, findCompanies } from '../companies';
import { findMentions } from '../find-mentions';
import { extractMoney } from '../money/extract-money';
import type { CompanyRecord } from '../types';
import { extractDeals } from './extract-deals';
import { mergeDeal, sameDeal } from './merge-deals';
import { dealsOfPage } from './page-deals';

const records: CompanyRecord[] = [
  { id: 'zhipu', name: 'Zhipu', kind: 'company' },
  { id: 'tencent', name: 'Tencent', kind: 'both' },
  { id: 'alibaba', name: 'Alibaba', kind: 'both' },
];
const matcher = createCompanyMatcher(records);
const deals = (text: string) => extractDeals(text, extractMoney(text), findCompanies(text, matcher));

describe('repeated reports', () => {
  it('merges a headline and a lead paragraph several paragraphs apart when they state the same amount', () => {
    const text = 'Zhipu raises $300 million\nBy a reporter\nPublished Tuesday\nShare this story\nZhipu raised $300 million in a round led by Tencent.';
    const found = deals(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ target: { id: 'zhipu' }, investors: [{ id: 'tencent', role: 'lead' }] });
  });

  it('keeps two rounds of one company apart when their amounts differ', () => {
    const text = 'Zhipu raised $300 million in a round led by Tencent.\nA\nB\nC\nLast year, Zhipu raised $100 million in a round led by Alibaba.';
    expect(deals(text).map((d) => d.investors[0]?.id)).toEqual(['tencent', 'alibaba']);
  });
});

// A round reported again months later (issue 17, item 5): "in February, Moonshot raised …" in a July
// article is the February round, dated February, with the July article as one more report of it.
describe('a round reported again months later', () => {
  const matcher = createCompanyMatcher([
    { id: 'moonshot', name: 'Moonshot', kind: 'company' },
    { id: 'alibaba', name: 'Alibaba', kind: 'both' },
    { id: 'tencent', name: 'Tencent', kind: 'both' },
  ]);
  const capture = (text: string, date: string) =>
    dealsOfPage([{ text, ...findMentions(text, { companies: matcher }) }], { url: `https://example.com/${date}`, publisher: 'Example', date });
  const february = capture('Moonshot raised $1 billion in a round led by Alibaba, the company said on Tuesday.', '2024-02-20');

  it('is dated by the month the July article gives and merges with the February report', () => {
    const [again] = capture('In February, Moonshot raised $1 billion led by Alibaba.', '2024-07-15');
    expect(again).toMatchObject({ date: '2024-02', target: { id: 'moonshot' }, amount: { currency: 'USD', amount: 1e9 } });
    expect(again!.sources[0]!.date).toBe('2024-07-15');
    expect(again!.id).toBe(february[0]!.id);
    expect(sameDeal(february[0]!, again!)).toBe(true);
    const merged = mergeDeal(february[0]!, again!);
    expect(merged.date).toBe('2024-02-20');
    expect(merged.sources.map((s) => s.date)).toEqual(['2024-02-20', '2024-07-15']);
  });

  it('merges a later report that gives no date of its own when it states the same amount', () => {
    const [again] = capture('Moonshot, which raised $1 billion in a round led by Alibaba, is hiring in Beijing.', '2024-07-15');
    expect(again).toMatchObject({ date: '2024-07-15', target: { id: 'moonshot' } });
    expect(sameDeal(february[0]!, again!)).toBe(true);
  });

  it('keeps a different amount months later a different round', () => {
    const [later] = capture('Moonshot raised $300 million in a round led by Tencent.', '2024-07-15');
    expect(later!.date).toBe('2024-07-15');
    expect(sameDeal(february[0]!, later!)).toBe(false);
  });
});
