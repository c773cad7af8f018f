import { describe, expect, it } from 'vitest';
import { companies } from '../../data/companies';
import { annotate } from '../annotate';
import { createCompanyMatcher } from '../companies';

const matcher = createCompanyMatcher(companies);
const mergers = (text: string) =>
  annotate(text, { companies: matcher, context: { lang: 'zh' } }).deals.filter((d) => d.type === 'merger').map((d) => `${d.target.name} ← ${d.investors.map((i) => i.name).join(',')}`);

describe('the survivor a Chinese merger names', () => {
  it('absorbs the other side, which is the company merged away', () => {
    expect(mergers('华越证券与东浦证券的合并重组今日完成交割，合并后的华越证券为存续公司，东浦证券注销法人资格。')).toEqual(['东浦证券 ← 华越证券']);
    expect(mergers('华越证券与东浦证券宣布完成合并，存续公司为华越证券。')).toEqual(['东浦证券 ← 华越证券']);
  });

  it('leaves a merger that names no survivor as it is read', () => {
    expect(mergers('华越证券与东浦证券宣布完成合并，新公司定名为华浦证券。')).toEqual(['华越证券 ← 东浦证券']);
  });
  it('takes as survivor the side the other becomes a subsidiary of ("中冶国际成为中国中冶的全资子公司")', () => {
    const [merger] = annotate('中国中冶与中冶国际已完成换股合并，中冶国际成为中国中冶的全资子公司，其股票已于8月12日起终止上市。', { companies: matcher, context: { lang: 'zh' } }).deals;
    expect(merger).toMatchObject({ type: 'merger', target: { name: '中冶国际' } });
  });
});
