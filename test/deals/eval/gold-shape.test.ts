// The evaluation set is well formed: unique ids, names that occur in the text, sane amounts, and
// negatives that report nothing. Checks the data, not the engine.
import { describe, expect, it } from 'vitest';
import { DEAL_PARAGRAPHS } from './index';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH_OR_DAY = /^\d{4}-\d{2}(-\d{2})?$/;
const CODE = /^[A-Z]{3}$/;

describe('deal evaluation set', () => {
  it('has the size and spread issue 17 asks for', () => {
    const all = DEAL_PARAGRAPHS;
    const deals = all.flatMap((p) => p.deals);
    const count = (types: string[]) => deals.filter((d) => types.includes(d.type)).length;
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(all.filter((p) => p.lang === 'zh').length).toBeGreaterThanOrEqual(100);
    expect(count(['ipo'])).toBeGreaterThanOrEqual(60);
    expect(count(['acquisition', 'stake-sale', 'merger'])).toBeGreaterThanOrEqual(60);
    expect(all.filter((p) => p.deals.length >= 2).length).toBeGreaterThanOrEqual(40);
    expect(all.filter((p) => p.deals.length === 0).length / all.length).toBeGreaterThanOrEqual(0.3);
    expect(new Set(all.map((p) => p.style)).size).toBeGreaterThanOrEqual(25);
  });

  it('has unique ids', () => {
    const ids = DEAL_PARAGRAPHS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const p of DEAL_PARAGRAPHS) {
    it(`${p.id} is well formed`, () => {
      expect(p.date).toMatch(ISO_DAY);
      expect(p.style.length).toBeGreaterThan(1);
      expect(p.lang === 'zh' ? /[\u4e00-\u9fff]/.test(p.text) : /^[^\u4e00-\u9fff]*$/.test(p.text)).toBe(true);
      if (p.deals.length === 0) expect(p.negative, 'a paragraph without deals says what it is').toBeDefined();
      else expect(p.negative).toBeUndefined();
      for (const d of p.deals) {
        expect(d.target.length).toBeGreaterThan(0);
        for (const t of d.target) expect(p.text, `target "${t}"`).toContain(t);
        for (const party of d.parties) expect(p.text, `party "${party.name}"`).toContain(party.name);
        for (const a of [d.amount, d.valuation]) {
          if (!a) continue;
          expect(a.currency).toMatch(CODE);
          expect(a.amount).toBeGreaterThan(0);
          if (a.amountMax !== undefined) expect(a.amountMax).toBeGreaterThan(a.amount);
        }
        if (d.date) expect(d.date).toMatch(ISO_MONTH_OR_DAY);
        const names = d.parties.map((x) => x.name);
        expect(new Set(names).size, 'each party once').toBe(names.length);
      }
    });
  }
});
