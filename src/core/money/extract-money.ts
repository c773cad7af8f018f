// The money scanner: finds amounts of money in plain text.
//
// How it stays fast: one regex jumps to the next character that can start a numeral (a digit or a
// Chinese numeral); everything else is parsed locally around that point with bounded look-back and
// look-ahead, and after a rejected numeral the scan resumes past its whole run, so each character is
// examined a constant number of times. No mention crosses a blank line; one line break may sit inside
// an amount only before a lower-case English scale or currency word ("$40\n million", hard-wrapped text).
//
// Decisions (the public contract of this module):
// - A mention needs currency evidence (symbol, code or word) next to the number; bare numbers, counts
//   ("20 million users"), years and percentages are not money. Markers come from the one currency
//   table (currency-table.ts); a marker several currencies share ("kr", "pesos") is read only when the
//   page's country or a cue on the line settles it (with two countries on the line, the one in the
//   marker's clause), and a careful one ("R", "RM") only on a firm amount or with a cue (the amount read
//   just before on the line is one: "2 billion rand, or R2 billion"): "R2-D2", "RM 101" and "pounds of
//   halibut" are not money. A word a currency the rates lack shares ("rupees" in Sri Lanka) is left
//   unread where that currency's place is on the line (UNREAD_WORDS).
// - Minor units are fractions of their currency ("75 cents", "340p", "50 satang", "20 rappen", "5 jiao");
//   a shared one ("centavos", "øre", "sen", "fils") with its country's cue.
// - "9,90 €" and "€1,5 Mrd." are continental decimals (for currencies whose countries write them);
//   "1,500 euros" stays fifteen hundred. "Rp15.000" is fifteen thousand (rupiah have no cents).
// - A code may carry a scale ("MUSD 30", "120 MEUR") or be followed by one ("75 USD million").
// - Qualifiers ("about", "more than", "约", "超过", "左右") set `approx` but are NOT in the span: the span
//   is the amount as written (currency marker included). 多/余 inside an amount ("三百多万") are in it.
// - Vague Chinese amounts become honest ranges with approx 'vague': 数/几 = 2–9 of the next unit
//   (数千万元 → 2e7–9e7, 数亿美元 → 2e8–9e8), 十几 = 11–19, 三四千万 = 3e7–4e7, and 近亿元 ("nearly a
//   hundred million") → 8e7–1e8, like any numeral led by its unit (近千亿元 → 8e10–1e11). 上亿元 is
//   at-least 1e8. A bare 亿元/万元 with no qualifier is a unit
//   label ("单位：亿元"), not an amount.
// - Ranges ("$2-3 billion", "between $1bn and $2bn", "2亿至3亿元", "20-30亿元") give amount + amountMax
//   when both ends agree on currency and low < high; "from $1bn to $2bn" is a change and gives two mentions.
// - Exchange-rate quotes ("7.3 yuan per dollar", "1美元兑7.3元", "USD/CNY 7.3") are skipped.
// - Chinese numerals need a unit character (二十五亿元, 十元); a lone 三元 is more often a name (三元桥).
// - English number words are read only before a scale word ("half a billion dollars", "three million
//   yuan", "fifty crore rupees"), or before a currency word or code ("twenty-five dollars", "fifty USD."):
//   a second trigger jumps to those words and looks back a few words. A larger scale after a smaller one
//   multiplies it ("a thousand million", "two lakh crore"). Vague words become ranges like 数: "hundreds
//   of millions of dollars" = 2e8–9e8 'vague'; "a couple hundred dollars" is about 200. "a billion-dollar
//   company", "5 million-dollar homes" (a count), "my two cents" and "like a million bucks" are not amounts.
// - Per-share and per-unit prices are money ("$12.50 a share", "$16.99 a pound" → $12.50, $16.99); the
//   "a share" is not in the span.
// - "a dollar" / "half a dollar" are amounts where the currency word ends the phrase ("costs a dollar."),
//   not in "a dollar store" nor in a rate ("150 yen a dollar").
// - French and Spanish amounts quoted in English are read ("1,2 milliard d'euros", "3 millones de dólares").
// - A number is left unread rather than shown wrong: before a scale the reader does not take ("USD 5
//   billions", "$5 hundred million"; "mil" where it is a thousand: "R$ 5 mil"), or after the marker of a
//   currency the bundled rates lack ("J$5 billion", "澳门币500元").
// - Compound scales add up ("2 billion 500 million dollars", like 1亿5000万).
// - "shares rose $2 to $45" / "上涨3元至250元" are a change and a level, not a range; "prices range from
//   $24 to $28" is a range.
// - Cents said after the currency word belong to the amount: "a dollar fifty", "two euros 50", "five
//   pounds fifty pence", "a dollar and a half", "两毛五"; "$.99" and "$ .25" are cents, and a bare ".25" is
//   never 25.
// - A careful marker counts on a bare amount after a price word ("the bar costs 50p") or with a price cue
//   around it ("19p each", "rose by 50p", "only 99p!"; not a video's "only 720p"), an everyday word
//   after a verb whose object is money ("he lost 2 grand"; never a weight: "she lost 20 pounds").
// - Before a scale word of a decimal-comma language "1.200" is twelve hundred ("1.200 millones de euros").
// - A currency that moved to a small level is quoted as a rate: "the pound fell to $1.25" is not money.

import type { ApproxKind, MoneyMention, PageContext } from '../types';
import { currencyRecord } from './currency-table';
import {
  allowsDecimalComma, CURRENCY_CODE_HEADS, CURRENCY_WORD_HEADS, CurrencyEnv, endsAmountPhrase, matchPrefix, matchSuffix, mayStartSuffix, centsAfter, minorUnits,
  resolveCurrency, unreadCurrencyBefore,
  type CurrencyHit,
} from './currencies';
import {
  CN_NUMERAL_CHARS, digitAt, endsPhrase, isAsciiLetter, isCnBigUnit, isCnUnit, isInlineSpace, mayHaveDecimalComma, numericRunEnd, readCnNumeral,
  readCnScale, readDigits, readEnScale, readYuanChange, ROMANCE_OF, skipGap, toAmount, type DigitNumeral,
} from './numbers';
import { numberWordsBefore, readNumberWords, SCALE_WORD_TRIGGER, type WordNumeral } from './number-words';
import {
  followsRateWord, isEquivalentGap, isRateQuote, opensBetween, opensFrom, priceCueAround, priceWordBefore, qualifierAfter, qualifierBefore,
} from './qualifiers';

