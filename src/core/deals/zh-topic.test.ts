import { describe, expect, it } from 'vitest';
import { companies } from '../../data/companies';
import { annotate } from '../annotate';
import { createCompanyMatcher } from '../companies';

const matcher = createCompanyMatcher(companies);
const deals = (text: string) =>
  annotate(text, { companies: matcher, context: { lang: 'zh', date: '2025-06-01' } }).deals.map((d) => `${d.type} ${d.target.name} ← ${d.investors.map((i) => i.name).join(',')}`);

describe('the company a Chinese sentence is about', () => {
  it('acts in a later clause that names no subject of its own (先是…；随后又…)', () => {
    expect(deals('证券时报记者注意到，半导体设备公司晶盛装备近期连续出手：先是以1.8亿元增资入股江苏微导精工，取得其15%股权；随后又宣布以现金4.5亿元收购上海衡越真空60%股权。')).toEqual([
      'stake-sale 江苏微导精工 ← 晶盛装备',
      'stake-sale 上海衡越真空 ← 晶盛装备',
    ]);
  });

  it('is what 该公司 stands for in the next sentence, past a clause of time and where the company is', () => {
    expect(deals('昨日，坐落于东莞松山湖的老牌模具企业精工科达迎来新东家。该公司发布公告称，深圳产业投资集团已完成受让公司控股股东所持的28%股份，交易总价约15.6亿元。')).toEqual([
      'stake-sale 精工科达 ← 深圳产业投资集团',
    ]);
  });

  it('is no clause that only says where the news comes from', () => {
    expect(deals('据悉，随后又宣布以现金4.5亿元收购上海衡越真空60%股权。').flatMap((d) => d)).not.toContain('← 据悉');
  });
});

describe('a merger whose first side the reader left out', () => {
  it('takes the name before 与 and what the second side is', () => {
    expect(deals('我市本土企业乐享出行与杭州的同行快骑科技宣布合并，合并后新公司将以乐享出行为主体运营。')).toEqual(['merger 快骑科技 ← 乐享出行']);
  });
});

describe('subjects of clauses that name none', () => {
  it('a deal recalled in a clause of 继…后 is background; the clause before the verb gives the buyer', () => {
    expect(deals('继去年完成对德国电动工具品牌Kraftwerk的收购后，工具制造商锐拓工业今日再度出手，以约3.2亿元全资收购苏州电池包企业能派科技。')).toEqual([
      'acquisition 能派科技 ← 锐拓工业',
    ]);
    expect(deals('继去年获得吉利汽车战略投资后，动力电池企业极电新能今年再获资本青睐，完成10亿元B轮融资。').map((d) => d.split(' ←')[0])).toEqual(['funding 极电新能']);
  });

  it('a look back on a company\'s story (回看…的融资史) names the company its rounds are', () => {
    expect(deals('回看极光出行的融资史，几乎每一轮都踩在了行业节点上：2023年，公司拿到了由IDG资本领投的A轮；去年底，又获得了由腾讯投资领投的6亿元B轮融资。').map((d) => d.split(' ←')[0])).toEqual([
      'funding 极光出行',
      'funding 极光出行',
    ]);
  });
});
