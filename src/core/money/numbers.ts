// Numerals and scales: "1,200.5", "１２００", "2.5 billion", "25亿", "二十五亿", "数千万".
// Everything here reads forward from a given index and touches only a bounded number of characters
// beyond the numeral itself, so the scanner stays linear.

/** Digit value of an ASCII or full-width digit at `i`, else -1. */
export function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Spaces allowed between the parts of one amount; never a line break (lines are hard boundaries). */
export function isInlineSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000 || c === 9;
}

/** Where the next part of an amount may start after `p`: up to three inline spaces, or one line break
 * with up to three spaces on either side (hard-wrapped text: "$40\n million"); never a blank line.
 * `broke` says the gap holds the line break. */
export function skipGap(text: string, p: number): { end: number; broke: boolean } {
  let q = p;
  while (q < p + 3 && isInlineSpace(text.charCodeAt(q))) q++;
  const c = text.charCodeAt(q);
  if (c !== 10 && c !== 13) return { end: q, broke: false };
  let r = q + (c === 13 && text.charCodeAt(q + 1) === 10 ? 2 : 1);
  const afterBreak = r;
  while (r < afterBreak + 3 && isInlineSpace(text.charCodeAt(r))) r++;
  const next = text.charCodeAt(r);
  if (next === 10 || next === 13 || Number.isNaN(next)) return { end: q, broke: false };
  return { end: r, broke: true };
}

/** Exact decimal → number: "1.85" with exponent 8 is Number("185e6"), avoiding 1.85 * 1e8 drift. */
export function toAmount(mant: string, dec: number, exp: number): number {
  return Number(`${mant}e${exp - dec}`);
}

/** A plain digit numeral: `mant` holds its digits without separators, `dec` of them after the point. */
export interface DigitNumeral {
  end: number;
  mant: string;
  dec: number;
}

/** Numbers longer than this are serial numbers or garbage, not amounts (and would lose precision). */
const MAX_DIGITS = 18;

function digitRunLength(text: string, i: number): number {
  let n = 0;
  while (digitAt(text, i + n) >= 0) n++;
  return n;
}

/** Reads "1200", "1,200.5", "1,00,000" (Indian grouping) or "１．５". Null for version numbers,
 * IP addresses and dotted dates ("1.2.3", "2023.10.20"), and for implausibly long digit strings.
 * With `decimalComma`, reads only the continental form "9,90", "1.234,50", "1,5" (one or two
 * decimals after a comma, dot-grouped thousands before it), else null. */