/** Characters that can start an amount's numeral. */
const TRIGGER = new RegExp(`[0-9\\uFF10-\\uFF19${CN_NUMERAL_CHARS}]`, 'g');

/** "The pound fell to $1.25", "the euro hit $1.10", "the dollar bought 7.3 yuan": a currency that moved to a level is quoted as an
 * exchange rate, not an amount. Tried only on small amounts without a scale. */
const MOVED_CURRENCY = new RegExp(`(?:^|[^A-Za-z])(?:${CURRENCY_WORD_HEADS.map((h) => h.replace(/\./g, '\\.')).join('|')})\\s+`
  + '(?:rose|fell|climbed|dropped|jumped|slid|slipped|gained|weakened|strengthened|firmed|eased|traded|closed|ended|hit|touched|stood|sank|surged|tumbled|bought|buys|fetched|fetches)'
  + '(?:\\s+[0-9.,]+%)?(?:\\s+(?:to|at|near|around|above|below|past))?\\s+$', 'i');

/** Between a rate and the next: the level it moved from ("… to $1.6110 from $1.6250", "… against 1.08"). */
const RATE_GOES_ON = /^\s*,?\s*(?:from|against|versus|vs\.?|compared\s+with)\s+$/i;

function movedCurrencyBefore(text: string, start: number): boolean {
  const w = text.slice(Math.max(0, start - 40), start);
  return MOVED_CURRENCY.test(w.slice(w.lastIndexOf('\n') + 1));
}

/** Where number words are read from: a scale word ("half a billion dollars"), or the last word of a
 * currency name ("twenty-five dollars", "one Swiss franc"), where the numeral is looked for just
 * before. A head that another begins ("dollars": "dollar") is found by that one. */
const WORD_HEADS = CURRENCY_WORD_HEADS.filter((h) => !CURRENCY_WORD_HEADS.some((o) => o !== h && h.startsWith(o)));
// (Codes end a word: the case-blind regex must not stop at "Europe" or "audit".)
const WORD_ALTERNATION = `${SCALE_WORD_TRIGGER.source}|${WORD_HEADS.map((h) => h.replace(/\./g, '\\.')).join('|')}|(?:${CURRENCY_CODE_HEADS.join('|')})(?![A-Za-z])`;
// Led by the separator a word starts after (a character class), the regex skips quickly to candidates:
// the bare alternation of some forty words, tried at every position, cost 2.5 times as much.
const WORD_TRIGGER = new RegExp(`[\\s\\-(\u00a0"“'‘](?:${WORD_ALTERNATION})`, 'gi');
const WORD_AT_START = new RegExp(`^(?:${WORD_ALTERNATION})`, 'i');

/** The next word the number-word reader is anchored at, at or after `from` (text.length when none). */
function nextWordHit(text: string, from: number): number {
  if (from === 0 && WORD_AT_START.test(text)) return 0;
  WORD_TRIGGER.lastIndex = Math.max(0, from - 1);
  const hit = WORD_TRIGGER.exec(text);
  return hit ? hit.index + 1 : text.length;
}

/** A number with its scale and the currency markers around it (none for a bare number, e.g. the low
 * end of "20-30亿元"). Always built with the same fields in the same order: object spreads and shape
 * changes in this hot path cost more than all the parsing. */
interface Unit {
  start: number;
  numStart: number;
  end: number;
  lo: number;
  hi: number;
  /** Digit numerals keep their digits, so the "2" of "$2-3 billion" can take the high end's scale. */
  digits: DigitNumeral | null;
  /** Power of ten applied by the scale word (0 without one). */
  exp: number;
  hasScale: boolean;
  vague: boolean;
  more: boolean;
  bareBigUnit: boolean;
  /** A scale, thousands separators or decimals: "R2.5 billion", "RM1,200", not "R2" or "RM 101". */
  firm: boolean;
  /** Said roughly in its own words: "a couple hundred dollars". */
  about: boolean;
  prefix: CurrencyHit | null;
  suffix: CurrencyHit | null;
}

const UNREAD_SCALE = /^ ?(?:hundreds?|thousands|millions|billions|trillions)(?![A-Za-z])/i;
/** "mil" after the digits: a million in English and Malay, a thousand in Portuguese and Spanish. */
const MIL = /^ ?mil(?![A-Za-z])/i;
/** Currencies whose own languages write "mil" for a thousand ("R$ 5 mil", "$5 mil" pesos, "5 mil euros"). */
const MIL_IS_THOUSAND = new Set(['BRL', 'MXN', 'ARS', 'CLP', 'COP', 'EUR']);
/** The fraction of a price in eighths and the like: "3/8" of "$38 3/8". */
const FRACTION = /^([0-9]{1,2})\/(2|4|8|16|32|64)(?![0-9/])/;
const MAX_DAY = 31;
/** Exchange-rate levels are small numbers (7.1 yuan, 150 yen); anything larger after 汇率 is money. */
const MAX_RATE_LEVEL = 1000;
const TICKER_AFTER = /^\.[A-Z]{1,2}\b/;
const CN_START = new Set(CN_NUMERAL_CHARS);

function unit(
  numStart: number, end: number, lo: number, hi: number, digits: DigitNumeral | null, exp: number,
  hasScale: boolean, vague: boolean, more: boolean, bareBigUnit: boolean,
): Unit {
  return {
    start: numStart, numStart, end, lo, hi, digits, exp, hasScale, vague, more, bareBigUnit, firm: hasScale, about: false,
    prefix: null, suffix: null,
  };
}

