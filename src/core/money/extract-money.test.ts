import { describe, it, expect } from 'vitest';
import { demoArticle, ZHIPU_WIRE_STORY } from '../../../test/fixtures';
import type { MoneyMention, PageContext } from '../types';
import { extractMoney } from './extract-money';

/** The fields a mention is judged on. */
type Want = Pick<MoneyMention, 'text' | 'currency' | 'amount' | 'amountMax' | 'approx' | 'equivalentOf'>;
const m = (text: string, currency: string, amount: number, extra: Partial<Want> = {}): Want =>
  ({ text, currency, amount, ...extra });

/** The fields under test, with absent optional fields left out so that extras show up as failures. */
function project(x: MoneyMention): Want {
  const w: Want = { text: x.text, currency: x.currency, amount: x.amount };
  if (x.amountMax !== undefined) w.amountMax = x.amountMax;
  if (x.approx !== undefined) w.approx = x.approx;
  if (x.equivalentOf !== undefined) w.equivalentOf = x.equivalentOf;
  return w;
}

function check(input: string, want: Want[], ctx?: PageContext): void {
  const got = extractMoney(input, ctx);
  expect(got.map(project)).toEqual(want);
  for (const g of got) expect(input.slice(g.start, g.end)).toBe(g.text);
}

describe('digits, separators and English scales', () => {
  it.each<[string, Want[]]>([
    ['$342 million', [m('$342 million', 'USD', 342e6)]],
    ['$300 million', [m('$300 million', 'USD', 300e6)]],
    ['$1.5bn', [m('$1.5bn', 'USD', 1.5e9)]],
    ['$1.5 bn', [m('$1.5 bn', 'USD', 1.5e9)]],
    ['$1,200.5', [m('$1,200.5', 'USD', 1200.5)]],
    ['$1,200,000', [m('$1,200,000', 'USD', 1.2e6)]],
    ['$1.2', [m('$1.2', 'USD', 1.2)]],
    ['$ 5 million', [m('$ 5 million', 'USD', 5e6)]],
    ['$5M', [m('$5M', 'USD', 5e6)]],
    ['$5m', [m('$5m', 'USD', 5e6)]],
    ['$5MM', [m('$5MM', 'USD', 5e6)]],
    ['$5 MM', [m('$5 MM', 'USD', 5e6)]],
    ['$5mn', [m('$5mn', 'USD', 5e6)]],
    ['$5 mln', [m('$5 mln', 'USD', 5e6)]],
    ['$3B', [m('$3B', 'USD', 3e9)]],
    ['$3b', [m('$3b', 'USD', 3e9)]],
    ['$3 billion', [m('$3 billion', 'USD', 3e9)]],
    ['$3 Billion', [m('$3 Billion', 'USD', 3e9)]],
    ['$1 trillion', [m('$1 trillion', 'USD', 1e12)]],
    ['$1.2tn', [m('$1.2tn', 'USD', 1.2e12)]],
    ['$50k', [m('$50k', 'USD', 5e4)]],
    ['$50K', [m('$50K', 'USD', 5e4)]],
    ['$50 thousand', [m('$50 thousand', 'USD', 5e4)]],
    ['US$2 million', [m('US$2 million', 'USD', 2e6)]],
    ['HK$3.5 billion', [m('HK$3.5 billion', 'HKD', 3.5e9)]],
    ['NT$10 billion', [m('NT$10 billion', 'TWD', 1e10)]],
    ['S$200 million', [m('S$200 million', 'SGD', 2e8)]],
    ['A$1.1 billion', [m('A$1.1 billion', 'AUD', 1.1e9)]],
    ['C$500 million', [m('C$500 million', 'CAD', 5e8)]],
    ['€5m', [m('€5m', 'EUR', 5e6)]],
    ['€ 5 million', [m('€ 5 million', 'EUR', 5e6)]],
    ['5 million €', [m('5 million €', 'EUR', 5e6)]],
    ['£1.2 billion', [m('£1.2 billion', 'GBP', 1.2e9)]],
    ['₩1 trillion', [m('₩1 trillion', 'KRW', 1e12)]],
    ['₹500 crore', [m('₹500 crore', 'INR', 5e9)]],
    ['Rs 500 crore', [m('Rs 500 crore', 'INR', 5e9)]],
    ['Rs. 2 lakh', [m('Rs. 2 lakh', 'INR', 2e5)]],
    ['Rs 1,00,000', [m('Rs 1,00,000', 'INR', 1e5)]],
    ['RMB1.5bn', [m('RMB1.5bn', 'CNY', 1.5e9)]],
    ['RMB 1.5 billion', [m('RMB 1.5 billion', 'CNY', 1.5e9)]],
    ['Rmb3bn', [m('Rmb3bn', 'CNY', 3e9)]],
    ['CNY 200m', [m('CNY 200m', 'CNY', 2e8)]],
    ['CN¥100 million', [m('CN¥100 million', 'CNY', 1e8)]],
    ['USD 5m', [m('USD 5m', 'USD', 5e6)]],
    ['USD5m', [m('USD5m', 'USD', 5e6)]],
    ['EUR 40 million', [m('EUR 40 million', 'EUR', 4e7)]],
    ['GBP 3bn', [m('GBP 3bn', 'GBP', 3e9)]],
    ['JPY 500 billion', [m('JPY 500 billion', 'JPY', 5e11)]],
    ['KRW 2 trillion', [m('KRW 2 trillion', 'KRW', 2e12)]],
    ['1.5 billion USD', [m('1.5 billion USD', 'USD', 1.5e9)]],
    ['40 million EUR', [m('40 million EUR', 'EUR', 4e7)]],
  ])('%s', (input, want) => check(input, want));
});

describe('currency words', () => {
  it.each<[string, Want[]]>([
    ['2.5 billion yuan', [m('2.5 billion yuan', 'CNY', 2.5e9)]],
    ['10 billion renminbi', [m('10 billion renminbi', 'CNY', 1e10)]],
    ['3 million Chinese yuan', [m('3 million Chinese yuan', 'CNY', 3e6)]],
    ['5 million dollars', [m('5 million dollars', 'USD', 5e6)]],
    ['5 million US dollars', [m('5 million US dollars', 'USD', 5e6)]],
    ['5 billion Hong Kong dollars', [m('5 billion Hong Kong dollars', 'HKD', 5e9)]],
    ['$5 billion Hong Kong dollars', [m('$5 billion Hong Kong dollars', 'HKD', 5e9)]],
    ['2 billion Singapore dollars', [m('2 billion Singapore dollars', 'SGD', 2e9)]],
    ['20 billion New Taiwan dollars', [m('20 billion New Taiwan dollars', 'TWD', 2e10)]],
    ['3 million euros', [m('3 million euros', 'EUR', 3e6)]],
    ['3 million pounds', [m('3 million pounds', 'GBP', 3e6)]],
    ['100 billion yen', [m('100 billion yen', 'JPY', 1e11)]],
    ['5,000 yen', [m('5,000 yen', 'JPY', 5000)]],
    ['2 trillion won', [m('2 trillion won', 'KRW', 2e12)]],
    ['500 crore rupees', [m('500 crore rupees', 'INR', 5e9)]],
    ['800 rupees', [m('800 rupees', 'INR', 800)]],
    ['a 5 dollar bill', [m('5 dollar', 'USD', 5)]],
  ])('%s', (input, want) => check(input, want));

  it('explains the currency', () => {
    const [a, b, c] = extractMoney('2.5 billion yuan, US$2 million, RMB1.5bn');
    expect(a?.currencyReason).toBe('word yuan');
    expect(b?.currencyReason).toBe('symbol US$');
    expect(c?.currencyReason).toBe('code RMB');
    expect(extractMoney('$5')[0]?.currencyReason).toBe('bare $ defaults to USD');
  });
});

describe('Chinese forms', () => {
  it.each<[string, Want[]]>([
    ['25亿元', [m('25亿元', 'CNY', 25e8)]],
    ['２５亿元', [m('２５亿元', 'CNY', 25e8)]],
    ['1.85亿元', [m('1.85亿元', 'CNY', 1.85e8)]],
    ['2540万美元', [m('2540万美元', 'USD', 2.54e7)]],
    ['3000万港元', [m('3000万港元', 'HKD', 3e7)]],
    ['3000万港币', [m('3000万港币', 'HKD', 3e7)]],
    ['1.5万亿元', [m('1.5万亿元', 'CNY', 1.5e12)]],
    ['3千万元', [m('3千万元', 'CNY', 3e7)]],
    ['5百万美元', [m('5百万美元', 'USD', 5e6)]],
    ['1亿5000万元', [m('1亿5000万元', 'CNY', 1.5e8)]],
    // Plain units after the last scale, as many digits as it has zeros (saved real pages: 4万4800円 was read as 4800円).
    ['1万2999元', [m('1万2999元', 'CNY', 12999)]],
    ['4万4800円', [m('4万4800円', 'JPY', 44800)]],
    ['19億2,960万2,532円', [m('19億2,960万2,532円', 'JPY', 1929602532)]],
    ['1万0500元', [m('1万0500元', 'CNY', 10500)]],
    // Digit characters in a row are digits written out; a written zero before the scale is a form's blank.
    ['一〇五万元', [m('一〇五万元', 'CNY', 1.05e6)]],
    ['一万零五百元', [m('一万零五百元', 'CNY', 10500)]],
    ['〇万円以下の罰金', []],
    ['二十五亿元', [m('二十五亿元', 'CNY', 25e8)]],
    ['一千万美元', [m('一千万美元', 'USD', 1e7)]],
    ['两亿元', [m('两亿元', 'CNY', 2e8)]],
    ['十元', [m('十元', 'CNY', 10)]],
    ['百万美元', [m('百万美元', 'USD', 1e6)]],
    ['25亿人民币', [m('25亿人民币', 'CNY', 25e8)]],
    ['25亿元人民币', [m('25亿元人民币', 'CNY', 25e8)]],
    ['人民币25亿元', [m('人民币25亿元', 'CNY', 25e8)]],
    ['人民币 3000万', [m('人民币 3000万', 'CNY', 3e7)]],
    ['5亿日元', [m('5亿日元', 'JPY', 5e8)]],
    ['100亿韩元', [m('100亿韩元', 'KRW', 1e10)]],
    ['3亿欧元', [m('3亿欧元', 'EUR', 3e8)]],
    ['2亿英镑', [m('2亿英镑', 'GBP', 2e8)]],
    ['50亿新台币', [m('50亿新台币', 'TWD', 5e9)]],
    ['1亿澳元', [m('1亿澳元', 'AUD', 1e8)]],
    ['5000万美金', [m('5000万美金', 'USD', 5e7)]],
    ['30億美元', [m('30億美元', 'USD', 3e9)]],
    ['2,000萬港元', [m('2,000萬港元', 'HKD', 2e7)]],
    ['100元', [m('100元', 'CNY', 100)]],
    ['¥100万', [m('¥100万', 'CNY', 1e6)]],
    ['￥25亿元', [m('￥25亿元', 'CNY', 25e8)]],
    ['投资二十五亿元，', [m('二十五亿元', 'CNY', 25e8)]],
    ['完成数亿元B轮融资', [m('数亿元', 'CNY', 2e8, { amountMax: 9e8, approx: 'vague' })]],
  ])('%s', (input, want) => check(input, want));
});

describe('vague Chinese amounts', () => {
  it.each<[string, Want[]]>([
    ['数千万元', [m('数千万元', 'CNY', 2e7, { amountMax: 9e7, approx: 'vague' })]],
    ['数亿美元', [m('数亿美元', 'USD', 2e8, { amountMax: 9e8, approx: 'vague' })]],
    ['数百万美元', [m('数百万美元', 'USD', 2e6, { amountMax: 9e6, approx: 'vague' })]],
    ['数十亿元', [m('数十亿元', 'CNY', 2e9, { amountMax: 9e9, approx: 'vague' })]],
    ['几千万元', [m('几千万元', 'CNY', 2e7, { amountMax: 9e7, approx: 'vague' })]],
    ['十几亿元', [m('十几亿元', 'CNY', 11e8, { amountMax: 19e8, approx: 'vague' })]],
    ['三四千万元', [m('三四千万元', 'CNY', 3e7, { amountMax: 4e7, approx: 'vague' })]],
    ['近亿元', [m('亿元', 'CNY', 8e7, { amountMax: 1e8, approx: 'vague' })]],
    ['上亿元', [m('亿元', 'CNY', 1e8, { approx: 'at-least' })]],
    ['超亿元', [m('亿元', 'CNY', 1e8, { approx: 'over' })]],
    ['营收破万亿元', [m('万亿元', 'CNY', 1e12, { approx: 'over' })]],
    ['5000多万元', [m('5000多万元', 'CNY', 5e7, { approx: 'over' })]],
    ['1000余万元', [m('1000余万元', 'CNY', 1e7, { approx: 'over' })]],
    ['3亿多元', [m('3亿多元', 'CNY', 3e8, { approx: 'over' })]],
    ['三百多万元', [m('三百多万元', 'CNY', 3e6, { approx: 'over' })]],
    ['单位：亿元', []],
    ['（亿元）', []],
  ])('%s', (input, want) => check(input, want));
});

