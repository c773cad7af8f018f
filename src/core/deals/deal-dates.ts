// A deal's own date (issue 17, item 5): the time expression that governs the deal in its sentence
// ("in February", "last year", "2023年3月"), resolved against the article's date. Pure: the article
// date comes in as a parameter; the clock is never read.
//
// What an expression resolves to:
//   a month or a day       "in February", "last month", "on March 5", "a year ago", "去年3月", "上月"
//                          → "YYYY-MM" / "YYYY-MM-DD". A month (or day) later than the article's with
//                          no year is last year's ("in November" in a February article).
//   a year only            "last year", "in 2019", "earlier this year", "去年", "今年初" → "YYYY": the
//                          deal keeps no date of its own (DealMention.date is YYYY-MM or YYYY-MM-DD,
//                          like DealRecord.date), but the expression still governs the deal, so no
//                          other expression in the sentence is taken for it.
//   the article's own days "on Tuesday", "today", "this week", "今日", "日前", "1日" → the article
//                          date is the deal's date: no date of its own.
//   unplaced               a relative expression without an article date, "months ago", "next year",
//                          or a date after the article's → no date.
// Not read: quarters and halves ("in the third quarter"), founding dates ("founded in 2015",
// "2015年成立"), plans ("expected to close in March", "将于6月") and spans ("since 2019", "截至…").
import { findRounds } from './rounds';
import type { CompanyMention, DealMention, IsoDate, MoneyMention } from '../types';

export type DatePrecision = 'year' | 'month' | 'day';

/** What a time expression says of when. */
export type TimeValue =
  | { kind: 'date'; year: number; month?: number; day?: number }
  /** The article's own days ("on Tuesday", "今日"): the article date. */
  | { kind: 'own' }
  /** A time that cannot be placed (no article date for a relative one, "months ago", a future date). */
  | { kind: 'unplaced' };

export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  value: TimeValue;
  /** "a month after …": dates only the deal named after it, never one before it. */
  before?: true;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** "YYYY-MM-DD" as numbers, when it is a real calendar day. */
export function parseArticleDate(date: IsoDate | undefined): Ymd | undefined {
  const m = date === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return realDay(ymd.y, ymd.m, ymd.d) ? ymd : undefined;
}

function realDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" for a date value; undefined for the article's own days or an unplaced time. */
export function formatTimeValue(value: TimeValue): string | undefined {
  if (value.kind !== 'date') return undefined;
  if (value.month === undefined) return String(value.year);
  if (value.day === undefined) return `${value.year}-${pad(value.month)}`;
  return `${value.year}-${pad(value.month)}-${pad(value.day)}`;
}

export function precisionOf(value: TimeValue): DatePrecision | undefined {
  if (value.kind !== 'date') return undefined;
  return value.month === undefined ? 'year' : value.day === undefined ? 'month' : 'day';
}

// ── Finding expressions ──────────────────────────────────────────────────────────────────────────────

/** A month's name or abbreviation ("Feb.", "Sept"); the full stop only after an abbreviation, never a sentence's. */
const MONTH_NAME = String.raw`(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![A-Za-z])`;
const MONTH_INDEX: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** "in", "on", "during", "at the end of", with "earlier"/"back" before and "early"/"mid-"/"late" after. */
// ("in its April 17 IPO", "in their March debut": the deal's own date before its noun.)
const EN_PREP = String.raw`\b(?:(?:earlier|back|as\s+early\s+as)\s+)?(?:in|on|during|at\s+the\s+(?:end|start|beginning|close|turn)\s+of)\s+(?:(?:its|their)\s+(?=\S+\s+\d{1,2}\s+(?:IPO|listing|debut|offering|deal|round)\b|\S+\s+(?:IPO|listing|debut|offering|deal|round)\b))?(?:(?:early|mid|late)[\s-]+|mid-)?`;
const YEAR = String.raw`((?:19|20)\d{2})(?![\d%,.]\d|\d)`;
const D = '[0-9０-９]';

