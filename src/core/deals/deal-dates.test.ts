import { describe, expect, it } from 'vitest';
import { createCompanyMatcher, findCompanies } from '../companies';
import { extractMoney } from '../money/extract-money';
import type { CompanyRecord } from '../types';
import { findTimeExpressions, formatTimeValue, governingExpression, precisionOf } from './deal-dates';
import { extractDeals } from './extract-deals';

/** What the one expression in `phrase` resolves to: the date, 'own' (the article's days), 'unplaced' or 'none' found. */
function resolve(phrase: string, articleDate?: string): string {
  const found = findTimeExpressions(phrase, articleDate);
  if (found.length === 0) return 'none';
  const value = found[0]!.value;
  return formatTimeValue(value) ?? value.kind;
}

describe('findTimeExpressions: English', () => {
  it.each([
    ['in February', '2024-07-10', '2024-02'],
    ['four months after', '2024-07-10', '2024-03'],
    ['a week after', '2024-07-10', 'own'],
    ['in February 2023', '2024-07-10', '2023-02'],
    ['in Feb. 2023', '2024-07-10', '2023-02'],
    ['in February of 2023', '2024-07-10', '2023-02'],
    ['in February last year', '2024-07-10', '2023-02'],
    ['in May this year', '2024-07-10', '2024-05'],
    ['in May', '2024-07-10', '2024-05'],
    ['in mid-March', '2024-07-10', '2024-03'],
    ['in early March', '2024-07-10', '2024-03'],
    ['at the end of March', '2024-07-10', '2024-03'],
    ['earlier in March', '2024-07-10', '2024-03'],
    ['on March 5', '2024-07-10', '2024-03-05'],
    ['on March 5th', '2024-07-10', '2024-03-05'],
    ['on March 5, 2023', '2024-07-10', '2023-03-05'],
    ['on October 31, 2023', '2023-11-02', '2023-10-31'],
    ['on 5 March 2023', '2024-07-10', '2023-03-05'],
    ['on 5 March', '2024-07-10', '2024-03-05'],
    ['last month', '2024-07-10', '2024-06'],
    ['earlier this month', '2024-07-10', '2024-07'],
    ['the previous month', '2024-07-10', '2024-06'],
    ['a year ago', '2024-07-10', '2023-07'],
    ['two months ago', '2024-07-10', '2024-05'],
    ['18 months ago', '2024-07-10', '2023-01'],
    // Only a year: found (it governs its deal), but no month to store.
    ['last year', '2024-07-10', '2023'],
    ['late last year', '2024-07-10', '2023'],
    ['earlier this year', '2024-07-10', '2024'],
    ['in 2019', '2024-07-10', '2019'],
    ['in late 2019', '2024-07-10', '2019'],
    ['in the first half of 2019', '2024-07-10', '2019'],
    ['five years ago', '2024-07-10', '2019'],
    // The deal's own date before its noun.
    ['in its April 17 IPO', '2024-04-26', '2024-04-17'],
    ['in their March debut', '2024-07-10', '2024-03'],
  ])('%s (article %s) → %s', (phrase, article, expected) => {
    expect(resolve(phrase, article)).toBe(expected);
  });

  it('reads a month later than the article month, with no year, as last year (year rollover)', () => {
    expect(resolve('in November', '2024-02-10')).toBe('2023-11');
    expect(resolve('on December 20', '2024-01-05')).toBe('2023-12-20');
    expect(resolve('last month', '2024-01-10')).toBe('2023-12');
    expect(resolve('three months ago', '2024-02-10')).toBe('2023-11');
    // The article's own month is this year's.
    expect(resolve('in December', '2024-12-01')).toBe('2024-12');
    expect(resolve('in February', '2024-02-29')).toBe('2024-02');
  });

  it('reads "last July" as July of the year before, and "this past July" as the latest July', () => {
    expect(resolve('last July', '2019-08-09')).toBe('2018-07');
    expect(resolve('last May', '2025-03-18')).toBe('2024-05');
    expect(resolve('last September', '2025-02-18')).toBe('2024-09');
    expect(resolve('this past July', '2019-08-09')).toBe('2019-07');
    expect(resolve('this past July', '2019-06-09')).toBe('2018-07');
  });

  it('reads weekdays, today and this week as the article’s own days', () => {
    for (const phrase of ['on Tuesday', 'last Tuesday', 'today', 'yesterday', 'this week', 'last week', 'earlier this week', 'two weeks ago', 'three days ago']) {
      expect(resolve(phrase, '2024-07-10'), phrase).toBe('own');
    }
  });

  it('cannot place a future time, a vague one, or a relative one without an article date', () => {
    expect(resolve('next month', '2024-07-10')).toBe('unplaced');
    expect(resolve('later this year', '2024-07-10')).toBe('unplaced');
    expect(resolve('several months ago', '2024-07-10')).toBe('unplaced');
    expect(resolve('on December 5', '2024-12-01')).toBe('unplaced');
    expect(resolve('in March 2025', '2024-07-10')).toBe('unplaced');
    expect(resolve('in February')).toBe('unplaced');
    expect(resolve('last month')).toBe('unplaced');
    expect(resolve('in February', 'not a date')).toBe('unplaced');
    // A date that states its year needs no article date.
    expect(resolve('in February 2023')).toBe('2023-02');
    expect(resolve('on October 31, 2023')).toBe('2023-10-31');
  });

  it('finds no deal time in plans, foundings, spans, quarters, datelines or the verb "may"', () => {
    for (const phrase of [
      'expected to close in March',
      'the deal will be completed in March',
      'is scheduled to list on May 5',
      'founded in 2015',
      'was set up in March 2019',
      'since 2019',
      'by March',
      'in the third quarter',
      'FRANKFURT, April 3 (Reuters)',
      'the round may in time grow',
      'on February 30',
    ]) {
      expect(resolve(phrase, '2024-07-10'), phrase).toBe('none');
    }
  });

  it('keeps the longest of overlapping expressions', () => {
    const found = findTimeExpressions('It raised $5 million in February last year from Acme.', '2024-07-10');
    expect(found.map((x) => x.text)).toEqual(['in February last year']);
  });

  it('gives offsets into the whole text when asked for a stretch of it', () => {
    const text = 'Intro. Acme raised $5 million in March. Outro in May.';
    const from = text.indexOf('Acme');
    const found = findTimeExpressions(text, '2024-07-10', from, text.indexOf('Outro'));
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('in March');
    expect(precisionOf(found[0]!.value)).toBe('month');
  });
});