function readAmount(text: string, i: number, decimalComma = false): Unit | null {
  if (digitAt(text, i) < 0) {
    const cn = readCnNumeral(text, i);
    if (!cn || (!cn.hasUnit && !spokenMarkAt(text, i, cn.end))) return null;
    return unit(i, cn.end, cn.lo, cn.hi, null, 0, true, cn.vague, cn.more, cn.bareBigUnit);
  }
  let num = readDigits(text, i, decimalComma);
  if (!num) return null;
  const next = text.charCodeAt(num.end);
  if (next === 37 || next === 0xff05) return null; // a percentage
  // Some sites space out Latin and CJK runs ("25 亿元"); one space before a Chinese scale is allowed.
  // Hard-wrapped Chinese text breaks the line there too ("2.5\n亿元"): one line break before 万/亿.
  const cn = readCnScale(text, num.end) ?? (isInlineSpace(next) ? readCnScale(text, num.end + 1) : null) ?? cnScaleAfterBreak(text, num.end);
  if (cn) {
    let lo = toAmount(num.mant, num.dec, cn.exp);
    let end = cn.end;
    // "1亿5000万": a smaller Chinese-scaled part continues the amount; "1万2999元", "4万4800円", "19億2,960万2,532円":
    // so do plain units after the last scale, written with as many digits as the scale has zeros ("1万2999" is
    // 12,999; the spoken "1万5" is not read as 10,005).
    for (let exp = cn.exp; digitAt(text, end) >= 0; ) {
      const rest = readDigits(text, end);
      if (!rest) break;
      const restScale = readCnScale(text, rest.end);
      if (restScale && restScale.exp < exp) {
        lo += toAmount(rest.mant, rest.dec, restScale.exp);
        end = restScale.end;
        exp = restScale.exp;
        continue;
      }
      if (!restScale && rest.dec === 0 && rest.mant.replace(/\D/g, '').length === exp) {
        lo += toAmount(rest.mant, 0, 0);
        end = rest.end;
      }
      break;
    }
    return unit(i, end, lo, lo, num, cn.exp, true, false, cn.more, false);
  }
  // "$38 3/8", "12-3/4 dlrs": a stock price in eighths (read as $38 alone, a false amount).
  if (num.dec === 0 && (next === 32 || next === 45) && digitAt(text, num.end + 1) >= 0 && (text.charCodeAt(num.end + 2) === 47 || text.charCodeAt(num.end + 3) === 47)) {
    const frac = FRACTION.exec(text.slice(num.end + 1, num.end + 7));
    if (frac && Number(frac[1]) < Number(frac[2])) {
      const end = num.end + 1 + frac[0].length;
      const c = text.charCodeAt(end);
      if (c === 37 || c === 0xff05) return null;
      const v = toAmount(num.mant, 0, 0) + Number(frac[1]) / Number(frac[2]);
      const f = unit(i, end, v, v, null, 0, false, false, false, false);
      f.firm = true;
      return f;
    }
  }
  // "2 and a half billion dollars" (read from the article on, it was half a billion).
  const half = num.dec === 0 && num.end - i === num.mant.length ? andAHalfScale(text, num.end) : null;
  if (half) {
    const v = toAmount(`${num.mant}5`, 1, half.exp);
    return unit(i, half.end, v, v, null, half.exp, true, false, false, false);
  }
  let en = readEnScale(text, num.end);
  // A scale the reader does not take: "USD 5 billions", "$5 hundred million". Read alone the number
  // would be a false amount ($5): not read at all.
  if (!en && UNREAD_SCALE.test(text.slice(num.end, num.end + 10))) return null;
  // "₹1.5 lakh crore", "$5 thousand million": a larger scale after the first multiplies it
  // (read alone, "₹1.5 lakh" would be a false amount).
  const outer = en && en.exp <= 5 ? readEnScale(text, en.end) : null;
  if (en && outer && outer.exp > en.exp) en = { end: outer.end, exp: en.exp + outer.exp };
  const exp = en ? en.exp : 0;
  // "1.200 millones de euros", "1.200 tỷ đồng": before a word of a decimal-comma language, a dot and three
  // digits group thousands (read as a decimal, 1.2 million, it was a false amount).
  if (en?.continental && num.dec === 3 && DOT_GROUPS.test(text.slice(i, num.end))) num = { ...num, dec: 0 };
  let amount = toAmount(num.mant, num.dec, exp);
  let end = en ? en.end : num.end;
  // "2 billion 500 million dollars": a smaller English-scaled part continues the amount, as 1亿5000万
  // does in Chinese (read apart, "$2 billion" and "500 million dollars" are both false amounts).
  if (en && text.charCodeAt(end) === 32 && digitAt(text, end + 1) >= 0) {
    const rest = readDigits(text, end + 1);
    const restScale = rest && readEnScale(text, rest.end);
    if (rest && restScale && restScale.exp < exp) {
      amount += toAmount(rest.mant, rest.dec, restScale.exp);
      end = restScale.end;
    }
  }
  const u = unit(i, end, amount, amount, num, exp, !!en, false, false, false);
  u.firm = !!en || num.dec > 0 || num.end - i > num.mant.length;
  return u;
}

/** A word in lower case after a space: a noun the amount may describe ("2 cent coin"). */
const NOUN_AFTER = /^ [a-z]/;
/** A plural noun after a hyphenated amount ("million-dollar homes"). */
const PLURAL_AFTER = /^ [a-z]+[^s\s]s(?![A-Za-z])/;

/** ".-", ",-", ".–", "/-" after a whole amount: no cents (Swiss, Nordic and Indian price tags). */
const NO_CENTS = /^(?:[.,][-–]|\/-)(?![0-9A-Za-z])/;

const AND_A_HALF = /^ and a half(?![A-Za-z])/i;

/** The scale after "and a half" of "2 and a half billion" (a thousand or more), else null. */
function andAHalfScale(text: string, p: number): { end: number; exp: number } | null {
  const h = AND_A_HALF.exec(text.slice(p, p + 12));
  const scale = h ? readEnScale(text, p + h[0].length) : null;
  return scale && scale.exp >= 3 ? scale : null;
}

/** A currency word read after a lone Chinese digit starts right at `p`: a Chinese currency name of two
 * characters or more ("五美元", "两英镑", "折扣一美元"; not 元 alone, 三元 is a name, nor 日元 after a day, 五日元旦, nor
 * a 一 that ends a word: 统一美元结算),
 * a spoken word ("五块钱", "五毛钱"), or 元/块 with the jiao after it ("三元五角"). */
/** Characters that end a word with 一 ("统一", "唯一", "第一", "之一", "同一"): after one, 一 is no count ("统一美元结算"). */
const YI_ENDS_WORD = new Set([...'统唯万第之同单逐专划均纯合归整不其任惟择初周星']);