export function readDigits(text: string, i: number, decimalComma = false): DigitNumeral | null {
  let mant = '';
  let p = i;
  for (let d = digitAt(text, p); d >= 0; d = digitAt(text, ++p)) {
    if (mant.length >= MAX_DIGITS) return null;
    mant += d;
  }
  if (mant.length === 0) return null;
  if (decimalComma) return readDecimalComma(text, p, mant);
  // Thousands groups: a comma must be followed by exactly three digits, or two when the next group
  // is also comma-separated (lakh grouping "1,00,000"); anything else ends the number ("1,2" is a list).
  // Full-width numerals group with the full-width comma: "¥１，０００" (an ASCII numeral before "，" is
  // a clause's end in Chinese: "收入100，300家企业…").
  const comma = text.charCodeAt(i) >= 0xff10 && text.charCodeAt(p) === 0xff0c ? 0xff0c : 44;
  while (text.charCodeAt(p) === comma) {
    const n = digitRunLength(text, p + 1);
    if (!(n === 3 || (n === 2 && text.charCodeAt(p + 3) === comma && digitRunLength(text, p + 4) >= 2))) break;
    if (mant.length + n > MAX_DIGITS) return null;
    for (let k = 1; k <= n; k++) mant += digitAt(text, p + k);
    p += n + 1;
  }
  // Apostrophe-grouped thousands (Swiss style): "CHF 4'500'000", "Fr. 1’250.50". Groups of exactly three.
  const apostrophe = text.charCodeAt(p);
  if (p - i <= 3 && mant.length === p - i && (apostrophe === 39 || apostrophe === 0x2019) && digitRunLength(text, p + 1) === 3) {
    let q = p;
    while (text.charCodeAt(q) === apostrophe && digitRunLength(text, q + 1) === 3) {
      for (let k = 1; k <= 3; k++) mant += digitAt(text, q + k);
      q += 4;
    }
    p = q;
  }
  // Space-grouped thousands (SI and French style): "1 200 000", "1\u202f200", "25 000". The groups use
  // one separator throughout and hold exactly three digits after a lead group of one to three.
  const sep = text.charCodeAt(p);
  if (p - i <= 3 && isGroupSpace(sep) && digitRunLength(text, p + 1) === 3) {
    let q = p;
    let groups = '';
    while (text.charCodeAt(q) === sep && digitRunLength(text, q + 1) === 3) {
      groups += text.slice(q + 1, q + 4);
      q += 4;
    }
    // "$5 100-yuan notes": a group that starts a compound word is a second number, not a group.
    if (text.charCodeAt(q) !== 45) {
      if (mant.length + groups.length > MAX_DIGITS) return null;
      mant += groups.replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10));
      p = q;
    }
  }
  // Dot-grouped thousands ("€1.200.000"): only with two or more groups, so "1.200" stays a decimal.
  if (p - i <= 3 && text.charCodeAt(p) === 46 && digitRunLength(text, p + 1) === 3
    && text.charCodeAt(p + 4) === 46 && digitRunLength(text, p + 5) === 3) {
    let q = p;
    let groups = '';
    while (text.charCodeAt(q) === 46 && digitRunLength(text, q + 1) === 3) {
      groups += text.slice(q + 1, q + 4);
      q += 4;
    }
    const after = text.charCodeAt(q);
    if (!(after === 46 || after === 44) || digitAt(text, q + 1) < 0) {
      if (mant.length + groups.length > MAX_DIGITS) return null;
      return { end: q, mant: mant + groups.replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10)), dec: 0 };
    }
  }
  let dec = 0;
  const c = text.charCodeAt(p);
  if (c === 46 || c === 0xff0e) {
    const n = digitRunLength(text, p + 1);
    if (n > 0) {
      if (mant.length + n > MAX_DIGITS + 6) return null;
      for (let k = 1; k <= n; k++) mant += digitAt(text, p + k);
      dec = n;
      p += n + 1;
      const after = text.charCodeAt(p);
      if ((after === 46 || after === 44) && digitAt(text, p + 1) >= 0) return null;
    }
  }
  return { end: p, mant, dec };
}

function readDecimalComma(text: string, p: number, lead: string): DigitNumeral | null {
  let mant = lead;
  let q = p;
  if (lead.length <= 3) {
    while (text.charCodeAt(q) === 46 && digitRunLength(text, q + 1) === 3) {
      mant += text.slice(q + 1, q + 4);
      q += 4;
    }
  } else if (lead.length > 7) return null;
  if (text.charCodeAt(q) !== 44) return null;
  const n = digitRunLength(text, q + 1);
  if (n !== 1 && n !== 2) return null;
  const end = q + 1 + n;
  const after = text.charCodeAt(end);
  if ((after === 44 || after === 46) && digitAt(text, end + 1) >= 0) return null;
  mant += text.slice(q + 1, end);
  if (mant.length > MAX_DIGITS) return null;
  return { end, mant: mant.replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10)), dec: n };
}

/** The digits at `i` end in a comma or a dot, so the numeral may be a continental "9,90" or "1.234,50". */
export function mayHaveDecimalComma(text: string, i: number): boolean {
  let p = i;
  while (p < i + 8 && digitAt(text, p) >= 0) p++;
  const c = text.charCodeAt(p);
  return (c === 44 || c === 46) && digitAt(text, p + 1) >= 0;
}

/** Separators of space-grouped thousands: space, no-break space, thin space, narrow no-break space. */
function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** End of the run of digits and separators starting at `i` — where the scanner resumes after a
 * rejected number, so that no digit of a long run is looked at twice. */
export function numericRunEnd(text: string, i: number): number {
  let p = i;
  for (;;) {
    const c = text.charCodeAt(p);
    if (digitAt(text, p) >= 0 || c === 44 || c === 46 || c === 0xff0e) p++;
    else return p;
  }
}