const EN_MONTH = new RegExp(
  EN_PREP + MONTH_NAME + String.raw`(?:\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d))?(?:,?\s+(?:of\s+)?` + YEAR + String.raw`|\s+(last|this|the\s+previous|the\s+prior)\s+year\b)?`,
  'gi',
);
/** "The deal closed May 1", "completed March 3, 2024": a day right after a verb of completion, without "on". */
const EN_BARE_DAY = new RegExp(
  String.raw`(?<=\b(?:closed|completed|finalized|finalised|signed|priced|listed|debuted)\s)` + MONTH_NAME + String.raw`\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+` + YEAR + ')?',
  'gi',
);
const EN_DAY_FIRST = new RegExp(String.raw`\bon\s+(\d{1,2})(?:st|nd|rd|th)?\s+` + MONTH_NAME + String.raw`(?:,?\s+` + YEAR + ')?', 'gi');
const EN_LAST_MONTH = new RegExp(String.raw`\b(last|this\s+past|this)\s+` + MONTH_NAME, 'gi');
const EN_YEAR = new RegExp(
  String.raw`\b(?:(?:earlier|back|as\s+early\s+as)\s+)?(?:in|during|at\s+the\s+(?:end|start|beginning|close|turn)\s+of)\s+(?:(?:early|mid|late)[\s-]+|mid-|the\s+(?:first|second)\s+half\s+of\s+)?` + YEAR,
  'gi',
);
const EN_RELATIVE =
  /\b(last|this|earlier\s+this|early\s+this|late\s+last|early\s+last|earlier\s+last|the\s+previous|the\s+prior|the\s+past|next|later\s+this)\s+(month|year|week)\b/gi;
const EN_AGO =
  /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|a\s+few|several|some|a\s+couple\s+of)\s+(days?|weeks?|months?|years?)\s+ago\b/gi;
/** "…, a month after Sanofi struck a $9.5 billion deal for …", "The round comes four months after Abridge closed …": the deal named after it is that long before the article. */
const EN_AFTER =
  /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(weeks?|months?|years?)\s+(?:after|since)\b/gi;
const EN_OWN = new RegExp(
  String.raw`\b(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|(?:on|last|earlier\s+on|late\s+on|early\s+on)\s+` + WEEKDAY + String.raw`|(?:earlier\s+)?this\s+week|last\s+week)\b`,
  'gi',
);

const ZH_FULL = new RegExp(
  `(?<!${D})(?:(${D}{4})年|(今年|去年|前年))(?:(${D}{1,2})月份?(?:(${D}{1,2})[日号])?|(初|底|末|年初|年底|年末|上半年|下半年|早些时候|同期))?`,
  'g',
);
const ZH_MONTH = new RegExp(`(?<![0-9０-９年.．个])(${D}{1,2})月份?(?:(${D}{1,2})[日号])?`, 'g');
const ZH_RELATIVE = /上个?月|上一个月|本月|这个月|上周|本周|这周|今日|今天|昨日|昨天|日前|近日|近期|周[一二三四五六日]|星期[一二三四五六日天]/g;
const ZH_DAY = new RegExp(`(?<![0-9０-９月.．])(${D}{1,2})[日号](?![元])`, 'g');
const ZH_AGO = new RegExp(`(${D}+|[一二两三四五六七八九十]+|半)(个月|年)(?:之)?前`, 'g');

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const ZH_NUMBERS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12, 半: 0.5 };

/** A founding, a span or a bound: the date is not when the deal happened. */
const EN_NOT_DEAL_TIME =
  /\b(?:founded|established|set\s+up|started|launched|incorporated|created|formed|born|opened|began|begun|built|spun\s+(?:out|off)(?:\s+[\w-]+){0,4}|since|until|till|through|by|before)\s+$/i;