function spokenMarkAt(text: string, start: number, p: number): boolean {
  if (!mayStartSuffix(text[p])) return false;
  const hit = matchSuffix(text, p, { hasScale: true, firm: true, dayOfMonth: false, prefix: false, dollarPrefix: false, start });
  if (!hit || hit.start !== p) return false;
  const t = hit.token.t;
  return hit.token.spoken || (!!hit.token.change && readYuanChange(text, hit.end) !== null)
    // "两毛五": the jiao with the fen after it (not "三角。", a triangle).
    // ("一个鸡蛋八毛。": at the phrase's end only after a price word; "加点八角。" is star anise.)
    || (hit.token.atEnd && (!endsPhrase(text, hit.end) || priceWordBefore(text, start)))
    || (t.length >= 2 && CJK_NAME.test(t) && !t.startsWith('日') && (text[start] !== '一' || !YI_ENDS_WORD.has(text[start - 1] ?? '')))
    // "票价三元。", "车票八元。", "包子两元一个": 元 alone where the phrase ends or a unit's price goes on, after a
    // price word or a digit that starts few names (三元 is a place and a dairy, 一元论 and 二元 are words).
    || (t === '元' && (endsPhrase(text, hit.end) || PER_UNIT_AFTER.test(text.slice(hit.end, hit.end + 2)))
      && (!NAME_DIGITS.has(text[start] as string) || priceWordBefore(text, start)));
}
const CJK_NAME = /^[\u4e00-\u9fff]+$/;
/** After "两元": the unit it is the price of ("一个", "每斤"). */
const PER_UNIT_AFTER = /^[一每][个個张張斤杯碗份件只支本次位瓶袋]/;
/** Lone digits that start words and names with 元 (一元化, 二元论, 三元桥, 零元购). */
const NAME_DIGITS = new Set([...'一壹二贰貳三叁參零〇']);

/** A Chinese 万/亿 scale after one line break ("2.5\n亿元"), never across a blank line. */
function cnScaleAfterBreak(text: string, p: number): ReturnType<typeof readCnScale> {
  const gap = skipGap(text, p);
  return gap.broke && isCnBigUnit(text[gap.end]) ? readCnScale(text, gap.end) : null;
}

/** The amount whose numeral starts at `i`, with its currency markers; null if it cannot be an amount.
 * A prefix never reaches back before `floor` (the end of the previous mention). */
function readUnit(text: string, i: number, floor: number): Unit | null {
  // "9,90 €", "€1.234,50": a continental decimal, when the currency is one its countries write so.
  if (mayHaveDecimalComma(text, i)) {
    const alt = readAmount(text, i, true);
    const withMarks = alt && withCurrency(text, alt, i, floor);
    const marker = withMarks && (withMarks.prefix?.token.code || !withMarks.suffix ? withMarks.prefix : withMarks.suffix);
    // "USD 1,2 billion": before a scale word a comma with one or two digits is a decimal whatever the
    // currency (nobody groups thousands that way).
    if (withMarks && marker && (allowsDecimalComma(marker) || (withMarks.hasScale && (alt.digits?.dec ?? 0) > 0))) return withMarks;
    // "$1,5", "USD 1,5": a continental decimal of a currency whose countries write none. Read up to the
    // comma it was the false amount $1: left unread.
    if (withMarks && marker && (alt.digits?.dec ?? 0) > 0) return null;
  }
  const u = readAmount(text, i);
  if (!u || text.charCodeAt(i - 1) !== 46 || digitAt(text, i - 2) >= 0) return u && withCurrency(text, u, i, floor);
  // ".25" after a space, a sign or the start is a fraction: cents after a currency sign ("$.99", "$ .25"),
  // else not an amount (read as 25 it was the low end of "$ .25 to $ 30"). After a letter the dot ends an
  // abbreviation: "Rs.50" is fifty rupees.
  // (Nor after an ellipsis: "raised...25 million dollars".)
  const b = text.charCodeAt(i - 2);
  return centsAfterPoint(text, u, i, floor) ?? (isAsciiLetter(b) || b === 46 ? withCurrency(text, u, i, floor) : null);
}

/** "$.99", "€.50": cents written after the point alone, right after a currency sign (not after an
 * abbreviation: "Rs.50" is fifty rupees). */
function centsAfterPoint(text: string, u: Unit, i: number, floor: number): Unit | null {
  const d = u.digits;
  if (!d || d.dec > 0 || u.hasScale || d.mant.length > 2 || d.end !== u.end) return null;
  const prefix = matchPrefix(text, i - 1, floor);
  if (!prefix || prefix.end < i - 2 || prefix.token.kind !== 'symbol' || isAsciiLetter(prefix.token.t.charCodeAt(prefix.token.t.length - 1))) return null;
  const v = toAmount(d.mant, d.mant.length, 0);
  const c = unit(i - 1, u.end, v, v, { end: d.end, mant: d.mant, dec: d.mant.length }, 0, false, false, false, false);
  c.firm = true;
  return withCurrency(text, c, i - 1, floor);
}

/** A number-word amount ("half a billion dollars", "hundreds of millions of dollars") anchored at
 * the scale word at `anchor`; like digit amounts, it needs a currency marker to be money. */
function readWordUnit(text: string, anchor: number, floor: number): Unit | null {
  const w = readNumberWords(text, anchor) ?? bareScaleAfterPrice(text, anchor);
  if (!w || w.start < floor) return null;
  const u = unit(w.start, w.end, w.lo, w.hi, null, 0, true, w.vague, false, false);
  u.about = w.about;
  // "millions of dollars": the currency follows as "of <currency>".
  if (w.plural) {
    const of = /^ of (?=[A-Za-z])/.exec(text.slice(w.end, w.end + 5));
    if (!of) return null;
    const suffix = matchSuffix(text, w.end + 4, { hasScale: true, firm: true, dayOfMonth: false, prefix: false, dollarPrefix: false });
    if (!suffix) return null;
    u.end = suffix.end;
    u.suffix = suffix;
    return u;
  }
  const r = withCurrency(text, u, w.start, floor);
  // "three million users": a count. (It used to reach the currency resolution, which threw and
  // ended the reading of the whole text there.)
  if (!r || (!r.prefix && !r.suffix)) return null;
  // "a billion-dollar company" is an idiom for "very large", not an amount; "half of a million-dollar
  // prize" is part of a prize.
  if ((w.article || / of /.test(text.slice(w.start, w.end))) && !r.prefix && text[w.end] === '-') return null;
  return r;
}

/** "It costs hundred dollars": a hundred or a thousand said without its article, after a price word. */
const BARE_SCALE = /^(hundred|thousand)(?= )/i;
function bareScaleAfterPrice(text: string, anchor: number): WordNumeral | null {
  const m = isAsciiLetter(text.charCodeAt(anchor - 1)) ? null : BARE_SCALE.exec(text.slice(anchor, anchor + 9));
  if (!m || !priceWordBefore(text, anchor)) return null;
  const v = m[1]!.length === 7 ? 100 : 1000;
  return { start: anchor, end: anchor + m[1]!.length, lo: v, hi: v, vague: false, plural: false, article: false, large: v > 100, about: false };
}