describe('ranges', () => {
  it.each<[string, Want[]]>([
    ['$2-3 billion', [m('$2-3 billion', 'USD', 2e9, { amountMax: 3e9 })]],
    ['$2–3 billion', [m('$2–3 billion', 'USD', 2e9, { amountMax: 3e9 })]],
    ['$1 billion to $2 billion', [m('$1 billion to $2 billion', 'USD', 1e9, { amountMax: 2e9 })]],
    ['between $1bn and $2bn', [m('$1bn and $2bn', 'USD', 1e9, { amountMax: 2e9 })]],
    ['$1bn-$2bn', [m('$1bn-$2bn', 'USD', 1e9, { amountMax: 2e9 })]],
    ['$500 million to $1 billion', [m('$500 million to $1 billion', 'USD', 5e8, { amountMax: 1e9 })]],
    ['2 to 3 billion yuan', [m('2 to 3 billion yuan', 'CNY', 2e9, { amountMax: 3e9 })]],
    ['$20-30', [m('$20-30', 'USD', 20, { amountMax: 30 })]],
    ['2亿至3亿元', [m('2亿至3亿元', 'CNY', 2e8, { amountMax: 3e8 })]],
    ['2亿到3亿元', [m('2亿到3亿元', 'CNY', 2e8, { amountMax: 3e8 })]],
    ['2亿元至3亿元', [m('2亿元至3亿元', 'CNY', 2e8, { amountMax: 3e8 })]],
    ['20-30亿元', [m('20-30亿元', 'CNY', 2e9, { amountMax: 3e9 })]],
    ['20～30亿元', [m('20～30亿元', 'CNY', 2e9, { amountMax: 3e9 })]],
    ['500万至1亿元', [m('500万至1亿元', 'CNY', 5e6, { amountMax: 1e8 })]],
    ['1.5-2亿美元', [m('1.5-2亿美元', 'USD', 1.5e8, { amountMax: 2e8 })]],
    // A change, not a range.
    ['rose from $1bn to $2bn', [m('$1bn', 'USD', 1e9), m('$2bn', 'USD', 2e9)]],
    ['从1亿元增至2亿元', [m('1亿元', 'CNY', 1e8), m('2亿元', 'CNY', 2e8)]],
    // Descending or mixed currencies are two amounts.
    ['$3 billion-$2 billion', [m('$3 billion', 'USD', 3e9), m('$2 billion', 'USD', 2e9)]],
    ['2023-25亿元', [m('25亿元', 'CNY', 25e8)]],
    ['€1bn to $2bn', [m('€1bn', 'EUR', 1e9), m('$2bn', 'USD', 2e9)]],
  ])('%s', (input, want) => check(input, want));
});

describe('qualifiers (set approx, not part of the span)', () => {
  it.each<[string, Want[]]>([
    ['about $5 million', [m('$5 million', 'USD', 5e6, { approx: 'about' })]],
    ['around $5 million', [m('$5 million', 'USD', 5e6, { approx: 'about' })]],
    ['roughly €3bn', [m('€3bn', 'EUR', 3e9, { approx: 'about' })]],
    ['approximately $1 billion', [m('$1 billion', 'USD', 1e9, { approx: 'about' })]],
    ['nearly $2 billion', [m('$2 billion', 'USD', 2e9, { approx: 'under' })]],
    ['almost $2 billion', [m('$2 billion', 'USD', 2e9, { approx: 'under' })]],
    ['less than $1 million', [m('$1 million', 'USD', 1e6, { approx: 'under' })]],
    ['more than $1 billion', [m('$1 billion', 'USD', 1e9, { approx: 'over' })]],
    ['over $1 billion', [m('$1 billion', 'USD', 1e9, { approx: 'over' })]],
    ['up to $1 billion', [m('$1 billion', 'USD', 1e9, { approx: 'up-to' })]],
    ['as much as $1 billion', [m('$1 billion', 'USD', 1e9, { approx: 'up-to' })]],
    ['at least $1 billion', [m('$1 billion', 'USD', 1e9, { approx: 'at-least' })]],
    ['$1 billion or more', [m('$1 billion', 'USD', 1e9, { approx: 'at-least' })]],
    ['约25亿元', [m('25亿元', 'CNY', 25e8, { approx: 'about' })]],
    ['大约25亿元', [m('25亿元', 'CNY', 25e8, { approx: 'about' })]],
    ['近3亿元', [m('3亿元', 'CNY', 3e8, { approx: 'under' })]],
    ['超过10亿美元', [m('10亿美元', 'USD', 1e9, { approx: 'over' })]],
    ['逾10亿美元', [m('10亿美元', 'USD', 1e9, { approx: 'over' })]],
    ['最高5000万元', [m('5000万元', 'CNY', 5e7, { approx: 'up-to' })]],
    ['至少1亿元', [m('1亿元', 'CNY', 1e8, { approx: 'at-least' })]],
    ['1亿元左右', [m('1亿元', 'CNY', 1e8, { approx: 'about' })]],
    ['1亿元以上', [m('1亿元', 'CNY', 1e8, { approx: 'at-least' })]],
    ['moreover $5', [m('$5', 'USD', 5)]],
    // A negated bound is the other bound: never the reverse of what the text says.
    ['no less than US$600 million', [m('US$600 million', 'USD', 6e8, { approx: 'at-least' })]],
    ['not less than $600 million', [m('$600 million', 'USD', 6e8, { approx: 'at-least' })]],
    ['no fewer than $2 million', [m('$2 million', 'USD', 2e6, { approx: 'at-least' })]],
    ['not more than $700 million', [m('$700 million', 'USD', 7e8, { approx: 'up-to' })]],
    ['no more than $700 million', [m('$700 million', 'USD', 7e8, { approx: 'up-to' })]],
    ['not exceeding $700 million', [m('$700 million', 'USD', 7e8, { approx: 'up-to' })]],
    ['不低于50亿元', [m('50亿元', 'CNY', 5e9, { approx: 'at-least' })]],
    ['不少于50亿元', [m('50亿元', 'CNY', 5e9, { approx: 'at-least' })]],
    ['不超过50亿元', [m('50亿元', 'CNY', 5e9, { approx: 'up-to' })]],
    ['不高于50亿元', [m('50亿元', 'CNY', 5e9, { approx: 'up-to' })]],
    ['不多于50亿元', [m('50亿元', 'CNY', 5e9, { approx: 'up-to' })]],
  ])('%s', (input, want) => check(input, want));
});

describe('more forms seen in the wild', () => {
  it.each<[string, Want[]]>([
    ['a 1.5 billion-yuan deal', [m('1.5 billion-yuan', 'CNY', 1.5e9)]],
    ['a $5 million-dollar home', [m('$5 million-dollar', 'USD', 5e6)]],
    ['融资 25 亿元', [m('25 亿元', 'CNY', 25e8)]],
    ['25亿 元', [m('25亿 元', 'CNY', 25e8)]],
    ['＄5 million', [m('＄5 million', 'USD', 5e6)]],
    ['5000万円', [m('5000万円', 'JPY', 5e7)]],
    ['10億円の資金', [m('10億円', 'JPY', 1e9)]],
    ['$5 billion a year', [m('$5 billion', 'USD', 5e9)]],
    ['a $2 billion-plus deal', [m('$2 billion', 'USD', 2e9, { approx: 'over' })]],
    ['$1.5bn.', [m('$1.5bn', 'USD', 1.5e9)]],
    ['(US$342m)', [m('US$342m', 'USD', 3.42e8)]],
    ['<b>$</b>342 million', []],
    ['$5 per share', [m('$5', 'USD', 5)]],
    ['每股10元', [m('10元', 'CNY', 10)]],
    ['10元/股', [m('10元', 'CNY', 10)]],
    ['5元2角', [m('5元2角', 'CNY', 5.2)]],
    ['总价3亿元人民币，', [m('3亿元人民币', 'CNY', 3e8)]],
    ['2023年完成5亿元融资', [m('5亿元', 'CNY', 5e8)]],
    ['Q3 revenue of $1.2bn', [m('$1.2bn', 'USD', 1.2e9)]],
    ['-$5 million', [m('$5 million', 'USD', 5e6)]],
  ])('%s', (input, want) => check(input, want));
});

describe('issue 3 forms: number words, grouping, adjectives, per-share', () => {
  it.each<[string, Want[]]>([
    ['half a billion dollars', [m('half a billion dollars', 'USD', 5e8)]],
    ['three million dollars', [m('three million dollars', 'USD', 3e6)]],
    ['two billion yuan', [m('two billion yuan', 'CNY', 2e9)]],
    ['a billion dollars', [m('a billion dollars', 'USD', 1e9)]],
    ['twenty-five million US dollars', [m('twenty-five million US dollars', 'USD', 25e6)]],
    ['two hundred and fifty million euros', [m('two hundred and fifty million euros', 'EUR', 250e6)]],
    ['one and a half billion dollars', [m('one and a half billion dollars', 'USD', 1.5e9)]],
    ['a total of three billion yuan', [m('three billion yuan', 'CNY', 3e9)]],
    ['more than half a billion dollars', [m('half a billion dollars', 'USD', 5e8, { approx: 'over' })]],
    ['several million dollars', [m('several million dollars', 'USD', 2e6, { amountMax: 9e6, approx: 'vague' })]],
    ['hundreds of millions of dollars', [m('hundreds of millions of dollars', 'USD', 2e8, { amountMax: 9e8, approx: 'vague' })]],
    ['tens of billions of yuan', [m('tens of billions of yuan', 'CNY', 2e10, { amountMax: 9e10, approx: 'vague' })]],
    ['billions of dollars', [m('billions of dollars', 'USD', 2e9, { amountMax: 9e9, approx: 'vague' })]],
    ['a billion-dollar company', []],
    ['three million users', []],
    ['millions of users', []],
    ['the billion dollars', []],
    ['€1 200 000', [m('€1 200 000', 'EUR', 1.2e6)]],
    ['250 000 euros', [m('250 000 euros', 'EUR', 2.5e5)]],
    ['€45\u202f000', [m('€45\u202f000', 'EUR', 4.5e4)]],
    ['$5 100-yuan notes', [m('$5', 'USD', 5)]],
    ['€1.200.000', [m('€1.200.000', 'EUR', 1.2e6)]],
    ['a $10-billion deal', [m('$10-billion', 'USD', 1e10)]],
    ['a US$1.5-billion charge', [m('US$1.5-billion', 'USD', 1.5e9)]],
    ['a $10 billion-plus deal', [m('$10 billion', 'USD', 1e10, { approx: 'over' })]],
    ['$12.50 a share', [m('$12.50', 'USD', 12.5)]],
    ['HK$80 per share', [m('HK$80', 'HKD', 80)]],
    ['HK$3-$4 billion', [m('HK$3-$4 billion', 'HKD', 3e9, { amountMax: 4e9 })]],
    ['台積電獲利1兆元', [m('1兆元', 'CNY', 1e12)]],
    ['100兆瓦', []],
    ['shares rose $2 to $45', [m('$2', 'USD', 2), m('$45', 'USD', 45)]],
    ['the startup raised $2 to $3 million', [m('$2 to $3 million', 'USD', 2e6, { amountMax: 3e6 })]],
    ['股价上涨3元至250元', [m('3元', 'CNY', 3), m('250元', 'CNY', 250)]],
    ['人民币兑美元汇率中间价报7.1元', []],
    ['汇率波动导致亏损5亿元', [m('5亿元', 'CNY', 5e8)]],
    ['$9988.HK', []],
  ])('%s', (input, want) => check(input, want));
});

describe('stated equivalents', () => {
  it.each<[string, Want[]]>([
    ['2.5 billion yuan (equivalent to $342 million)',
      [m('2.5 billion yuan', 'CNY', 2.5e9), m('$342 million', 'USD', 342e6, { equivalentOf: 0 })]],
    ['1.85亿元（约合2540万美元）',
      [m('1.85亿元', 'CNY', 1.85e8), m('2540万美元', 'USD', 2.54e7, { approx: 'about', equivalentOf: 0 })]],
    ['HK$3.5 billion (US$450 million)',
      [m('HK$3.5 billion', 'HKD', 3.5e9), m('US$450 million', 'USD', 4.5e8, { equivalentOf: 0 })]],
    ['HK$3.5 billion, or about US$450 million',
      [m('HK$3.5 billion', 'HKD', 3.5e9), m('US$450 million', 'USD', 4.5e8, { approx: 'about', equivalentOf: 0 })]],
    ['£1bn ($1.3bn)', [m('£1bn', 'GBP', 1e9), m('$1.3bn', 'USD', 1.3e9, { equivalentOf: 0 })]],
    ['25亿元投资（约合3.42亿美元）',
      [m('25亿元', 'CNY', 25e8), m('3.42亿美元', 'USD', 3.42e8, { approx: 'about', equivalentOf: 0 })]],
    ['2.5 billion yuan in funding (equivalent to $342 million)',
      [m('2.5 billion yuan', 'CNY', 2.5e9), m('$342 million', 'USD', 3.42e8, { equivalentOf: 0 })]],
    ['10亿元（折合1.4亿美元）', [m('10亿元', 'CNY', 1e9), m('1.4亿美元', 'USD', 1.4e8, { approx: 'about', equivalentOf: 0 })]],
    ['2 billion yuan ($274 million, €260 million)', [
      m('2 billion yuan', 'CNY', 2e9), m('$274 million', 'USD', 2.74e8, { equivalentOf: 0 }),
      m('€260 million', 'EUR', 2.6e8, { equivalentOf: 0 })]],
    // Same currency, or a plain list: not a restatement.
    ['$5 million ($4 million in cash)', [m('$5 million', 'USD', 5e6), m('$4 million', 'USD', 4e6)]],
    ['raised 2 billion yuan, and $100 million later', [m('2 billion yuan', 'CNY', 2e9), m('$100 million', 'USD', 1e8)]],
  ])('%s', (input, want) => check(input, want));
});

