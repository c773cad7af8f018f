import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';

const records: CompanyRecord[] = [
  { id: 'country-garden', name: 'Country Garden', zh: ['碧桂园'], kind: 'company' },
  { id: 'huawei', name: 'Huawei', zh: ['华为'], kind: 'company' },
  { id: 'tencent', name: 'Tencent', zh: ['腾讯'], kind: 'company' },
];
const matcher = createCompanyMatcher(records);
const found = (text: string) => findCompanies(text, matcher).map((m) => `${m.text}=${m.id}`);

describe('a Chinese group’s unit named by the group and its business', () => {
  it('reads the unit as its own company', () => {
    expect(found('碧桂园服务公告，拟出售股权；华为终端发布新机。')).toEqual(['碧桂园服务=unknown:碧桂园服务', '华为终端=unknown:华为终端']);
  });

  it('not the common nouns the words go on into, nor the words without a data name', () => {
    expect(found('腾讯服务器宕机，华为终端设备涨价。')).toEqual(['腾讯=tencent', '华为=huawei']);
    expect(found('公司为客户提供优质服务，物业服务企业增多。')).toEqual([]);
  });
});
