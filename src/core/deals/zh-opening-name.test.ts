import { describe, expect, it } from 'vitest';
import { companies } from '../../data/companies';
import { annotate } from '../annotate';
import { createCompanyMatcher } from '../companies';
import { ZH_OPENS_WITH_NAME } from './zh-opening-name';

const matcher = createCompanyMatcher(companies);
const deals = (text: string) => annotate(text, { companies: matcher, context: { lang: 'zh' } }).deals;

describe('a Chinese subject the company reader left out', () => {
  it('takes the name that opens the clause of a funding verb', () => {
    const found = deals('ofo小黄车宣布完成超过7亿美元的E轮融资。');
    expect(found.map((d) => `${d.type} ${d.target.name}`)).toEqual(['funding ofo小黄车']);
  });

  it('takes it after a description of what the company is', () => {
    expect(deals('代糖企业甜度科技近日完成2亿元B轮融资。').map((d) => d.target.name)).toEqual(['甜度科技']);
  });

  it('never takes words of time, a count or a reporter for a name', () => {
    expect(deals('今日两只新股登陆港交所。')).toEqual([]);
    expect(deals('记者近日完成了一项调查。')).toEqual([]);
    expect(ZH_OPENS_WITH_NAME.test('ofo小黄车宣布完成超过7亿美元的E轮融资。')).toBe(true);
  });
});
