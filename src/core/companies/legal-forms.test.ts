import { describe, expect, it } from 'vitest';
import { cleanGap } from '../deals/gaps';
import { splitSentences } from '../deals/split-sentences';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';
import { AFTER_COMMA, CJK_LEGAL_FORMS, DOTTED, FORM_KINDS, LEGAL_FORMS } from './legal-forms';
import { extendOverSuffixes } from './legal-suffix';

const none = createCompanyMatcher([]);
const names = (text: string) => findCompanies(text, none).map((m) => m.text);

describe('the table of corporate words', () => {
  it('lists each word once, without a trailing full stop', () => {
    const words = [...LEGAL_FORMS, ...CJK_LEGAL_FORMS].map((f) => f.word);
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w.endsWith('.'), w).toBe(false);
    expect(FORM_KINDS.size).toBe(LEGAL_FORMS.length);
  });

  it('says which words take a full stop and which may follow a comma', () => {
    expect(DOTTED.has('Co') && DOTTED.has('S.A') && !DOTTED.has('Group')).toBe(true);
    expect(AFTER_COMMA.has('Ltd') && AFTER_COMMA.has('NV') && !AFTER_COMMA.has('Group')).toBe(true);
  });

  it.each([
    ['Shares of Van Leeuwen Logistics NV fell.', 'Van Leeuwen Logistics NV'],
    ['Rotterdam-listed Brinkhof BV agreed to the terms.', 'Brinkhof BV'],
    ['The buyer, Tessaro SpA, said on Monday it was pleased.', 'Tessaro SpA'],
    ['Ferragni S.p.A. is based in Milan.', 'Ferragni S.p.A.'],
    ['Grupo Almedra SA said revenue rose.', 'Grupo Almedra SA'],
    ['Kestrel Werke AG cut its outlook.', 'Kestrel Werke AG'],
    ['Nordvik Oyj reported a loss.', 'Nordvik Oyj'],
    ['Halvorsen ASA sold the unit.', 'Halvorsen ASA'],
    ['Lindqvist AB will pay a dividend.', 'Lindqvist AB'],
    ['Mertens KGaA owns the brand.', 'Mertens KGaA'],
    ['Sinar Harapan Tbk said it would list.', 'Sinar Harapan Tbk'],
    ['Koram Bank raised its dividend.', 'Koram Bank'],
    ['Losses at Delta Re widened.', 'Delta Re'],
    ['Northgate Mining posted record output.', 'Northgate Mining'],
    ['Skyward Airlines ordered 40 jets.', 'Skyward Airlines'],
    ['Pinecrest Bancorp agreed to merge.', 'Pinecrest Bancorp'],
    ['Vltava Energie a.s. bought the plant.', 'Vltava Energie a.s.'],
    ['Kovo Brno s.r.o. makes parts.', 'Kovo Brno s.r.o.'],
    ['Nordkalk Oy cut jobs.', 'Nordkalk Oy'],
    ['Vale do Norte Ltda said it would invest.', 'Vale do Norte Ltda'],
    ['Kaspi Ordabasy JSC raised its dividend.', 'Kaspi Ordabasy JSC'],
    ['Tiszai Vegyi Nyrt reported a loss.', 'Tiszai Vegyi Nyrt'],
  ])('reads a company closed by its form: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    'The Bank of England held rates.',
    'A loan from the World Bank arrived.',
    'The Asian Development Bank approved the grant.',
    'The European Central Bank raised rates.',
    'Output from Gold Mining fell in the region.',
    'He opened a Savings Bank account.',
  ])('does not take a public body or a phrase for a company: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('is the one list the matcher, the deal gaps and the sentence splitter read', () => {
    expect(extendOverSuffixes('Kestrel Holding NV said', 'Kestrel Holding'.length, false).corporateWords).toBe(1);
    expect(cleanGap(' SpA, which')).toBe(', which');
    expect(splitSentences('Sinar Harapan Tbk. said on Monday it would list. Shares rose.').length).toBe(2);
  });
});

describe('no AS form (issue 16, session 15)', () => {
  // The Estonian and Norwegian joint-stock form "AS" is left out: headlines in capitals use the word ("STOCKS RALLY AS FED HOLDS").
  it('reads no company in a headline in capitals with AS in it', () => {
    expect(FORM_KINDS.has('AS')).toBe(false);
    expect(names('WALL STREET RALLIES AS FED HOLDS RATES. OIL PRICES FALL AS OPEC AGREES CUTS.')).toEqual([]);
  });
});
