// The deal evaluation set scored (issue 17, items 1 and 2): the development part only; the held-out
// part is scored by `npm run eval -- deals --held-out` at the end of a piece of work. The floors
// below are what the engine reaches today — a change that scores lower fails — and the issue's
// goals are printed beside them, MET or NOT MET, until they are reached and become the floors.
import { describe, expect, it } from 'vitest';
import { annotate, createCompanyMatcher, findCompanies } from '../../../src/core';
import { companies } from '../../../src/data/companies';
import { splitSet } from '../../held-out';
import { DEAL_PARAGRAPHS } from './index';
import { f1, scoreDeals } from './score-deals';

// (Floors of deals F1, zh F1 and investors F1 moved down with zh-fresh-7, 136 fresh Chinese paragraphs that scored F1 80.0, 73.7, 77.4, 50.0 before
// their rules: the set's figure, not the engine, fell; the engine reads the old 1,489 paragraphs as before.)
const FLOORS = { dealsF1: 0.979, enF1: 0.978, zhF1: 0.979, investorsF1: 0.976, amount: 0.99, valuation: 0.965, negativeHits: 0 };
const GOALS = { dealsF1: 0.85, recallPerType: 0.8, investorsF1: 0.85, amount: 0.95, valuation: 0.85 };

const matcher = createCompanyMatcher(companies);
const { dev } = splitSet(DEAL_PARAGRAPHS, (p) => p.id);
const scores = scoreDeals(
  dev,
  (p) => annotate(p.text, { companies: matcher, context: { lang: p.lang, date: p.date } }),
  (name) => findCompanies(name, matcher).map((m) => m.id),
);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const met = (ok: boolean) => (ok ? 'MET' : 'NOT MET');

describe('deal evaluation set (development part)', () => {
  it('holds its floors, and prints the issue goals', () => {
    const all = f1(scores.deals);
    const en = f1(scores.byLang.en!);
    const zh = f1(scores.byLang.zh!);
    const investors = f1(scores.investors);
    const amount = scores.amount.right / scores.amount.total;
    const valuation = scores.valuation.right / scores.valuation.total;
    const recalls = Object.entries(scores.byType).map(([type, p]) => [type, f1(p).recall] as const);
    console.info(
      [
        `deals: ${scores.paragraphs} paragraphs; F1 ${pct(all.f1)} (P ${pct(all.precision)}, R ${pct(all.recall)}) — goal ${pct(GOALS.dealsF1)} per language: ${met(en.f1 >= GOALS.dealsF1 && zh.f1 >= GOALS.dealsF1)}`,
        `  en F1 ${pct(en.f1)}, zh F1 ${pct(zh.f1)}`,
        `  recall by type: ${recalls.map(([t, r]) => `${t} ${pct(r)}`).join(', ')} — goal ${pct(GOALS.recallPerType)}: ${met(recalls.every(([, r]) => r >= GOALS.recallPerType))}`,
        `  investors F1 ${pct(investors.f1)} — goal ${pct(GOALS.investorsF1)}: ${met(investors.f1 >= GOALS.investorsF1)}`,
        `  amount ${pct(amount)} — goal ${pct(GOALS.amount)}: ${met(amount >= GOALS.amount)}; valuation ${pct(valuation)} — goal ${pct(GOALS.valuation)}: ${met(valuation >= GOALS.valuation)}`,
        `  deals read in paragraphs that report none: ${scores.negativeHits} — goal 0: ${met(scores.negativeHits === 0)}`,
      ].join('\n'),
    );
    expect(all.f1).toBeGreaterThanOrEqual(FLOORS.dealsF1);
    expect(en.f1).toBeGreaterThanOrEqual(FLOORS.enF1);
    expect(zh.f1).toBeGreaterThanOrEqual(FLOORS.zhF1);
    expect(investors.f1).toBeGreaterThanOrEqual(FLOORS.investorsF1);
    expect(amount).toBeGreaterThanOrEqual(FLOORS.amount);
    expect(valuation).toBeGreaterThanOrEqual(FLOORS.valuation);
    expect(scores.negativeHits).toBeLessThanOrEqual(FLOORS.negativeHits);
  });
});
