// The words that make a deal read in a sentence none: here, a deal undone later in its own sentence (session dealsen18).
import { describe, expect, it } from 'vitest';
import { annotate, createCompanyMatcher } from '../index';
import { companies } from '../../data/companies';
import { undoneLater } from './intent-check';

const matcher = createCompanyMatcher(companies);
const read = (text: string) => annotate(text, { companies: matcher, context: { lang: 'en', date: '2026-06-01' } }).deals.map((d) => `${d.type} ${d.target.name}`);

describe('undoneLater', () => {
  it('reads a "but" clause that says the deal was undone', () => {
    expect(undoneLater(' Telluric Analytics for $2 billion last year, but the deal collapsed in March.')).toBe(true);
    expect(undoneLater(' in 2024, but the merger was later blocked by regulators.')).toBe(true);
    expect(undoneLater(' for $2 billion, but the deal still needs approval from regulators.')).toBe(false);
    expect(undoneLater(' for $2 billion, but its shares fell.')).toBe(false);
  });

  it('leaves no deal where the sentence undoes it, and keeps one that is only pending', () => {
    expect(read('Corvane Systems agreed to buy Telluric Analytics for $2 billion last year, but the deal collapsed in March after regulators objected.')).toEqual([]);
    expect(read('Kestrel Holdings and Marlow Foods agreed to merge in 2024, but the deal was blocked by regulators in May.')).toEqual([]);
    expect(read('Corvane Systems agreed to buy Telluric Analytics for $2 billion, but the deal still needs approval.')).toEqual(['acquisition Telluric Analytics']);
  });
});

describe('what is no backer and no round (session dealsen18)', () => {
  const backers = (text: string) => annotate(text, { companies: matcher, context: { lang: 'en', date: '2026-06-01' } }).deals.flatMap((d) => d.investors.map((i) => i.name));
  it('takes no partners or customers listed after a round for its backers', () => {
    expect(backers('Lumina Pay raised $30 million led by Index Ventures. Partners include Visa, which joined last year, Stripe and Adyen.')).toEqual(['Index Ventures']);
    expect(backers('Lumina Pay raised $30 million led by Index Ventures. Its customers include Visa, Stripe and Adyen.')).toEqual(['Index Ventures']);
  });
  it('reads no round in what a company "had raised" before, told without its day', () => {
    expect(read('Kestrel Labs said it had raised $50 million from investors before the pandemic hit.')).toEqual([]);
  });
  it('reads no purchase in a company joining an index, and none in a participle with no company bought', () => {
    expect(read('Quillfeather Labs will become part of the FTSE 100 index next month.')).toEqual([]);
    expect(read('Kestrel Pay will become part of MSCI indexes.')).toEqual([]);
    expect(read('Investors piled into Kestrel Holdings, buying Marlow Foods shares after the results.')).toEqual([]);
  });
  it('takes no money borrowed for a purchase for its price', () => {
    const price = (text: string) => {
      const a = annotate(text, { companies: matcher, context: { lang: 'en', date: '2026-06-01' } });
      return a.deals.filter((d) => d.type === 'acquisition').map((d) => (d.money === undefined ? 'none' : a.money[d.money]!.text));
    };
    expect(price('Kestrel Holdings has secured a $500 million loan from HSBC to fund its purchase of Marlow Foods, which it agreed in March.')).toEqual(['none']);
    expect(price('Kestrel Holdings priced a $1 billion bond offering to help pay for its acquisition of Marlow Foods.')).toEqual(['none']);
    expect(price('Kestrel Holdings agreed to buy Marlow Foods for $2 billion, funded by a $1 billion bridge loan.')).toEqual(['$2 billion']);
  });
});
