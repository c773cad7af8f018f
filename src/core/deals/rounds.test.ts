import { describe, expect, it } from 'vitest';
import { findRounds, nearestRound } from './rounds';

const rounds = (text: string) => findRounds(text, 0, text.length).map((r) => r.round);

describe('findRounds', () => {
  it('normalizes English round names', () => {
    expect(rounds('a Series B round, series c+ funding, pre-Series A, a seed round, angel investment, pre-IPO, a strategic investment'))
      .toEqual(['Series B', 'Series C+', 'Pre-Series A', 'Seed', 'Angel', 'Pre-IPO', 'Strategic']);
  });

  it('keeps a numbered tranche of a round as its own round', () => {
    expect(rounds('a Series E-2 round, a Series A-stage company')).toEqual(['Series E-2', 'Series A']);
  });

  it('keeps an extension apart from the round it extends', () => {
    expect(rounds('an A$6 million Series A extension, after an A$18 million Series A')).toEqual(['Series A extension', 'Series A']);
  });

  it('does not read common words as rounds', () => {
    expect(rounds('a series of deals, seed companies, an angel of mercy, strategic goals')).toEqual([]);
  });

  it('normalizes Chinese round names to the same forms', () => {
    expect(rounds('B轮融资、A+轮、Pre-A轮、天使轮、种子轮、战略融资、Pre-IPO轮、天使+轮、种子+轮')).toEqual([
      'Series B', 'Series A+', 'Pre-Series A', 'Angel', 'Seed', 'Strategic', 'Pre-IPO', 'Angel+', 'Seed+',
    ]);
  });

  it('picks the round nearest the anchor', () => {
    const text = 'a seed round earlier, now a Series A of $5 million';
    expect(nearestRound(text, 0, text.length, text.indexOf('$5'))).toBe('Series A');
  });
});
