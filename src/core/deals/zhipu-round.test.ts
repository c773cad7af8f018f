// Integration: the Zhipu round, as our demo article and as a wire-style story, run through the real
// money and company extractors, then deals.
import { describe, expect, it } from 'vitest';
import { demoArticle, ZHIPU_WIRE_STORY } from '../../../test/fixtures';
import { companies } from '../../data/companies';
import { createCompanyMatcher, findCompanies } from '../companies';
import { extractMoney } from '../money/extract-money';
import { extractDeals } from './extract-deals';

const matcher = createCompanyMatcher(companies);
const read = (text: string) => {
  const money = extractMoney(text, { lang: 'en', date: '2023-10-20' });
  return { money, deals: extractDeals(text, money, findCompanies(text, matcher)) };
};
const SIX_INVESTORS = ['alibaba-group', 'tencent', 'ant-group', 'xiaomi', 'hongshan', 'meituan'];

describe('the wire-style story (real money and company extractors)', () => {
  const { money, deals } = read(ZHIPU_WIRE_STORY);

  it('finds exactly two deals: Zhipu and Baichuan', () => {
    expect(deals.map((d) => [d.type, d.target.id])).toEqual([
      ['funding', 'zhipu-ai'],
      ['funding', 'baichuan-ai'],
    ]);
  });

  it('gives Zhipu its 2.5 billion yuan and the six investors of the first two sentences', () => {
    const zhipu = deals[0]!;
    expect(money[zhipu.money!]?.text).toBe('2.5 billion yuan');
    expect(zhipu.investors.map((i) => i.id)).toEqual(SIX_INVESTORS);
    expect(zhipu.text).toMatch(/^Alibaba Group Holding Ltd\..*into the AI start-up Zhipu\.$/);
  });

  it('gives Baichuan the $300 million, not Zhipu', () => {
    const baichuan = deals[1]!;
    expect(money[baichuan.money!]?.text).toBe('$300 million');
    expect(baichuan.text).toContain('funding effort for Zhipu’s rival, Baichuan');
  });
});

describe('the demo article (real money and company extractors)', () => {
  const { money, deals } = read(demoArticle().text);

  it('finds the same two deals, with the body’s amounts', () => {
    expect(deals.map((d) => [d.type, d.target.id, money[d.money!]?.text])).toEqual([
      ['funding', 'zhipu-ai', '2.5 billion yuan'],
      ['funding', 'baichuan-ai', '$300 million'],
    ]);
    expect(deals[0]!.text).toMatch(/^Alibaba Group Holding Ltd\. .* this year\.$/);
  });

  it('names no investor the round did not have', () => {
    // "are among a group of backers that have put …" and "The other investors named in the round are …"
    // are not read yet (issue: deals, investors outside the verb's reach); what is read must be right.
    for (const d of deals) for (const i of d.investors) expect(SIX_INVESTORS).toContain(i.id);
  });
});
