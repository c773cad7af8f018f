import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';

const records: CompanyRecord[] = [
  { id: 'santander', name: 'Santander', kind: 'company' },
  { id: 'renault', name: 'Renault', kind: 'company' },
  { id: 'tesla', name: 'Tesla', kind: 'company' },
  { id: 'starbucks', name: 'Starbucks', zh: ['星巴克'], kind: 'company' },
  { id: 'apple', name: 'Apple', zh: ['苹果公司'], kind: 'company' },
  { id: 'hongshan', name: 'HongShan', zh: ['红杉中国'], kind: 'investor' },
];
const matcher = createCompanyMatcher(records);
const found = (text: string) => findCompanies(text, matcher).map((m) => `${m.text}=${m.id}`);

describe('a company unit named by a data name and a country', () => {
  it('reads the unit as its own company', () => {
    expect(found('Santander UK said profit rose; Renault do Brasil cut jobs.')).toEqual(['Santander UK=unknown:santander-uk', 'Renault do Brasil=unknown:renault-do-brasil']);
    expect(found('星巴克中国出售控股权，星巴克保留40%。')).toEqual(['星巴克中国=unknown:星巴克中国', '星巴克=starbucks']);
  });

  it('keeps the group when the country starts a market or a business, or another name', () => {
    expect(found('Tesla China sales fell.')).toEqual(['Tesla=tesla']);
    expect(found('Tesla China-made cars')).toEqual(['Tesla=tesla']);
    expect(found('星巴克中国市场销量下滑。')).toEqual(['星巴克=starbucks']);
    // A data name that ends in the country is that name.
    expect(found('红杉中国领投。')).toEqual(['红杉中国=hongshan']);
  });
});

describe('a region’s headquarters (issue 16, session 15)', () => {
  it('is the company’s office, not a unit: 欧洲总部, but 中国总部 stays a unit’s', () => {
    expect(found('星巴克欧洲总部调整，星巴克中国总部不变。')).toEqual(['星巴克=starbucks', '星巴克中国=unknown:星巴克中国']);
  });
});
