// An extra check on text we did not write: the news article DealLens was conceived from, kept outside
// the repository. vitest.config.ts includes this file only when DEALLENS_REFERENCE_ARTICLE names it.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { companies } from '../../src/data/companies';
import { createCompanyMatcher, findCompanies } from '../../src/core/companies';
import { extractDeals } from '../../src/core/deals/extract-deals';
import { extractMoney } from '../../src/core/money/extract-money';

const REFERENCE_ARTICLE = process.env.DEALLENS_REFERENCE_ARTICLE!;
const text = fs.readFileSync(REFERENCE_ARTICLE, 'utf8');
console.info(`reference-article check: ran against ${REFERENCE_ARTICLE}`);

describe('the reference article (outside the repository)', () => {
  const money = extractMoney(text, { lang: 'en', date: '2023-10-20' });
  const mentions = findCompanies(text, createCompanyMatcher(companies));
  const deals = extractDeals(text, money, mentions);

  it('finds its three amounts, the stated equivalent tied to the yuan', () => {
    expect(money.map((m) => [m.text, m.currency, m.amount])).toEqual([['2.5 billion yuan', 'CNY', 2.5e9], ['$342 million', 'USD', 3.42e8], ['$300 million', 'USD', 3e8]]);
    expect(money[1]!.equivalentOf).toBe(0);
  });

  it('links every company it names and none of its products, people and places', () => {
    expect(new Set(mentions.map((m) => m.id))).toEqual(
      new Set(['alibaba-group', 'tencent', 'zhipu-ai', 'ant-group', 'xiaomi', 'hongshan', 'meituan', 'openai', 'baichuan-ai', 'microsoft', 'google', 'baidu', 'nvidia']),
    );
    expect(mentions.filter((m) => m.id === 'zhipu-ai')).toHaveLength(8);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const word of ['ChatGPT', 'Ernie', 'GPT-4', 'Qingyan', 'Robin Li', 'Washington', 'Silicon Valley', 'Europe']) {
      expect(mentions.some((m) => m.text.includes(word)), word).toBe(false);
    }
  });

  it('reads the Zhipu round with its six investors, and Baichuan’s', () => {
    expect(deals.map((d) => [d.target.id, money[d.money!]?.text, d.investors.map((i) => i.id)])).toEqual([
      ['zhipu-ai', '2.5 billion yuan', ['alibaba-group', 'tencent', 'ant-group', 'xiaomi', 'hongshan', 'meituan']],
      ['baichuan-ai', '$300 million', []],
    ]);
  });
});