describe('findTimeExpressions: Chinese', () => {
  it.each([
    ['今年2月', '2024-07-10', '2024-02'],
    ['2023年3月', '2024-07-10', '2023-03'],
    ['2023年3月5日', '2024-07-10', '2023-03-05'],
    ['２０２３年３月', '2024-07-10', '2023-03'],
    ['3月5日', '2024-07-10', '2024-03-05'],
    ['6月30日', '2016-07-01', '2016-06-30'],
    ['3月份', '2024-07-10', '2024-03'],
    ['去年3月', '2024-07-10', '2023-03'],
    ['去年12月', '2025-06-10', '2024-12'],
    ['前年5月', '2024-07-10', '2022-05'],
    ['上月', '2024-07-10', '2024-06'],
    ['上个月', '2024-07-10', '2024-06'],
    ['本月', '2024-07-10', '2024-07'],
    ['去年底', '2024-07-10', '2023-12'],
    ['3个月前', '2024-02-10', '2023-11'],
    ['一年前', '2024-07-10', '2023-07'],
    ['半年前', '2024-07-10', '2024-01'],
    ['半个月前', '2025-01-01', '2024-12'],
    ['半个月前', '2024-07-20', '2024-07'],
    // Only a year.
    ['去年', '2024-07-10', '2023'],
    ['前年', '2024-07-10', '2022'],
    ['今年初', '2024-07-10', '2024'],
    ['2023年', '2024-07-10', '2023'],
    ['三年前', '2024-07-10', '2021'],
  ])('%s (article %s) → %s', (phrase, article, expected) => {
    expect(resolve(phrase, article)).toBe(expected);
  });

  it('reads a month later than the article month, with no year, as last year', () => {
    expect(resolve('11月', '2024-02-10')).toBe('2023-11');
    expect(resolve('12月20日', '2024-01-05')).toBe('2023-12-20');
    expect(resolve('上月', '2024-01-10')).toBe('2023-12');
    expect(resolve('2月', '2024-02-10')).toBe('2024-02');
  });

  it('reads today, recently, weekdays and a bare day of the month as the article’s own days', () => {
    for (const phrase of ['今日', '今天', '昨日', '日前', '近日', '本周', '上周', '周二', '星期三', '1日']) {
      expect(resolve(phrase, '2024-02-02'), phrase).toBe('own');
    }
  });

  it('finds no deal time in foundings, spans, plans, durations or fiscal years', () => {
    for (const phrase of ['2015年成立', '成立于2015年', '自2019年以来', '截至2023年底', '预计将于6月完成', '计划于2025年上市', '3个月', '2023年度营收']) {
      expect(resolve(phrase, '2024-07-10'), phrase).toBe('none');
    }
  });

  it('needs the article date for a relative time', () => {
    expect(resolve('去年3月')).toBe('unplaced');
    expect(resolve('2023年3月')).toBe('2023-03');
  });
});

