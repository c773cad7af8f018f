// Words around an amount that change its meaning without being part of it: qualifiers ("about",
// "超过"), range openers ("between", "from"), exchange-rate quotes ("per dollar", "兑") and stated
// equivalents ("(equivalent to …)", "（约合…）"). All look at a short window on the same line.

import type { ApproxKind } from '../types';
import { isAsciiLetter } from './numbers';

const WINDOW = 24;

/** The text just before `start` on the same line, trailing spaces removed, at most WINDOW chars. */
function before(text: string, start: number): string {
  const w = text.slice(Math.max(0, start - WINDOW), start);
  const nl = Math.max(w.lastIndexOf('\n'), w.lastIndexOf('\r'));
  return (nl >= 0 ? w.slice(nl + 1) : w).trimEnd();
}

/** The text just after `end` on the same line, at most WINDOW chars. */
function after(text: string, end: number): string {
  const w = text.slice(end, end + WINDOW);
  const nl = w.search(/[\r\n]/);
  return nl >= 0 ? w.slice(0, nl) : w;
}

/** English words must end the window as whole words ("over", not "hangover"). */
function endsWithWord(w: string, word: string): boolean {
  return w.endsWith(word) && !isAsciiLetter(w.charCodeAt(w.length - word.length - 1));
}

/**
 * Qualifiers before an amount. A negation turns a bound round ("no less than $5m" is at least $5m,
 * "not more than" at most), so the longest entry that ends the window wins: the tables are sorted by
 * length below, and "no less than" is never read as "less than".
 */
const EN_BEFORE: [string, ApproxKind][] = byLengthDesc([
  ['approximately', 'about'], ['approx.', 'about'], ['about', 'about'], ['around', 'about'],
  ['roughly', 'about'], ['some', 'about'], ['an estimated', 'about'], ['~', 'about'], ['≈', 'about'],
  ['nearly', 'under'], ['almost', 'under'], ['close to', 'under'], ['less than', 'under'],
  ['under', 'under'], ['below', 'under'], ['fewer than', 'under'],
  ['more than', 'over'], ['over', 'over'], ['above', 'over'], ['exceeding', 'over'],
  ['in excess of', 'over'], ['upwards of', 'over'], ['north of', 'over'],
  ['up to', 'up-to'], ['as much as', 'up-to'], ['as high as', 'up-to'], ['at most', 'up-to'],
  ['no more than', 'up-to'], ['not more than', 'up-to'], ['not exceeding', 'up-to'], ['not over', 'up-to'],
  ['not above', 'up-to'], ['no higher than', 'up-to'], ['not higher than', 'up-to'], ['a maximum of', 'up-to'],
  ['at least', 'at-least'], ['no less than', 'at-least'], ['not less than', 'at-least'], ['a minimum of', 'at-least'],
  ['no fewer than', 'at-least'], ['not under', 'at-least'], ['not below', 'at-least'], ['no lower than', 'at-least'],
  ['not lower than', 'at-least'],
  ['as little as', 'at-least'], ['as low as', 'at-least'], ['starting at', 'at-least'], ['starting from', 'at-least'],
  ['shy of', 'under'], ['short of', 'under'], ['lower than', 'under'],
  ['topping', 'over'], ['tops', 'over'], ['topped', 'over'], ['surpassing', 'over'], ['surpassed', 'over'], ['exceeded', 'over'], ['exceeds', 'over'], ['beyond', 'over'], ['upward of', 'over'], ['higher than', 'over'],
  ['greater than', 'over'], ['in the region of', 'about'], ['more or less', 'about'], ['circa', 'about'],
]);
const ZH_BEFORE: [string, ApproxKind][] = byLengthDesc([
  ['约合', 'about'], ['約合', 'about'], ['折合', 'about'], ['大约', 'about'], ['大約', 'about'],
  ['约为', 'about'], ['约', 'about'], ['約', 'about'],
  ['将近', 'under'], ['將近', 'under'], ['接近', 'under'], ['不到', 'under'], ['不足', 'under'],
  ['少于', 'under'], ['低于', 'under'], ['近', 'under'],
  ['超过', 'over'], ['超過', 'over'], ['逾', 'over'], ['超', 'over'], ['破', 'over'],
  ['最高', 'up-to'], ['最多', 'up-to'], ['高达', 'up-to'], ['高達', 'up-to'], ['多达', 'up-to'],
  ['不超过', 'up-to'], ['不超過', 'up-to'], ['不高于', 'up-to'], ['不高於', 'up-to'], ['不多于', 'up-to'], ['不多於', 'up-to'],
  ['至少', 'at-least'], ['不少于', 'at-least'], ['不少於', 'at-least'], ['不低于', 'at-least'], ['不低於', 'at-least'],
  ['不下', 'at-least'], ['上', 'at-least'],
  ['至多', 'up-to'], ['最低', 'at-least'], ['最少', 'at-least'], ['低至', 'at-least'],
  ['高于', 'over'], ['高於', 'over'], ['大于', 'over'], ['大於', 'over'], ['多于', 'over'], ['多於', 'over'],
  ['小于', 'under'], ['小於', 'under'], ['未满', 'under'], ['未滿', 'under'],
]);

