import { describe, expect, it } from 'vitest';
import type { CompanyMention } from '../types';
import { settleNameRoles } from './name-roles';

/** Mentions for the names given, each at its first place in the text after the previous one. */
function mentions(text: string, names: [string, string][]): CompanyMention[] {
  let from = 0;
  return names.map(([name, id]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, text: name, name, id };
  });
}

describe('settleNameRoles', () => {
  it('drops a company the text leaves unnamed (某…)', () => {
    const text = '光年智驾完成新一轮融资，由某国资背景基金领投。';
    expect(settleNameRoles(text, mentions(text, [['光年智驾', 'unknown:g'], ['某国资背景基金', 'unknown:m']])).map((c) => c.text)).toEqual(['光年智驾']);
  });

  it('names a company’s investment arm with its investing word, in a list or before its role', () => {
    const text = '投资方包括美团战投、北汽产投和源码资本。';
    expect(settleNameRoles(text, mentions(text, [['美团', 'meituan'], ['北汽产投', 'unknown:b'], ['源码资本', 'source']])).map((c) => `${c.text}=${c.id}`)).toEqual(['美团战投=meituan', '北汽产投=unknown:b', '源码资本=source']);
    const verb = '美团投资了一家公司。';
    expect(settleNameRoles(verb, mentions(verb, [['美团', 'meituan']])).map((c) => c.text)).toEqual(['美团']);
  });

  it('drops a kind of business read as a name before the company it describes', () => {
    const text = '手术机器人公司术衡医疗宣布完成C轮融资。';
    const found = settleNameRoles(text, mentions(text, [['手术机器人', 'unknown:a'], ['术衡医疗', 'unknown:b']]));
    expect(found.map((c) => c.text)).toEqual(['术衡医疗']);
  });

  it('drops a description read as a name before a Latin name and its kind, but keeps a known company there', () => {
    const text = '天齐锂业收购智利化工矿业公司SQM约23.77%的股权。';
    expect(settleNameRoles(text, mentions(text, [['天齐锂业', 'tianqi'], ['智利化工矿业', 'unknown:z'], ['SQM', 'sqm']])).map((c) => c.text)).toEqual(['天齐锂业', 'SQM']);
    const known = '腾讯公司Supercell';
    expect(settleNameRoles(known, mentions(known, [['腾讯', 'tencent'], ['Supercell', 'supercell']]))).toHaveLength(2);
  });

  it('takes the words of holding read into a name back out of it', () => {
    const text = '恒信集团向华曜股份协议转让其所持澜海科技15%股份。';
    expect(settleNameRoles(text, mentions(text, [['恒信集团', 'unknown:h'], ['其所持澜海科技', 'unknown:q']])).map((c) => c.text)).toEqual(['恒信集团', '澜海科技']);
  });

  it('takes a deal verb read into a name back out of it', () => {
    const text = '本轮由广汽集团、广州开发区投资集团投资。';
    expect(settleNameRoles(text, mentions(text, [['广汽集团', 'gac'], ['广州开发区投资集团投资', 'unknown:k']])).map((c) => c.text)).toEqual(['广汽集团', '广州开发区投资集团']);
  });

  it('drops the owner named before its company, but not a party before a verb', () => {
    const owned = '华宇集团旗下激光雷达公司光刻智能完成融资。';
    expect(settleNameRoles(owned, mentions(owned, [['华宇集团', 'unknown:h'], ['光刻智能', 'unknown:g']])).map((c) => c.text)).toEqual(['光刻智能']);
    const party = '阿里巴巴向百川智能注资3亿美元。';
    expect(settleNameRoles(party, mentions(party, [['阿里巴巴', 'alibaba'], ['百川智能', 'baichuan']]))).toHaveLength(2);
    // A deal's verb in the words between: the first is a party ("华为哈勃近日入股芯片设计公司芯动科技").
    const stake = '华为哈勃近日入股芯片设计公司芯动科技。';
    expect(settleNameRoles(stake, mentions(stake, [['华为', 'huawei'], ['芯动科技', 'unknown:x']]))).toHaveLength(2);
    const list = '由岚峰资本和翠微创投联合领投。';
    expect(settleNameRoles(list, mentions(list, [['岚峰资本', 'unknown:l'], ['翠微创投', 'unknown:c']]))).toHaveLength(2);
  });

  it('gives a company and its short name in parentheses one id', () => {
    const text = '深圳云帆智能科技有限公司（以下简称“云帆智能”）完成融资。云帆智能投后估值超过60亿元。';
    const found = settleNameRoles(
      text,
      mentions(text, [['深圳云帆智能科技有限公司', 'unknown:full'], ['云帆智能', 'unknown:short'], ['云帆智能', 'unknown:short']]),
    );
    expect(found.map((c) => c.id)).toEqual(['unknown:full', 'unknown:full', 'unknown:full']);
  });

  it('prefers the id the data knows', () => {
    const text = '上海稀宇科技有限公司（MiniMax）完成新一轮融资。';
    const found = settleNameRoles(text, mentions(text, [['上海稀宇科技有限公司', 'unknown:x'], ['MiniMax', 'minimax']]));
    expect(found.map((c) => c.id)).toEqual(['minimax', 'minimax']);
  });
});

describe('settleNameRoles: a verb read into a new name', () => {
  it('trims it from a name the data does not hold, and only from such a name', () => {
    const text = '恒远电气将华辰电子出售给澜拓新能源。';
    const [, , buyer] = settleNameRoles(text, mentions(text, [['恒远电气', 'unknown:a'], ['华辰电子', 'unknown:b'], ['给澜拓新能源', 'unknown:给澜拓新能源']]));
    expect(buyer).toMatchObject({ text: '澜拓新能源', id: 'unknown:澜拓新能源', start: text.indexOf('澜拓') });
    const known = '引入资本';
    expect(settleNameRoles(known, mentions(known, [['引入资本', 'some-id']]))[0]!.text).toBe('引入资本');
  });
});
