import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';

const records: CompanyRecord[] = [
  { id: 'chubb', name: 'Chubb', legalNames: ['Chubb Ltd'], kind: 'company', match: 'after-full-name' },
  { id: 'target', name: 'Target', legalNames: ['Target Corp'], kind: 'company', match: 'after-full-name' },
  { id: 'ford', name: 'Ford', legalNames: ['Ford Motor Co'], kind: 'company', match: 'after-full-name' },
];
const matcher = createCompanyMatcher(records);
const found = (text: string) => findCompanies(text, matcher).map((m) => m.text);

describe('a short name that needs the full name counts when the sentence makes it a company', () => {
  it('as the subject of a deal, of results or of a share move', () => {
    expect(found('Chubb agreed to buy an Asian insurer.')).toEqual(['Chubb']);
    expect(found('Target cut its outlook for the year.')).toEqual(['Target']);
    expect(found("Ford's shares fell 3%.")).toEqual(['Ford']);
  });

  it('not after "said" or as a word or a person', () => {
    expect(found('Ford said he would retire.')).toEqual([]);
    expect(found('The target is growth; Harrison Ford starred.')).toEqual([]);
    expect(found('Chubb met investors.')).toEqual([]);
  });
});
