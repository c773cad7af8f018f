import { describe, expect, it } from 'vitest';
import type { CompanyMention } from '../types';
import { addBareShortForms, isShortFormOf, joinShortForms } from './zh-short-names';

const at = (text: string, name: string, id: string, from = 0): CompanyMention => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, text: name, name, id };
};

describe('Chinese short forms of a full name', () => {
  it('reads a piece of the full name, or its characters in order, as its short form', () => {
    expect(isShortFormOf('即墨黄酒', '山东即墨黄酒厂有限公司')).toBe(true);
    expect(isShortFormOf('金沙酒业', '贵州金沙窖酒酒业有限公司')).toBe(true);
    // Not a name that only shares characters, nor a full name with no legal ending.
    expect(isShortFormOf('金酒', '贵州金沙窖酒酒业有限公司')).toBe(false);
    expect(isShortFormOf('黄酒厂', '山东即墨黄酒厂')).toBe(false);
    expect(isShortFormOf('美团', '美团龙珠')).toBe(false);
  });

  it('gives the later short form the full name’s id, so the company bought is never its own buyer', () => {
    const text = '青岛啤酒与山东即墨黄酒厂有限公司的股东签署协议，以现金6.65亿元收购即墨黄酒100%股权。';
    const found = joinShortForms([at(text, '青岛啤酒', 'tsingtao'), at(text, '山东即墨黄酒厂有限公司', 'unknown:full'), at(text, '即墨黄酒', 'unknown:short', 20)]);
    expect(found.map((c) => c.id)).toEqual(['tsingtao', 'unknown:full', 'unknown:full']);
  });

  it('leaves a short form named before the full name, and other companies, alone', () => {
    const text = '即墨黄酒与山东即墨黄酒厂有限公司。';
    const found = joinShortForms([at(text, '即墨黄酒', 'unknown:short'), at(text, '山东即墨黄酒厂有限公司', 'unknown:full')]);
    expect(found.map((c) => c.id)).toEqual(['unknown:short', 'unknown:full']);
  });
});

describe('a bare short form as a later subject', () => {
  it('adds "瑞幸" of 瑞幸咖啡 where it opens a later deal clause, and nowhere else', () => {
    const text = '瑞幸咖啡获得1.5亿美元融资。去年12月，瑞幸刚完成2亿美元B轮融资；瑞幸门店遍布全国。';
    const found = addBareShortForms(text, [at(text, '瑞幸咖啡', 'luckin')]);
    expect(found.map((c) => `${c.text}@${c.start}=${c.id}`)).toEqual(['瑞幸咖啡@0=luckin', `瑞幸@${text.indexOf('瑞幸刚')}=luckin`]);
  });

  it('never takes a place or a common word for a short form', () => {
    const text = '中国电信今日上市。中国完成了一项统计。';
    expect(addBareShortForms(text, [at(text, '中国电信', 'ct')])).toHaveLength(1);
  });
});

describe('a known name plus its trade', () => {
  it('gives "蔚来汽车" the id of a later "蔚来" the data holds', () => {
    const text = '蔚来汽车正式登陆纽交所。成立不到四年的蔚来由此成为中国新造车企业。';
    const found = joinShortForms([at(text, '蔚来汽车', 'unknown:nio-auto'), at(text, '蔚来', 'nio', 8)]);
    expect(found.map((c) => c.id)).toEqual(['nio', 'nio']);
    // Not a name that adds something other than a trade.
    const other = '蔚来资本完成募资。蔚来今日发布新车。';
    expect(joinShortForms([at(other, '蔚来资本', 'unknown:nio-capital'), at(other, '蔚来', 'nio', 5)]).map((c) => c.id)).toEqual(['unknown:nio-capital', 'nio']);
  });
});