function byLengthDesc(table: [string, ApproxKind][]): [string, ApproxKind][] {
  return [...table].sort((a, b) => b[0].length - a[0].length);
}

export interface Qualifier {
  kind: ApproxKind;
  /** The qualifier as written, for callers that treat some of them specially (近亿元). */
  word: string;
}

/** Qualifier right before an amount. Not part of the mention's span (the span is the amount itself). */
export function qualifierBefore(text: string, start: number, bareUnit: boolean): Qualifier | null {
  const w = before(text, start);
  if (!w) return null;
  const lower = w.toLowerCase();
  for (const [word, kind] of EN_BEFORE) {
    if (endsWithWord(lower, word)) return { kind: EN_NEGATION.test(lower.slice(0, -word.length)) ? negated(kind) : kind, word };
  }
  // Chinese qualifiers are attached to the number; 上 ("上亿元") only in front of a bare 万/亿.
  for (const [word, kind] of ZH_BEFORE) {
    if (w.endsWith(word) && (word !== '上' || bareUnit)) return { kind: ZH_NEGATION.test(w.slice(0, -word.length)) ? negated(kind) : kind, word };
  }
  return null;
}

/** A negation before a bound the tables do not list with it ("never more than", "未超过", "不超"): the
 * bound turns round, so that it is never shown the wrong way. */
const EN_NEGATION = /(?:^|[^a-z])(?:not|no|never)\s+$/;
const ZH_NEGATION = /(?:不|未|没有|沒有|没|沒|并未|並未|从未|從未)$/;

function negated(kind: ApproxKind): ApproxKind {
  if (kind === 'over') return 'up-to';
  if (kind === 'under') return 'at-least';
  if (kind === 'at-least') return 'under';
  return kind;
}

const EN_AFTER: [RegExp, ApproxKind][] = [
  [/^\s*or\s+(?:more|above|higher)\b/i, 'at-least'], [/^\s*and\s+(?:up|above)\b/i, 'at-least'], [/^\s*at\s+least\b/i, 'at-least'],
  [/^\s*or\s+(?:less|lower|below)\b/i, 'up-to'], [/^\s*at\s+(?:most|the\s+most)\b/i, 'up-to'],
  [/^\s*or\s+so\b/i, 'about'], [/^-?plus\b/i, 'over'], [/^\+/, 'over'],
  [/^\s*(?:左右|上下)/, 'about'], [/^\s*以上/, 'at-least'], [/^\s*(?:以下|以内|以內)/, 'up-to'],
];

/** Qualifier right after an amount ("1亿元左右", "$5 million or more"); not part of the span either. */
export function qualifierAfter(text: string, end: number): ApproxKind | null {
  const w = after(text, end);
  for (const [re, kind] of EN_AFTER) if (re.test(w)) return kind;
  return null;
}