// --- Chinese numerals -----------------------------------------------------------------------------

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 兩: 2, 贰: 2, 貳: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
/** 十/百/千 multiply the digit before them inside a section. */
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** 万/亿 close a section; exponents are also used after ASCII digits ("25亿", "1.5万亿"). */
const CN_BIG_UNITS: Record<string, number> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };
// 兆 is 10¹² in Taiwanese money figures ("1兆元"); it is read only after digits (readCnScale).
const CN_UNIT_EXP: Record<string, number> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3, 万: 4, 萬: 4, 亿: 8, 億: 8, 兆: 12 };
/** "Several": 数千万 = 2–9 × 10⁷, 十几亿 = 11–19 × 10⁸. */
const CN_SEVERAL = new Set(['数', '數', '几', '幾']);
/** "And more" inside an amount: 三百多万, 5000余万. */
const CN_MORE = new Set(['多', '余', '餘']);

/** Characters that can start a numeral; the scanner's trigger set is derived from these tables. */
export const CN_NUMERAL_CHARS = [
  ...Object.keys(CN_DIGITS), ...Object.keys(CN_UNIT_EXP), ...CN_SEVERAL,
].join('');

export function isCnUnit(ch: string | undefined): boolean {
  return ch !== undefined && CN_UNIT_EXP[ch] !== undefined;
}

export function isCnBigUnit(ch: string | undefined): boolean {
  return ch !== undefined && CN_BIG_UNITS[ch] !== undefined;
}

/** A scale written in Chinese after ASCII digits: 万, 亿, 千万, 百万, 十亿, 万亿 … (product of units). */
export function readCnScale(text: string, p: number): { end: number; exp: number; more: boolean } | null {
  let q = p;
  let more = false;
  // 5000多万 / 1000余万: the "more" sits between the digits and the scale.
  if (CN_MORE.has(text[q] ?? '') && isCnUnit(text[q + 1])) {
    more = true;
    q++;
  }
  let exp = 0;
  let n = 0;
  while (n < 3) {
    const e = CN_UNIT_EXP[text[q] ?? ''];
    if (e === undefined) break;
    exp += e;
    q++;
    n++;
  }
  return n === 0 ? null : { end: q, exp, more };
}

export interface CnNumeral {
  end: number;
  lo: number;
  hi: number;
  /** 数/几/二三 made it a span of values rather than one value. */
  vague: boolean;
  /** 多/余 inside ("三百多万"). */
  more: boolean;
  /** Contains a unit character (十百千万亿); a lone digit character is not read as an amount. */
  hasUnit: boolean;
  /** Starts with 万/亿 without a digit (the "亿" of "近亿元"), which needs a qualifier to mean anything. */
  bareBigUnit: boolean;
}

const MAX_CN_LEN = 24;

/** The rest of a numeral with a decimal point, after the point at `p - 1`: "一点五亿" (1.5 × 10⁸),
 * "十二点五万", "三点二五元". The digits after the point, then the scale, if any. */
function cnDecimal(text: string, p: number, whole: number): CnNumeral {
  let q = p;
  let frac = '';
  for (let d = CN_DIGITS[text[q] ?? '']; d !== undefined && frac.length < 8; d = CN_DIGITS[text[++q] ?? '']) frac += d;
  let exp = 0;
  for (let n = 0; n < 3 && CN_UNIT_EXP[text[q] ?? ''] !== undefined; n++) exp += CN_UNIT_EXP[text[q++] ?? ''] as number;
  const v = Number(`${whole}.${frac}e${exp}`);
  return { end: q, lo: v, hi: v, vague: false, more: false, hasUnit: true, bareBigUnit: false };
}

/** 万 adds the section times 10⁴ to the total; 亿 multiplies everything so far by 10⁸ (so 万亿 = 10¹²). */
function closeSection(acc: { acc: number; sec: number }, pending: number, yi: boolean): void {
  const v = (yi ? acc.acc : 0) + acc.sec + pending;
  if (yi) acc.acc = (v || 1) * 1e8;
  else acc.acc += (v || 1) * 1e4;
  acc.sec = 0;
}

/** Reads a Chinese numeral starting at `i` ("二十五亿", "一千万", "数千万", "十几亿", "三四千万"),
 * keeping a low and a high reading in parallel so that vague numerals become honest bounds. */
