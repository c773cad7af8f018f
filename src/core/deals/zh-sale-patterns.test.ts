// The seller-side Chinese sale (zh-sale-patterns.ts), tested by its examples: "type|target|buyer" (no buyer: "-").
import { describe, expect, it } from 'vitest';
import { companies } from '../../data/companies';
import { annotate } from '../annotate';
import { createCompanyMatcher } from '../companies';

const EXAMPLES: [string, string, string[]][] = [
  ['阿里巴巴已与雅戈尔签署协议，以约74亿元出售所持银泰商业集团的全部股权。', 'acquisition|银泰商业集团|雅戈尔', ['银泰商业集团', '雅戈尔']],
  ['恒远电气以6亿元向澜拓新能源出售其持有的华辰电子30%股权。', 'stake-sale|华辰电子|澜拓新能源', ['恒远电气', '澜拓新能源', '华辰电子']],
  ['恒远电气以8亿元出售所持华辰电子45%股份。', 'stake-sale|华辰电子|-', ['恒远电气', '华辰电子']],
  ['恒远电气以8亿元向澜拓新能源出让所持华辰电子45%股份。', 'stake-sale|华辰电子|澜拓新能源', ['恒远电气', '澜拓新能源', '华辰电子']],
];

const NOT_SALES: [string, string[]][] = [
  // A plan, a sale called off, a sale with neither buyer nor price.
  ['恒远电气拟出售所持华辰电子45%股份。', ['恒远电气', '华辰电子']],
  ['恒远电气宣布终止出售所持华辰电子45%股份。', ['恒远电气', '华辰电子']],
  ['恒远电气出售所持华辰电子全部股权。', ['恒远电气', '华辰电子']],
];

const matcherFor = (names: string[]) => createCompanyMatcher([...names.map((name, i) => ({ id: `example-${i}`, name, kind: 'company' as const })), ...companies]);

describe('a Chinese sale told from the seller', () => {
  for (const [sentence, expected, names] of EXAMPLES) {
    it(sentence, () => {
      const [type, target, buyer] = expected.split('|') as [string, string, string];
      const deals = annotate(sentence, { companies: matcherFor(names), context: { lang: 'zh' } }).deals;
      const deal = deals.find((d) => d.target.name === target);
      expect(deal?.type, JSON.stringify(deals)).toBe(type);
      expect(deal!.investors.map((i) => i.name)).toEqual(buyer === '-' ? [] : [buyer]);
      expect(deal!.money, 'the price').toBeDefined();
    });
  }
  for (const [sentence, names] of NOT_SALES) {
    it(`no deal: ${sentence}`, () => {
      expect(annotate(sentence, { companies: matcherFor(names), context: { lang: 'zh' } }).deals).toEqual([]);
    });
  }
});
