// Public evaluation of company recognition (issue 4, item 6): paragraphs of deal news written in
// our own words (paragraphs.ts), scored against the bundled data. Prints mention precision, recall
// and F1 by overlap and exact span, and linked F1; fails below overlap F1 0.995 or linked F1 0.995 (the scores reached).
import { describe, expect, it } from 'vitest';
import { createCompanyMatcher, findCompanies } from '../../src/core/companies';
import { companies } from '../../src/data/companies';
import { PARAGRAPHS } from './paragraphs';
import { parseGold } from './parse-gold';
import { scoreOf, scoreParagraph, type Counts, type ParagraphErrors } from './score-mentions';

const GOALS = { overlapF1: 0.995, linkedF1: 0.995 };

const gold = PARAGRAPHS.map(parseGold);
const matcher = createCompanyMatcher(companies);
const counts: Counts = { gold: 0, predicted: 0, exact: 0, overlap: 0, linked: 0 };
const errors: ParagraphErrors[] = gold.map((g, i) => scoreParagraph(g, findCompanies(g.text, matcher), i + 1, counts));
const overlap = scoreOf(counts.overlap, counts.predicted, counts.gold);
const exact = scoreOf(counts.exact, counts.predicted, counts.gold);
const linked = scoreOf(counts.linked, counts.predicted, counts.gold);
const negatives = gold.reduce((n, g) => n + g.negatives.length, 0);
const negativesHit = errors.reduce((n, e) => n + e.negativesHit.length, 0);

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const line = (label: string, s: { precision: number; recall: number; f1: number }) =>
  `  ${label.padEnd(8)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`;

describe('company recognition on the evaluation paragraphs', () => {
  it('has enough material: 30+ paragraphs, 150+ mentions, hard negatives, ids that exist', () => {
    expect(gold.length).toBeGreaterThanOrEqual(30);
    expect(counts.gold).toBeGreaterThanOrEqual(150);
    expect(negatives).toBeGreaterThanOrEqual(40);
    const ids = new Set(companies.map((c) => c.id));
    for (const g of gold) for (const m of g.mentions) if (!m.id.startsWith('new:')) expect(ids.has(m.id), m.id).toBe(true);
  });

  it(`scores at least overlap F1 ${GOALS.overlapF1} and linked F1 ${GOALS.linkedF1}`, () => {
    const report = [
      `company mentions: ${gold.length} paragraphs, ${counts.gold} gold, ${counts.predicted} predicted; hard negatives hit ${negativesHit}/${negatives}`,
      line('overlap', overlap),
      line('exact', exact),
      line('linked', linked),
      ...errors
        .filter((e) => e.missed.length + e.spurious.length + e.wrongSpan.length + e.wrongLink.length > 0)
        .map((e) =>
          [`  #${e.index}`, e.missed.length ? `missed: ${e.missed.join('; ')}` : '', e.spurious.length ? `spurious: ${e.spurious.join('; ')}` : '',
            e.wrongSpan.length ? `span: ${e.wrongSpan.join('; ')}` : '', e.wrongLink.length ? `link: ${e.wrongLink.join('; ')}` : '']
            .filter(Boolean)
            .join('  '),
        ),
    ];
    console.info(report.join('\n'));
    expect(overlap.f1).toBeGreaterThanOrEqual(GOALS.overlapF1);
    expect(linked.f1).toBeGreaterThanOrEqual(GOALS.linkedF1);
  });
});
