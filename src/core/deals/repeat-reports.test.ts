// The same deal told twice in one article (headline and lead) is one deal; two rounds are two.
import { describe, expect, it } from 'vitest';
import { createCompanyMatcher, findCompanies } from '../companies';
import { extractMoney } from '../money/extract-money';
import type { CompanyRecord } from '../types';
import { extractDeals } from './extract-deals';

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
