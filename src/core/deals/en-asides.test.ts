import { describe, expect, it } from 'vitest';
import { blankAsides, recalledInAside } from './en-asides';
import { INTENT_WORDS } from './gaps';

const intent = (clause: string) => INTENT_WORDS.test(blankAsides(clause));

describe('blankAsides', () => {
  it('blanks what an aside says the company does', () => {
    expect(intent('Regensburg-based Hexwerk, which makes software for planning factory maintenance, has raised')).toBe(false);
    expect(intent('Tandem, a maker of tools for teams seeking to work faster, bought')).toBe(false);
  });
  it('keeps offsets', () => {
    const clause = 'Hexwerk, which makes software for planning, has raised';
    expect(blankAsides(clause)).toHaveLength(clause.length);
  });
  it('keeps intent outside an aside, and an aside that reports speech', () => {
    expect(intent('Hexwerk, a Regensburg startup, plans to raise')).toBe(true);
    expect(intent('Hexwerk, which said it plans to expand, is expected to raise')).toBe(true);
    expect(intent('Hexwerk, which said it was considering a sale, agreed to')).toBe(true);
    expect(intent('Kestrel Pay is said to be preparing')).toBe(true);
  });
});

describe('recalledInAside', () => {
  const at = (text: string, verb: string) => recalledInAside(text, 0, text.indexOf(verb), false);
  it('finds a deal without an amount told in a relative clause dated by a year', () => {
    expect(at('Corvane Systems, which bought Telluric Analytics in 2019, reported a loss.', 'bought')).toBe(true);
    expect(at('Kestrel Pay, which went public in March, reported revenue of $120 million.', 'went public')).toBe(true);
  });
  it('leaves a deal told with its price, and one not in an aside', () => {
    expect(recalledInAside('Ridgeway Health said the integration of Bayfront Care, which it bought for $5.3 billion last year, was ahead of schedule.', 0, 60, true)).toBe(false);
    expect(at('Corvane Systems bought Telluric Analytics in 2019.', 'bought')).toBe(false);
  });
});

