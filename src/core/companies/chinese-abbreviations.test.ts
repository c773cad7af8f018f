import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { chineseAbbreviations } from './chinese-abbreviations';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';

const records: CompanyRecord[] = [
  { id: 'ceec', name: 'China Energy Engineering', zh: ['中国能建'], kind: 'company' },
  { id: 'sanhua', name: 'Zhejiang Sanhua Intelligent Controls', zh: ['三花智控'], kind: 'company' },
  { id: 'byd', name: 'BYD', zh: ['比亚迪'], kind: 'company' },
];
const matcher = createCompanyMatcher(records);
const found = (text: string) => findCompanies(text, matcher).map((m) => `${m.text}=${m.id}`);

describe('a full Chinese name the data holds only by its 简称', () => {
  it('abbreviates by the first word and the first character of each word after it', () => {
    expect(chineseAbbreviations('中国能源建设股份有限公司')).toContain('中国能建');
    expect(chineseAbbreviations('浙江三花智能控制股份有限公司')).toContain('三花智控');
    // Not by a prefix: "阿里巴巴影业集团" is not 阿里巴巴.
    expect(chineseAbbreviations('阿里巴巴影业集团')).not.toContain('阿里巴巴');
    // Without a legal word, no abbreviation: the name may be anything.
    expect(chineseAbbreviations('华能国际电力')).toEqual([]);
  });

  it('links the full name to the data company', () => {
    expect(found('中国能源建设股份有限公司下属公司中标。')).toEqual(['中国能源建设股份有限公司=ceec']);
    expect(found('浙江三花智能控制股份有限公司公告。')).toEqual(['浙江三花智能控制股份有限公司=sanhua']);
  });

  it('keeps a subsidiary whose abbreviations name no data company unknown', () => {
    expect(found('比亚迪汽车有限公司发布新车。')).toEqual(['比亚迪汽车有限公司=unknown:比亚迪汽车']);
  });
});
