import { describe, expect, it } from 'vitest';
import type { CompanyMention } from '../types';
import { zhTrimMention, zhTrimTarget } from './zh-target-name';

const mention = (text: string, start = 10): CompanyMention => ({ start, end: start + text.length, text, name: text, id: `unknown:${text}` });

describe('a Chinese target the reader ran into the words around it', () => {
  it('cuts a listing label before the name ("北交所新股日知科技")', () => {
    expect(zhTrimTarget(mention('北交所新股日知科技'))).toMatchObject({ text: '日知科技', start: 15, end: 19 });
    expect(zhTrimTarget(mention('新股日知科技')).text).toBe('日知科技');
    expect(zhTrimTarget(mention('所持马钢集团')).text).toBe('马钢集团');
  });

  it('cuts the shares after the name ("喜马拉雅全部股份", "华辰电子的股权")', () => {
    expect(zhTrimTarget(mention('喜马拉雅全部股份')).text).toBe('喜马拉雅');
    expect(zhTrimTarget(mention('华辰电子的股权')).text).toBe('华辰电子');
  });

  it('keeps a name that ends in 股份 and one with nothing to cut', () => {
    const own = mention('沐曦股份');
    expect(zhTrimTarget(own)).toBe(own);
    const plain = mention('宁德时代');
    expect(zhTrimTarget(plain)).toBe(plain);
  });
});

describe('what a company the data lacks is, read with its name', () => {
  it('cuts the description ("新能源车企星途新能源"), only from an unknown name and never a legal form', () => {
    expect(zhTrimTarget(mention('新能源车企星途新能源')).text).toBe('星途新能源');
    const known = { ...mention('新能源车企星途新能源'), id: 'xingtu' };
    expect(zhTrimTarget(known)).toBe(known);
    expect(zhTrimTarget(mention('中国平安保险集团股份有限公司')).text).toBe('中国平安保险集团股份有限公司');
    expect(zhTrimTarget(mention('中国移动通信集团广东有限公司')).text).toBe('中国移动通信集团广东有限公司');
  });

  it('parts two names the reader ran together over a verb of merging ("交通集团整体并入城投集团")', () => {
    const page = '去年12月，交通集团整体并入城投集团。';
    const start = page.indexOf('交通');
    const found = zhTrimMention(mention('交通集团整体并入城投集团', start), page);
    expect(Array.isArray(found) ? found.map((c) => [c.text, page.slice(c.start, c.end)]) : found).toEqual([['交通集团', '交通集团'], ['城投集团', '城投集团']]);
  });

  it('reads a mention on a traditional page as the folded page has it ("創業板新股深藍機器人")', () => {
    const page = '创业板新股深蓝机器人今日上市';
    const found = zhTrimMention({ start: 0, end: 10, text: '創業板新股深藍機器人', name: '創業板新股深藍機器人', id: 'unknown:x' }, page);
    expect(found).toMatchObject({ text: '创业板新股深蓝机器人' });
    expect(zhTrimTarget(found as CompanyMention).text).toBe('深蓝机器人');
  });

  it('cuts the verb of folding before a name ("整体并入钱塘城投集团")', () => {
    const page = '钱塘产投集团整体并入钱塘城投集团。';
    const start = page.indexOf('整体');
    expect(zhTrimMention(mention('整体并入钱塘城投集团', start), page)).toMatchObject({ text: '钱塘城投集团' });
  });
  it('drops a description the reader took for a name before a kind and a name ("內地新能源電池商欣旺新能"), and cuts a copula ("并非星辰航空")', () => {
    const page = '《明報》報道，内地新能源电池商欣旺新能今日于港交所主板上市。';
    const at = page.indexOf('内地');
    expect(zhTrimMention({ start: at, end: at + 5, text: '内地新能源', name: '内地新能源', id: 'unknown:内地新能源' }, page)).toBeUndefined();
    const said = '值得一提的是，这并非星辰航空首次出手。';
    const from = said.indexOf('并非');
    expect(zhTrimMention({ start: from, end: from + 6, text: '并非星辰航空', name: '并非星辰航空', id: 'unknown:并非星辰航空' }, said)).toMatchObject({ text: '星辰航空', id: 'unknown:星辰航空' });
  });
  it('takes the whole quoted name a known name opens ("「寒武纪行」"), and leaves the verb after a backer ("上海国投参与")', () => {
    const page = 'AI芯片公司「寒武纪行」今日在上交所科创板上市，上海国投参与了战略配售。';
    const at = page.indexOf('寒武纪');
    expect(zhTrimMention({ start: at, end: at + 3, text: '寒武纪', name: 'Cambricon', id: 'cambricon' }, page)).toMatchObject({ text: '寒武纪行', id: 'unknown:寒武纪行' });
    const from = page.indexOf('上海国投');
    expect(zhTrimMention({ start: from, end: from + 5, text: '上海国投参', name: '上海国投参', id: 'unknown:上海国投参' }, page)).toMatchObject({ text: '上海国投' });
  });
  it('drops a trade and a kind before a name ("本港教育集團英華教育"), and its later short mention', () => {
    const page = '《明报》报道，本港教育集团英华教育昨日完成配售。';
    const at = page.indexOf('教育集团');
    expect(zhTrimMention({ start: at, end: at + 4, text: '教育集团', name: '教育集团', id: 'unknown:教育' }, page)).toBeUndefined();
    const later = page.indexOf('教育', at + 4);
    expect(zhTrimMention({ start: later, end: later + 2, text: '教育', name: '教育集團', id: 'unknown:教育' }, page)).toBeUndefined();
  });
});
