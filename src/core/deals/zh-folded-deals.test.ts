import { describe, expect, it } from 'vitest';
import { companies } from '../../data/companies';
import { annotate } from '../annotate';
import { createCompanyMatcher } from '../companies';

const matcher = createCompanyMatcher(companies);

describe('deals on a traditional-character page', () => {
  it('reads the triggers of a Taiwan story as of a simplified one, and keeps the sentence as written', () => {
    const text = '弘晟科技今日宣布，已完成收購日本精密零件廠三友精工100%股權，交易金額約新台幣12億元。';
    const a = annotate(text, { companies: matcher, context: { lang: 'zh', date: '2025-05-07' } });
    expect(a.deals.map((d) => `${d.type} ${d.target.name} ← ${d.investors.map((i) => i.name).join(',')}`)).toEqual(['acquisition 三友精工 ← 弘晟科技']);
    expect(a.deals[0]?.text).toBe(text);
    expect(a.money[a.deals[0]!.money!]).toMatchObject({ currency: 'TWD', amount: 1_200_000_000 });
  });
});
