// Backers listed after a Chinese backer word whose names the company reader left out (zh-backer-list.ts), read by the
// whole engine: the round's target and its investors with their roles.
import { describe, expect, it } from 'vitest';
import { companies } from '../../data/companies';
import { annotate } from '../annotate';
import { createCompanyMatcher } from '../companies';

const matcher = createCompanyMatcher(companies);
const investorsOf = (text: string) =>
  annotate(text, { companies: matcher, context: { lang: 'zh' } }).deals.map((d) => d.investors.filter((i) => i.id?.startsWith('unknown:')).map((i) => `${i.name}${i.role === 'lead' ? ':lead' : ''}`));

describe('Chinese backers listed after a backer word', () => {
  it('reads a list the reader took none of ("投资方包括上海国投、浦东创投等")', () => {
    expect(investorsOf('上海AI芯片公司沐曦集成电路近日完成新一轮数十亿元融资，投资方包括上海国投、浦东创投等。')).toEqual([['上海国投', '浦东创投']]);
  });
  it('gives the lead after 领投方 ("领投方为国投创合")', () => {
    expect(investorsOf('穹顶航天已完成6亿元B+轮融资。领投方为国投创合，跟投方包括中金资本。')).toEqual([['国投创合:lead']]);
  });
  it('stops at a kind of investor or a count ("投资方包括多家国资背景机构")', () => {
    expect(investorsOf('穹顶航天已完成6亿元B+轮融资，投资方包括多家国资背景机构和产业资本。')).toEqual([[]]);
  });
  it('takes a name the reader took that is a whole item, not the owner of an unnamed arm ("包括比亞迪及小米集團旗下投資平台")', () => {
    const deals = annotate('德爾科技今日在港交所主板掛牌，集資淨額約9.8億港元。是次上市引入五名基石投資者，包括比亞迪及小米集團旗下投資平台。', { companies: matcher, context: { lang: 'zh' } }).deals;
    expect(deals.map((d) => d.investors.map((i) => i.name))).toEqual([['BYD']]);
  });
  it('reads the arm named after its parent ("中国电子旗下中电投控")', () => {
    expect(investorsOf('芯驰存储今日在科创板上市，募集资金总额28.94亿元，战略投资者包括国家集成电路产业投资基金三期、中国电子旗下中电投控等。')[0]).toEqual(expect.arrayContaining(['中电投控']));
  });
});
