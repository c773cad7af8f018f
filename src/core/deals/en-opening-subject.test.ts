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
  it('opens before a relative clause on it', () => {
    expect(read('Corvane Systems, which raised $40 million last month, has acquired Telluric Analytics for $12 million.')).toEqual(['funding Corvane Systems <- ', 'acquisition Telluric Analytics <- Corvane Systems']);
  });
  it('is the buyer "it" stands for in its own sentence', () => {
    expect(read('Harlow Foods posted a 7% rise in annual profit to £188m and said it had bought Scottish oatcake maker Glenbarr Bakery for £42m, its third acquisition this year.')).toEqual(['acquisition Glenbarr Bakery <- Harlow Foods']);
  });
  it('is the company a backer puts money in, named by a description in the next sentence; a deal’s size told in an aside', () => {
    expect(read('Telluric Analytics has a new backer. Harbor Lake Capital has invested $40 million in the Boulder startup.')).toEqual(['funding Telluric Analytics <- Harbor Lake Capital']);
    const a = annotate('Corvane Systems has bought Telluric Analytics. The deal, worth $240 million, closed on Friday.', { companies: matcher, context: { lang: 'en', date: '2025-06-01' } });
    expect(a.deals.map((d) => a.money[d.money!]?.text)).toEqual(['$240 million']);
  });
  it('is the company bought as "the network" after what it is (session dealsen18)', () => {
    expect(read('Podcast network Loudhouse Audio has a new owner. Sirocco Media, the Los Angeles-based company behind a string of true-crime shows, bought the network for $58 million.')).toEqual(['acquisition Loudhouse Audio <- Sirocco Media']);
  });
  it('opens after what the Indian press calls a company ("FMCG major")', () => {
    expect(read('NEW DELHI: FMCG major Sunbeam Consumer will acquire a 51% stake in Jaipur-based organic snacks brand Desi Crunch for ₹310 crore.')).toEqual(['stake-sale Desi Crunch <- Sunbeam Consumer']);
  });
  it('is the company bought, sold in one sentence and paid for as "the startup" in the next', () => {
    expect(read('Quillfeather Labs has been sold. Brightmoor Analytics, which announced the deal on Monday, paid $45 million for the startup.')).toEqual(['acquisition Quillfeather Labs <- Brightmoor Analytics']);
  });
  it('is the company bought as "the firm" in the next sentence', () => {
    expect(read('Harrowgate Analytics, the Leeds data consultancy, has found a buyer. US-based Meridian Insight Group said on Thursday it had agreed to acquire the firm for £36m.')).toEqual(['acquisition Harrowgate Analytics <- Meridian Insight Group']);
  });
});

describe('two names the company data does not hold, delimited by the grammar', () => {
  it.each([
    ['Telluric Analytics has been snapped up by Corvane Systems.', 'acquisition Telluric Analytics <- Corvane Systems'],
    ['Corvane Systems has completed the takeover of Telluric Analytics.', 'acquisition Telluric Analytics <- Corvane Systems'],
    ['The $240 million acquisition of Telluric Analytics by Corvane Systems closed on Friday.', 'acquisition Telluric Analytics <- Corvane Systems'],
    ['Corvane Systems has bought the remaining 60% of Telluric Analytics it did not own for $240 million.', 'stake-sale Telluric Analytics <- Corvane Systems'],
    ['Corvane Systems will combine with Telluric Analytics in an all-stock merger.', 'merger Corvane Systems <- Telluric Analytics'],
    ['Corvane Systems has sealed its $240 million deal for Telluric Analytics.', 'acquisition Telluric Analytics <- Corvane Systems'],
    ['The boards of Corvane Systems and Telluric Analytics have agreed the terms of a recommended cash acquisition of Telluric Analytics by Corvane Systems.', 'acquisition Telluric Analytics <- Corvane Systems'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
  it.each([
    'Corvane Systems picked up a $240 million contract from Telluric Analytics.',
    'Shares of Corvane Systems rose after Telluric Analytics agreed to be acquired by a rival.',
    'Corvane Systems merged into the background as Telluric Analytics grew.',
    'Corvane Systems is in talks to buy Telluric Analytics.',
    'Telluric Analytics could be snapped up by Corvane Systems, analysts said.',
    'Corvane Systems scooped up Best Employer honours at the Denver business awards.',
    'Corvane Systems agreed to pay $240 million for Telluric Analytics’ patents.',
  ])('reads no deal in: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
