import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';

const records: CompanyRecord[] = [
  { id: 'meituan', name: 'Meituan', zh: ['美团'], kind: 'company' },
  { id: 'jd-com', name: 'JD.com', zh: ['京东集团'], kind: 'company' },
  { id: 'cambricon', name: 'Cambricon', zh: ['寒武纪'], kind: 'company' },
  { id: 'metax', name: 'MetaX', zh: ['沐曦'], kind: 'company' },
  { id: 'jinke', name: 'Jinke Property', zh: ['金科'], kind: 'company' },
];
const matcher = createCompanyMatcher(records);
const found = (text: string) => findCompanies(text, matcher).map((m) => m.text);

describe('stock-name marks around a Chinese data name', () => {
  it('takes Hong Kong share-class marks after the name', () => {
    expect(found('美团-W涨4.5%，京东集团-SW跌1%，寒武纪-U涨停。')).toEqual(['美团-W', '京东集团-SW', '寒武纪-U']);
    expect(found('美团－W收涨。')).toEqual(['美团－W']);
  });

  it('takes risk warnings and listing-day marks before the name', () => {
    expect(found('*ST金科跌停，C沐曦大涨。')).toEqual(['*ST金科', 'C沐曦']);
    expect(found('ST金科公告。')).toEqual(['ST金科']);
  });

  it('leaves letters that are part of a word, or words after a hyphen, alone', () => {
    expect(found('ABC沐曦')).toEqual(['沐曦']);
    expect(found('美团-Waymo合作')).toEqual(['美团']);
    expect(found('美团-WeChat')).toEqual(['美团']);
  });
});
