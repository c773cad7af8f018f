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

describe('an opening name with its words of manner', () => {
  it('takes a quoted name whose closing quote stands before the words of time', () => {
    expect(deals('新能源重卡制造商「启源重卡」今日正式在港交所主板挂牌上市，全球发售所得款项净额约15.4亿港元。').map((d) => `${d.type} ${d.target.name}`)).toEqual(['ipo 启源重卡']);
  });
  it('takes the name after a description closed by 之一', () => {
    expect(deals('国内最大的宠物医院连锁之一安宠医疗已被瑞派控股收入囊中，交易金额约18亿元。').map((d) => `${d.type} ${d.target.name}`)).toEqual(['acquisition 安宠医疗']);
  });
  it('leaves 就 and 换股 out of a buyer', () => {
    const bought = deals('早在2023年3月，天齐材料就曾以约2亿美元收购智利锂盐厂商Andes Litio 30%股权。');
    expect(bought.flatMap((d) => d.investors.map((i) => i.name))).toEqual(['天齐材料']);
    const merged = deals('中钢设备换股吸收合并中钢工程事项已实施完毕。');
    expect(merged.flatMap((d) => d.investors.map((i) => i.name))).toEqual(['中钢设备']);
  });
});

describe('names the reader ran into the next words', () => {
  it('cuts a renaming and a day off an unknown name, and drops one character before a day', () => {
    const merged = deals('中国国电集团与神华集团实施联合重组，神华集团更名为国家能源投资集团，作为重组后的母公司，吸收合并国电集团。');
    expect(merged.flatMap((d) => d.investors.map((i) => i.name))).not.toContain('神华集团更名为国家能源投资集团');
    expect(deals('【奈雪的茶港股上市】新式茶饮企业奈雪的茶今日登陆港交所主板，所得款项总额约50.9亿港元。').map((d) => `${d.type} ${d.target.name}`)).toEqual(['ipo 奈雪的茶']);
  });
});

describe('the date between the name and its verb', () => {
  it('passes over "已于2023年底" to the name', () => {
    const found = deals('据悉，星辰动力已于2023年底完成2亿元A+轮融资，由启明创投领投。');
    expect(found.map((d) => d.target.name)).toEqual(['星辰动力']);
  });
});

describe('other clauses a left-out name opens', () => {
  it('before a passive 被, before a listing on an exchange, between 将 and 收入囊中', () => {
    expect(deals('朗润医疗被恒通股份以4亿元全资收购。').map((d) => `${d.type} ${d.target.name}`)).toEqual(['acquisition 朗润医疗']);
    expect(deals('朗润医疗在纳斯达克敲钟上市，IPO融资1.2亿美元。').map((d) => `${d.type} ${d.target.name}`)).toEqual(['ipo 朗润医疗']);
    expect(deals('恒通股份斥资4亿元将朗润医疗收入囊中。').map((d) => `${d.type} ${d.target.name}`)).toEqual(['acquisition 朗润医疗']);
  });

  it('never shares, a stock or a company pointed at', () => {
    expect(deals('股票今日在港交所上市，募资5亿港元。')).toEqual([]);
    expect(deals('该公司今日在港交所上市，募资5亿港元。')).toEqual([]);
  });
});

describe('parties the reader left out, named by the grammar', () => {
  it('a merger partner between 与 and the verb; an investor inside 获…投资', () => {
    expect(deals('58同城与赶集网宣布合并。').flatMap((d) => d.investors.map((i) => i.name))).toContain('赶集网');
    expect(deals('新能源重卡企业驭风科技获海湾投资局投资3亿美元。').flatMap((d) => d.investors.map((i) => i.name))).toEqual(['海湾投资局']);
    // Not a size, a kind or a count of investors.
    expect(deals('星辰动力获得多家机构投资。')).toEqual([]);
    expect(deals('星辰动力获得数亿元战略投资。').flatMap((d) => d.investors)).toEqual([]);
  });
});

describe('words of time after an opening name', () => {
  it('passes over 此前 and 也', () => {
    expect(deals('星辰动力此前完成了B轮融资，由澜湖资本领投。').map((d) => d.target.name)).toEqual(['星辰动力']);
  });
});

describe('descriptions and names of other shapes before the verb', () => {
  it('passes over what the company does, closed by 的, and over a tool or an app', () => {
    expect(deals('主营储能变流器的汇能电控正式挂牌上市，募资总额约9.9亿元。').map((d) => `${d.type} ${d.target.name}`)).toEqual(['ipo 汇能电控']);
    expect(deals('AI编程工具码境宣布完成数千万美元天使轮融资，源码资本领投。').map((d) => d.target.name)).toEqual(['码境']);
  });

  it('takes a Latin name with its Chinese form in brackets, and a name in corner quotes', () => {
    expect(deals('主打东南亚市场的即时零售平台Lumo Fresh（鲁莫生鲜）宣布完成3500万美元B轮融资。').map((d) => d.target.name)).toEqual(['Lumo Fresh']);
    expect(deals('工业视觉检测公司「深瞳纪」近日完成1.2亿元A轮融资。').map((d) => d.target.name)).toEqual(['深瞳纪']);
  });

  it('a merger partner before 近日', () => {
    expect(deals('两家宠物医疗连锁品牌瑞宠与安心宠近日完成合并，门店总数超过200家。').flatMap((d) => d.investors.map((i) => i.name))).toEqual(['安心宠']);
  });
});
