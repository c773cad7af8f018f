import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';

const records: CompanyRecord[] = [
  { id: 'saic-motor', name: 'SAIC Motor', zh: ['上汽集团', '上汽'], kind: 'company' },
  { id: 'general-motors', name: 'General Motors', zh: ['通用汽车'], kind: 'company' },
  { id: 'wuling', name: 'Wuling Motors', zh: ['五菱汽车'], kind: 'company' },
  { id: 'bmw', name: 'BMW', zh: ['宝马'], kind: 'company' },
  { id: 'ford', name: 'Ford', zh: ['福特', '福特汽车'], kind: 'company' },
  { id: 'byd', name: 'BYD', zh: ['比亚迪'], kind: 'company' },
  { id: 'cr-beer', name: 'China Resources Beer', zh: ['华润啤酒'], kind: 'company' },
];
const matcher = createCompanyMatcher(records);
const found = (text: string) => findCompanies(text, matcher).map((m) => `${m.text}=${m.id}`);

describe('a Chinese joint venture named by its parents', () => {
  it('reads parents written back to back before a corporate word as one company, and links its short form', () => {
    expect(found('上汽集团旗下的上汽通用五菱汽车股份有限公司在柳州投产，上汽通用五菱表示将扩产。')).toEqual([
      '上汽集团=saic-motor',
      '上汽通用五菱汽车股份有限公司=unknown:上汽通用五菱汽车',
      '上汽通用五菱=unknown:上汽通用五菱汽车',
    ]);
  });

  it('takes a short Chinese partner the data does not hold before a line of business and a legal word', () => {
    expect(found('公司旗下华晨宝马汽车有限公司在沈阳扩产。')).toEqual(['华晨宝马汽车有限公司=unknown:华晨宝马汽车']);
    expect(found('长安福特汽车有限公司发布新车。')).toEqual(['长安福特汽车有限公司=unknown:长安福特汽车']);
  });

  it('does not take a verb, a particle or a person before the company', () => {
    expect(found('基金持有比亚迪汽车有限公司的股权。')).toEqual(['比亚迪汽车有限公司=unknown:比亚迪汽车']);
    expect(found('周海涛任华润啤酒（控股）有限公司总裁。')).toEqual(['华润啤酒（控股）有限公司=cr-beer']);
    expect(found('宝马和福特汽车都在降价。')).toEqual(['宝马=bmw', '福特汽车=ford']);
  });
});