/** A plan: "expected to close in March", "will be completed on May 1". */
const EN_FUTURE =
  /\b(?:expected|expects?|expecting|due|scheduled|slated|set|plans?|planned|planning|intends?|intended|aims?|hopes?|will|would|could|might|should|shall|to\s+be)\b(?:\s+[\w-]+){0,3}\s+$/i;
const ZH_NOT_DEAL_TIME_BEFORE = /(?:成立|创立|创办|成立于|创立于|创办于|注册|始于|截至|截止|自|从|到|至|预计|计划|将|有望|拟|争取|力争)(?:于|在)?$/;
const ZH_NOT_DEAL_TIME_AFTER = /^(?:成立|创立|创办|以来|至今|起)/;
const ZH_YEAR_ONLY_NOT_DATE = /^(?:度|报|前|后|内|间|同期)/;

const digits = (s: string) => Number(s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));

/**
 * The time expressions in text[from, to), resolved against the article date (YYYY-MM-DD; without one,
 * only expressions that state their year resolve). Overlapping matches keep the longest.
 */
export function findTimeExpressions(text: string, articleDate?: IsoDate, from = 0, to = text.length): TimeExpression[] {
  const article = parseArticleDate(articleDate);
  const slice = text.slice(from, to);
  const found: TimeExpression[] = [];
  const add = (m: RegExpExecArray, value: TimeValue | null, zh: boolean, leads?: true): void => {
    if (!value) return;
    const before = slice.slice(Math.max(0, m.index - 40), m.index);
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (!zh && (EN_NOT_DEAL_TIME.test(before) || EN_FUTURE.test(before))) return;
    if (zh && (ZH_NOT_DEAL_TIME_BEFORE.test(before) || ZH_NOT_DEAL_TIME_AFTER.test(after))) return;
    if (zh && value.kind === 'date' && value.month === undefined && ZH_YEAR_ONLY_NOT_DATE.test(after)) return;
    found.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], value: notAfter(value, article), ...(leads ? { before: leads } : {}) });
  };
  const each = (zh: boolean, re: RegExp, f: (m: RegExpExecArray) => TimeValue | null, leads?: true) => {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) add(m, f(m), zh, leads);
  };

  each(false, EN_MONTH, (m) => {
    const month = monthOf(m[1]!);
    if (month === undefined) return null;
    const day = m[2] === undefined ? undefined : Number(m[2]);
    if (m[3] !== undefined) return dateValue(Number(m[3]), month, day);
    if (m[4] !== undefined) {
      if (!article) return UNPLACED;
      return dateValue(/^this/i.test(m[4]) ? article.y : article.y - 1, month, day);
    }
    return article ? dateValue(rolledYear(article, month), month, day) : UNPLACED;
  });
  each(false, EN_BARE_DAY, (m) => {
    const month = monthOf(m[1]!);
    if (month === undefined) return null;
    const day = Number(m[2]);
    if (m[3] !== undefined) return dateValue(Number(m[3]), month, day);
    return article ? dateValue(rolledYear(article, month), month, day) : UNPLACED;
  });
  each(false, EN_DAY_FIRST, (m) => {
    const month = monthOf(m[2]!);
    if (month === undefined) return null;
    const day = Number(m[1]);
    if (m[3] !== undefined) return dateValue(Number(m[3]), month, day);
    return article ? dateValue(rolledYear(article, month), month, day) : UNPLACED;
  });
  each(false, EN_LAST_MONTH, (m) => {
    const month = monthOf(m[2]!);
    if (month === undefined) return null;
    if (!article) return UNPLACED;
    const which = m[1]!.toLowerCase();
    // "last July" is July of the year before (said in August 2019 of July 2018); "this past July" is the latest July.
    if (which === 'last') return dateValue(article.y - 1, month);
    return dateValue(which === 'this' ? article.y : rolledYear(article, month), month);
  });
  each(false, EN_YEAR, (m) => dateValue(Number(m[1]), undefined));
  each(false, EN_RELATIVE, (m) => {
    const which = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const unit = m[2]!.toLowerCase();
    if (which === 'next' || which === 'later this' || which === 'the past') return UNPLACED;
    const back = /^(?:this|earlier this|early this)$/.test(which) ? 0 : 1;
    if (unit === 'week') return OWN;
    if (!article) return UNPLACED;
    if (unit === 'year') return dateValue(article.y - back, undefined);
    const { y, m: month } = monthsBack(article, back);
    return dateValue(y, month);
  });
  each(false, EN_AGO, (m) => {
    const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? (/^\d+$/.test(m[1]!) ? Number(m[1]) : undefined);
    const unit = m[2]!.toLowerCase();
    if (unit.startsWith('day') || unit.startsWith('week')) return OWN;
    if (n === undefined || !article) return UNPLACED;
    return agoValue(article, n, unit.startsWith('month') ? 'month' : 'year');
  });
  each(
    false,
    EN_AFTER,
    (m) => {
      const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? (/^\d+$/.test(m[1]!) ? Number(m[1]) : undefined);
      const unit = m[2]!.toLowerCase();
      // (Weeks stay in the article's days: "a week after" names no month of its own.)
      if (unit.startsWith('week')) return OWN;
      if (n === undefined || !article) return UNPLACED;
      return agoValue(article, n, unit.startsWith('month') ? 'month' : 'year');
    },
    true,
  );
  each(false, EN_OWN, () => OWN);

  each(true, ZH_FULL, (m) => {
    let year: number;
    if (m[1] !== undefined) year = digits(m[1]);
    else if (!article) return UNPLACED;
    else year = article.y - (m[2] === '去年' ? 1 : m[2] === '前年' ? 2 : 0);
    if (m[3] !== undefined) return dateValue(year, digits(m[3]), m[4] === undefined ? undefined : digits(m[4]));
    // "去年底" is last December; "今年初", "上半年" say only the year.
    if (m[5] !== undefined && /底|末/.test(m[5])) return dateValue(year, 12);
    // ("去年同期": the article's month, a year back.)
    if (m[5] === '同期' && article && m[2] !== undefined) return dateValue(year, article.m);
    return dateValue(year, undefined);
  });
  each(true, ZH_MONTH, (m) => {
    const month = digits(m[1]!);
    if (month < 1 || month > 12) return null;
    const day = m[2] === undefined ? undefined : digits(m[2]);
    return article ? dateValue(rolledYear(article, month), month, day) : UNPLACED;
  });
  each(true, ZH_RELATIVE, (m) => {
    if (/^上/.test(m[0]) && /月/.test(m[0])) {
      if (!article) return UNPLACED;
      const { y, m: month } = monthsBack(article, 1);
      return dateValue(y, month);
    }
    if (/^(?:本月|这个月)$/.test(m[0])) return article ? dateValue(article.y, article.m) : UNPLACED;
    return OWN;
  });
  // "1日" (the 1st of the article's month, wire style) is one of the article's own days.
  each(true, ZH_DAY, (m) => (digits(m[1]!) >= 1 && digits(m[1]!) <= 31 ? OWN : null));
  each(true, ZH_AGO, (m) => {
    const n = ZH_NUMBERS[m[1]!] ?? (/^[0-9０-９]+$/.test(m[1]!) ? digits(m[1]!) : undefined);
    if (n === undefined || !article) return UNPLACED;
    // "半年前" is six months back; "半个月前" (half a month) is this month, or last month early in this one.
    if (n === 0.5 && m[2] === '个月') return article.d > 15 ? dateValue(article.y, article.m) : agoValue(article, 1, 'month');
    if (n === 0.5) return agoValue(article, 6, 'month');
    return agoValue(article, n, m[2] === '个月' ? 'month' : 'year');
  });

  // "去年12月，…完成战略重组；同月，城投集团还以4.6亿元受让…": 同月 (the same month) is the month named last before it.
  ZH_SAME.lastIndex = 0;
  for (let m = ZH_SAME.exec(slice); m; m = ZH_SAME.exec(slice)) {
    const at = from + m.index;
    const last = found.filter((x) => x.end <= at && x.value.kind === 'date').sort((a, b) => b.end - a.end)[0];
    if (!last || last.value.kind !== 'date') continue;
    const v = last.value;
    const value = m[0].endsWith('年') ? dateValue(v.year, undefined) : m[0].endsWith('月') ? (v.month === undefined ? null : dateValue(v.year, v.month)) : v;
    if (value) found.push({ start: at, end: at + m[0].length, text: m[0], value });
  }
  return longestFirst(found);
}
const ZH_SAME = /同月|当月|同年|同日/g;

