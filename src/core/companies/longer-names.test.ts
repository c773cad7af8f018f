import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';

const records: CompanyRecord[] = [
  { id: 'ping-an', name: 'Ping An', zh: ['中国平安'], kind: 'company' },
  { id: 'barclays', name: 'Barclays', kind: 'company' },
  { id: 'renault', name: 'Renault', kind: 'company' },
  { id: 'nissan', name: 'Nissan', kind: 'company' },
  { id: 'mercedes-benz', name: 'Mercedes-Benz Group', shortNames: ['Mercedes'], kind: 'company' },
  { id: 'byd', name: 'BYD', zh: ['比亚迪'], kind: 'company' },
  { id: 'huawei', name: 'Huawei', zh: ['华为'], kind: 'company' },
  { id: 'mixue', name: 'Mixue', zh: ['蜜雪冰城'], kind: 'company' },
  { id: 'tencent', name: 'Tencent', zh: ['腾讯'], kind: 'company' },
  { id: 'shell', name: 'Shell', kind: 'company' },
  { id: 'orange', name: 'Orange', kind: 'company' },
  { id: 'petronas', name: 'Petronas', kind: 'company' },
  { id: 'apple', name: 'Apple', kind: 'company' },
  { id: 'toyota', name: 'Toyota', kind: 'company' },
  { id: 'bank-of-china', name: 'Bank of China', zh: ['中国银行'], kind: 'company' },
  { id: 'icbc', name: 'ICBC', zh: ['工商银行'], kind: 'company' },
  { id: 'alibaba', name: 'Alibaba', kind: 'company' },
  { id: 'vanguard', name: 'Vanguard', kind: 'investor' },
  { id: 'festina', name: 'Festina', kind: 'company' },
];
const matcher = createCompanyMatcher(records);
const found = (text: string) => findCompanies(text, matcher).map((m) => `${m.text}=${m.id}`);

describe('a company name inside the longer name of something named after it', () => {
  it('drops a title sponsor that opens a competition’s name', () => {
    expect(found('本赛季中国平安中国足球协会超级联赛场均观众超过两万人。')).toEqual([]);
    expect(found('Arsenal top the Barclays Premier League table.')).toEqual([]);
  });

  it('keeps the sponsor when the sentence goes on between it and the competition', () => {
    expect(found('中国平安续约冠名中超联赛。')).toEqual(['中国平安=ping-an']);
    expect(found('腾讯获得联赛转播权。')).toEqual(['腾讯=tencent']);
    expect(found('Barclays, which sponsors the Premier League, said profit rose.')).toEqual(['Barclays=barclays']);
    expect(found('蜜雪冰城一杯柠檬水卖4元。')).toEqual(['蜜雪冰城=mixue']);
  });

  it('drops a maker that closes a racing team’s hyphenated name, only in a story about racing', () => {
    expect(found('Villeneuve won the Hungarian Grand Prix for Williams-Renault ahead of McLaren-Mercedes.')).toEqual([]);
    expect(found('Shares of Renault fell as the Renault-Nissan alliance was reworked.')).toEqual(['Renault=renault', 'Renault=renault', 'Nissan=nissan']);
  });

  it('drops a Chinese maker that opens a model’s name', () => {
    expect(found('比亚迪秦PLUS和比亚迪汉EV领跑，华为Mate 70首销告罄。')).toEqual([]);
    expect(found('比亚迪和华为发布新车。')).toEqual(['比亚迪=byd', '华为=huawei']);
    expect(found('华为发布新系统，华为70 Pro开售；比亚迪推出比亚迪15，售价10万元。')).toEqual(['华为=huawei', '比亚迪=byd']);
    expect(found('华为15日发布，比亚迪100亿元投资落地。')).toEqual(['华为=huawei', '比亚迪=byd']);
  });

  it('drops a name that opens a place’s name', () => {
    expect(found('Shell Beach and Orange County beaches were closed.')).toEqual([]);
    expect(found('Shell and Orange reported profits.')).toEqual(['Shell=shell', 'Orange=orange']);
    expect(found('Tourists crowded the Petronas Towers; Orange Arena and Shell Stadium were full.')).toEqual([]);
    expect(found('Petronas said its towers in the City were full; Orange City Council met.')).toEqual(['Petronas=petronas']);
  });

  it('drops a maker before a model and its number, or before a product written as iPhone', () => {
    expect(found('The Huawei Mate 70 and the Apple iPhone 16 sold out.')).toEqual([]);
    expect(found('Toyota Motor 2025 results beat forecasts; Apple September 2024 sales rose.')).toEqual(['Toyota=toyota', 'Apple=apple']);
  });

  it('drops a name that opens a public body’s or an association’s name, not one a clause word follows', () => {
    expect(found('中国人民银行、中国银行保险监督管理委员会与中国证券监督管理委员会联合发文。')).toEqual([]);
    expect(found('中国银行与国家发展和改革委员会签约。')).toEqual(['中国银行=bank-of-china']);
  });

  it('keeps a bank before its results or its business (业绩, 业务), not the banking industry (银行业)', () => {
    expect(found('工商银行业绩发布，中国银行业务增长，中国银行业协会发布报告。')).toEqual(['工商银行=icbc', '中国银行=bank-of-china']);
  });

  it('drops a one-word name between "the" and "of": a common noun or a comparison', () => {
    expect(found('The Vanguard of the movement marched. Flipkart, the Alibaba of India, grew.')).toEqual([]);
    expect(found('Vanguard of Pennsylvania and Alibaba said.')).toEqual(['Vanguard=vanguard', 'Alibaba=alibaba']);
  });

  it('drops a one-word name between "the" and "team", and one before a street', () => {
    expect(found('Organisers threw the Festina team out; the Mercedes team struggled. Shell Road was closed.')).toEqual([]);
    expect(found('Festina said its teams would race.')).toEqual(['Festina=festina']);
  });
});

describe('a carmaker before its model’s Chinese name (issue 16, session 15)', () => {
  const found = (text: string) => findCompanies(text, createCompanyMatcher(records)).map((m) => m.text);
  it('reads 比亚迪汉 and 比亚迪海鸥 as the cars, 比亚迪 before a verb as the company', () => {
    expect(found('比亚迪汉销量增长，比亚迪海鸥上市，比亚迪表示将扩产。')).toEqual(['比亚迪']);
  });
});

describe('a model after the maker’s possessive or a four-digit number (issue 16, fresh set 2)', () => {
  const found = (text: string) => findCompanies(text, createCompanyMatcher([...records, { id: 'kweichow-moutai', name: 'Kweichow Moutai', zh: ['贵州茅台', '茅台'], kind: 'company' }])).map((m) => m.text);
  it('keeps 比亚迪 in "比亚迪的秦PLUS", drops 茅台 in "茅台1935的出厂价"', () => {
    expect(found('比亚迪的秦PLUS再度降价，茅台下调了茅台1935的出厂价。')).toEqual(['比亚迪', '茅台']);
  });
});