describe('not money', () => {
  it.each([
    'in 2023',
    'the 2023-2024 season',
    '1月1日元旦',
    '5月1日元气满满',
    'Web3元宇宙',
    '元宇宙概念股',
    '一元二次方程与二元论',
    '三元桥',
    '20%',
    '$5%',
    'growth of 20 percent',
    '20 million users',
    '1.5万亿参数',
    '10亿用户',
    'GPT-4',
    '7nm chips',
    'A100 GPUs',
    '$BABA rose',
    '$BABA 3%',
    'Call 555-123-4567',
    '+86 10 8888 6666',
    'version 1.2.3',
    '192.168.0.1',
    '7.3 yuan per dollar',
    '7.3 yuan to the dollar',
    '150 yen against the dollar',
    '1美元兑7.3元人民币',
    'USD/CNY 7.3',
    '$1 = ¥150',
    'lost 20 pounds',
    'won 3 games',
    'the team won 3',
    '5 million',
    'twenty-five',
    '#1 on the list',
    '第一名',
    '千万不要',
    '数据',
    '十分重要',
    '单位：百万美元',
    'Windows 11',
    '10:30 a.m.',
    '2023.10.20',
    '',
  ])('%j', (input) => {
    expect(extractMoney(input)).toEqual([]);
  });
});

describe('context', () => {
  it.each<[string, PageContext | undefined, string, string]>([
    ['$5 million', undefined, 'USD', 'bare $ defaults to USD'],
    ['$5 million', { domain: 'www.scmp.com' }, 'USD', 'bare $ defaults to USD'],
    ['$5 million', { domain: 'news.example.hk' }, 'HKD', 'bare $ on a hk page read as HKD'],
    ['$5 million', { domain: 'www.straitstimes.sg' }, 'SGD', 'bare $ on a sg page read as SGD'],
    ['$5 million', { domain: 'www.abc.net.au' }, 'AUD', 'bare $ on a au page read as AUD'],
    ['$5 million', { domain: 'www.cbc.ca' }, 'CAD', 'bare $ on a ca page read as CAD'],
    ['$5 million', { domain: 'focustaiwan.tw' }, 'TWD', 'bare $ on a tw page read as TWD'],
    ['$5 million', { lang: 'en-AU' }, 'AUD', 'bare $ on a au page read as AUD'],
    ['5 million dollars', { domain: 'x.com.hk' }, 'HKD', 'word dollars on a hk page read as HKD'],
    ['US$5 million', { domain: 'x.com.hk' }, 'USD', 'symbol US$'],
    ['¥5 billion', { lang: 'zh-CN' }, 'CNY', '¥ read as yuan: Chinese context (lang zh-CN)'],
    ['¥5 billion', { domain: 'www.sina.com.cn' }, 'CNY', '¥ read as yuan: Chinese context (.cn domain)'],
    ['¥5 billion', { lang: 'ja' }, 'JPY', '¥ read as yen: Japanese context (lang ja)'],
    ['¥5 billion', { domain: 'www.nikkei.jp' }, 'JPY', '¥ read as yen: Japanese context (.jp domain)'],
    ['¥5 billion, or 5 billion yuan', undefined, 'CNY', '¥ read as yuan: Chinese context (yuan nearby)'],
    ['¥500 billion (yen)', undefined, 'JPY', '¥ read as yen: Japanese context (yen nearby)'],
    ['The iPhone costs ¥7,999 in China.', undefined, 'CNY', '¥ read as yuan: Chinese context (China nearby)'],
    ['A meal costs ¥1,200 in Osaka.', { lang: 'zh-CN' }, 'CNY', '¥ read as yuan: Chinese context (lang zh-CN)'],
    [`¥5 billion.${' '.repeat(100)}Later the firm reported results in yuan.`, undefined, 'CNY', '¥ read as yuan: Chinese context (yuan named in the text)'],
    ['HK$3.5 billion, up from $2.8 billion', undefined, 'HKD', 'symbol HK$'],
    ['S$1 billion now and $400 million later', undefined, 'SGD', 'symbol S$'],
    ['￥3000万の資金', undefined, 'JPY', '￥ read as yen: Japanese context (kana in the text)'],
    ['融资￥3000万', undefined, 'CNY', '￥ read as yuan: Chinese context (Chinese text)'],
    ['¥500', undefined, 'JPY', '¥ read as yen: no Chinese context'],
    ['JP¥500', { lang: 'zh' }, 'JPY', 'symbol JP¥'],
    ['5亿元', { domain: 'www.cna.com.tw' }, 'TWD', '元 on a tw page read as TWD'],
    ['5亿元', { lang: 'zh-Hant-TW' }, 'TWD', '元 on a tw page read as TWD'],
    ['5亿元', { domain: 'x.com.hk' }, 'CNY', 'word 元'],
  ])('%s with %j → %s', (input, ctx, currency, reason) => {
    const [first] = extractMoney(input, ctx);
    expect(first?.currency).toBe(currency);
    expect(first?.currencyReason).toBe(reason);
  });
});

describe('a bare $ after a named dollar', () => {
  it.each<[string, string, string]>([
    ['HK$3.5 billion, up from $2.8 billion', 'HKD', 'bare $ after HK$ nearby read as HKD'],
    ['Revenue was 3 billion New Zealand dollars, against $2.1 billion a year earlier', 'NZD', 'bare $ after New Zealand dollars nearby read as NZD'],
    // The longer name wins over the one inside it ("Taiwan dollars").
    ['It paid 5 billion New Taiwan dollars and later $1 billion', 'TWD', 'bare $ after New Taiwan dollars nearby read as TWD'],
    ['THE FIRM PAID 2 BILLION HONG KONG DOLLARS, UP FROM $1 BILLION', 'HKD', 'bare $ after HONG KONG DOLLARS nearby read as HKD'],
    ['A US$5 million round; $3 million more', 'USD', 'bare $ defaults to USD'],
    // A bare $ opening brackets right after the named amount converts it (the wires' "A$4.3 billion ($2.8 billion)").
    ['It paid A$4.3 billion ($2.8 billion) in cash.', 'USD', 'bare $ defaults to USD'],
    ['It raised 10 billion Hong Kong dollars (about $1.28 billion).', 'USD', 'bare $ defaults to USD'],
  ])('%s → the second is %s', (input, currency, reason) => {
    const second = extractMoney(input)[1];
    expect(second?.currency).toBe(currency);
    expect(second?.currencyReason).toBe(reason);
  });

  it('takes the bracketed conversion as the named amount restated', () => {
    const [named, converted] = extractMoney('It paid A$4.3 billion ($2.8 billion) in cash.');
    expect(named?.currency).toBe('AUD');
    expect(converted?.equivalentOf).toBe(0);
  });

  it('reads the bracketed conversion in the page\'s own dollar on a page of a dollar country', () => {
    expect(extractMoney('It paid US$2 billion ($2.9 billion).', { domain: 'www.abc.net.au' })[1]?.currency).toBe('AUD');
  });
});

describe('the wires\' crowns and the Australian press\'s $US', () => {
  it.each<[string, string | null]>([
    ["Revenue rose to 12.3 billion crowns, Sweden's Volvo said.", 'SEK'],
    ['The Danish shipper earned 4 billion crowns.', 'DKK'],
    ['Equinor, based in Norway, paid 2 billion crowns.', 'NOK'],
    ['ČEZ, the Prague utility, made 10 billion crowns.', 'CZK'],
    // Which crown, only the story's country says; without one, none.
    ['The company paid 5 million crowns.', null],
    ['He won three crowns in a row.', null],
    ['The $US20 million deal closed.', 'USD'],
  ])('%s → %s', (input, currency) => {
    expect(extractMoney(input)[0]?.currency ?? null).toBe(currency);
  });
});

describe('issue 16: amounts read right', () => {
  it.each<[string, Want[]]>([
    ['20 billion Swiss francs', [m('20 billion Swiss francs', 'CHF', 2e10)]],
    ['200亿瑞士法郎', [m('200亿瑞士法郎', 'CHF', 2e10)]],
    ['Mex$10 million', [m('Mex$10 million', 'MXN', 1e7)]],
    ['MXN 10 million', [m('MXN 10 million', 'MXN', 1e7)]],
    ['75 USD million', [m('75 USD million', 'USD', 7.5e7)]],
    ['75 USD mn', [m('75 USD mn', 'USD', 7.5e7)]],
    ['１．０７５３美元', [m('１．０７５３美元', 'USD', 1.0753)]],
    ['MUSD 30', [m('MUSD 30', 'USD', 3e7)]],
    ['120 MEUR', [m('120 MEUR', 'EUR', 1.2e8)]],
    // Millions by code for the other major currencies, and after number words.
    ['a 12.5 MGBP write-down', [m('12.5 MGBP', 'GBP', 1.25e7)]],
    ['sales of MAUD 45', [m('MAUD 45', 'AUD', 4.5e7)]],
    ['grants totalling forty MUSD', [m('forty MUSD', 'USD', 4e7)]],
    ['MHKD 310 and MSGD 12', [m('MHKD 310', 'HKD', 3.1e8), m('MSGD 12', 'SGD', 1.2e7)]],
    // A dollar's letters spaced from the sign, as some copy writes them.
    ['exports reached HK $ 8.2 billion', [m('HK $ 8.2 billion', 'HKD', 8.2e9)]],
    ['a NZ $40 million port upgrade', [m('NZ $40 million', 'NZD', 4e7)]],
    ['a CA $5 fee', [m('$5', 'USD', 5)]],
    // A code between two amounts opens the second when the first has its own marker.
    ['RMB 20 USD 3', [m('RMB 20', 'CNY', 20), m('USD 3', 'USD', 3)]],
    ['costs 17 USD 25', [m('17 USD 25', 'USD', 17.25)]],
    // Cents said after "and", or as two words, where the phrase ends.
    ['It costs 15 dollars and 50.', [m('15 dollars and 50', 'USD', 15.5)]],
    ['it cost thirteen dollars forty five', [m('thirteen dollars forty five', 'USD', 13.45)]],
    ['It costs 15 dollars and 50 more.', [m('15 dollars', 'USD', 15)]],
    ['worth c $ 1.34 a share', [m('c $ 1.34', 'CAD', 1.34)]],
    ['a C $5 fee', []],
    // A currency's name joined by a hyphen, as an adjective; not a coin's or a note's face, nor after a scale.
    ['a 15-cent-a-share dividend', [m('15-cent', 'USD', 0.15)]],
    ['its 20-euro booking fee', [m('20-euro', 'EUR', 20)]],
    ['the 500-yen coin', []],
    ['a 5-pound bag of flour', []],
    ['3 million-dollar homes', []],
    ['售价500美圆', [m('500美圆', 'USD', 500)]],
    ['苹果折扣一美元', [m('一美元', 'USD', 1)]],
    ['采用统一美元结算', []],
    ['第一美元基金', []],
    ['MSEK 450', [m('MSEK 450', 'SEK', 4.5e8)]],
    ['EUR 120m', [m('EUR 120m', 'EUR', 1.2e8)]],
    ['$20,000.00 $37,305.97', [m('$20,000.00', 'USD', 2e4), m('$37,305.97', 'USD', 37305.97)]],
    ['€5 €6', [m('€5', 'EUR', 5), m('€6', 'EUR', 6)]],
    ['half a million dollars', [m('half a million dollars', 'USD', 5e5)]],
    ['$16.99 a pound', [m('$16.99', 'USD', 16.99)]],
    ['$24 to $28 a pound', [m('$24 to $28', 'USD', 24, { amountMax: 28 })]],
    ['$2.10 per pound', [m('$2.10', 'USD', 2.1)]],
    ['$1.2   billion', [m('$1.2   billion', 'USD', 1.2e9)]],
    ['9,90 €', [m('9,90 €', 'EUR', 9.9)]],
    ['€1.234,50', [m('€1.234,50', 'EUR', 1234.5)]],
    ['1,500 euros', [m('1,500 euros', 'EUR', 1500)]],
    ['€1,5 Mrd.', [m('€1,5 Mrd.', 'EUR', 1.5e9)]],
    ['2,5 Milliarden Euro', [m('2,5 Milliarden Euro', 'EUR', 2.5e9)]],
    ['R$ 1,5 bilhão', [m('R$ 1,5 bilhão', 'BRL', 1.5e9)]],
    ['29,99 zł', [m('29,99 zł', 'PLN', 29.99)]],
    // Malaysian and Indonesian scales: without them "RM9.4 bil" would be RM9.40.
    ['RM9.4 bil', [m('RM9.4 bil', 'MYR', 9.4e9)]],
    ['Rp 15 juta', [m('Rp 15 juta', 'IDR', 1.5e7)]],
    ['$5 bilateral', [m('$5', 'USD', 5)]],
    // A decimal comma only where the currency's countries write one: "$5,10" is $5.10 written the continental
    // way or $5 in a list, so it is left unread (read as $5 it was a false amount for "$1,5" and "USD 1,5").
    ['$5,10 and 15', []],
    ['£5,50', []],
    ['USD 1,5 today; $5, $10 and $15', [m('$5', 'USD', 5), m('$10', 'USD', 10), m('$15', 'USD', 15)]],
    // Currencies without cents group thousands with a dot.
    ['Rp15.000', [m('Rp15.000', 'IDR', 15000)]],
    ['Rp 1.500.000', [m('Rp 1.500.000', 'IDR', 1.5e6)]],
    ['¥1.500 in Tokyo', [m('¥1.500', 'JPY', 1500)]],
    ['1.500 euros', [m('1.500 euros', 'EUR', 1.5)]],
    ['$100 Australian', [m('$100 Australian', 'AUD', 100)]],
    ['$100 Canadian.', [m('$100 Canadian', 'CAD', 100)]],
    ['$100 Australian wine', [m('$100', 'USD', 100)]],
    ['$2 billion US-listed shares', [m('$2 billion', 'USD', 2e9)]],
    ['The $5 billion won approval.', [m('$5 billion', 'USD', 5e9)]],
    ['a $5 billion real estate portfolio', [m('$5 billion', 'USD', 5e9)]],
  ])('%s', (input, want) => check(input, want));
});

