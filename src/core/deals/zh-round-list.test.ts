import { describe, expect, it } from 'vitest';
import { companies } from '../../data/companies';
import { annotate } from '../annotate';
import { createCompanyMatcher } from '../companies';

const matcher = createCompanyMatcher(companies);
const rounds = (text: string) =>
  annotate(text, { companies: matcher, context: { lang: 'zh' } }).deals.map((d) => `${d.target.name} ${d.round ?? '-'} ← ${d.investors.map((i) => `${i.name}/${i.role ?? ''}`).join(',')}`);

describe('rounds told as a list after the count of them', () => {
  it('reads each round with the backers of its own clause, and no round for the count', () => {
    expect(rounds('专注合成生物原料的微元合成宣布连续完成两轮融资：天使轮由峰瑞资本独家投资，天使+轮由BV百度风投领投、老股东峰瑞资本跟投。')).toEqual([
      '微元合成 Angel ← FreesFund/lead',
      '微元合成 Angel+ ← Baidu Ventures/lead,FreesFund/existing',
    ]);
  });

  it('leaves a count of rounds with no list as one report', () => {
    expect(rounds('微元合成宣布连续完成两轮融资，由峰瑞资本领投。')).toHaveLength(1);
  });

  it('reads the rounds named before their count, with no amount from their total ("A轮和A+轮两轮融资，合计金额超过5亿元")', () => {
    const deals = annotate('星辰智造连续完成A轮和A+轮两轮融资，合计金额超过5亿元。', { companies: matcher, context: { lang: 'zh' } }).deals;
    expect(deals.map((d) => [d.target.name, d.round, d.money])).toEqual([
      ['星辰智造', 'Series A', undefined],
      ['星辰智造', 'Series A+', undefined],
    ]);
  });
  it('reads two rounds named and joined with no count, each with the backers of its own later clause', () => {
    const deals = annotate('具身智能公司「灵初智能」近日连续完成天使轮和天使+轮融资，天使轮由高瓴创投独家投资，天使+轮由蓝驰创投领投、真格基金跟投。', { companies: matcher, context: { lang: 'zh' } }).deals;
    expect(deals.map((d) => [d.round, d.investors.map((i) => i.name)])).toEqual([
      ['Angel', ['GL Ventures']],
      ['Angel+', ['BlueRun Ventures', 'ZhenFund']],
    ]);
  });
});
