import { describe, expect, it } from 'vitest';
import { blankAsides } from './en-asides';
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
