import { describe, expect, it } from 'vitest';
import { openingsOf } from './name-openings';

const m = (text: string, id: string) => ({ start: 0, end: text.length, text, id, name: text });

describe('openings of the data names on a page', () => {
  it('maps each shorter opening of a multi-word data name to it, the first one winning', () => {
    const openings = openingsOf([m('Trafalgar House Plc', 'trafalgar-house'), m('Hang Seng Bank', 'hang-seng-bank'), m('Hang Seng Index Co', 'other')]);
    expect(openings.get('Trafalgar')?.id).toBe('trafalgar-house');
    expect(openings.get('Trafalgar House')?.id).toBe('trafalgar-house');
    expect(openings.get('Hang Seng')?.id).toBe('hang-seng-bank');
    expect(openings.has('Trafalgar House Plc')).toBe(false);
  });

  it('ignores unknown companies and one-word names', () => {
    expect(openingsOf([m('Kolberg Mining', 'unknown:kolberg-mining'), m('Glaxo', 'glaxo')]).size).toBe(0);
  });
});