describe('issue 16: currencies common in news, by name, symbol and code', () => {
  it.each<[string, Want[]]>([
    ['10 billion Turkish lira', [m('10 billion Turkish lira', 'TRY', 1e10)]],
    ['₺250 million', [m('₺250 million', 'TRY', 2.5e8)]],
    ['50亿土耳其里拉', [m('50亿土耳其里拉', 'TRY', 5e9)]],
    ['4 billion rand', [m('4 billion rand', 'ZAR', 4e9)]],
    ['ZAR 800 million', [m('ZAR 800 million', 'ZAR', 8e8)]],
    ['30亿南非兰特', [m('30亿南非兰特', 'ZAR', 3e9)]],
    ['R$5 billion', [m('R$5 billion', 'BRL', 5e9)]],
    ['2 billion reais', [m('2 billion reais', 'BRL', 2e9)]],
    ['100亿巴西雷亚尔', [m('100亿巴西雷亚尔', 'BRL', 1e10)]],
    ['300 billion roubles', [m('300 billion roubles', 'RUB', 3e11)]],
    ['10 billion rubles', [m('10 billion rubles', 'RUB', 1e10)]],
    ['500 billion ₽', [m('500 billion ₽', 'RUB', 5e11)]],
    ['500亿卢布', [m('500亿卢布', 'RUB', 5e10)]],
    ['4 billion riyals', [m('4 billion riyals', 'SAR', 4e9)]],
    ['SAR 1.5 billion', [m('SAR 1.5 billion', 'SAR', 1.5e9)]],
    ['50亿沙特里亚尔', [m('50亿沙特里亚尔', 'SAR', 5e9)]],
    ['3 billion dirhams', [m('3 billion dirhams', 'AED', 3e9)]],
    ['Dh5 billion', [m('Dh5 billion', 'AED', 5e9)]],
    ['20亿迪拉姆', [m('20亿迪拉姆', 'AED', 2e9)]],
    ['5 trillion rupiah', [m('5 trillion rupiah', 'IDR', 5e12)]],
    ['1万亿印尼盾', [m('1万亿印尼盾', 'IDR', 1e12)]],
    ['฿1,500', [m('฿1,500', 'THB', 1500)]],
    ['10 billion baht', [m('10 billion baht', 'THB', 1e10)]],
    ['100亿泰铢', [m('100亿泰铢', 'THB', 1e10)]],
    ['RM9.4 billion', [m('RM9.4 billion', 'MYR', 9.4e9)]],
    ['9.4 billion ringgit', [m('9.4 billion ringgit', 'MYR', 9.4e9)]],
    ['MYR 1.2 billion', [m('MYR 1.2 billion', 'MYR', 1.2e9)]],
    ['94亿令吉', [m('94亿令吉', 'MYR', 9.4e9)]],
    ['94亿林吉特', [m('94亿林吉特', 'MYR', 9.4e9)]],
    ['2 billion zlotys', [m('2 billion zlotys', 'PLN', 2e9)]],
    ['120 zł', [m('120 zł', 'PLN', 120)]],
    ['50亿兹罗提', [m('50亿兹罗提', 'PLN', 5e9)]],
    ['5 billion Swedish kronor', [m('5 billion Swedish kronor', 'SEK', 5e9)]],
    ['100 billion Norwegian kroner', [m('100 billion Norwegian kroner', 'NOK', 1e11)]],
    ['15 billion Danish kroner', [m('15 billion Danish kroner', 'DKK', 1.5e10)]],
    // Agencies' English: "crowns".
    ['5 billion Swedish crowns', [m('5 billion Swedish crowns', 'SEK', 5e9)]],
    ['3 billion Norwegian crowns', [m('3 billion Norwegian crowns', 'NOK', 3e9)]],
    ['4 billion Danish crowns', [m('4 billion Danish crowns', 'DKK', 4e9)]],
    ['2 billion Czech crowns', [m('2 billion Czech crowns', 'CZK', 2e9)]],
    ['20亿瑞典克朗', [m('20亿瑞典克朗', 'SEK', 2e9)]],
    ['10亿挪威克朗', [m('10亿挪威克朗', 'NOK', 1e9)]],
    ['5亿丹麦克朗', [m('5亿丹麦克朗', 'DKK', 5e8)]],
    ['₪1.5 billion', [m('₪1.5 billion', 'ILS', 1.5e9)]],
    ['NIS 2 billion', [m('NIS 2 billion', 'ILS', 2e9)]],
    ['3 billion shekels', [m('3 billion shekels', 'ILS', 3e9)]],
    ['10亿新谢克尔', [m('10亿新谢克尔', 'ILS', 1e9)]],
    ['₦500 billion', [m('₦500 billion', 'NGN', 5e11)]],
    ['200 billion naira', [m('200 billion naira', 'NGN', 2e11)]],
    ['5000亿奈拉', [m('5000亿奈拉', 'NGN', 5e11)]],
    ['₱10 billion', [m('₱10 billion', 'PHP', 1e10)]],
    ['50,000 dong', [m('50,000 dong', 'VND', 5e4)]],
    ['₫500 billion', [m('₫500 billion', 'VND', 5e11)]],
    ['PKR 50 billion', [m('PKR 50 billion', 'PKR', 5e10)]],
    ['5 billion Egyptian pounds', [m('5 billion Egyptian pounds', 'EGP', 5e9)]],
    ['900 billion Chilean pesos', [m('900 billion Chilean pesos', 'CLP', 9e11)]],
    ['COP 5 trillion', [m('COP 5 trillion', 'COP', 5e12)]],
    ['50 billion Argentine pesos', [m('50 billion Argentine pesos', 'ARS', 5e10)]],
    ['60 Kč', [m('60 Kč', 'CZK', 60)]],
    ['300 billion forints', [m('300 billion forints', 'HUF', 3e11)]],
    ['10 billion Qatari riyals', [m('10 billion Qatari riyals', 'QAR', 1e10)]],
    ['2 billion Kuwaiti dinars', [m('2 billion Kuwaiti dinars', 'KWD', 2e9)]],
    ['20 billion hryvnias', [m('20 billion hryvnias', 'UAH', 2e10)]],
  ])('%s', (input, want) => check(input, want));

  it.each<[string, PageContext | undefined, string, string]>([
    // A shared marker: the page's country, then a cue on the line, then its default, else not money.
    ['kr 5 billion', { domain: 'www.e24.no' }, 'NOK', 'bare kr on a no page read as NOK'],
    ['kr 5 billion', { lang: 'sv-SE' }, 'SEK', 'bare kr on a se page read as SEK'],
    ['5 mia. kr. i overskud', { lang: 'da' }, 'DKK', 'bare kr. on a dk page read as DKK'],
    ['The Danish brewer paid kr 1.2 billion', undefined, 'DKK', 'bare kr with Danish nearby read as DKK'],
    ['The Oslo firm raised 800 million kroner', undefined, 'NOK', 'kroner with Oslo nearby read as NOK'],
    ['The Philippine lender raised 10 billion pesos', undefined, 'PHP', 'pesos with Philippine nearby read as PHP'],
    ['In Doha, 50 billion riyals', undefined, 'QAR', 'riyals with Doha nearby read as QAR'],
    ['50 billion riyals', undefined, 'SAR', 'word riyals'],
    ['Rs 50 billion', { lang: 'en-PK' }, 'PKR', 'bare Rs on a pk page read as PKR'],
    ['Rs 500 crore', undefined, 'INR', 'symbol Rs'],
    ['5 billion pounds', { domain: 'www.ahram.org.eg' }, 'EGP', 'pounds on a eg page read as EGP'],
    ['5 billion pounds', { domain: 'www.bbc.co.uk' }, 'GBP', 'word pounds'],
    // Careful markers: "R" needs South Africa and a firm amount, "RM" a firm amount or Malaysia.
    ['R2.5 billion', { lang: 'en-ZA' }, 'ZAR', 'symbol R'],
    ["South Africa's treasury set aside R1,200", undefined, 'ZAR', 'symbol R'],
    ['RM250 a night in Kuala Lumpur', undefined, 'MYR', 'symbol RM'],
    ['RM9.4 billion', undefined, 'MYR', 'symbol RM'],
    // The dollar: a named dollar before it, then the page's country (.co.nz, en-CA, .com.mx), then USD.
    ['$45 million', { domain: 'www.stuff.co.nz' }, 'NZD', 'bare $ on a nz page read as NZD'],
    ['$300 million', { lang: 'en-NZ' }, 'NZD', 'bare $ on a nz page read as NZD'],
    ['$2 billion', { lang: 'en-CA' }, 'CAD', 'bare $ on a ca page read as CAD'],
    ['$500 million', { domain: 'www.eleconomista.com.mx' }, 'MXN', 'bare $ on a mx page read as MXN'],
    ['$8 million', { domain: 'news.example.co' }, 'USD', 'bare $ defaults to USD'],
    ['20 million dollars', { domain: 'www.eleconomista.com.mx' }, 'USD', 'word dollars defaults to USD'],
    ['US$1.2 billion', { domain: 'www.smh.com.au' }, 'USD', 'symbol US$'],
    ['NZ$1.5 billion', { domain: 'www.smh.com.au' }, 'NZD', 'symbol NZ$'],
    ['Mex$10 million, up from $8 million', undefined, 'MXN', 'symbol Mex$'],
  ])('%s with %j → %s', (input, ctx, currency, reason) => {
    const [first] = extractMoney(input, ctx);
    expect(first?.currency).toBe(currency);
    expect(first?.currencyReason).toBe(reason);
  });

  it('reads a bare $ after a named peso as that peso, and US$ as US dollars on any page', () => {
    expect(extractMoney('Mex$10 million, up from $8 million').map((x) => [x.text, x.currency])).toEqual([['Mex$10 million', 'MXN'], ['$8 million', 'MXN']]);
    expect(extractMoney('The miner paid US$1.2 billion; its local unit spent $300 million.', { domain: 'www.smh.com.au' }).map((x) => x.currency))
      .toEqual(['USD', 'AUD']);
  });
});

describe('issue 16: not money', () => {
  it.each<[string, PageContext | undefined]>([
    ['Call +1 (415) 555-0134 or 020 7946 0958.', undefined],
    ['Section 301 tariffs', undefined],
    ['Arsenal won 3-1 and drew 2-2.', undefined],
    ['The briefing is in RM 101.', undefined],
    ['R2-D2', undefined],
    ['R2-D2 at the premiere', { lang: 'en-ZA' }],
    ['The R21 highway was closed.', { lang: 'en-ZA' }],
    ['Spent R500 on food', undefined],
    ['29.4 million pounds of halibut', undefined],
    ['500 million pounds of cheese', undefined],
    ['He weighed 180 pounds.', undefined],
    ['PHP 8.3 was released.', undefined],
    ['The NIS 2 directive applies to COP 28 and ILS 2 approaches.', undefined],
    ['The AED 3 units and SAR 20 teams', undefined],
    ['TRY 3 TIMES', undefined],
    ['In 1957 Rand published her novel.', undefined],
    ['In 2017 Dong Energy renamed itself.', undefined],
    ['kr 500', undefined],
    ['50 pesos', undefined],
    ['5 billion kroner in Norway and Denmark', undefined],
    ['5 francs', undefined],
    ['10 dinars', undefined],
    ['Items 1,5 and 9; 35,5 degrees; version 2,5', undefined],
    ['The 12 Rs of recycling', undefined],
    ['5 ft tall and 30 Ft wide', undefined],
    ['1.17 euros to the pound', undefined],
    ['about 40\nmillion people', undefined],
  ])('%j', (input, ctx) => {
    expect(extractMoney(input, ctx)).toEqual([]);
  });
});