describe('governingExpression', () => {
  /** The expression that governs the deal anchored at `anchorText` (its amount) in `sentence`. */
  function governs(sentence: string, anchorText: string, articleDate: string, otherAnchor?: string): string | undefined {
    const at = sentence.indexOf(anchorText);
    const anchor = { start: at, end: at + anchorText.length };
    const whole = { start: 0, end: sentence.length };
    let region = whole;
    if (otherAnchor !== undefined) {
      const o = sentence.indexOf(otherAnchor);
      region = o > at ? { start: 0, end: o } : { start: o + otherAnchor.length, end: sentence.length };
    }
    return governingExpression(sentence, whole, anchor, findTimeExpressions(sentence, articleDate), region)?.text;
  }

  it('takes, in English, the expression after the amount in its clause, else the one before', () => {
    expect(governs('Truequi said on Tuesday that it raised a US$14 million Series A in January, led by Andes.', 'US$14 million', '2022-03-08')).toBe('in January');
    expect(governs('Databricks agreed in June to buy MosaicML for $1.3 billion.', '$1.3 billion', '2023-09-14')).toBe('in June');
    expect(governs('Alphabet agreed on Tuesday to buy Wiz for $32bn in cash.', '$32bn', '2025-03-18')).toBe('on Tuesday');
  });

  it('takes, in Chinese, the expression before the amount, then looks back clause by clause', () => {
    expect(governs('睿图智能已于今年2月完成2亿元B轮融资，由北辰资本领投。', '2亿元', '2024-05-20')).toBe('今年2月');
    expect(governs('远驰汽车于去年12月在港交所上市，发行价每股8.6港元，集资约12.4亿港元。', '12.4亿港元', '2025-06-10')).toBe('去年12月');
    expect(governs('公司以约537亿日元收购东芝的交易已于6月30日完成交割。', '537亿日元', '2016-07-01')).toBe('6月30日');
    // (A later clause of its closing restates the deal: "交割已于10月9日完成".)
    expect(governs('埃斯顿智能宣布，已以约1.2亿欧元完成对Cloos Robotic GmbH的收购，交割已于10月9日完成。', '1.2亿欧元', '2026-10-12')).toBe('10月9日');
  });

  it('lets an expression opening the sentence govern it', () => {
    expect(governs('In February, Moonshot raised $1 billion in a round led by Alibaba.', '$1 billion', '2024-07-15')).toBe('In February');
    expect(governs('2019年3月，由安踏体育、腾讯组成的财团以约46亿欧元完成收购。', '46亿欧元', '2024-02-02')).toBe('2019年3月');
  });

  it('keeps a date in another clause for its own verb ("which launched in March"), unless the clause restates the deal', () => {
    expect(governs('Acme, which launched its app in March, raised $5 million.', '$5 million', '2024-07-10')).toBeUndefined();
    expect(governs('Acme raised $5 million, its first round since it was founded in 2019.', '$5 million', '2024-07-10')).toBeUndefined();
    expect(governs('Harbourfront bought Silverstrand for HK$2 billion, its chairman told shareholders, in a deal completed in February that doubles its towers.', 'HK$2 billion', '2024-04-15')).toBe('in February');
  });

  it('lets a participle’s clause (", raising $X") take the time of the clause it hangs on', () => {
    expect(governs('Reddit went public in March 2021, raising $400 million.', '$400 million', '2025-07-15')).toBe('in March 2021');
    expect(governs('After agreeing on Nov. 30 to buy ImmunoGen for $31.26 a share, or about $10.1 billion, AbbVie said …', '$10.1 billion', '2023-12-07')).toBe('on Nov. 30');
    // (Not a clause of its own verb: "…, its first round since…" stays undated, as above.)
    expect(governs('Acme launched its app in March, and later raised $5 million.', '$5 million', '2024-07-10')).toBeUndefined();
  });

  it('dates the deal named after "N months after" by that many months before the article, and no deal before it', () => {
    expect(governs('Merck agreed to buy Verona for $10 billion, a month after Sanofi struck a $9.5 billion deal for Blueprint.', '$9.5 billion', '2025-07-09')).toBe('a month after');
    expect(governs('Merck agreed to buy Verona for $10 billion two months after Sanofi bought Blueprint.', '$10 billion', '2025-07-09')).toBeUndefined();
  });

  it('gives each deal of a sentence its own time', () => {
    const s = 'Broadcom is buying Symantec for $10.7 billion, after it agreed to pay $18.9 billion for CA last July.';
    expect(governs(s, '$10.7 billion', '2019-08-09', '$18.9 billion')).toBeUndefined();
    expect(governs(s, '$18.9 billion', '2019-08-09', '$10.7 billion')).toBe('last July');
  });
});

