import { describe, expect, it } from 'vitest';
import type { CompanyMention } from '../types';
import { dropBrandsBeforeMaker, isBrandMakerGap } from './en-brand-maker';

function mentions(text: string, names: string[]): CompanyMention[] {
  return names.map((name) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, name, id: `unknown:${name.toLowerCase()}` };
  });
}

describe('dropBrandsBeforeMaker', () => {
  it('drops brands that describe the company after them', () => {
    const text = 'Mars has agreed to buy Pringles and Cheez-It maker Kellanova for $83.50 per share.';
    expect(dropBrandsBeforeMaker(text, mentions(text, ['Mars', 'Pringles', 'Cheez-It', 'Kellanova'])).map((c) => c.name)).toEqual(['Mars', 'Kellanova']);
    const owner = 'Kestrel Holdings bought Lumo owner Brightline Foods.';
    expect(dropBrandsBeforeMaker(owner, mentions(owner, ['Kestrel Holdings', 'Lumo', 'Brightline Foods'])).map((c) => c.name)).toEqual(['Kestrel Holdings', 'Brightline Foods']);
  });
  it('keeps parties joined by a verb or a preposition', () => {
    const text = 'Kestrel Holdings and Marlow Foods agreed to merge; Acme bought Brightline from its maker Zeta.';
    const names = ['Kestrel Holdings', 'Marlow Foods', 'Acme', 'Brightline', 'Zeta'];
    expect(dropBrandsBeforeMaker(text, mentions(text, names)).map((c) => c.name)).toEqual(names);
  });
});

describe('isBrandMakerGap', () => {
  it('reads brands and what the company is', () => {
    expect(isBrandMakerGap(' Pringles and Cheez-It maker ')).toBe(true);
    expect(isBrandMakerGap(' Oreo maker ')).toBe(true);
    expect(isBrandMakerGap(' Jameson, Absolut and Beefeater owner ')).toBe(true);
  });
  it('refuses other words', () => {
    expect(isBrandMakerGap(' a stake in ')).toBe(false);
    expect(isBrandMakerGap(' Acme from its maker ')).toBe(false);
  });
});