describe('minor units and number words without a scale', () => {
  it.each<[string, Want[], PageContext?]>([
    ['It costs 75 cents more.', [m('75 cents', 'USD', 0.75)]],
    ['It closed at 1 cent.', [m('1 cent', 'USD', 0.01)]],
    ['Futures gained 3 US cents.', [m('3 US cents', 'USD', 0.03)]],
    ['A levy of 20 euro cents a litre', [m('20 euro cents', 'EUR', 0.2)]],
    ['Shares fell 12 pence.', [m('12 pence', 'GBP', 0.12)]],
    ['Shares fell 12 pence to 340p in London.', [m('12 pence', 'GBP', 0.12), m('340p', 'GBP', 3.4)]],
    ['Shares fell to 340.5p.', [m('340.5p', 'GBP', 3.405)], { lang: 'en-GB' }],
    ['The fare is 75 cents.', [m('75 cents', 'AUD', 0.75)], { lang: 'en-AU' }],
    ['The stamp costs 50p.', [m('50p', 'GBP', 0.5)], { lang: 'en-GB' }],
    ['Tesco shares fell 3.2p to 289.4p.', [m('3.2p', 'GBP', 0.032), m('289.4p', 'GBP', 2.894)]],
    ['The fine of 500,000 won was paid.', [m('500,000 won', 'KRW', 5e5)]],
    ['or $50 per $1,000 face value', [m('$50', 'USD', 50), m('$1,000', 'USD', 1000)]],
    ['Fares rose 50-75 cents.', [m('50-75 cents', 'USD', 0.5, { amountMax: 0.75 })]],
    ['HK$ shares: HK$3.5 billion, and 40 cents a share.', [m('HK$3.5 billion', 'HKD', 3.5e9), m('40 cents', 'HKD', 0.4)]],
    ['一瓶水涨了5分钱。', [m('5分钱', 'CNY', 0.05)]],
    ['票价上调了五毛钱。', [m('五毛钱', 'CNY', 0.5)]],
    ['只要一块钱。', [m('一块钱', 'CNY', 1)]],
    ['只要五美元，两英镑，五元钱。', [m('五美元', 'USD', 5), m('两英镑', 'GBP', 2), m('五元钱', 'CNY', 5)]],
    ['只要两块五毛钱。', [m('两块五毛钱', 'CNY', 2.5)]],
    ['这本书卖一块五。', [m('一块五', 'CNY', 1.5)]],
    ['这支笔卖三元五角。', [m('三元五角', 'CNY', 3.5)]],
    ['九块九毛九', [m('九块九毛九', 'CNY', 9.99)]],
    ['五元三角二分', [m('五元三角二分', 'CNY', 5.32)]],
    ['一杯咖啡三十块。', [m('三十块', 'CNY', 30)]],
    ['工资三千块，房租一千块。', [m('三千块', 'CNY', 3000), m('一千块', 'CNY', 1000)]],
    ['售价5999元，比上一代贵了500块。', [m('5999元', 'CNY', 5999), m('500块', 'CNY', 500)]],
    ['他欠了我两千块。', [m('两千块', 'CNY', 2000)]],
    ['票价三元。', [m('三元', 'CNY', 3)]],
    ['股息每股30港仙', [m('30港仙', 'HKD', 0.3)]],
    ['一点五亿元', [m('一点五亿元', 'CNY', 1.5e8)]],
    ['十二点五万美元', [m('十二点五万美元', 'USD', 1.25e5)]],
    ['三点二五元', [m('三点二五元', 'CNY', 3.25)]],
    ['售价为99美分', [m('99美分', 'USD', 0.99)]],
    ['每升涨了5欧分', [m('5欧分', 'EUR', 0.05)]],
    ['一张邮票85便士', [m('85便士', 'GBP', 0.85)]],
    ['他花了50日币，5000韩币。', [m('50日币', 'JPY', 50), m('5000韩币', 'KRW', 5000)]],
    ['1000加拿大元和500澳大利亚元', [m('1000加拿大元', 'CAD', 1000), m('500澳大利亚元', 'AUD', 500)]],
    ['It cost 10 bucks and then 8 quid.', [m('10 bucks', 'USD', 10), m('8 quid', 'GBP', 8)]],
    ['The fare is two dollars and fifty cents.', [m('two dollars and fifty cents', 'USD', 2.5)]],
    ['It cost $2 and 50 cents.', [m('$2 and 50 cents', 'USD', 2.5)]],
    ['It cost 3 dollars 50 cents.', [m('3 dollars 50 cents', 'USD', 3.5)]],
    // Cents of another currency, or after a comma, stand alone.
    ['It cost $2 and 50 pence.', [m('$2', 'USD', 2), m('50 pence', 'GBP', 0.5)]],
    ['Tolls of $3, 20 cents more', [m('$3', 'USD', 3), m('20 cents', 'USD', 0.2)]],
    ['It cost 5 euros 50 cents.', [m('5 euros 50 cents', 'EUR', 5.5)]],
    ['It costs 99¢.', [m('99¢', 'USD', 0.99)]],
    ['two point five million dollars', [m('two point five million dollars', 'USD', 2.5e6)]],
    ['closed at $38 3/8, up 1/4.', [m('$38 3/8', 'USD', 38.375)]],
    ['a quarter of a million dollars', [m('a quarter of a million dollars', 'USD', 2.5e5)]],
    ['three-quarters of a billion dollars', [m('three-quarters of a billion dollars', 'USD', 7.5e8)]],
    ['half of a million dollars', [m('half of a million dollars', 'USD', 5e5)]],
    ['at a cost of a million dollars', [m('a million dollars', 'USD', 1e6)]],
    ['US $75 million', [m('US $75 million', 'USD', 7.5e7)]],
    ['USD $5 and CDN $3.5 billion', [m('USD $5', 'USD', 5), m('CDN $3.5 billion', 'CAD', 3.5e9)]],
    ['a CA $5 fee', [m('$5', 'USD', 5)]],
    ['A $5 fee', [m('$5', 'USD', 5)]],
    ['Can $5 fix it?', [m('$5', 'USD', 5)]],
    ['2 or 3 billion dollars', [m('2 or 3 billion dollars', 'USD', 2e9, { amountMax: 3e9 })]],
    ['twenty to thirty million dollars', [m('twenty to thirty million dollars', 'USD', 2e7, { amountMax: 3e7 })]],
    ['two or three billion dollars', [m('two or three billion dollars', 'USD', 2e9, { amountMax: 3e9 })]],
    ['five to ten dollars', [m('five to ten dollars', 'USD', 5, { amountMax: 10 })]],
    ['two million to three million dollars', [m('two million to three million dollars', 'USD', 2e6, { amountMax: 3e6 })]],
    ['up to ten dollars', [m('ten dollars', 'USD', 10, { approx: 'up-to' })]],
    ['between two and three million dollars', [m('two and three million dollars', 'USD', 2e6, { amountMax: 3e6 })]],
    ['between five and ten dollars', [m('five and ten dollars', 'USD', 5, { amountMax: 10 })]],
    ['one hundred and fifty million dollars', [m('one hundred and fifty million dollars', 'USD', 1.5e8)]],
    ['hundreds of dollars', [m('hundreds of dollars', 'USD', 200, { amountMax: 900, approx: 'vague' })]],
    ['Rs 5 and 50 paise', [m('Rs 5 and 50 paise', 'INR', 5.5)]],
    ['20 kopecks', [m('20 kopecks', 'RUB', 0.2)]],
    ['$2 or $3 billion', [m('$2 or $3 billion', 'USD', 2e9, { amountMax: 3e9 })]],
    ['costs $5 or 10 shares', [m('$5', 'USD', 5)]],
    ['$5 to 10 euros', [m('$5', 'USD', 5), m('10 euros', 'EUR', 10)]],
    ['fell $1 1/2 to $20 5/8', [m('$1 1/2', 'USD', 1.5), m('$20 5/8', 'USD', 20.625)]],
    ['one point two three billion euros', [m('one point two three billion euros', 'EUR', 1.23e9)]],
    ['It costs 10 pounds a bag.', [m('10 pounds', 'GBP', 10)]],
    ['The court fined the landlord one hundred and fifty pounds.', [m('one hundred and fifty pounds', 'GBP', 150)]],
    ['He paid 5,000 won for lunch.', [m('5,000 won', 'KRW', 5000)]],
    ['a prize of €100.000', [m('€100.000', 'EUR', 1e5)]],
    ['₹1.5 lakh crore', [m('₹1.5 lakh crore', 'INR', 1.5e12)]],
    ['$5 thousand million', [m('$5 thousand million', 'USD', 5e9)]],
    ['Sfr 5 million', [m('Sfr 5 million', 'CHF', 5e6)]],
    ['petrol at €1.759 a litre', [m('€1.759', 'EUR', 1.759)]],
    ['shares at $10.125', [m('$10.125', 'USD', 10.125)]],
    // Yen have no cents: the cents are another amount.
    ['500 yen 50 cents', [m('500 yen', 'JPY', 500), m('50 cents', 'USD', 0.5)]],
    ['The ticket costs twenty-five dollars.', [m('twenty-five dollars', 'USD', 25)]],
    ['Entry is one Swiss franc.', [m('one Swiss franc', 'CHF', 1)]],
    ['A fare of ninety-nine cents', [m('ninety-nine cents', 'USD', 0.99)]],
    ['He paid two thousand and five euros.', [m('two thousand and five euros', 'EUR', 2005)]],
    ['Worth ninety Hong Kong dollars', [m('ninety Hong Kong dollars', 'HKD', 90)]],
    ['The 3.5 Yuan bond', [m('3.5 Yuan', 'CNY', 3.5)]],
    // A minor unit is not read after a symbol: the symbol's amount stands.
    ['$5 cents', [m('$5', 'USD', 5)]],
    // A count in number words is not money, and the reading goes on after it.
    ['It had two thousand staff and paid $5 million.', [m('$5 million', 'USD', 5e6)]],
    ['It paid $1 million and three million users paid $5 million.', [m('$1 million', 'USD', 1e6), m('$5 million', 'USD', 5e6)]],
  ])('%j', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext | undefined]>([
    ['The 3 Yuan sisters own 20%.', undefined],
    ['Chen Yuan and 2 Yuan cousins', undefined],
    ['He lost fifteen pounds.', undefined],
    ['one hundred and fifty pounds of flour', undefined],
    ['Samsung won three awards and one won praise.', undefined],
    ['one of the dollars', undefined],
    ['five six dollars', undefined],
    ['a twenty-five-dollar fee', undefined],
    ['Ten percent and 5 per cent', undefined],
    ['It shows 1080p video.', undefined],
    ['In Seoul, W3 and W4 lines', undefined],
    ['SR 71 Blackbird', undefined],
    ['P2P lending', undefined],
    ['It streams in only 720p.', undefined],
    ['See page 5 p 12.', { lang: 'en-GB' }],
    ['他用了5分钟，得了95分。', undefined],
    ['五块屏幕和三毛衣', undefined],
    ['三块砖，一块五花肉', undefined],
    ['三元桥', undefined],
    ['一月五日元旦', undefined],
    ['统一美元结算', undefined],
    ['他搬了五百块。', undefined],
    ['他卖了五百块砖。', undefined],
    ['他买了三块。', undefined],
    ['下午三点五十分', undefined],
    ['The 3 Bucks guards scored 40.', undefined],
    // The first part of the numeral is not read, and its second part alone would be a false amount.
    ['two billion, five hundred million dollars', undefined],
    ['She lost 10 pounds.', undefined],
    ['a 3 1/2% stake', undefined],
    ['a fraction of a billion dollars', undefined],
    ['hundreds of people', undefined],
    ['the other half of a million-dollar prize', undefined],
    ['It opened 800 Dollar General stores.', undefined],
    ['a concert by 50 Cent in London', undefined],
    ['The meeting at 3p.m. in London', undefined],
    ['support at 10 24/7', undefined],
    ['The team that paid 3 won the game.', undefined],
    ['He spent 20 pounds of flour.', undefined],
  ])('not money: %j', (input, ctx) => {
    expect(extractMoney(input, ctx).map((x) => x.text)).toEqual([]);
  });
});

describe('boundaries and offsets', () => {
  it('spans one line break only before a lower-case English scale or currency word, never a blank line', () => {
    expect(extractMoney('$5\nmillion').map(project)).toEqual([m('$5\nmillion', 'USD', 5e6)]);
    expect(extractMoney('around $40\n million').map(project)).toEqual([m('$40\n million', 'USD', 4e7, { approx: 'about' })]);
    expect(extractMoney('2.5\r\nbillion yuan').map(project)).toEqual([m('2.5\r\nbillion yuan', 'CNY', 2.5e9)]);
    expect(extractMoney('2.5 billion\nyuan').map(project)).toEqual([m('2.5 billion\nyuan', 'CNY', 2.5e9)]);
    // A block that starts with a capital, or after a blank line, is not the amount's scale.
    expect(extractMoney('Price: $5\nMillion Dollar Homes, a TV show').map(project)).toEqual([m('$5', 'USD', 5)]);
    expect(extractMoney('$5\n\nmillion').map(project)).toEqual([m('$5', 'USD', 5)]);
    expect(extractMoney('$5\n \n million').map(project)).toEqual([m('$5', 'USD', 5)]);
    // No symbol, code or Chinese word across a line: those start the next block.
    expect(extractMoney('5 million\nUSD')).toEqual([]);
    expect(extractMoney('5\nyuan')).toEqual([]);
    expect(extractMoney('$\n5 million')).toEqual([]);
    expect(extractMoney('25亿\n元')).toEqual([]);
    // A Chinese 万/亿 scale may follow the line break; never after a blank line, and a count is no amount.
    expect(extractMoney('融资2.5\n亿元。').map(project)).toEqual([m('2.5\n亿元', 'CNY', 2.5e8)]);
    expect(extractMoney('融资2.5\n\n亿元。')).toEqual([]);
    expect(extractMoney('共有2.5\n万人。')).toEqual([]);
    expect(extractMoney('$2-\n3 billion').map((x) => x.text)).toEqual(['$2', '3 billion'].slice(0, 1));
    expect(extractMoney('2.5 billion yuan\n($342 million)')[1]?.equivalentOf).toBeUndefined();
  });

  it('reports UTF-16 offsets, in order, without overlap', () => {
    const text = '😀 据报道，智谱获得25亿元投资（约合3.42亿美元），另一家公司融资$300 million。';
    const got = extractMoney(text);
    expect(got.map((g) => g.text)).toEqual(['25亿元', '3.42亿美元', '$300 million']);
    for (const g of got) expect(text.slice(g.start, g.end)).toBe(g.text);
    for (let k = 1; k < got.length; k++) expect(got[k]!.start).toBeGreaterThanOrEqual(got[k - 1]!.end);
  });

  it('finds amounts inside running text', () => {
    const text = 'Alibaba paid $1.2bn; Tencent added RMB 3 billion, and Xiaomi 500 million yuan.';
    expect(extractMoney(text).map((g) => [g.text, g.currency, g.amount])).toEqual([
      ['$1.2bn', 'USD', 1.2e9], ['RMB 3 billion', 'CNY', 3e9], ['500 million yuan', 'CNY', 5e8],
    ]);
  });
});

describe('the Zhipu round', () => {
  it('finds exactly the five amounts of the demo article, the stated equivalent tied to its amount', () => {
    const { text, date } = demoArticle();
    expect(extractMoney(text, { lang: 'en', date }).map(project)).toEqual([
      m('2.5 billion yuan', 'CNY', 2.5e9),
      m('2.5 billion yuan', 'CNY', 2.5e9),
      m('$342 million', 'USD', 3.42e8, { equivalentOf: 1 }),
      m('$300 million', 'USD', 3e8),
      m('25亿元人民币', 'CNY', 2.5e9),
    ]);
  });

  it('finds exactly the three amounts of the wire-style story', () => {
    expect(extractMoney(ZHIPU_WIRE_STORY, { lang: 'en', date: '2023-10-20' }).map(project)).toEqual([
      m('2.5 billion yuan', 'CNY', 2.5e9),
      m('$342 million', 'USD', 3.42e8, { equivalentOf: 0 }),
      m('$300 million', 'USD', 3e8),
    ]);
  });
});

