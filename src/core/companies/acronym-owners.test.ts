import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';

const records: CompanyRecord[] = [
  { id: 'kkr', name: 'KKR', legalNames: ['Kohlberg Kravis Roberts'], kind: 'investor' },
  { id: 'ibm', name: 'IBM', legalNames: ['International Business Machines Corp'], kind: 'company' },
];
const matcher = createCompanyMatcher(records);
const found = (text: string) => findCompanies(text, matcher).map((m) => `${m.text}=${m.id}`);

describe('an acronym the page spells out as the name of something else', () => {
  it('drops the data company wherever the acronym stands', () => {
    expect(found('KKR crush Sunrisers. Kolkata Knight Riders bowled out Sunrisers Hyderabad, and KKR lifted the trophy.')).toEqual([]);
  });

  it('keeps it when the spelled-out name is the company’s own or carries a corporate word', () => {
    expect(found('KKR agreed to buy a stake. Kohlberg Kravis Roberts said')).toEqual(['KKR=kkr', 'Kohlberg Kravis Roberts=kkr']);
    expect(found('KKR, formed as Kohlberg Kravis Roberts & Co in 1976, agreed to buy it.')).toEqual(['KKR=kkr', 'Kohlberg Kravis Roberts & Co=kkr']);
    expect(found('IBM said International Business Machines Corp would cut jobs.')).toEqual(['IBM=ibm', 'International Business Machines Corp=ibm']);
  });

  it('keeps an acronym the page does not spell out', () => {
    expect(found('KKR and IBM signed a deal.')).toEqual(['KKR=kkr', 'IBM=ibm']);
  });
});

describe('an exchange spelled out where it is a venue', () => {
  const exchanges = createCompanyMatcher([{ id: 'nyse', name: 'NYSE', legalNames: ['New York Stock Exchange'], kind: 'company' }]);
  it('keeps the acronym: the spelled-out name is the same company’s', () => {
    const text = 'The stock opened on the New York Stock Exchange. NYSE said trading was orderly.';
    expect(findCompanies(text, exchanges).map((m) => m.text)).toEqual(['NYSE']);
  });
});