export function readCnNumeral(text: string, i: number): CnNumeral | null {
  const lo = { acc: 0, sec: 0 };
  const hi = { acc: 0, sec: 0 };
  let pend: [number, number] | null = null;
  let vague = false;
  let more = false;
  let hasUnit = false;
  let prev = '';
  let p = i;
  const first = text[i] ?? '';
  const bareBigUnit = isCnBigUnit(first);
  // 数 also means "number/data" (数据); it starts a numeral only when a unit follows.
  if ((first === '数' || first === '數') && !isCnUnit(text[i + 1])) return null;
  for (; p < text.length && p - i < MAX_CN_LEN; p++) {
    const ch = text[p] as string;
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      // Two adjacent digit characters ("三四千万") are a spoken range: 3–4 thousand ten-thousands.
      if (pend && pend[0] === pend[1] && d === pend[0] + 1 && CN_DIGITS[prev] !== undefined && d !== 0) {
        pend = [pend[0], d];
        vague = true;
      } else if (pend && CN_DIGITS[prev] !== undefined && !vague) {
        // "一〇五万元": digit characters in a row are a number's digits, written out (1,050,000).
        pend = [pend[0] * 10 + d, pend[1] * 10 + d];
      } else pend = [d, d];
    } else if (CN_SEVERAL.has(ch)) {
      if (CN_SEVERAL.has(prev)) break;
      pend = prev === '十' || prev === '拾' ? [1, 9] : [2, 9];
      vague = true;
    } else if (CN_SMALL_UNITS[ch] !== undefined) {
      const u = CN_SMALL_UNITS[ch] as number;
      lo.sec += (pend ? pend[0] : 1) * u;
      hi.sec += (pend ? pend[1] : 1) * u;
      pend = null;
      hasUnit = true;
    } else if (CN_BIG_UNITS[ch] !== undefined) {
      // "〇万円以下": a zero written before the scale is a form's blank, no amount.
      if (pend && pend[1] === 0 && lo.sec === 0 && lo.acc === 0) return null;
      closeSection(lo, pend ? pend[0] : 0, CN_BIG_UNITS[ch] === 8);
      closeSection(hi, pend ? pend[1] : 0, CN_BIG_UNITS[ch] === 8);
      pend = null;
      hasUnit = true;
    } else if (CN_MORE.has(ch) && isCnUnit(prev) && isCnBigUnit(text[p + 1])) {
      more = true;
    } else if ((ch === '点' || ch === '點') && !vague && lo.acc === 0 && (pend === null || pend[0] === pend[1])
      && (pend !== null || lo.sec > 0) && CN_DIGITS[text[p + 1] ?? ''] !== undefined) {
      return cnDecimal(text, p + 1, lo.sec + (pend ? pend[0] : 0));
    } else break;
    prev = ch;
  }
  if (p === i) return null;
  const l = lo.acc + lo.sec + (pend ? pend[0] : 0);
  const h = hi.acc + hi.sec + (pend ? pend[1] : 0);
  return { end: p, lo: l, hi: h, vague, more, hasUnit, bareBigUnit };
}

/** A digit 0–9 written in Chinese or ASCII at `i`, else -1. */
function smallDigit(text: string, i: number): number {
  const ch = text[i] ?? '';
  return CN_DIGITS[ch] ?? (digitAt(text, i) < 10 ? digitAt(text, i) : -1);
}

/** Where a phrase ends: the end of the text, a space or punctuation. */
const PHRASE_END = /[\s,.;:!?，。、；：！？)）」』”]/;
export function endsPhrase(text: string, i: number): boolean {
  return i >= text.length || PHRASE_END.test(text[i] as string);
}

/**
 * The jiao (角, 毛: tenths) and fen (分: hundredths) after a whole number of yuan, read from `p`, just
 * after the 元 or 块: "三元五角" (0.5), "两块五毛" (0.5), "九块九毛九" (0.99), "五元三角二分" (0.32), and
 * "一块五" (0.5: a lone digit is the jiao, but only where the phrase ends: not "一块五花肉"). Null when
 * none follow.
 */
