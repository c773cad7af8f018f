// Companies listed before one Chinese funding or listing verb, each with its amount after 分别 (zh-each-raised.ts),
// read through the whole engine.
import { describe, expect, it } from 'vitest';
import { companies } from '../../data/companies';
import { annotate } from '../annotate';
import { createCompanyMatcher } from '../companies';

const matcher = createCompanyMatcher(companies);
const read = (text: string) => {
  const a = annotate(text, { companies: matcher, context: { lang: 'zh', date: '2026-07-15' } });
  return a.deals.map((d) => `${d.type}|${d.target.name}|${d.money === undefined ? '' : a.money[d.money]!.amount}`);
};

describe('companies listed before one verb, each with its amount (分别)', () => {
  it('reads one deal for each, the amounts in order', () => {
    expect(read('近期多家已在港股上市的A股公司启动了H股配售，其中赣锋锂业、药明康德分别募资约20亿港元和35亿港元，用于补充海外营运资金。')).toEqual([
      'funding|Ganfeng Lithium|2000000000',
      'funding|WuXi AppTec|3500000000',
    ]);
  });
  it('reads nothing more when the amounts do not match the names', () => {
    expect(read('其中赣锋锂业、药明康德分别募资，合计约55亿港元。').length).toBeLessThanOrEqual(1);
  });
});