const PRICE_QUALIFIER = '(?:\\s+(?:about|around|roughly|nearly|almost|over|under|just|only|some|more\\s+than|less\\s+than|up\\s+to|at\\s+least|at\\s+most))?';
const PRICE_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:costs?(?:\\s+(?:him|her|them|us|me|you))?|costing|set\\s+(?:him|her|them|us|me|you)\\s+back|start(?:s|ed|ing)?\\s+(?:at|from)|(?:paid|pays?|paying)(?:\\s+(?:him|her|them|us|me|you))?(?:\\s+back)?|priced\\s+at|`
  + `(?:price|fee|fine|salary|prize|bonus|wage|fare|ticket|rent|cost|toll|bill|charge|tax|levy|tariff|deposit|premium|tab|tip|entry|admission|postage|bail|ransom|reward|budget)(?:s|es)?\\s+`
  // ("Postage rose from 85p", "fares fell to 95p", "the fee went up by 5p": a price that moves.)
  + `(?:of|is|was|are|were|(?:rose|fell|climbed|dropped|jumped|increased|decreased|went\\s+(?:up|down))(?:\\s+(?:by|to|from))?)|`
  + `worth|charges?|charged|spent|spends?|spending|earns?|earned|earning|fined(?:\\s+[A-Za-z]+){0,2}|`
  + `(?:c(?:ame|omes?)|amount(?:ed|s)?)\\s+to|totall?(?:ed|ing|s)|`
  + `(?:sold|sells?|selling|bought|buys?|buying|auctioned|rents?|rented|available|retails?|retailed)(?:\\s+(?!for\\b)[A-Za-z'’]+){0,3}\\s+for)`
  + `${PRICE_QUALIFIER}\\s+$`, 'i');

/** A price level after a move: "shares fell 5% to 38,500 won", "closed at 312p". Not for a weight:
 * "her weight fell to 120 pounds". */
const LEVEL_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:rose|fell|climbed|dropped|jumped|slid|slipped|gained|lost|closed|ended|finished|opened|traded)`
  + `(?:\\s+[0-9.,]+%)?\\s+(?:to|at)${PRICE_QUALIFIER}\\s+$`, 'i');

/** Verbs whose object is money, for an everyday word that is not also a weight: "he lost 2 grand",
 * "won 5 grand", "owes 3 grand", "I have 5,000 won". (Not for "pounds": "she lost 20 pounds" is her
 * weight; and the word must end the phrase: "has 3 grand pianos" is not money.) */
const MONEY_VERB_BEFORE = new RegExp('(?:^|[^A-Za-z])(?:lost|loses?|losing|won|wins?|winning|owe[sd]?|owing|borrow(?:ed|s)?|lent|lends?|loan(?:ed|s)?|saved|saves?|bet|bets|gambled|'
  + 'donated|donates?|raised|raises?|made|makes?|ha(?:ve|s|d)|got|gets?|give[sn]?|gave|need(?:s|ed)?|sen[dt]|sends|receive[sd]?|collected|withdr[ea]w|'
  + 'deposited|transferred|tipped|found)(?:\\s+(?:me|him|her|them|us|you))?(?:\\s+(?:only|just|about|around|nearly|almost|over|under))?\\s+$', 'i');

/** The same in Chinese: a verb or a priced thing a few characters before ("卖了五百块", "一杯咖啡三十块"). */
const ZH_PRICE_BEFORE = new RegExp('(?:卖|賣|买|買|贵了|貴了|便宜了|欠了|欠|借了|花了|发了|發了|给了|給了|转了|轉了|收了|花费|花費|售价|售價|价格|價格|价钱|價錢|要价|要價|付了|收费|收費|赚了|賺了|挣了|掙了|'
  + '只要|一共|总共|總共|罚款|罰款|工资|工資|月薪|租金|房租|票价|票價|门票|門票|车票|車票|每|一杯|一碗|一瓶|一张|一張|一份|一个|一個|一根|一支|一只|一隻|一斤|捐了|捐款|付款|支付|收取|补贴|補貼)[^，。,;；:：!?！？\\s\\d]{0,6}$');

/** A price word just before the amount ("costs 10 pounds", "paid 5,000 won", "fined him 150 pounds",
 * "卖了五百块"): then an everyday currency word (pounds, won) or a measure word (块) after a bare amount
 * means money, not a weight, a verb or a count. With `level`, a price level after a move counts too
 * ("fell 5% to 38,500 won"), and a verb whose object is money ("lost 2 grand"); the caller leaves
 * both out for a word that is also a weight. */
export function priceWordBefore(text: string, start: number, level = false): boolean {
  const w = text.slice(Math.max(0, start - WINDOW - 8), start).replace(/^.*[\r\n]/s, '');
  return PRICE_BEFORE.test(w) || ZH_PRICE_BEFORE.test(w) || (level && (LEVEL_BEFORE.test(w) || MONEY_VERB_BEFORE.test(w)));
}

/** Before a bare amount: a change by it ("rose by 50p", "up 3p", "down 2p") or a small price ("only 99p!"). */
const PRICE_CUE_BEFORE = /(?:^|[^A-Za-z])(?:only|just|by|up|down)\s+$/i;
/** After it: the unit it is the price of ("19p each", "3.5p a litre", "RM5 per kilo"). */
const PER_UNIT_AFTER = /^\s*(?:each|apiece|(?:a|an|per)\s+[A-Za-z])/i;

/** Words around a bare amount that make it a price or a change of one: for a careful marker they count
 * like a price word before it ("Bananas are 19p each.", "A stamp rose by 50p."; not "Shares closed at 312p."). */
export function priceCueAround(text: string, start: number, end: number): boolean {
  const w = text.slice(Math.max(0, start - 8), start).replace(/^.*[\r\n]/s, '');
  return PRICE_CUE_BEFORE.test(w) || PER_UNIT_AFTER.test(after(text, end).slice(0, 12));
}

/** "between $1bn and $2bn": the amount opens a range closed by "and". */
export function opensBetween(text: string, start: number): boolean {
  return endsWithWord(before(text, start).toLowerCase(), 'between');
}

/** Verbs of change, and "by", "up", "down" ("cut by $1bn to $5bn", "up 3 cents to $45.10"): after them
 * "X to Y" / "X至Y" is a move by X to Y ("shares rose $2 to $45",
 * "股价上涨3元至250元"), not a range. ("raised $2 to $3 million" is a range: raising is not a change.) */
const CHANGE_BEFORE = /(?:\b(?:rose|fell|gained|lost|climbed|dropped|jumped|slid|slipped|added|shed|declined|increased|decreased)(?:\s+by)?|\b(?:by|up|down)|上涨|下跌|上升|下降|增加|减少|減少|提高|降低|涨|漲|跌|升|降)$/i;

/** "prices range from $24 to $28", "fees varying from 2 to 5 euros", "costs run from 2 to 3 billion yuan": a span of
 * values, not a change. */
const RANGE_FROM = /(?:^|[^A-Za-z])(?:range[sd]?|ranging|var(?:y|ies|ied|ying)|run|runs|running)\s+from$/i;

/** "from $1bn to $2bn" is a change, not a range; "从1亿到2亿" and "rose $2 to $45" likewise. */
export function opensFrom(text: string, start: number): boolean {
  const w = before(text, start);
  return (endsWithWord(w.toLowerCase(), 'from') && !RANGE_FROM.test(w)) || w.endsWith('从') || w.endsWith('從') || w.endsWith('由')
    || CHANGE_BEFORE.test(w);
}

// "per pound" and "a pound" are prices by weight ("$16.99 a pound"); only "to the pound" quotes sterling.
// A number after the currency makes a price, not a rate: "$50 per $1,000 face value".
const RATE_AFTER =
  /^\s*(?:(?:per|to\s+the|to\s+one|against\s+the|vs\.?|versus|a|for\s+(?:one|each|every))\s+(?:u\.?s\.?\s+)?(?:dollar|euro|yen|yuan|greenback|usd|us\$|\$)(?!\s?[0-9])|(?:to\s+the|against\s+the|vs\.?|versus)\s+(?:british\s+)?pound|[=＝兑兌]|\/\s*(?:[$€£¥]|usd|eur|美元|欧元))/i;

/** An exchange-rate quote, not an amount of money: "7.3 yuan per dollar", "1美元兑7.3元", "USD/CNY 7.3". */
export function isRateQuote(text: string, start: number, end: number): boolean {
  if (RATE_AFTER.test(after(text, end))) return true;
  const w = before(text, start);
  return /(?:[=＝兑兌]|兑换|兌換|\/)$/.test(w);
}

const RATE_WORD_BEFORE = /(?:汇率|匯率|中间价|中間價|[兑兌]|exchange\s+rate|fixing|midpoint)[^，。,;；!?！？]*$/i;

/** A small amount after a rate word in the same clause is a rate level, not money: "汇率报7.1元",
 * "人民币兑美元中间价7.12元", "the exchange rate at 7.3 yuan". (The caller applies it only to amounts
 * without a scale: "汇率波动导致亏损5亿元" is money.) */
export function followsRateWord(text: string, start: number): boolean {
  return RATE_WORD_BEFORE.test(before(text, start));
}

const EQUIV_WORDS =
  '(?:(?:equivalent|equal)\\s+to|worth|or|about|around|roughly|approximately|approx\\.?|some|nearly|almost|i\\.e\\.|约合|約合|折合|相当于|相當於|约|約|合|即|~|≈)';
const EQUIV_OPEN = new RegExp(`^\\s*[(（\\[]\\s*(?:${EQUIV_WORDS}[\\s,:]*){0,3}$`, 'i');
const EQUIV_SEP = new RegExp(`^\\s*[,，;；—–-]?\\s*(?:${EQUIV_WORDS}[\\s,:]*){1,3}$`, 'i');

/** The text between two amounts says the second restates the first: "2.5 billion yuan (equivalent to
 * $342 million)", "1.85亿元（约合2540万美元）", "HK$3.5 billion, or about US$450 million". */
export function isEquivalentGap(gap: string): boolean {
  if (gap.length > 40 || /[\r\n]/.test(gap)) return false;
  // "折合人民币约2.1亿元": the currency's name after the word of conversion, before its qualifier.
  const g = gap.replace(/(折合|约合|約合)(?:人民币|人民幣)/, '$1');
  return EQUIV_OPEN.test(g) || EQUIV_SEP.test(g) || EQUIV_AFTER_WORDS.test(g);
}

/** A few words may sit between the amount and its conversion when the conversion says so plainly:
 * "25亿元投资（约合3.42亿美元）", "2.5 billion yuan in funding (equivalent to $342 million)". */
const EQUIV_AFTER_WORDS =
  /^[^()（）\d\r\n.。;；]{1,30}[(（]\s*(?:(?:equivalent|equal)\s+to|约合|約合|折合|相当于|相當於)\s*$/i;