export function readYuanChange(text: string, p: number): { end: number; amount: number } | null {
  const jiao = smallDigit(text, p);
  if (jiao < 0) return null;
  const unit = text[p + 1];
  if (unit !== '角' && unit !== '毛') return endsPhrase(text, p + 1) ? { end: p + 1, amount: jiao / 10 } : null;
  let end = p + 2;
  let fen = 0;
  const f = smallDigit(text, end);
  if (f >= 0 && (text[end + 1] === '分' || endsPhrase(text, end + 1))) {
    fen = f;
    end += text[end + 1] === '分' ? 2 : 1;
  }
  if (text[end] === '钱' || text[end] === '錢') end++;
  return { end, amount: (jiao * 10 + fen) / 100 };
}

// --- English scales --------------------------------------------------------------------------------

interface ScaleWord {
  word: string;
  exp: number;
  /** Single letters ("5m", "$3B") count only when attached to the digits. */
  attachedOnly?: boolean;
  /** "MM" is finance shorthand for million; lowercase "mm" is millimetres. */
  caseSensitive?: boolean;
  /** French, and an English plural too: a scale only before "de"/"d'" ("5 millions d'euros"). */
  beforeDe?: boolean;
  /** A word of a language that writes a decimal comma: before it "1.200" is twelve hundred ("1.200
   * millones de euros" is 1.2 billion, "1.200 tỷ đồng" 1.2 trillion). */
  continental?: boolean;
}

// Longest first, so that "million" wins over "m" and "bn" over "b". With them the words and
// abbreviations of the other languages amounts are written in next to a currency ("€1,5 Mrd.",
// "2,5 Milliarden Euro", "R$ 1,5 bilhão", "5 millioner kr", "RM9.4 bil", "Rp 15 juta", "1,2 milliard
// d'euros", "3 millones de dólares"): without them
// the number alone would be read, a false amount.
const EN_SCALES: ScaleWord[] = [
  { word: 'milliarden', exp: 9, continental: true }, { word: 'milliarder', exp: 9, continental: true }, { word: 'millionen', exp: 6, continental: true },
  { word: 'millioner', exp: 6, continental: true }, { word: 'milliarde', exp: 9, continental: true }, { word: 'milliards', exp: 9, continental: true },
  { word: 'milliard', exp: 9, continental: true },
  { word: 'trilhões', exp: 12, continental: true }, { word: 'trilhão', exp: 12, continental: true }, { word: 'bilhões', exp: 9, continental: true },
  { word: 'bilhão', exp: 9, continental: true }, { word: 'milhões', exp: 6, continental: true }, { word: 'milhão', exp: 6, continental: true },
  { word: 'millones', exp: 6, continental: true }, { word: 'millón', exp: 6, continental: true },
  { word: 'millions', exp: 6, beforeDe: true }, { word: 'triliun', exp: 12, continental: true }, { word: 'trilion', exp: 12, continental: true },
  { word: 'miliar', exp: 9, continental: true }, { word: 'bilion', exp: 9, continental: true }, { word: 'juta', exp: 6, continental: true },
  { word: 'ribu', exp: 3, continental: true },
  // Italian, Dutch, Hungarian, Turkish, Polish and Czech, and Vietnamese ("1,2 miliardi di euro", "€1,2 miljard",
  // "1,2 milliárd forint", "1,2 milyar TL", "1,2 mld zł", "1,5 mld. Kč", "1.200 tỷ đồng").
  { word: 'miliardi', exp: 9, continental: true }, { word: 'miliardo', exp: 9, continental: true }, { word: 'milioni', exp: 6, continental: true },
  { word: 'milione', exp: 6, continental: true }, { word: 'miljard', exp: 9, continental: true }, { word: 'miljoen', exp: 6, continental: true },
  { word: 'milliárd', exp: 9, continental: true }, { word: 'millió', exp: 6, continental: true }, { word: 'milyar', exp: 9, continental: true },
  { word: 'milyon', exp: 6, continental: true }, { word: 'mld.', exp: 9, continental: true }, { word: 'mld', exp: 9, continental: true },
  { word: 'tỷ', exp: 9, continental: true },
  // "RM1.2mil", "$5 mil": a million in Malaysian and American usage (the reader drops it where it is a
  // thousand: Portuguese and Spanish, "R$ 5 mil").
  { word: 'mil', exp: 6 },
  { word: 'thousand', exp: 3 }, { word: 'trillion', exp: 12 }, { word: 'billion', exp: 9 },
  { word: 'million', exp: 6 }, { word: 'crores', exp: 7 }, { word: 'crore', exp: 7 },
  { word: 'lakhs', exp: 5 }, { word: 'lakh', exp: 5 }, { word: 'lacs', exp: 5 }, { word: 'lac', exp: 5 },
  // Indian shorthand: "Rs 1,200 Cr", "₹1.2L" (read alone, "Rs 1,200" would be a false amount).
  // Not in capitals: "a $30,000 CR-V" is a car.
  { word: 'crs', exp: 7, caseSensitive: true }, { word: 'Crs', exp: 7, caseSensitive: true }, { word: 'cr', exp: 7, caseSensitive: true },
  { word: 'Cr', exp: 7, caseSensitive: true }, { word: 'L', exp: 5, attachedOnly: true, caseSensitive: true }, { word: 'bln', exp: 9 }, { word: 'mln', exp: 6 },
  { word: 'trn', exp: 12 }, { word: 'bil', exp: 9 }, { word: 'mrd.', exp: 9, continental: true }, { word: 'mrd', exp: 9, continental: true },
  { word: 'mia.', exp: 9, continental: true }, { word: 'mio.', exp: 6, continental: true }, { word: 'mio', exp: 6, continental: true },
  { word: 'MM', exp: 6, caseSensitive: true }, { word: 'bn', exp: 9 },
  { word: 'mn', exp: 6 }, { word: 'tn', exp: 12 }, { word: 'k', exp: 3, attachedOnly: true },
  { word: 'm', exp: 6, attachedOnly: true }, { word: 'b', exp: 9, attachedOnly: true },
];

