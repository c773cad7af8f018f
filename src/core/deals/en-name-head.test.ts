import { describe, expect, it } from 'vitest';
import type { CompanyMention } from '../types';
import { unknownId } from '../companies/unknown-companies';
import { withNameHeads } from './en-name-head';

function mention(text: string, name: string, id = `known:${name.toLowerCase()}`): CompanyMention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, name, id };
}
const names = (text: string, found: string[]) => withNameHeads(text, found.map((n) => mention(text, n))).map((c) => c.name);

describe('withNameHeads', () => {
  it('puts back the head of a bank’s name', () => {
    expect(names('Kestrel Bancorp will merge with Old Mill Savings Bank.', ['Bancorp', 'Old Mill Savings Bank'])).toEqual(['Kestrel Bancorp', 'Old Mill Savings Bank']);
    expect(names('Prairie Heritage Bancorp and First Meridian Bancshares have agreed to combine.', ['Bancorp', 'Meridian Bancshares'])).toEqual(['Prairie Heritage Bancorp', 'First Meridian Bancshares']);
    expect(names('Community lender First Keystone Bank is buying Susquehanna Trust Co.', ['Keystone Bank'])).toEqual(['First Keystone Bank']);
  });
  it('leaves words that open a sentence or a clause, and names that end otherwise', () => {
    expect(names('The Keystone Bank said on Monday it would buy Acme.', ['Keystone Bank'])).toEqual(['Keystone Bank']);
    expect(names('On Monday Keystone Bank said it would buy Acme.', ['Keystone Bank'])).toEqual(['Keystone Bank']);
    expect(names('Japan’s Mizuho Financial said it would buy Acme.', ['Mizuho Financial'])).toEqual(['Mizuho Financial']);
    expect(names('Brightwater Acme Foods said.', ['Acme Foods'])).toEqual(['Acme Foods']);
  });
  it('takes off what a company is, read into a name the data does not hold', () => {
    const text = 'Biotech Auralis Therapeutics said it had agreed to be bought.';
    expect(withNameHeads(text, [mention(text, 'Biotech Auralis Therapeutics', unknownId('Biotech Auralis Therapeutics'))]).map((c) => c.name)).toEqual(['Auralis Therapeutics']);
    expect(names(text, ['Biotech Auralis Therapeutics'])).toEqual(['Biotech Auralis Therapeutics']);
  });
  it('leaves where a company is based or listed, which is no part of its name', () => {
    expect(names('Prairie State was acquired by Houston-based Gulfstream Financial.', ['Gulfstream Financial'])).toEqual(['Gulfstream Financial']);
    expect(names('Pune-based Sahyadri Small Finance Bank raised ₹1,020 crore in its IPO.', ['Sahyadri Small Finance Bank'])).toEqual(['Sahyadri Small Finance Bank']);
  });
});