describe('extractDeals with the article date', () => {
  const records: CompanyRecord[] = [
    { id: 'moonshot', name: 'Moonshot', zh: ['月之暗面'], kind: 'company' },
    { id: 'zhipu', name: 'Zhipu', zh: ['智谱'], kind: 'company' },
    { id: 'alibaba', name: 'Alibaba', zh: ['阿里巴巴'], kind: 'both' },
    { id: 'tencent', name: 'Tencent', zh: ['腾讯'], kind: 'both' },
  ];
  const matcher = createCompanyMatcher(records);
  const dated = (text: string, articleDate?: string) =>
    extractDeals(text, extractMoney(text), findCompanies(text, matcher), articleDate).map((d) => [d.target.id, d.type, d.date]);

  it('dates a round reported again months later by the month the text gives (issue 17, item 5)', () => {
    expect(dated('In February, Moonshot raised $1 billion in a round led by Alibaba.', '2024-07-15')).toEqual([['moonshot', 'funding', '2024-02']]);
    expect(dated('Moonshot raised $1 billion in February in a round led by Alibaba.', '2024-07-15')).toEqual([['moonshot', 'funding', '2024-02']]);
    expect(dated('Moonshot said on Tuesday it raised $1 billion last month, led by Alibaba.', '2024-07-15')).toEqual([['moonshot', 'funding', '2024-06']]);
    expect(dated('月之暗面于今年2月完成10亿美元融资，阿里巴巴领投。', '2024-07-15')).toEqual([['moonshot', 'funding', '2024-02']]);
    expect(dated('去年12月，智谱完成25亿元融资，腾讯领投。', '2024-07-15')).toEqual([['zhipu', 'funding', '2023-12']]);
  });

  it('reads 同月 (the same month) as the month named last before it', () => {
    const found = findTimeExpressions('去年12月，两家集团完成重组；同月，城投集团还受让了华东环保15%的股份。', '2025-01-16');
    expect(found.map((x) => [x.text, formatTimeValue(x.value)])).toEqual([['去年12月', '2024-12'], ['同月', '2024-12']]);
    expect(resolve('同月', '2025-01-16')).toBe('none');
    expect(resolve('去年同期', '2025-12-09')).toBe('2024-12');
  });

  it('rolls a later month back to last year', () => {
    expect(dated('Moonshot raised $1 billion in November, led by Alibaba.', '2024-02-10')).toEqual([['moonshot', 'funding', '2023-11']]);
    expect(dated('智谱于11月完成25亿元融资。', '2024-02-10')).toEqual([['zhipu', 'funding', '2023-11']]);
  });

  it('leaves the date out when the text gives none, only a year, or the article’s own days', () => {
    expect(dated('Moonshot raised $1 billion in a round led by Alibaba, the company said on Tuesday.', '2024-07-15')).toEqual([['moonshot', 'funding', undefined]]);
    expect(dated('Moonshot raised $1 billion last year in a round led by Alibaba.', '2024-07-15')).toEqual([['moonshot', 'funding', undefined]]);
    expect(dated('月之暗面今日宣布完成10亿美元融资。', '2024-07-15')).toEqual([['moonshot', 'funding', undefined]]);
    expect(dated('Moonshot raised $1 billion in a round led by Alibaba.', '2024-07-15')).toEqual([['moonshot', 'funding', undefined]]);
  });

  it('reads "the deal closed on …" in the next sentence', () => {
    expect(dated('Alibaba agreed to buy Zhipu for $300 million. The transaction closed on March 5.', '2024-07-15')).toEqual([['zhipu', 'acquisition', '2024-03-05']]);
    expect(dated('Alibaba agreed to buy Zhipu for $300 million. The market closed on March 5.', '2024-07-15')).toEqual([['zhipu', 'acquisition', undefined]]);
    // ("The deal closed May 1": a day right after the verb, without "on".)
    expect(dated('Alibaba agreed to buy Zhipu for $300 million. The deal closed May 1; terms were not disclosed.', '2024-07-15')).toEqual([['zhipu', 'acquisition', '2024-05-01']]);
  });

  it('dates a completed purchase by its completion, not by the day it was announced', () => {
    expect(dated('Alibaba has completed its $300 million takeover of Zhipu. Alibaba had announced the deal in May.', '2024-07-15')).toEqual([['zhipu', 'acquisition', undefined]]);
    expect(dated('Alibaba agreed to buy Zhipu for $300 million. Alibaba announced the deal in May.', '2024-07-15')).toEqual([['zhipu', 'acquisition', '2024-05']]);
  });

  it('without an article date, keeps only dates that state their year', () => {
    expect(dated('Moonshot raised $1 billion in February 2023, led by Alibaba.')).toEqual([['moonshot', 'funding', '2023-02']]);
    expect(dated('Moonshot raised $1 billion in February, led by Alibaba.')).toEqual([['moonshot', 'funding', undefined]]);
  });
});

describe('a completed purchase and the day it was agreed (session dealsen18)', () => {
  it('takes no date from a clause on when the purchase was agreed', async () => {
    const { annotate, createCompanyMatcher: matcherOf } = await import('../index');
    const { companies } = await import('../../data/companies');
    const text = 'Danish drugmaker Nordhavn Pharma has completed its purchase of San Diego-based Cellvera Bio, which it agreed to buy in July for $2.1 billion.';
    const a = annotate(text, { companies: matcherOf(companies), context: { lang: 'en', date: '2026-09-14' } });
    expect(a.deals.map((d) => `${d.target.name} ${d.date ?? 'none'}`)).toEqual(['Cellvera Bio none']);
    const agreed = annotate('Nordhavn Pharma agreed in July to buy Cellvera Bio for $2.1 billion.', { companies: matcherOf(companies), context: { lang: 'en', date: '2026-09-14' } });
    expect(agreed.deals.map((d) => d.date)).toEqual(['2026-07']);
  });
});