describe('robustness', () => {
  it('never throws and keeps offsets consistent on random Unicode', () => {
    let seed = 0x9e3779b9;
    const rand = () => {
      // xorshift32: deterministic across runs.
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 0x100000000;
    };
    const alphabet = [...'0123456789０１２$¥￥€£₩₹元亿万千百十数几多余近约至到-–~., \n()（）%bmkBMyuanUSDRMBHK一二两三五'];
    for (let n = 0; n < 2000; n++) {
      let s = '';
      const len = Math.floor(rand() * 60);
      for (let k = 0; k < len; k++) {
        const r = rand();
        if (r < 0.7) s += alphabet[Math.floor(rand() * alphabet.length)];
        else if (r < 0.9) s += String.fromCharCode(Math.floor(rand() * 0x10000)); // includes lone surrogates
        else s += String.fromCodePoint(Math.floor(rand() * 0x10ffff));
      }
      const got = extractMoney(s, rand() < 0.5 ? { lang: 'zh-CN', domain: 'a.hk' } : undefined);
      let last = 0;
      for (const g of got) {
        expect(s.slice(g.start, g.end)).toBe(g.text);
        expect(g.start).toBeGreaterThanOrEqual(last);
        expect((g.text.match(/\r\n|\r|\n/g) ?? []).length).toBeLessThanOrEqual(1);
        expect(Number.isFinite(g.amount)).toBe(true);
        last = g.end;
      }
    }
  });
});

describe('issue 16, unseen forms 3: rules found on fresh text', () => {
  it.each<[string, Want[], PageContext?]>([
    // A careful marker is tied to its currency by the currency's own unshared symbol on the line.
    ['Shares closed at 312p, valuing the group at £4.1bn.', [m('312p', 'GBP', 3.12), m('£4.1bn', 'GBP', 4.1e9)]],
    // … but not the "£" of another currency's marker ("E£").
    ['The Cairo firm paid E£5 billion and 5 million pounds.', [m('E£5 billion', 'EGP', 5e9), m('5 million pounds', 'EGP', 5e6)]],
    // "TL" stands after the amount in Turkey; a Turkish place is its cue.
    ['A kilo of tomatoes costs 45 TL at the Istanbul market.', [m('45 TL', 'TRY', 45)]],
    // 元年 is the currency after an amount with a Chinese scale, or before a yearly pay or fee.
    ['公司开出百万元年薪。', [m('百万元', 'CNY', 1e6)]],
    ['会员1000元年费。', [m('1000元', 'CNY', 1000)]],
    // "$100 Australian" where the phrase ends, or before a word that starts a new one.
    ['Tickets cost $100 Australian each.', [m('$100 Australian', 'AUD', 100)]],
    ['It paid the $5 billion Australian miners had asked for.', [m('$5 billion', 'USD', 5e9)]],
    // Swiss apostrophe groups.
    ["The villa sold for CHF 4'500'000.", [m("CHF 4'500'000", 'CHF', 4.5e6)]],
    ['The fee is CHF 1’250.50.', [m('CHF 1’250.50', 'CHF', 1250.5)]],
    // A lower-case three-letter code after the amount (not one that is an English word: cad, try).
    ['Shipping costs 10 usd per order.', [m('10 usd', 'USD', 10)]],
    ['The fund raised 5 billion eur.', [m('5 billion eur', 'EUR', 5e9)]],
    // "grand": a thousand of the local money, after a price word ("cost him" too).
    ['He said the pickup cost him 3 grand.', [m('3 grand', 'USD', 3000)]],
    ['He paid 5 grand for the car.', [m('5 grand', 'GBP', 5000)], { domain: 'www.bbc.co.uk' }],
    // The article as one, before a singular currency word that ends the phrase.
    ['Each bus ride costs a dollar.', [m('a dollar', 'USD', 1)]],
    ['The stock trades for less than a dollar.', [m('a dollar', 'USD', 1, { approx: 'under' })]],
    ['A stamp costs half a dollar.', [m('half a dollar', 'USD', 0.5)]],
    ['It cost 500 rmb.', [m('500 rmb', 'CNY', 500)]],
    ['He has 5 ntd and 10 eur.', [m('5 ntd', 'TWD', 5), m('10 eur', 'EUR', 10)]],
    // "<price noun> is/was/of" is a price word like "costs".
    ['The fine was 300 pounds; the weight is 30 pounds.', [m('300 pounds', 'GBP', 300)]],
    ['It costs 5 ntd.', [m('5 ntd', 'TWD', 5)]],
    // French and Spanish amounts quoted in English: "de"/"d'" between the scale and the currency.
    ["The group will invest 1,2 milliard d'euros in the plant.", [m("1,2 milliard d'euros", 'EUR', 1.2e9)]],
    ['It would spend 3 millones de dólares on the site.', [m('3 millones de dólares', 'USD', 3e6)]],
    // Before a scale word a comma with one or two digits is a decimal, whatever the currency (never a
    // false "5 million dollars" read from the tail).
    ['It raised 3,5 million dollars, or USD 1,2 billion in all.', [m('3,5 million dollars', 'USD', 3.5e6), m('USD 1,2 billion', 'USD', 1.2e9)]],
    // A public body of a dollar country settles a bare $ on its line.
    ['The Ontario government will spend $2.3 billion on hospitals.', [m('$2.3 billion', 'CAD', 2.3e9)]],
    ["Alberta's provincial government posted a $5.2 billion surplus.", [m('$5.2 billion', 'CAD', 5.2e9)]],
    ['Auckland Council approved a $1.2 billion budget.', [m('$1.2 billion', 'NZD', 1.2e9)]],
    ['The budget of the government of New South Wales adds $3.5 billion.', [m('$3.5 billion', 'AUD', 3.5e9)]],
    // … but not a company from there, nor another country's government.
    ['Toronto-based Shopify earned $1 billion.', [m('$1 billion', 'USD', 1e9)]],
    ['The Texas government spent $3 billion.', [m('$3 billion', 'USD', 3e9)]],
    ['The Ontario government spent A$3 billion.', [m('A$3 billion', 'AUD', 3e9)]],
    // The body comes first, in the same clause.
    ['The Ontario government will spend $2 billion, while Washington pledged $5 billion.', [m('$2 billion', 'CAD', 2e9), m('$5 billion', 'USD', 5e9)]],
    ['It got $2.3 billion from the Ontario government.', [m('$2.3 billion', 'USD', 2.3e9)]],
  ])('%s', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext?]>([
    ['Archival footage from 1995 shows AI元年 and 康熙元年.'],
    ['She won 3 grand slams and 2 grand prix.'],
    ["The band played rock 'n' roll in the '90s."],
    ['A 10 cad drawing; 5 try again.'],
    ['Shares closed at 312p.'],
    ['Shares slid 42p to 189p.'],
    // A one-letter marker before a noun is an adjective: a video format, even with "£" on the line.
    ['A 1080p screen for the price of a 720p one.'],
    ['It runs a dollar store and sold a dollar-denominated bond.'],
    ['It traded at 150 yen a dollar.'],
    ['It costs a quarter of a dollar, a fraction of a euro.'],
    // "R$ 5 mil" is five thousand in Portuguese, "5 mil euros" in Spanish: not read (never as 5 million, nor as 5).
    ['It cost R$ 5 mil, or €5 mil.'],
    ['It raised USD 5 billions, lost $3 millions and owes $5 hundred million.'],
    ['A dollar rally hurt exporters; the parcel weighs a pound.'],
    ['It has 5 millions de clients.'],
  ])('not money: %s', (input, ctx) => expect(extractMoney(input, ctx)).toEqual([]));
});

describe('issue 16, unseen forms 4: rules found on the second fresh batch', () => {
  it.each<[string, Want[], PageContext?]>([
    // A price level after a move is a price: an everyday currency word counts after it.
    ["Kakao's shares fell 5% to 38,500 won.", [m('38,500 won', 'KRW', 38500)]],
    // "Fr." of the Swiss papers, before a firm amount.
    ['Zurich rents average Fr. 2,500 a month.', [m('Fr. 2,500', 'CHF', 2500)]],
    // "U$", as Brazilian and other Latin American writers mark the US dollar.
    ['The exporter raised U$ 5 billion.', [m('U$ 5 billion', 'USD', 5e9)]],
    // "N" of the Nigerian papers, like "R" of the South African ones: a firm amount and a cue.
    ['The group posted a loss of N137bn in Lagos.', [m('N137bn', 'NGN', 1.37e11)]],
    // 元 with the currency's name after it.
    ['台湾基本工资调至每月2.75万元新台币。', [m('2.75万元新台币', 'TWD', 27500)]],
    ['租金为每月3万元港币。', [m('3万元港币', 'HKD', 30000)]],
    // A news site on a generic domain writes its own country's dollar as "$".
    ['The bank earned $1.5 billion and US$200 million.', [m('$1.5 billion', 'SGD', 1.5e9), m('US$200 million', 'USD', 2e8)], { domain: 'www.straitstimes.com' }],
    ['Revenue was $2.3-billion.', [m('$2.3-billion', 'CAD', 2.3e9)], { domain: 'www.theglobeandmail.com' }],
    ['Sales rose to $67.9 billion.', [m('$67.9 billion', 'AUD', 6.79e10)], { domain: 'www.afr.com' }],
    ['It paid $5 million.', [m('$5 million', 'USD', 5e6)], { domain: 'www.thestar.com.my' }],
    // The name before the amount, as South Asian and European English write it, before a firm amount.
    ['It raised Euro 1.5 billion, Rupees 500 crore and Yen 500 billion.', [m('Euro 1.5 billion', 'EUR', 1.5e9), m('Rupees 500 crore', 'INR', 5e9), m('Yen 500 billion', 'JPY', 5e11)]],
    // The Gulf papers' QR and KD, before a firm amount.
    ['The bank earned QR15.5bn; the fund paid KD 1.2 billion.', [m('QR15.5bn', 'QAR', 1.55e10), m('KD 1.2 billion', 'KWD', 1.2e9)]],
    // 块 after a price word and an amount of ten thousand or more, though the phrase goes on.
    ['他花了十万块买了辆车。', [m('十万块', 'CNY', 1e5)]],
    // A change and its level with the same careful marker: the level's firm form vouches for the change.
    ["The miner's shares slid 42p to 1,890p.", [m('42p', 'GBP', 0.42), m('1,890p', 'GBP', 18.9)]],
    ['A 1080p screen costs £499.', [m('£499', 'GBP', 499)]],
    ['It rose 5 TL to 1,250.50 TL.', [m('5 TL', 'TRY', 5), m('1,250.50 TL', 'TRY', 1250.5)]],
    // "by", "up", "down" before "X to Y" make a change and a level, not a range.
    ['Shares were up 3 cents to $45.10.', [m('3 cents', 'USD', 0.03), m('$45.10', 'USD', 45.1)]],
    ['It cut the forecast by $1bn to $5bn.', [m('$1bn', 'USD', 1e9), m('$5bn', 'USD', 5e9)]],
    ['Tickets cost between 50 cents and $1.', [m('50 cents and $1', 'USD', 0.5, { amountMax: 1 })]],
    // The wires' abbreviations: "dlrs" for every dollar by name, "stg", and eighths after a hyphen.
    ['It earned 50 mln dlrs and bought 200 mln Canadian dlrs of bonds.', [m('50 mln dlrs', 'USD', 5e7), m('200 mln Canadian dlrs', 'CAD', 2e8)]],
    ['Net profit was 12.5 mln stg; a 400 mln dlr loan.', [m('12.5 mln stg', 'GBP', 1.25e7), m('400 mln dlr', 'USD', 4e8)]],
    ['Shares rose 1-1/2 to 45-3/8 dlrs.', [m('45-3/8 dlrs', 'USD', 45.375)]],
    // Indian shorthand scales ("Rs 1,200" alone would be a false amount); "+" after an amount is "over".
    ['Rs 1,200 Cr, ₹500 cr, Rs 12 lac and ₹1.2L', [m('Rs 1,200 Cr', 'INR', 1.2e10), m('₹500 cr', 'INR', 5e9), m('Rs 12 lac', 'INR', 1.2e6), m('₹1.2L', 'INR', 1.2e5)]],
    ['It raised Rs 5 crore+ and €1bn+.', [m('Rs 5 crore', 'INR', 5e7, { approx: 'over' }), m('€1bn', 'EUR', 1e9, { approx: 'over' })]],
    ['a $30,000 CR-V', [m('$30,000', 'USD', 30000)]],
    // "mil" is a million in English and Malay; "ribu" a thousand in Indonesian and Malay.
    ['It cost $5 mil; RM1.2mil; Rp 500 ribu.', [m('$5 mil', 'USD', 5e6), m('RM1.2mil', 'MYR', 1.2e6), m('Rp 500 ribu', 'IDR', 5e5)]],
    // A capital one-letter scale one space away, alone; not "M&A".
    ['It raised $5 M from angels and $5 B in revenue; pay is $120 K.', [m('$5 M', 'USD', 5e6), m('$5 B', 'USD', 5e9), m('$120 K', 'USD', 1.2e5)]],
    ['A $5 M&A fee', [m('$5', 'USD', 5)]],
    // A smaller English-scaled part continues the amount, like 1亿5000万.
    ['It raised 2 billion 500 million dollars, or $2 billion 500 million.', [m('2 billion 500 million dollars', 'USD', 2.5e9), m('$2 billion 500 million', 'USD', 2.5e9)]],
  ])('%s', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext?]>([
    // A currency DealLens does not read is not shown as one it reads.
    ['门票售价澳门币500元。'],
    ['The fee is MOP$500.'],
    ['It cost J$5 billion and TT$5 million.'],
    ['Zimbabwe printed Z$5 billion.'],
    ['N95 masks sold out.'],
    ['Scan the QR 2 times.'],
    ['The Euro 2024 final drew 65,000 fans.'],
    ['Fr. 5 said mass.'],
    ['他买了三块砖。'],
    ["Lee's team fell to 3 won the next round."],
    // A level after a move is a price for "won", not for a word that is also a weight.
    ['Her weight fell to 120 pounds.'],
  ])('not money: %s', (input, ctx) => expect(extractMoney(input, ctx)).toEqual([]));
});

