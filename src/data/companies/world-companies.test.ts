import { describe, expect, it } from 'vitest';
import { createCompanyMatcher, findMentions } from '../../core';
import type { CompanyRecord } from '../../core/types';
import { companies } from './index';
import world from './world-companies.json';

// world-companies.json: large companies outside the US and Europe, shipping lines, ports, airlines, miners, large
// private and state-owned groups. The checks here read text with the whole bundled data, as the product does.

const matcher = createCompanyMatcher(companies);
const found = (text: string) => findMentions(text, { companies: matcher, context: { lang: 'en' } }).companies.map((c) => `${text.slice(c.start, c.end)}=${c.id}`);
const records = world as CompanyRecord[];
const zh = (text: string) => findMentions(text, { companies: matcher, context: { lang: 'zh' } }).companies.map((c) => `${text.slice(c.start, c.end)}=${c.id}`);

describe('world-companies.json', () => {
  it('holds at least 400 records, each with a country, none an investor', () => {
    expect(records.length).toBeGreaterThanOrEqual(400);
    expect(records.filter((r) => r.country === undefined).map((r) => r.id).length).toBeLessThan(records.length / 20);
    expect(records.filter((r) => r.kind !== 'company').map((r) => r.id)).toEqual([]);
  });

  it('finds the companies wire stories from Africa, Asia and the Gulf name', () => {
    expect(found('Impala Platinum (Implats) and Royal Bafokeng Platinum said output fell; Adani Ports bought a terminal.')).toEqual([
      'Impala Platinum=impala-platinum',
      'Implats=impala-platinum',
      'Royal Bafokeng Platinum=royal-bafokeng-platinum',
      'Adani Ports=adani-ports-and-special-economic-zone',
    ]);
    expect(found('Seatrium, formerly Sembcorp Marine, won an order from Mediterranean Shipping Company.')).toEqual([
      'Seatrium=seatrium',
      'Sembcorp Marine=seatrium',
      'Mediterranean Shipping Company=mediterranean-shipping-company',
    ]);
    expect(found('中国商飞与中国华能签约。')).toEqual(['中国商飞=comac', '中国华能=china-huaneng-group']);
    expect(zh('阳明海运与长荣航空、台湾中油签约，地中海航运跟进。')).toEqual([
      '阳明海运=yang-ming-marine-transport',
      '长荣航空=eva-air',
      '台湾中油=cpc-corporation',
      '地中海航运=mediterranean-shipping-company',
    ]);
  });

  it('takes a short form that is a place or a surname only after the full name', () => {
    expect(found('Northam and Kumba are towns; Yang Ming met Wan Hai.')).toEqual([]);
    expect(found('Northam Platinum raised its forecast. Northam said costs rose.')).toEqual(['Northam Platinum=northam-platinum', 'Northam=northam-platinum']);
    expect(found('Giovanni Ferrero and Guido Barilla spoke; Sulaiman Al Rajhi listened.')).toEqual([]);
  });

  it('leaves places, buildings, events and common abbreviations alone', () => {
    expect(found('The United Arab Emirates and Saudi Arabia met at the Mobile World Congress.')).toEqual([]);
    expect(found('Visitors saw the Petronas Towers and Masdar City.')).toEqual([]);
    expect(found('The Belt and Road Initiative (BRI) lent PLN 5 million; AIS data tracked ships.')).toEqual([]);
    // A flag carrier's country is not its short form, nor its name before 业 (the industry) a company.
    expect(zh('土耳其航空宣布新航线，土耳其将举办峰会，土耳其航空业复苏。')).toEqual(['土耳其航空=turkish-airlines']);
    // Chinese names read inside everyday words were left out: 中国巨头, 平台化, 每日航班, 东南亚航空.
    expect(zh('中国巨头纷纷出海，平台化和平台电商发展，每日航班增加，东南亚航空市场回暖。')).toEqual([]);
  });
});
