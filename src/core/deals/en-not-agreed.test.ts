import { describe, expect, it } from 'vitest';
import { annotate, createCompanyMatcher } from '../index';
import { companies } from '../../data/companies';

const matcher = createCompanyMatcher(companies);
const read = (text: string) => annotate(text, { companies: matcher, context: { lang: 'en', date: '2025-06-01' } }).deals.map((d) => `${d.type} ${d.target.name}`);

describe('a purchase whose terms are not yet binding', () => {
  it.each([
    'Corvane Systems has signed heads of terms to acquire Telluric Analytics.',
    'Corvane Systems signed a letter of intent to buy Telluric Analytics for $240 million.',
    'Corvane Systems has entered exclusive negotiations to acquire Telluric Analytics for $240 million.',
    'Corvane Systems made a non-binding indicative offer to buy Telluric Analytics for $240 million.',
    // (A bid raised is no money raised.)
    'Corvane Systems raised its offer for Telluric Analytics to $260 million.',
  ])('reads no deal in: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('reads a purchase agreed', () => {
    expect(read('Corvane Systems has agreed to acquire Telluric Analytics for $240 million.')).toEqual(['acquisition Telluric Analytics']);
  });
});
