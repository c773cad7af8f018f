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

describe('the share class stuck to a stock name (issue 16: telegraph pages)', () => {
  const vanke = createCompanyMatcher([{ id: 'china-vanke', name: 'China Vanke', zh: ['万科'], kind: 'company' }, ...records]);
  const named = (text: string) => findCompanies(text, vanke).map((m) => m.text);

  it('takes the A or B of a company listed with two classes of shares', () => {
    expect(named('万科A公告，前三季度净亏损。万科B同步披露。')).toEqual(['万科A', '万科B']);
  });

  it('leaves a letter that makes a word with what follows: A shares, a round, a Latin word', () => {
    expect(named('万科A股上涨，万科AI实验室成立，美团A轮融资旧闻。')).toEqual(['万科', '万科', '美团']);
  });
});