const OWN: TimeValue = { kind: 'own' };
const UNPLACED: TimeValue = { kind: 'unplaced' };

function monthOf(name: string): number | undefined {
  // Month names are capitalised: "in May", never the verb "may".
  if (!/^[A-Z]/.test(name)) return undefined;
  return MONTH_INDEX[name.slice(0, 3).toLowerCase()];
}

function dateValue(year: number, month: number | undefined, day?: number): TimeValue | null {
  if (month === undefined) return { kind: 'date', year };
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { kind: 'date', year, month };
  return realDay(year, month, day) ? { kind: 'date', year, month, day } : null;
}

/** A month named without a year is the article's year, or last year's when it is later than the article's month. */
function rolledYear(article: Ymd, month: number): number {
  return month > article.m ? article.y - 1 : article.y;
}

function monthsBack(article: Ymd, n: number): { y: number; m: number } {
  const index = article.y * 12 + (article.m - 1) - n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** "three months ago" is the month three back; "a year ago" this month last year; "five years ago" only a year. */
function agoValue(article: Ymd, n: number, unit: 'month' | 'year'): TimeValue | null {
  if (!Number.isInteger(n) || n < 1) return UNPLACED;
  if (unit === 'year' && n > 1) return dateValue(article.y - n, undefined);
  const { y, m } = monthsBack(article, unit === 'year' ? 12 : n);
  return dateValue(y, m);
}

/** A deal reported is past: a date after the article's is a plan or a misreading, so unplaced. */
function notAfter(value: TimeValue, article: Ymd | undefined): TimeValue {
  if (value.kind !== 'date' || !article) return value;
  const text = formatTimeValue(value)!;
  const articleText = `${article.y}-${pad(article.m)}-${pad(article.d)}`;
  return text > articleText.slice(0, text.length) ? UNPLACED : value;
}

function longestFirst(found: TimeExpression[]): TimeExpression[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TimeExpression[] = [];
  for (const x of sorted) {
    const last = kept[kept.length - 1];
    if (last && x.start < last.end) {
      if (x.end - x.start > last.end - last.start) kept[kept.length - 1] = x;
      continue;
    }
    kept.push(x);
  }
  return kept;
}

// ── Which expression governs a deal ──────────────────────────────────────────────────────────────────

interface Range {
  start: number;
  end: number;
}

/** Where clauses end: commas, semicolons, colons, dashes and brackets (not the comma of "1,000" or "March 5, 2023"). */
function clauseBreaks(text: string, sentence: Range, expressions: readonly TimeExpression[]): number[] {
  const breaks: number[] = [];
  for (let i = sentence.start; i < sentence.end; i++) {
    const ch = text[i]!;
    const isBreak =
      /[,;:，；：()（）[\]—–]/.test(ch) || (ch === '-' && text[i - 1] === ' ' && text[i + 1] === ' ');
    if (!isBreak) continue;
    if (ch === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    if (expressions.some((x) => i >= x.start && i < x.end)) continue;
    breaks.push(i);
  }
  return breaks;
}

/**
 * A clause that hangs on the clause before: a participle (", raising $400 million", ", paying $42 a share") or an
 * amount restated (", or about $10.1 billion,").
 */
const EN_PARTICIPLE_CLAUSE = /^\s*(?:(?:raising|paying|selling|netting|pocketing|bringing in|pulling in)\b|or\s+(?:(?:about|around|roughly|nearly|some|approximately|almost)\s+)?$)/i;

/** A later clause that restates the deal: ", in a deal completed in February". */
const EN_RESTATED_DEAL = /^\s*(?:in|as\s+part\s+of)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:deal|transaction|round|acquisition|purchase|sale|offering|listing)\b/i;
/** A clause that only says who told ("its chairman told shareholders", "the company said"): read past it. */
const EN_ATTRIBUTION = /^\s*(?:[\w'’-]+\s+){0,4}(?:said|says|told\s+[\w-]+(?:\s+[\w-]+)?|announced|reported|confirmed)\s*$|^\s*according\s+to\b/i;

const isChinese = (s: string) => (s.match(/\p{Script=Han}/gu)?.length ?? 0) > (s.match(/[A-Za-z]/g)?.length ?? 0);

/**
 * The expression that governs the deal whose anchor (its amount, else its target) is `anchor`, in its
 * sentence; `region` bounds it away from the other deals of the sentence. In the anchor's clause,
 * English takes the first expression after the anchor ("raised $5 million in March"), else the last
 * before ("agreed in June to buy X for $1 billion"); Chinese the last before ("于今年2月完成2亿元融资"),
 * else the first after. Then Chinese looks back clause by clause ("于去年12月上市，募资12.4亿港元"), and
 * English reads a later clause that restates the deal (", in a deal completed in February"). Last, an
 * expression opening the sentence ("In February, Moonshot raised …", "2019年3月，…") governs it.
 */
export function governingExpression(
  text: string,
  sentence: Range,
  anchor: Range,
  expressions: readonly TimeExpression[],
  region: Range = sentence,
): TimeExpression | undefined {
  if (expressions.length === 0) return undefined;
  const breaks = clauseBreaks(text, sentence, expressions);
  const lo = Math.max(sentence.start, region.start);
  const hi = Math.min(sentence.end, region.end);
  const clauseStart = (pos: number) => Math.max(lo, ...breaks.filter((b) => b < pos).map((b) => b + 1));
  const clauseEnd = (pos: number) => Math.min(hi, ...breaks.filter((b) => b >= pos));
  const inside = (from: number, to: number) => expressions.filter((x) => x.start >= from && x.end <= to);
  const zh = isChinese(text.slice(sentence.start, sentence.end));

  const cs = clauseStart(anchor.start);
  const ce = clauseEnd(anchor.end);
  const clause = inside(cs, ce);
  const after = clause.filter((x) => x.start >= anchor.end && !x.before);
  const before = clause.filter((x) => x.end <= anchor.start);
  const own = zh ? (before[before.length - 1] ?? after[0]) : (after[0] ?? before[before.length - 1]);
  if (own) return own;

  if (zh) {
    for (let end = cs - 1; end > lo; ) {
      const start = clauseStart(end);
      const earlier = inside(start, end);
      if (earlier.length > 0) return earlier[earlier.length - 1];
      end = start - 1;
    }
    // "…以约9.5亿元全资收购，交易已于上月完成交割": the next clause restates the deal with its date.
    if (ce < hi && ZH_RESTATED_DEAL.test(text.slice(ce + 1, clauseEnd(ce + 1)))) {
      const later = inside(ce + 1, clauseEnd(ce + 1));
      if (later.length > 0) return later[0];
    }
  } else {
    // "Reddit went public in March 2021, raising $400 million": a participle's clause shares the time of the clause it hangs on.
    if (cs > lo && EN_PARTICIPLE_CLAUSE.test(text.slice(cs, anchor.start))) {
      const previous = inside(clauseStart(cs - 1), cs - 1);
      if (previous.length > 0) return previous[previous.length - 1];
    }
    for (let start = ce + 1; start < hi; ) {
      const end = clauseEnd(start);
      const clauseText = text.slice(start, end);
      if (EN_RESTATED_DEAL.test(clauseText)) {
        const later = inside(start, end);
        if (later.length > 0) return later[0];
      } else if (!EN_ATTRIBUTION.test(clauseText)) break;
      start = end + 1;
    }
  }

  const first = expressions[0]!;
  const opening = /^[\s"“'‘]*(?:(?:and|but|so)\s+)?$/i.test(text.slice(sentence.start, first.start)) && /^\s*[,，:：]/.test(text.slice(first.end, sentence.end));
  return opening && first.end <= anchor.start ? first : undefined;
}

// ── Deals ────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The deals with `date` set where their sentence states a month or a day for them, resolved against the
 * article date (without one, only dates that state their year). A deal whose governing expression gives
 * only a year, the article's own days or nothing keeps no date: the article date is its report date.
 */
export function withDealDates(
  deals: readonly DealMention[],
  text: string,
  money: readonly MoneyMention[],
  companies: readonly CompanyMention[],
  articleDate?: IsoDate,
): DealMention[] {
  const out = deals.map((d) => ({ ...d }));
  const sortedCompanies = [...companies].sort((a, b) => a.start - b.start);
  const bySentence = new Map<string, number[]>();
  out.forEach((d, i) => {
    const key = `${d.start}:${d.end}`;
    const list = bySentence.get(key);
    if (list) list.push(i);
    else bySentence.set(key, [i]);
  });
  const setDate = (deal: DealMention, governing: TimeExpression) => {
    const precision = precisionOf(governing.value);
    if (precision === 'month' || precision === 'day') deal.date = formatTimeValue(governing.value);
  };
  for (const indexes of bySentence.values()) {
    const sentence = { start: out[indexes[0]!]!.start, end: out[indexes[0]!]!.end };
    const expressions = findTimeExpressions(text, articleDate, sentence.start, sentence.end);
    const anchors = indexes.map((i) => anchorOf(out[i]!, sentence, money, sortedCompanies, text));
    let governed = false;
    indexes.forEach((i, k) => {
      const anchor = anchors[k];
      if (!anchor || expressions.length === 0) return;
      const others = anchors.filter((a): a is Range => a !== undefined && a.start !== anchor.start);
      const region = {
        start: Math.max(sentence.start, ...others.filter((a) => a.end <= anchor.start).map((a) => a.end)),
        end: Math.min(sentence.end, ...others.filter((a) => a.start >= anchor.end).map((a) => a.start)),
      };
      const governing = governingExpression(text, sentence, anchor, expressions, region);
      if (!governing) return;
      // ("Nordhavn Pharma has completed its purchase of Cellvera Bio, which it agreed to buy in July for $2.1 billion": the
      // day a completed purchase was agreed, in a clause on it, is not its date.)
      if (AGREED_WHEN.test(text.slice(Math.max(sentence.start, governing.start - 50), governing.start)) && EN_COMPLETED.test(text.slice(sentence.start, sentence.end))) {
        governed = true;
        return;
      }
      governed = true;
      setDate(out[i]!, governing);
    });
    // One deal its sentence does not date, and the next sentence dates "the deal": "… The transaction closed on October 31, 2023."
    if (!governed && indexes.length === 1) {
      // ("Vardhan Foods has completed its takeover of Kesar Bites … Vardhan had announced the deal in May": a
      // purchase completed is dated by its completion, the article's, not by the day it was announced.)
      const completed = EN_COMPLETED.test(text.slice(sentence.start, sentence.end));
      const later = followUpDate(text, sentence.end, articleDate, completed);
      if (later) setDate(out[indexes[0]!]!, later);
    }
  }
  return out;
}

/** Before the time in a clause on when a deal was agreed: "which it agreed to buy ", "that it first announced ". */
const AGREED_WHEN = /\b(?:which|that)\s+(?:it|they)\s+(?:had\s+)?(?:first\s+)?(?:agreed|announced|struck|signed)\b[^,;.]{0,30}$/;
const EN_COMPLETED = /\b(?:has|have|had) (?:completed|closed|finalized|finalised)\b|\bcompleted (?:its|their|the)\b/;
const EN_FOLLOW_UP =
  /^(?:The|This|That)\s+(?:[\w-]+\s+){0,2}(?:deal|transaction|acquisition|purchase|merger|sale|takeover|round|offering|listing|IPO)\b|\b(?:agreed\s+to|announced|closed|completed|signed|struck)\s+the\s+(?:deal|transaction|acquisition|purchase|merger|sale|takeover)\b/;
/** A Chinese clause that restates the deal just told: "交易已于上月完成交割", "该收购已于3月完成". */
// ("交割已于10月9日完成", "相关股份已于8月19日完成过户登记": so does its closing, or the shares that changed hands.)
const ZH_RESTATED_DEAL = /^(?:该|此次|本次|这笔|该笔|相关)?(?:交易|收购|并购|合并|融资|交割(?:程序|手续)?|股权|股份|标的资产)(?:过户(?:手续)?)?(?:已经?|已于|于|在)[^，。；]{0,10}?(?:完成|交割|生效|落地|办理完毕)/;
const ZH_FOLLOW_UP = /^(?:该|此次|本次|这笔|该笔|上述)(?:交易|收购|合并|并购|融资|上市)/;
const MAX_FOLLOW_UP_CHARS = 300;

/** The expression governing "the deal" in the sentence right after `from` (same paragraph), if that sentence speaks of it. */
function followUpDate(text: string, from: number, articleDate: IsoDate | undefined, completed = false): TimeExpression | undefined {
  const gap = /^[ \t\u3000]*/.exec(text.slice(from, from + 20))![0].length;
  const start = from + gap;
  const rest = text.slice(start, start + MAX_FOLLOW_UP_CHARS);
  const stop = /[。！？]|[.!?](?=\s|$)/.exec(rest);
  const sentence = { start, end: start + (stop ? stop.index + 1 : rest.length) };
  const body = text.slice(sentence.start, sentence.end);
  const cue = EN_FOLLOW_UP.exec(body) ?? ZH_FOLLOW_UP.exec(body);
  if (!cue || (completed && /\bannounced\b/.test(body))) return undefined;
  const expressions = findTimeExpressions(text, articleDate, sentence.start, sentence.end);
  const anchor = { start: sentence.start + cue.index, end: sentence.start + cue.index + cue[0].length };
  return governingExpression(text, sentence, anchor, expressions);
}

/** Where a deal sits in its sentence: its amount, else the first mention of its target. */
function anchorOf(deal: DealMention, sentence: Range, money: readonly MoneyMention[], companies: readonly CompanyMention[], text: string): Range | undefined {
  const amount = deal.money === undefined ? undefined : money[deal.money];
  if (amount && amount.start >= sentence.start && amount.end <= sentence.end) return amount;
  let lo = 0;
  let hi = companies.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (companies[mid]!.start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < companies.length && companies[i]!.start < sentence.end; i++) {
    const c = companies[i]!;
    if (c.end <= sentence.end && (deal.target.id !== undefined ? c.id === deal.target.id : c.name === deal.target.name)) return c;
  }
  // "2023年4月，智行具身完成A轮融资…；到了去年底，它又拿下了B轮融资": a round the deal names, then a name only the
  // deal reader took, found by its text ("老牌乳企北方牧场已被…收购").
  const round = deal.round === undefined ? undefined : findRounds(text, sentence.start, sentence.end).find((r) => r.round === deal.round);
  if (round) return round;
  const at = text.slice(sentence.start, sentence.end).indexOf(deal.target.name);
  return at >= 0 && deal.target.name.length >= 2 ? { start: sentence.start + at, end: sentence.start + at + deal.target.name.length } : undefined;
}