/** A number-word amount without a scale before the currency word at `head` ("twenty-five dollars",
 * "one Swiss franc", "ninety-nine cents"): the currency word must be the marker read after it. */
function readBareWordUnit(text: string, head: number, floor: number): Unit | null {
  if (isAsciiLetter(text.charCodeAt(head - 1))) return null;
  const w = numberWordsBefore(text, head);
  if (!w) return readArticleUnit(text, head, floor);
  if (w.start < floor) return null;
  // "one hundred and fifty pounds" has no scale: like "150 pounds" it may be a weight.
  const u = unit(w.start, w.end, w.lo, w.hi, null, 0, w.large, false, false, false);
  const r = withCurrency(text, u, w.start, floor);
  if (!r?.suffix || r.suffix.end <= head) return null;
  // "fifty USD.", "costs ten EUR": a code after number words where the amount's phrase ends or after a
  // price word (not "two CAD engineers").
  return r.suffix.token.kind !== 'code' || endsAmountPhrase(text, r.end) || priceWordBefore(text, w.start) ? r : null;
}

/** A number, and at most one word, before the article: "150 yen a dollar" is a rate. */
const RATE_BEFORE_ARTICLE = /[0-9]\S*\s+(?:[A-Za-z]+\s+)?$/;

/** "costs a dollar", "for less than a euro": the article is one of a singular currency word (not an
 * everyday word: "a pound" is a weight) that ends the phrase. Not "a dollar store", "a dollar-denominated
 * bond", nor a rate after another amount ("150 yen a dollar", "5 cents a dollar"). */
function readArticleUnit(text: string, head: number, floor: number): Unit | null {
  const a = head - 2;
  if (a < floor || text.charCodeAt(head - 1) !== 32 || (text[a] !== 'a' && text[a] !== 'A') || isAsciiLetter(text.charCodeAt(a - 1))) return null;
  if (RATE_BEFORE_ARTICLE.test(text.slice(Math.max(0, a - 20), a)) || (floor > 0 && a - floor < 4)) return null;
  // "half a dollar" is fifty cents; "a quarter of a dollar", "a fraction of a euro": a part of one, not one.
  const before = /([A-Za-z]+)\s$/.exec(text.slice(Math.max(0, a - 12), a))?.[1]?.toLowerCase();
  if (before === 'of') return null;
  const half = before === 'half' && a - 5 >= floor;
  const start = half ? a - 5 : a;
  const r = withCurrency(text, unit(start, a + 1, half ? 0.5 : 1, half ? 0.5 : 1, null, 0, false, false, false, false), start, floor);
  const tok = r?.suffix?.token;
  // (An everyday word, "a pound", "a grand", got here only after a price word: "costs a pound", not "weighs a pound".)
  if (!r || r.prefix || !tok || r.suffix!.start !== head || tok.kind !== 'word' || tok.t.endsWith('s')) return null;
  // "she has a yen for travel": "a yen" is money only after a price word.
  if (tok.noun && !priceWordBefore(text, start)) return null;
  // (Its cents or half after it end the phrase's doubt: "a dollar and a half here".)
  return endsAmountPhrase(text, r.end) || r.end > r.suffix!.end ? r : null;
}