describe('issue 16, unseen forms 6: rules found on fresh text (batch A)', () => {
  it.each<[string, Want[], PageContext?]>([
    // The cents said after the whole amount's currency word, where the phrase ends.
    ['The bus fare is a dollar fifty.', [m('a dollar fifty', 'USD', 1.5)]],
    ['A coffee costs two euros fifty.', [m('two euros fifty', 'EUR', 2.5)]],
    ['The stamp costs a pound twenty.', [m('a pound twenty', 'GBP', 1.2)]],
    ['It was 3 dollars 25 each.', [m('3 dollars 25', 'USD', 3.25)]],
    ['Tickets cost five dollars twenty-five.', [m('five dollars twenty-five', 'USD', 5.25)]],
    // … not a number that starts the next phrase.
    ['He paid 5 dollars 20 years ago.', [m('5 dollars', 'USD', 5)]],
    // A scale carried by the marker after number words.
    ['The used car cost fifteen grand.', [m('fifteen grand', 'USD', 15000)]],
    // The jiao alone after digits, where the phrase ends.
    ['一支铅笔5角。', [m('5角', 'CNY', 0.5)]],
    ['一根冰棍8毛', [m('8毛', 'CNY', 0.8)]],
    // A careful marker after a price word.
    ['The chocolate bar now costs 50p.', [m('50p', 'GBP', 0.5)]],
    ['Dinner came to R350 at the Johannesburg restaurant.', [m('R350', 'ZAR', 350)]],
    // A price word a few words before "for".
    ['She sold the painting for a hundred and fifty pounds.', [m('a hundred and fifty pounds', 'GBP', 150)]],
    // A lower-case code before an amount that ends the phrase.
    ['I sent cny 1000 to my sister.', [m('cny 1000', 'CNY', 1000)]],
    ['It costs usd 25.', [m('usd 25', 'USD', 25)]],
    // The dot of "kr." that ends the sentence is the sentence's.
    ['A coffee in Stockholm costs 45 kr. A beer costs more.', [m('45 kr', 'SEK', 45)]],
    ['Costs rose 5 mia. kr. i år.', [m('5 mia. kr.', 'DKK', 5e9)], { lang: 'da' }],
  ])('%s', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext?]>([
    ['She has a yen for travel.'],
    ['I gave him a dollar fifty times.'],
    ['Rub 2 cloves of garlic on the bread.'],
    ['rub 2 cloves of garlic on the bread.'],
    ['五角大楼发布了声明。'],
    ['画一个5角星。'],
    ['A 12-pound turkey feeds ten people.'],
    ['The baby weighed seven pounds.'],
  ])('not money: %s', (input, ctx) => expect(extractMoney(input, ctx)).toEqual([]));
});

describe('issue 16, unseen forms 7: rules found on fresh text (batch B)', () => {
  it.each<[string, Want[], PageContext?]>([
    // Cents after the point alone, right after a currency sign.
    ['The app is $.99 in the store.', [m('$.99', 'USD', 0.99)]],
    ['It was €.50 off.', [m('€.50', 'EUR', 0.5)]],
    // … not after an abbreviation, where the dot is the abbreviation's.
    ['It cost Rs.50 in Delhi.', [m('Rs.50', 'INR', 50)]],
    // The whole, its currency word, the cents and theirs.
    ['The card costs five pounds fifty pence.', [m('five pounds fifty pence', 'GBP', 5.5)]],
    ['It cost 3 dollars 20 cents.', [m('3 dollars 20 cents', 'USD', 3.2)]],
    // 块 after a price word, with what the money bought after it.
    ['他花了1000块买了一台旧电脑。', [m('1000块', 'CNY', 1000)]],
    // The fen after the jiao: 0.25.
    ['一根雪糕两毛五。', [m('两毛五', 'CNY', 0.25)]],
    ['一根雪糕5毛5', [m('5毛5', 'CNY', 0.55)]],
  ])('%s', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext?]>([
    ['他卖了三块地。'],
    ['三角形有3个角。'],
    ['画了一个三角五边形。'],
    ['Version .99 shipped.'],
  ])('not money: %s', (input, ctx) => expect(extractMoney(input, ctx)).toEqual([]));
});

describe('issue 16, unseen forms 8: rules found on fresh text (batch C)', () => {
  it.each<[string, Want[], PageContext?]>([
    // Digits, "and a half", a scale.
    ['the state owes about 2 and a half billion dollars .', [m('2 and a half billion dollars', 'USD', 2.5e9, { approx: 'about' })]],
    ['It raised $1 and a half million.', [m('$1 and a half million', 'USD', 1.5e6)]],
    // More price nouns before a careful code.
    ['The tax is 500 SAR.', [m('500 SAR', 'SAR', 500)]],
    // A verb whose object is money, for an everyday word that is not a weight.
    ['He lost 2 grand at the casino.', [m('2 grand', 'USD', 2000)]],
    ['He gave me 20 grand.', [m('20 grand', 'USD', 20000)]],
    ['I have 5000 won.', [m('5000 won', 'KRW', 5000)]],
    ['I sent 50,000 won to my mother.', [m('50,000 won', 'KRW', 50000)]],
    // A currency that moved to a level is a rate; an amount with a scale after it is money.
    ['The pound fell 1% to $1.25 while the fund lost $2 billion.', [m('$2 billion', 'USD', 2e9)]],
    ['The dollar store chain sold 5 million items at $1.25 each.', [m('$1.25', 'USD', 1.25)]],
  ])('%s', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext?]>([
    ['She lost 20 pounds on the diet.'],
    ['He made 3 grand prix starts.'],
    ['He has 3 grand pianos.'],
    ['The team has won 3 of 5.'],
    ['I have 20 pounds of flour.'],
    ['The euro hit $1.10 on Monday.'],
    ['He has 2 and a half dogs.'],
  ])('not money: %s', (input, ctx) => expect(extractMoney(input, ctx)).toEqual([]));
});

describe('issue 16: price-tag forms', () => {
  it.each<[string, Want[], PageContext?]>([
    // A whole amount marked as having no cents, then its currency.
    ['It costs 50.- CHF.', [m('50.- CHF', 'CHF', 50)]],
    ['He paid 500/- rupees.', [m('500/- rupees', 'INR', 500)]],
    ['Billetten koster 500,- kr.', [m('500,- kr', 'NOK', 500)], { lang: 'nb' }],
    // … the mark left out of the span when the currency stands before.
    ['He paid Rs. 500/- only.', [m('Rs. 500', 'INR', 500)]],
    ['It costs PhP 1,500.', [m('PhP 1,500', 'PHP', 1500)]],
    ['It costs a buck.', [m('a buck', 'USD', 1)]],
    // A numeral led by its unit: 近 makes an honest range, 上 a lower bound, as for 亿元.
    ['这家企业营收近千亿元，投资上百亿元。', [m('千亿元', 'CNY', 8e10, { amountMax: 1e11, approx: 'vague' }), m('百亿元', 'CNY', 1e10, { approx: 'at-least' })]],
    // The jiao alone after a lone Chinese digit, at the phrase's end after a price word.
    ['一个鸡蛋八毛。', [m('八毛', 'CNY', 0.8)]],
    // An everyday currency word after the article and a price word; a bare hundred or thousand after one.
    ['The watch costs a grand; the loaf costs a pound.', [m('a grand', 'USD', 1000), m('a pound', 'GBP', 1)]],
    ['It costs hundred dollars.', [m('hundred dollars', 'USD', 100)]],
    ['I will pay you back 10 pounds tomorrow.', [m('10 pounds', 'GBP', 10)]],
    ['The ticket is 7 pounds 50.', [m('7 pounds 50', 'GBP', 7.5)]],
    // The scale words of other languages inside English; before them "1.200" is twelve hundred.
    ['It earned 1,2 mld zł, 1,5 mld. Kč and 1,2 milliárd forint.', [m('1,2 mld zł', 'PLN', 1.2e9), m('1,5 mld. Kč', 'CZK', 1.5e9), m('1,2 milliárd forint', 'HUF', 1.2e9)]],
    ['It earned 1,2 milyar TL and 1.200 tỷ đồng.', [m('1,2 milyar TL', 'TRY', 1.2e9), m('1.200 tỷ đồng', 'VND', 1.2e12)]],
    ['It earned 1.200 millones de euros and 1,2 miliardi di euro.', [m('1.200 millones de euros', 'EUR', 1.2e9), m('1,2 miliardi di euro', 'EUR', 1.2e9)]],
    ['The Dutch insurer earned €1,2 miljard.', [m('€1,2 miljard', 'EUR', 1.2e9)]],
    ['It earned 1.200 million euros.', [m('1.200 million euros', 'EUR', 1.2e6)]],
    // "range from X to Y" is a span of values; "rose from X to Y" a change.
    ['Wholesale prices range from $24 to $28 a pound.', [m('$24 to $28', 'USD', 24, { amountMax: 28 })]],
    ['Fees varied from 2 to 5 euros; sales rose from $1bn to $2bn.', [m('2 to 5 euros', 'EUR', 2, { amountMax: 5 }), m('$1bn', 'USD', 1e9), m('$2bn', 'USD', 2e9)]],
    ['The price is ¥１，０００.', [m('¥１，０００', 'JPY', 1000)]],
    // Lower-cased wire copy: a dollar sign after two letters or more in any case.
    ['the firm raised hk$ 5 billion and us$ 2 billion .', [m('hk$ 5 billion', 'HKD', 5e9), m('us$ 2 billion', 'USD', 2e9)]],
    ['It raised 5 billion saudi arabian riyals and 8 billion yuan renminbi.', [m('5 billion saudi arabian riyals', 'SAR', 5e9), m('8 billion yuan renminbi', 'CNY', 8e9)]],
    // 元 after a lone Chinese digit where the phrase ends or a unit's price goes on.
    ['车票八元。', [m('八元', 'CNY', 8)]],
    ['这家店的包子两元一个。', [m('两元', 'CNY', 2)]],
    ['每杯咖啡五元。', [m('五元', 'CNY', 5)]],
    ['每股派一元。', [m('一元', 'CNY', 1)]],
  ])('%s', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext?]>([
    ['He shot a buck in the woods.'],
    ['The dollar bought 7.3 yuan.'],
    ['炖肉时加点八角。'],
    ['我喜欢三毛。'],
    ['The parcel weighs a pound.'],
    ['He bought a grand piano.'],
    ['Hundred dollars is a lot.'],
    ['She lost 10 pounds today.'],
    ['Pay a$5 fee.'],
    ['The buck stops here.'],
    ['See pages 10,- 12.'],
    ['北京三元食品公司发布年报。'],
    ['他去了三元。'],
    ['这是一元论。'],
    ['二元结构依然存在。'],
    ['五元素理论流行。'],
  ])('not money: %s', (input, ctx) => expect(extractMoney(input, ctx)).toEqual([]));
});

describe('issue 16: forms of fresh batch unseen-forms-12', () => {
  it.each<[string, Want[], PageContext?]>([
    // Pence without a British cue, where the words around make a price or a change of one.
    ['Bananas are 19p each.', [m('19p', 'GBP', 0.19)]],
    ['A stamp rose by 50p.', [m('50p', 'GBP', 0.5)]],
    ["It's only 99p!", [m('99p', 'GBP', 0.99)]],
    ['Diesel is up 4p a litre.', [m('4p', 'GBP', 0.04)]],
    // Half the scale after it; "a couple" of a scale is about two of it.
    ['A million and a half dollars went missing.', [m('A million and a half dollars', 'USD', 1.5e6)]],
    ['It cost two billion and a half euros.', [m('two billion and a half euros', 'EUR', 2.5e9)]],
    ['He spent a couple hundred dollars on books.', [m('a couple hundred dollars', 'USD', 200, { approx: 'about' })]],
    ['It cost a couple of million pounds.', [m('a couple of million pounds', 'GBP', 2e6, { approx: 'about' })]],
    // Tokenised lower-case wire copy: "u.s. $", and a one-letter dollar spaced from its number.
    ['the fund raised u.s. $ 500 million .', [m('u.s. $ 500 million', 'USD', 5e8)]],
    ['the bid values it at c$ 2.4 billion .', [m('c$ 2.4 billion', 'CAD', 2.4e9)]],
    ['營收達新臺幣2,300億元。', [m('新臺幣2,300億元', 'TWD', 2.3e11)]],
    ['The Makati tower was listed at 35 million pesos.', [m('35 million pesos', 'PHP', 3.5e7)]],
    // A code after number words, where the phrase ends or after a price word.
    ['The processing fee is fifty USD.', [m('fifty USD', 'USD', 50)]],
    ['Each transfer costs ten EUR per card.', [m('ten EUR', 'EUR', 10)]],
  ])('%s', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext?]>([
    ['It streams in only 720p.'],
    ['Two CAD engineers met ten ILS pilots in Europe.'],
    ['The ticket cost a couple of bucks.'],
    ['A couple hundred people came.'],
    ['Shares closed at 312p.'],
  ])('not money: %s', (input, ctx) => expect(extractMoney(input, ctx)).toEqual([]));
});