/** The scale words by their first letter in lower case, in the table's order (most words after a number start none). */
const EN_SCALES_BY_FIRST = new Map<string, ScaleWord[]>();
for (const s of EN_SCALES) {
  const first = s.word[0]!.toLowerCase();
  EN_SCALES_BY_FIRST.set(first, [...(EN_SCALES_BY_FIRST.get(first) ?? []), s]);
}

/** What may follow a spaced one-letter scale: the end, a space or punctuation that ends a phrase. */
const SPACED_LETTER_END = /^(?:$|[\s.,;:)!?])/;

/** "de"/"d'"/"di" between a French, Spanish or Italian scale and its currency ("1,2 milliard d'euros",
 * "1,2 miliardi di euro"). */
export const ROMANCE_OF = /^ (?:d['’]|de |di )/;

/** Full scale words, the only ones read across a line break, and only in lower case ("$40\n million"). */
const WRAPPABLE_SCALE = /^(?:thousand|million|billion|trillion)/;

/** An English scale word after a number, after up to three spaces or one line break: "2.5 billion",
 * "1.5bn", "€1,5 Mrd.", "$40\n million"; or a hyphen, as in the adjective "a $10-billion deal" (whole
 * words only: "$5-m" is not a scale). */
export function readEnScale(text: string, p: number): { end: number; exp: number; continental?: boolean } | null {
  let q = p;
  const hyphen = text.charCodeAt(q) === 45;
  let broke = false;
  if (hyphen) q++;
  else ({ end: q, broke } = skipGap(text, p));
  if (!isAsciiLetter(text.charCodeAt(q))) return null;
  const window = text.slice(q, q + 12);
  if (broke && !WRAPPABLE_SCALE.test(window)) return null;
  const lower = window.toLowerCase();
  for (const s of EN_SCALES_BY_FIRST.get(lower[0]!) ?? []) {
    // "$5 M", "$120 K", "$5 B in revenue": a capital letter one space away, alone ("$5 M&A", "$5 B-shares" are not).
    if (s.attachedOnly && q !== p && !(q === p + 1 && window.charCodeAt(0) <= 90 && SPACED_LETTER_END.test(window.slice(1, 2)))) continue;
    if (hyphen && s.exp !== 3 && s.word.length < 5) continue;
    if (!(s.caseSensitive ? window.startsWith(s.word) : lower.startsWith(s.word))) continue;
    const end = q + s.word.length;
    if (isAsciiLetter(text.charCodeAt(end))) continue;
    if (s.beforeDe && !ROMANCE_OF.test(text.slice(end, end + 4))) continue;
    return s.continental ? { end, exp: s.exp, continental: true } : { end, exp: s.exp };
  }
  return null;
}
