// Integration: the reference article run through the real money and company extractors, then deals.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { companies } from '../../data/companies';
import { createCompanyMatcher, findCompanies } from '../companies';
import { extractMoney } from '../money/extract-money';
import { extractDeals } from './extract-deals';

const REFERENCE = fileURLToPath(new URL('../../../../shared/fixtures/zhipu-funding-2023.txt', import.meta.url));

describe('reference article (real money and company extractors)', () => {
  const text = readFileSync(REFERENCE, 'utf8');
  const money = extractMoney(text, { lang: 'en', date: '2023-10-20' });
  const found = findCompanies(text, createCompanyMatcher(companies));
  const deals = extractDeals(text, money, found);

  it('finds exactly two deals: Zhipu and Baichuan', () => {
    expect(deals.map((d) => [d.type, d.target.id])).toEqual([
      ['funding', 'zhipu-ai'],
      ['funding', 'baichuan-ai'],
    ]);
  });

  it('gives Zhipu its 2.5 billion yuan and the six investors of the first two sentences', () => {
    const zhipu = deals[0]!;
    expect(money[zhipu.money!]?.text).toBe('2.5 billion yuan');
    expect(zhipu.investors.map((i) => i.id)).toEqual(['alibaba-group', 'tencent', 'ant-group', 'xiaomi', 'hongshan', 'meituan']);
    expect(zhipu.text).toMatch(/^In a resounding display.*into the AI startup Zhipu\.$/);
  });

  it('gives Baichuan the $300 million, not Zhipu', () => {
    const baichuan = deals[1]!;
    expect(money[baichuan.money!]?.text).toBe('$300 million');
    expect(baichuan.text).toContain('funding effort for Zhipu’s rival, Baichuan');
  });
});