describe('issue 16: forms of fresh batch unseen-forms-13', () => {
  it.each<[string, Want[], PageContext?]>([
    // More price words before an everyday currency word.
    ['Entry was ten pounds fifty.', [m('ten pounds fifty', 'GBP', 10.5)]],
    ['The car set him back 30 grand.', [m('30 grand', 'USD', 30000)]],
    ['Admission is 12 pounds.', [m('12 pounds', 'GBP', 12)]],
  ])('%s', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext?]>([
    ['The setback cost him 30 pounds of muscle.'],
    ['Kenya\'s budget is 3.9 trillion shillings.'],
  ])('not money: %s', (input, ctx) => expect(extractMoney(input, ctx)).toEqual([]));
});

describe('issue 16: forms of fresh batch unseen-forms-14', () => {
  it.each<[string, Want[], PageContext?]>([
    // Minor units of many currencies; a shared one ("centavos", "øre", "fils", "sen") with its country's cue.
    ['A sweet costs 50 satang.', [m('50 satang', 'THB', 0.5)]],
    ['The fare in Kuala Lumpur rose by 20 sen.', [m('20 sen', 'MYR', 0.2)]],
    ['A token costs 25 centavos in Manila.', [m('25 centavos', 'PHP', 0.25)]],
    ['A bag in Oslo costs 90 øre.', [m('90 øre', 'NOK', 0.9)]],
    ['A Dubai bus ride rose by 50 fils.', [m('50 fils', 'AED', 0.5)]],
    ['It costs 5 kuruş, 50 öre, 30 agorot, 50 kobo, 25 halalas, 10 groszy, 20 rappen, 5 piastres and 50 haléřů.', [
      m('5 kuruş', 'TRY', 0.05), m('50 öre', 'SEK', 0.5), m('30 agorot', 'ILS', 0.3), m('50 kobo', 'NGN', 0.5), m('25 halalas', 'SAR', 0.25),
      m('10 groszy', 'PLN', 0.1), m('20 rappen', 'CHF', 0.2), m('5 piastres', 'EGP', 0.05), m('50 haléřů', 'CZK', 0.5),
    ]],
    ['The candy costs 5 jiao; the coin is worth 5 fen.', [m('5 jiao', 'CNY', 0.5), m('5 fen', 'CNY', 0.05)]],
    ['A match costs 5 paisa in Karachi.', [m('5 paisa', 'PKR', 0.05)]],
    ['The ticket costs ₨ 500 in Lahore.', [m('₨ 500', 'PKR', 500)]],
    ['It costs 2,500 Philippine piso, 100,000 Vietnamese đồng and 50 new Israeli sheqels.', [
      m('2,500 Philippine piso', 'PHP', 2500), m('100,000 Vietnamese đồng', 'VND', 100000), m('50 new Israeli sheqels', 'ILS', 50),
    ]],
    ['The souvenir cost 100 Qatari rials.', [m('100 Qatari rials', 'QAR', 100)]],
    // The lakh and crore in words; a larger scale after a smaller one multiplies it.
    ['The fine was ten lakh rupees.', [m('ten lakh rupees', 'INR', 1e6)]],
    ['The film earned fifty crore rupees.', [m('fifty crore rupees', 'INR', 5e8)]],
    ['The plan costs two lakh crore rupees.', [m('two lakh crore rupees', 'INR', 2e12)]],
    ['It cost a thousand million dollars.', [m('a thousand million dollars', 'USD', 1e9)]],
    // The singular of a plural name of several words; the longest names.
    ['It costs 1 Aussie dollar, 1 Emirati dirham and 5 United Arab Emirates dirhams.', [
      m('1 Aussie dollar', 'AUD', 1), m('1 Emirati dirham', 'AED', 1), m('5 United Arab Emirates dirhams', 'AED', 5),
    ]],
    ['It costs 1 American dollar and 3 Great British pounds.', [m('1 American dollar', 'USD', 1), m('3 Great British pounds', 'GBP', 3)]],
    // Cents after a whole amount said with a scale word, when it is small.
    ['It costs one hundred dollars and twenty-five cents.', [m('one hundred dollars and twenty-five cents', 'USD', 100.25)]],
    ['It paid $2 billion and 30 cents a share.', [m('$2 billion', 'USD', 2e9), m('30 cents', 'USD', 0.3)]],
    // Cents after a spaced sign, as tokenised copy writes them; a bare ".25" is not 25.
    ['the stock rose $ .25 to $ 30 .', [m('$ .25', 'USD', 0.25), m('$ 30', 'USD', 30)]],
    ['the price fell .25 to 30 dollars .', [m('30 dollars', 'USD', 30)]],
    ['It raised...25 million dollars.', [m('25 million dollars', 'USD', 2.5e7)]],
  ])('%s', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext?]>([
    // Fils are a thousandth of the Kuwaiti dinar and a hundredth of the dirham: without the dirham's cue, not read.
    ['The Kuwaiti stamp costs 150 fils.'],
    ['Sen. Warren spoke for 20 minutes; 3 Sen votes.'],
    ['The Fens flooded 5 fen villages.'],
    ['A Nepal trip: 50 paisa each.'],
  ])('not money: %s', (input, ctx) => expect(extractMoney(input, ctx)).toEqual([]));
});

describe('issue 16: forms of fresh batch unseen-forms-15', () => {
  it.each<[string, Want[], PageContext?]>([
    ['My budget is around 800 pounds for the trip.', [m('800 pounds', 'GBP', 800, { approx: 'about' })]],
    // "run from" opens a span of values, like "range from".
    ['Costs run from 2 to 3 billion yuan.', [m('2 to 3 billion yuan', 'CNY', 2e9, { amountMax: 3e9 })]],
    ['The donor gave a quarter million dollars.', [m('a quarter million dollars', 'USD', 2.5e5)]],
    ['The fund paid a quarter of a billion dollars.', [m('a quarter of a billion dollars', 'USD', 2.5e8)]],
    // A decimal before a hyphenated currency is an amount whatever follows.
    ['The bank issued 1.5 billion-yuan bonds.', [m('1.5 billion-yuan', 'CNY', 1.5e9)]],
  ])('%s', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext?]>([
    // A small count before a hyphenated currency and a plural: five homes of a million each.
    ['The firm sold 5 million-dollar homes last year.'],
    ['Shares rose from 2 to 3 billion.'],
  ])('not money: %s', (input, ctx) => expect(extractMoney(input, ctx)).toEqual([]));
});

describe('issue 16: forms of fresh batch unseen-forms-16', () => {
  it.each<[string, Want[], PageContext?]>([
    // Two countries on the line: each shared marker takes the one in its own clause.
    ['STOCKHOLM - Nordvik AB reported sales of 12.3 billion crowns, while its Oslo rival earned 4 billion crowns.', [
      m('12.3 billion crowns', 'SEK', 1.23e10), m('4 billion crowns', 'NOK', 4e9),
    ]],
  ])('%s', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext?]>([
    // Both in the marker's clause: which krone is not said.
    ['Oslo and Copenhagen firms paid 5 billion kroner.'],
  ])('not money: %s', (input, ctx) => expect(extractMoney(input, ctx)).toEqual([]));
});

describe('issue 16: forms of fresh batch unseen-forms-17', () => {
  it.each<[string, Want[], PageContext?]>([
    // A half after the currency word or before it.
    ['A coffee is a dollar and a half here.', [m('a dollar and a half', 'USD', 1.5)]],
    ['The tip was two and a half dollars.', [m('two and a half dollars', 'USD', 2.5)]],
    // An everyday word before a time ("last month"), and with its cents after it.
    ['He earned five grand last month.', [m('five grand', 'USD', 5000)]],
    ['The cake was 4 pounds 99.', [m('4 pounds 99', 'GBP', 4.99)]],
    ['Fees start from 99 pounds.', [m('99 pounds', 'GBP', 99)]],
    ['红包发了200块。', [m('200块', 'CNY', 200)]],
    // The amount read just before, on the line, is a cue for a careful marker.
    ['The budget is 2 billion rand, or R2 billion.', [m('2 billion rand', 'ZAR', 2e9), m('R2 billion', 'ZAR', 2e9)]],
  ])('%s', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext?]>([
    ['She weighed 7 pounds 12.'],
    ['It costs a pound and a half of flour.'],
    ['Here are my two cents on the plan.'],
    ["That's Lee's two cents."],
    ['You look like a million bucks.'],
    ['It was a record for a 1794 dollar.'],
  ])('not money: %s', (input, ctx) => expect(extractMoney(input, ctx)).toEqual([]));
});

describe('issue 16: Chinese names before a firm amount, full-width signs', () => {
  it.each<[string, Want[], PageContext?]>([
    ['融资美元2亿，投资欧元3000万，日元100亿的贷款，英镑500万，港元8亿。', [
      m('美元2亿', 'USD', 2e8), m('欧元3000万', 'EUR', 3e7), m('日元100亿', 'JPY', 1e10), m('英镑500万', 'GBP', 5e6), m('港元8亿', 'HKD', 8e8),
    ]],
    ['价格为￡5。It costs US＄6.', [m('￡5', 'GBP', 5), m('US＄6', 'USD', 6)]],
  ])('%s', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext?]>([
    // Before a bare number (a year here) the name is not its currency.
    ['以美元2024年不变价计算。'],
    ['1美元兑7.1元人民币。'],
  ])('not money: %s', (input, ctx) => expect(extractMoney(input, ctx)).toEqual([]));
});

describe('issue 16: forms of fresh batch unseen-forms-19', () => {
  it.each<[string, Want[], PageContext?]>([
    ['It costs 35 CAD; the deal is CAD 10 billion.', [m('35 CAD', 'CAD', 35), m('CAD 10 billion', 'CAD', 1e10)]],
    // Bare cents on a page of the euro area are euro cents.
    ['A levy of 20 cents a litre applies.', [m('20 cents', 'EUR', 0.2)], { domain: 'www.irishtimes.ie' }],
    ['A levy of 20 cents a litre applies.', [m('20 cents', 'USD', 0.2)]],
    ['It raised Euro 1.5 billion.', [m('Euro 1.5 billion', 'EUR', 1.5e9)], { domain: 'www.handelsblatt.de' }],
    ['The stamp costs 1 cent more.', [m('1 cent', 'USD', 0.01)]],
  ])('%s', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext?]>([
    ['The CAD 3 drawing has 5 layers.'],
    // A singular minor unit after a count, before a noun: a coin.
    ['The 2 cent coin was withdrawn in Finland.'],
    // A careful marker that must be firm, whatever the page's country says.
    ['The Euro 2024 final drew 65,000 fans.', { domain: 'www.handelsblatt.de' }],
  ])('not money: %s', (input, ctx) => expect(extractMoney(input, ctx)).toEqual([]));
});

describe('issue 16: forms of fresh batch unseen-forms-21', () => {
  it.each<[string, Want[], PageContext?]>([
    ['Shares were priced at $21, the top of the $18-to-$21 range.', [m('$21', 'USD', 21), m('$18-to-$21', 'USD', 18, { amountMax: 21 })]],
    // Cents after an amount in euros on the line are euro cents.
    ['It costs €1 per kWh, up from 80 cents.', [m('€1', 'EUR', 1), m('80 cents', 'EUR', 0.8)]],
    // A price noun that moves makes its amounts prices; the amount read just before vouches for the next.
    ['Postage rose from 85p to 95p.', [m('85p', 'GBP', 0.85), m('95p', 'GBP', 0.95)]],
    ['The fee went up by 5p.', [m('5p', 'GBP', 0.05)]],
    // The conversion names its currency before the qualifier.
    ['对价约为2.35亿港元，折合人民币约2.1亿元。', [m('2.35亿港元', 'HKD', 2.35e8, { approx: 'about' }), m('2.1亿元', 'CNY', 2.1e8, { approx: 'about', equivalentOf: 0 })]],
  ])('%s', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext?]>([
    ['Her weight rose to 120 pounds.'],
    ['The stream went from 720p to 1080p.'],
  ])('not money: %s', (input, ctx) => expect(extractMoney(input, ctx)).toEqual([]));
});

describe('issue 16: forms of fresh batch unseen-forms-22', () => {
  it.each<[string, Want[], PageContext?]>([
    ['it earned c$ 45 million , or 60 canadian cents a share .', [m('c$ 45 million', 'CAD', 4.5e7), m('60 canadian cents', 'CAD', 0.6)]],
    ['It paid 5 Hong Kong cents and 20 Australian cents.', [m('5 Hong Kong cents', 'HKD', 0.05), m('20 Australian cents', 'AUD', 0.2)]],
    // After a rate, the level it moved from is a rate too; a later clause's amounts are not.
    ['The euro rose to $1.10; revenue rose from $5 to $6.', [m('$5', 'USD', 5), m('$6', 'USD', 6)]],
  ])('%s', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext?]>([
    ['the pound fell to $ 1.6110 from $ 1.6250 .'],
    ['The euro rose to $1.10 from $1.08 on Friday.'],
  ])('not money: %s', (input, ctx) => expect(extractMoney(input, ctx)).toEqual([]));
});

describe('issue 16: forms of fresh batch unseen-forms-23', () => {
  it.each<[string, Want[], PageContext?]>([
    // The rupee's "rs" in lower case, with care: a firm amount or a price word.
    ['the price is 250 rs', [m('250 rs', 'INR', 250)]],
    ['the price is rs 250', [m('rs 250', 'INR', 250)]],
    ['i paid rs. 3 lakh for it', [m('rs. 3 lakh', 'INR', 3e5)]],
  ])('%s', (input, want, ctx) => check(input, want, ctx));

  it.each<[string, PageContext?]>([
    ['the 12 rs of recycling'],
    ['see rs 2 in the appendix'],
  ])('not money: %s', (input, ctx) => expect(extractMoney(input, ctx)).toEqual([]));
});
