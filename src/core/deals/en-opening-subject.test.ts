import { describe, expect, it } from 'vitest';
import { annotate, createCompanyMatcher } from '../index';
import { companies } from '../../data/companies';
import { openingSubject } from './en-opening-subject';

const matcher = createCompanyMatcher(companies);
const read = (text: string) => {
  const a = annotate(text, { companies: matcher, context: { lang: 'en', date: '2025-06-01' } });
  return a.deals.map((d) => `${d.type} ${d.target.name} <- ${d.investors.map((i) => i.name).join('+')}`);
};
const opener = (text: string) => openingSubject(text, 0, text.length, [])?.name;

describe('openingSubject', () => {
  it('reads a name the reader left out that opens the sentence, before an appositive or a verb', () => {
    expect(opener('Harrowgate Analytics, the Leeds data consultancy, has found a buyer.')).toBe('Harrowgate Analytics');
    expect(opener('Harlow Foods posted a 7% rise in annual profit.')).toBe('Harlow Foods');
    expect(opener('MUMBAI: Vardhan Foods has completed its takeover.')).toBe('Vardhan Foods');
    expect(opener('Quillstack, the note-taking app, is being sold.')).toBe('Quillstack');
  });
  it('reads no lone word before a verb, no stop word, place or person', () => {
    expect(opener('Officials said the deal had closed.')).toBeUndefined();
    expect(opener('The Federal Reserve has raised rates.')).toBeUndefined();
    expect(opener('New York has passed a law.')).toBeUndefined();
  });
});

describe('the opening name as the subject of "it" and "the firm"', () => {
  it('is a company of its sentence for every trigger', () => {
    expect(read('Corvane Systems will pay $240 million for Telluric Analytics.')).toEqual(['acquisition Telluric Analytics <- Corvane Systems']);
  });
  it('is the buyer "it" stands for in its own sentence', () => {
    expect(read('Harlow Foods posted a 7% rise in annual profit to £188m and said it had bought Scottish oatcake maker Glenbarr Bakery for £42m, its third acquisition this year.')).toEqual(['acquisition Glenbarr Bakery <- Harlow Foods']);
  });
  it('is the company bought as "the firm" in the next sentence', () => {
    expect(read('Harrowgate Analytics, the Leeds data consultancy, has found a buyer. US-based Meridian Insight Group said on Thursday it had agreed to acquire the firm for £36m.')).toEqual(['acquisition Harrowgate Analytics <- Meridian Insight Group']);
  });
});