/** Attaches the currency markers around a numeral; null when the numeral cannot be an amount. */
function withCurrency(text: string, u: Unit, i: number, floor: number): Unit | null {
  let prefix = matchPrefix(text, u.numStart, floor);
  // An everyday word or code before a bare number is not its currency: "PHP 8.3" is a language version.
  if (prefix?.token.plain && !u.hasScale) prefix = null;
  // "cny 1000 to my sister", not "rub 2 cloves of garlic": a lower-case code before a bare amount that ends the phrase.
  if (prefix?.token.lowerBefore && !u.firm && !endsAmountPhrase(text, u.end)) prefix = null;
  if (!prefix) {
    // Part of a word or tag: "Web3", "GPT4", "A100", "x_2", "#1", "@2".
    const c = text.charCodeAt(u.numStart - 1);
    if (isAsciiLetter(c) || c === 95 || c === 35 || c === 64) return null;
    if (unreadCurrencyBefore(text, u.numStart)) return null;
    // A table's unit label: "单位：百万美元", "（亿元）".
    if (!u.digits && isCnUnit(text[i]) && /(?:[:：(（[]|单位|單位)\s*$/.test(text.slice(Math.max(0, i - 4), i))) return null;
  }
  const dayOfMonth = !u.hasScale && Number.isInteger(u.lo) && u.lo <= MAX_DAY && text[u.numStart - 1] === '月';
  const dollarPrefix = prefix?.token.amb === 'dollar' && prefix.token.kind === 'symbol';
  const needs = { hasScale: u.hasScale, firm: u.firm, dayOfMonth, prefix: !!prefix, dollarPrefix, start: u.start, large: u.lo >= 1e4 };
  let suffix = matchSuffix(text, u.end, needs);
  // "3亿多元": 多/余 between the scale and the currency.
  if (!suffix && u.hasScale && /^[多余餘]/.test(text[u.end] ?? '')) {
    suffix = matchSuffix(text, u.end + 1, { ...needs, dayOfMonth: false });
    if (suffix) u.more = true;
  }
  // "a 1.5 billion-yuan deal": an English currency word hyphenated to the scale. (Not a small count before a
  // plural: "5 million-dollar homes" are five homes of a million each.)
  if (!suffix && u.hasScale && text[u.end] === '-' && isAsciiLetter(text.charCodeAt(u.end + 1))) {
    suffix = matchSuffix(text, u.end + 1, { ...needs, dayOfMonth: false });
    if (suffix && u.digits?.dec === 0 && u.digits.mant.length <= 2 && PLURAL_AFTER.test(text.slice(suffix.end, suffix.end + 24))) suffix = null;
  }
  // "1,2 milliard d'euros", "3 millones de dólares": a French or Spanish amount quoted in an English
  // story joins its scale to the currency with "de"/"d'".
  if (!suffix && u.hasScale && u.digits) {
    const de = ROMANCE_OF.exec(text.slice(u.end, u.end + 4));
    if (de) suffix = matchSuffix(text, u.end + de[0].length, { ...needs, dayOfMonth: false });
  }
  // "50.- CHF", "500,- kr", "500/- rupees": a whole amount marked as having no cents, then its currency.
  if (!suffix && u.digits && !u.hasScale && u.digits.dec === 0) {
    const dash = NO_CENTS.exec(text.slice(u.end, u.end + 3));
    if (dash) suffix = matchSuffix(text, u.end + dash[0].length, { ...needs, firm: true });
  }
  // "a 2 cent coin": a singular minor unit after a count before a noun names a coin, not an amount.
  if (suffix?.token.singularMinor && u.lo !== 1
    && NOUN_AFTER.test(text.slice(suffix.end, suffix.end + 3)) && !endsAmountPhrase(text, suffix.end)) return null;
  if (suffix) u.end = suffix.end;
  else if (isAsciiLetter(text.charCodeAt(u.end))) return null; // "7nm", "$5x"
  // "三元五角", "一块五": the jiao and fen after a whole number of yuan.
  const change = suffix?.token.change && (u.digits ? !u.hasScale && u.digits.dec === 0 : u.exp === 0 && Number.isInteger(u.lo) && u.lo < 1e4)
    ? readYuanChange(text, suffix.end) : null;
  if (change) {
    u.lo = Math.round((u.lo + change.amount) * 100) / 100;
    u.hi = u.lo;
    u.end = change.end;
  }
  // A ticker, not a price: "$9988.HK", "$BABA.N" (cashtags with an exchange suffix).
  if (!suffix && prefix && u.digits && TICKER_AFTER.test(text.slice(u.end, u.end + 4))) return null;
  const minor = suffix && suffix.token.exp < 0 ? suffix.token.exp : 0;
  if (minor) {
    // "75 cents", "340p", "5分钱": a minor unit is a fraction of the currency.
    if (u.digits && !u.hasScale) u.lo = toAmount(u.digits.mant, u.digits.dec, minor);
    else u.lo /= 10 ** -minor;
    u.hi = u.digits && !u.hasScale ? u.lo : u.hi / 10 ** -minor;
    // "两毛五": the fen after the jiao, where the phrase ends (read as a jiao digit, a tenth of it).
    const fen = suffix!.token.atEnd && u.lo === u.hi ? readYuanChange(text, suffix!.end) : null;
    if (fen && fen.end === suffix!.end + 1) {
      u.lo = Math.round(u.lo * 100 + fen.amount * 10) / 100;
      u.hi = u.lo;
      u.end = fen.end;
    }
  } else if (!u.digits && u.exp === 0 && (suffix?.token.exp ?? 0) > 0) {
    // "fifteen grand": number words before a marker that carries the scale.
    u.lo *= 10 ** suffix!.token.exp;
    u.hi *= 10 ** suffix!.token.exp;
    u.exp = suffix!.token.exp;
  } else if (u.digits && !u.hasScale) {
    // "MUSD 30", "120 MEUR": the marker carries the scale.
    const exp = prefix?.token.exp || suffix?.token.exp || 0;
    // "75 USD million": the scale after the code.
    const after = !exp && suffix?.token.kind === 'code' ? readEnScale(text, suffix.end) : null;
    if (exp || after) {
      u.exp = exp || (after as { exp: number }).exp;
      u.lo = toAmount(u.digits.mant, u.digits.dec, u.exp);
      u.hi = u.lo;
      u.hasScale = true;
      u.firm = true;
      if (after) u.end = after.end;
    }
  }
  // "a dollar fifty", "two euros twenty-five", "15 dollars and 50": the cents said after a whole amount's currency word.
  // ("17 USD 25.": a code in capitals too; "rmb 10 usd 20" lists two amounts.)
  if (suffix && !prefix && (suffix.token.kind === 'word' || (suffix.token.kind === 'code' && !suffix.token.lowerBefore && /^[A-Z]+$/.test(suffix.written))) && suffix.token.exp === 0 && u.lo === u.hi && Number.isInteger(u.lo) && u.lo < 1e4
    && !change && minorUnits(suffix.token.code ?? suffix.token.fallback ?? suffix.token.candidates[0] ?? 'USD') === 2) {
    const cents = centsAfter(text, suffix.end);
    if (cents) {
      u.lo = Math.round(u.lo * 100 + cents.value) / 100;
      u.hi = u.lo;
      u.end = cents.end;
      u.firm = true;
    }
  }
  if (prefix) u.start = prefix.start;
  u.prefix = prefix;
  u.suffix = suffix;
  return u;
}

/** End of a run of Chinese numeral characters: after a rejected numeral none of its tails is an amount. */
function cnRunEnd(text: string, i: number): number {
  let p = i;
  while (CN_START.has(text[p] as string)) p++;
  return p;
}

function skipSpaces(text: string, p: number): number {
  let q = p;
  while (q < p + 2 && isInlineSpace(text.charCodeAt(q))) q++;
  return q;
}

/** After a unit: a range connector; returns where the high end starts. */
function connectorAfter(text: string, unit: Unit): number | null {
  const p = skipSpaces(text, unit.end);
  const ch = text[p];
  let q: number;
  // ("$18-to-$21": the connector spelled out between hyphens.)
  if (ch === '-' && /^-to-/i.test(text.slice(p, p + 4))) q = p + 4;
  else if (ch === '-' || ch === '–' || ch === '—' || ch === '~' || ch === '～' || ch === '〜') q = p + 1;
  else if (ch === '至' || ch === '到') {
    if (opensFrom(text, unit.start)) return null;
    q = p + 1;
  } else {
    const w = text.slice(p, p + 4).toLowerCase();
    if (/^to\b/.test(w) && !opensFrom(text, unit.start)) q = p + 2;
    // "2 or 3 billion dollars", "$2 or $3 billion": read alone, "$2" would be a false amount.
    else if (/^or\b/.test(w)) q = p + 2;
    else if (/^and\b/.test(w) && opensBetween(text, unit.start)) q = p + 3;
    else return null;
  }
  return skipSpaces(text, q);
}

/** The high end of a range starting at `q` (its currency marker may come first: "-$3bn"). */
function highEndAt(text: string, q: number, floor: number): Unit | null {
  for (let j = q; j < q + 6 && j < text.length; j++) {
    const ch = text[j] as string;
    if (ch === '\n' || ch === '\r') return null;
    if (digitAt(text, j) >= 0 || CN_START.has(ch)) {
      const hi = readUnit(text, j, floor);
      return hi && hi.start === q ? hi : null;
    }
  }
  return null;
}

/** "slid 42p to 1,890p": a change and the level it reached, written with the same careful marker. The
 * level's firm form (separators, decimals, a scale) shows the marker is money, so the change counts as
 * firm too. */
function vouchedByLevel(text: string, u: Unit): void {
  const to = /^ to /.exec(text.slice(u.end, u.end + 4));
  if (!to) return;
  const level = highEndAt(text, u.end + to[0].length, u.end);
  if (level?.firm && level.suffix?.token === u.suffix?.token) u.firm = true;
}

/** One range from a low end and a high end when they agree on currency and low < high. */
function joinRange(lo: Unit, hi: Unit): Unit | null {
  // "HK$3-$4 billion": a bare $ at the high end repeats the low end's dollar.
  if (lo.prefix && hi.prefix && lo.prefix.token.t !== hi.prefix.token.t
    && !(hi.prefix.token.amb === 'dollar' && lo.prefix.token.t.endsWith('$'))) return null;
  if (lo.suffix && hi.suffix && lo.suffix.token.t !== hi.suffix.token.t) return null;
  // "$5 to 10 euros": two currencies, not a range.
  if (lo.prefix?.token.code && !hi.prefix && hi.suffix?.token.code && hi.suffix.token.code !== lo.prefix.token.code) return null;
  if (lo.prefix && !lo.prefix.token.code && !hi.prefix && hi.suffix?.token.code && !lo.prefix.token.candidates.includes(hi.suffix.token.code)) return null;
  let low = lo.lo;
  if (!lo.hasScale && hi.hasScale) {
    // "$2-3 billion", "20-30亿元": the low end takes the high end's scale.
    if (!lo.digits || !hi.digits) return null;
    low = toAmount(lo.digits.mant, lo.digits.dec, hi.exp);
  } else if (lo.hasScale && !hi.hasScale) return null;
  // "50-75 cents": the low end takes the high end's minor unit.
  const minor = !lo.suffix && hi.suffix && hi.suffix.token.exp < 0 ? hi.suffix.token.exp : 0;
  if (minor && lo.digits && !lo.hasScale) low = toAmount(lo.digits.mant, lo.digits.dec, minor);
  if (!(low < hi.lo)) return null;
  const r = unit(lo.numStart, hi.end, low, hi.hi, null, hi.exp, true, lo.vague || hi.vague, hi.more, lo.bareBigUnit);
  r.firm = lo.firm || hi.firm;
  r.start = lo.start;
  r.prefix = lo.prefix ?? hi.prefix;
  r.suffix = hi.suffix ?? lo.suffix;
  return r;
}

const DOT_GROUPS = /^[0-9]{1,3}\.[0-9]{3}$/;
const DOT_GROUPS_WIDE = /^[0-9]{2,3}\.[0-9]{3}$/;

const NEARLY = new Set(['近', '将近', '將近', '接近']);

/** Sayings that name money without meaning an amount: "my two cents", "look like a million bucks", and a
 * coin named by its year: "a record for a 1794 dollar." */
const SAYINGS: readonly [before: RegExp, amount: RegExp, after?: RegExp][] = [
  [/(?:^|[^A-Za-z])(?:my|his|her|their|our|your|its|[A-Za-z]+['’]s)\s+$/i, /^two cents$/i],
  [/(?:^|[^A-Za-z])(?:like|feel|feels|felt)\s+$/i, /^a million (?:bucks|dollars)$/i],
  [/(?:^|[^A-Za-z])(?:a|an|the)\s+$/i, /^(?:1[6-9]|20)[0-9]{2} (?:dollar|cent|euro|peso|franc|pound)$/i, /^(?:[.,;:!?)]|$)/],
];
function isSaying(text: string, start: number, end: number): boolean {
  const said = text.slice(start, end);
  return SAYINGS.some(([before, amount, after]) => amount.test(said) && before.test(text.slice(Math.max(0, start - 16), start))
    && (!after || after.test(text.slice(end, end + 1))));
}

/** Line counts of video formats, written like pence ("720p", "1080p"). */
const VIDEO_LINES = new Set(['144', '240', '360', '480', '540', '576', '720', '1080', '1440', '2160', '4320']);
function videoLines(u: Unit): boolean {
  return !!u.digits && u.digits.dec === 0 && u.suffix?.token.t === 'p' && VIDEO_LINES.has(u.digits.mant);
}

function toMention(text: string, u: Unit, env: CurrencyEnv): MoneyMention | null {
  let lo = u.lo;
  let hi = u.hi;
  // 亿元, 百亿元, 千万元: a Chinese numeral led by its unit, "a hundred million", "ten billion".
  const unitLed = u.bareBigUnit || (!u.digits && isCnUnit(text[u.numStart]));
  const qual = qualifierBefore(text, u.start, unitLed);
  let approx: ApproxKind | undefined;
  // 亿元 alone is a unit label; with a qualifier it is an amount (超亿元, 上亿元, 近亿元).
  if (u.bareBigUnit && !qual) return null;
  // "近亿元", "近千亿元" (nearly a hundred billion): an honest range up to the round figure.
  if (unitLed && qual && NEARLY.has(qual.word)) {
    lo = (hi * 8) / 10;
    approx = 'vague';
  }
  approx ??= u.vague ? 'vague' : (qual?.kind ?? (u.more ? 'over' : u.about ? 'about' : (qualifierAfter(text, u.end) ?? undefined)));
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo <= 0) return null;
  // A careful marker after a price word is money even on a bare amount: "the bar costs 50p", "came to R350"
  // (not after a move: "Shares closed at 312p." says nothing of the pound).
  const careful = !!(u.prefix?.token.care || u.suffix?.token.care);
  // (Also "only 99p!", "rose by 50p", "19p each"; not a video's lines: "only 720p.")
  const priced = careful && (priceWordBefore(text, u.start) || (priceCueAround(text, u.start, u.end) && !videoLines(u)));
  const resolved = resolveCurrency(u.prefix, u.suffix, env, u.firm || priced);
  if (!resolved || isSaying(text, u.start, u.end)) return null;
  const { code, reason } = resolved;
  // "R$ 5 mil" is five thousand reais, "RM1.2mil" 1.2 million ringgit: where "mil" is a thousand, not read.
  if (u.digits && MIL_IS_THOUSAND.has(code) && MIL.test(text.slice(u.digits.end, u.digits.end + 5))) return null;
  // "Rp15.000", "¥1.500": currencies without cents group thousands with a dot; so do the countries
  // of decimal-comma currencies ("€100.000"), though "€1.759" a litre is a fuel price.
  if (u.digits && !u.hasScale && u.digits.dec === 3
    && (minorUnits(code) === 0 ? DOT_GROUPS : currencyRecord(code)?.decimalComma ? DOT_GROUPS_WIDE : null)?.test(text.slice(u.numStart, u.digits.end))) {
    lo = toAmount(u.digits.mant, 0, 0);
    hi = lo;
  }
  const m: MoneyMention = {
    start: u.start, end: u.end, text: text.slice(u.start, u.end), currency: code, currencyReason: reason, currencyBasis: resolved.basis, amount: lo,
  };
  if (hi > lo) m.amountMax = hi;
  if (approx) m.approx = approx;
  return m;
}

/** The next hit of `re` at or after `from` (text.length when none). */
function nextHit(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  const hit = re.exec(text);
  return hit ? hit.index : text.length;
}

/** Between a whole amount and its cents: "two dollars and fifty cents", "3 dollars 50 cents" (not a comma: "$3, 20 cents more"). */
const WHOLE_AND_MINOR = /^(?: and | )$/;

function scan(text: string, env: CurrencyEnv, out: MoneyMention[]): void {
  let pos = 0;
  let floor = 0;
  /** The end of the last mention when it is a whole amount that cents may complete, else -1. */
  let wholeEnd = -1;
  const emit = (u: Unit, m: MoneyMention) => {
    const minor = !!u.suffix && u.suffix.token.exp < 0;
    const prev = out[out.length - 1];
    // "two dollars and fifty cents" is one amount, 2.50; "5 euros 50 cents" too: cents with no
    // currency of their own ("cents", not "US cents") are the whole amount's.
    const ownCurrency = !!u.suffix?.token.code;
    if (minor && prev && prev.end === wholeEnd && (prev.currency === m.currency || !ownCurrency) && m.amountMax === undefined
      && m.amount < 1 && minorUnits(prev.currency) === 2 && WHOLE_AND_MINOR.test(text.slice(prev.end, m.start))) {
      prev.amount = Math.round((prev.amount + m.amount) * 100) / 100;
      prev.end = m.end;
      prev.text = text.slice(prev.start, m.end);
      wholeEnd = -1;
    } else {
      env.noteRead(m.currency, m.end);
      out.push(m);
      // ("one hundred dollars and twenty-five cents": a small amount with a scale word too; not "$2 billion and 30 cents a share".)
      wholeEnd = !minor && (!u.hasScale || m.amount < 1e4) && m.amountMax === undefined && Number.isInteger(m.amount) ? m.end : -1;
    }
    floor = m.end;
  };
  // Two triggers: numerals (digits, Chinese numerals) and English scale words (for number words).
  // Each keeps its next hit until the scan passes it, so neither regex re-reads the text.
  let digitHit = -1;
  let wordHit = -1;
  /** The end of the last amount skipped as an exchange rate ("the pound fell to $1.6110 from $1.6250"). */
  let rateEnd = -1;
  while (pos < text.length) {
    if (digitHit < pos) digitHit = nextHit(TRIGGER, text, pos);
    if (wordHit < pos) wordHit = nextWordHit(text, pos);
    if (wordHit < digitHit) {
      const w = readWordUnit(text, wordHit, floor) ?? readBareWordUnit(text, wordHit, floor);
      pos = wordHit + 1;
      if (!w) continue;
      pos = Math.max(pos, w.end);
      if (isRateQuote(text, w.start, w.end)) continue;
      const m = toMention(text, w, env);
      if (m) emit(w, m);
      continue;
    }
    if (digitHit >= text.length) return;
    const i = digitHit;
    const unit = readUnit(text, i, floor);
    if (!unit) {
      pos = Math.max(i + 1, numericRunEnd(text, i), cnRunEnd(text, i));
      continue;
    }
    let best = unit;
    const q = connectorAfter(text, unit);
    let high = q === null ? null : highEndAt(text, q, unit.end);
    // After "or" the high end shows it is money itself: "$5 or 10 shares" is not a range.
    if (high && !high.prefix && !high.suffix && !high.hasScale && /^\s*or\b/i.test(text.slice(unit.end, unit.end + 5))) high = null;
    const range = high && joinRange(unit, high);
    if (range) best = range;
    else if (!unit.firm && unit.suffix?.token.care) vouchedByLevel(text, unit);
    pos = Math.max(i + 1, best.end);
    if (!best.prefix && !best.suffix) {
      // Past the whole run of digits and separators: "3,5 million dollars" not read as dollars is not
      // "5 million dollars" either (a wrong number shown is worse than none).
      pos = Math.max(i + 1, unit.end, numericRunEnd(text, i));
      continue;
    }
    if (isRateQuote(text, best.start, best.end)) continue;
    if (!best.hasScale && best.lo < MAX_RATE_LEVEL && (followsRateWord(text, best.start) || movedCurrencyBefore(text, best.start)
      || (rateEnd >= 0 && best.start - rateEnd < 24 && RATE_GOES_ON.test(text.slice(rateEnd, best.start))))) {
      rateEnd = best.end;
      continue;
    }
    const m = toMention(text, best, env);
    if (m) emit(best, m);
  }
}

/** Marks each amount that restates the one before it in another currency ("… (equivalent to $342 million)"). */
function linkEquivalents(text: string, out: MoneyMention[]): void {
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1] as MoneyMention;
    const cur = out[k] as MoneyMention;
    const original = prev.equivalentOf ?? k - 1;
    if (cur.start - prev.end > 40 || cur.currency === (out[original] as MoneyMention).currency) continue;
    const gap = text.slice(prev.end, cur.start);
    // A list of restatements continues with a bare separator: "(US$274 million, €260 million)".
    const listed = prev.equivalentOf !== undefined && /^\s*[,，;；/、]\s*$/.test(gap);
    if (listed || isEquivalentGap(gap)) cur.equivalentOf = original;
  }
}

/**
 * Money amounts in `text`, in text order and non-overlapping, with UTF-16 offsets into `text`.
 * `context` (page language and domain) settles ambiguous symbols: ¥ (yuan or yen) and bare $.
 * Never throws: a content script runs it on every page.
 */
export function extractMoney(text: string, context?: PageContext): MoneyMention[] {
  const out: MoneyMention[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  try {
    scan(text, new CurrencyEnv(text, context), out);
    linkEquivalents(text, out);
  } catch {
    // A bug must not break the page: keep what was found before it.
  }
  return out;
}
