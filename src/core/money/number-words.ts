// English number words before a scale: "half a billion", "three million", "twenty-five billion",
// "one and a half billion", "two hundred million", and the vague plurals "hundreds of millions",
// "tens of billions", "several million".
//
// The scanner does not look at every word: it jumps to the next scale word (hundred, thousand,
// million, billion, trillion) and asks `readNumberWords` to look back a few words for the numeral
// that owns it. Both directions are bounded (MAX_WORDS), so the scan stays linear.

import { isAsciiLetter } from './numbers';

/** Where a number-word amount may be anchored: the scanner's second trigger. */
export const SCALE_WORD_TRIGGER = /hundred|thousand|million|billion|trillion|lakh|crore/gi;

const SMALL: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** With the Indian lakh (10⁵) and crore (10⁷): "fifty crore rupees", "two lakh crore rupees". */
const SCALES: Record<string, number> = { hundred: 2, thousand: 3, lakh: 5, million: 6, crore: 7, billion: 9, trillion: 12 };
/** Words that may stand before the scale word inside a numeral (looked back over). */
const LEADING = new Set([...Object.keys(SMALL), 'half', 'and', 'several', 'few', 'couple', 'tens', 'dozens', 'hundreds', 'of', 'point']);

/** Words of size between the article and the scale: "a cool million dollars", "a whopping billion euros". */
const SIZE_WORDS = new Set(['cool', 'whopping', 'staggering', 'mere', 'full', 'round', 'hefty', 'tidy']);

/** At most this many words on each side of the anchor: keeps the look-back constant. */
const MAX_WORDS = 8;

export interface WordNumeral {
  start: number;
  end: number;
  lo: number;
  hi: number;
  /** A vague amount ("several million", "hundreds of millions") read as an honest range. */
  vague: boolean;
  /** Ends in a plural scale ("hundreds of millions"): the currency follows as "of dollars". */
  plural: boolean;
  /** Starts with the article ("a billion"); "a billion-dollar company" is an idiom, not an amount. */
  article: boolean;
  /** Holds a scale of a thousand or more ("two thousand", "a million"); "one hundred and fifty" does not. */
  large: boolean;
  /** Said roughly: "a couple hundred dollars" is about two hundred. */
  about: boolean;
}

interface Word {
  start: number;
  end: number;
  w: string;
}

/** The ASCII word ending at `end` (exclusive), or null. */
function wordBefore(text: string, end: number): Word | null {
  let s = end;
  while (s > 0 && end - s < 12 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
  if (s === end || isAsciiLetter(text.charCodeAt(s - 1))) return null;
  return { start: s, end, w: text.slice(s, end).toLowerCase() };
}

/** The ASCII word starting at `start`, or null. */
function wordAt(text: string, start: number): Word | null {
  let e = start;
  while (e - start < 12 && isAsciiLetter(text.charCodeAt(e))) e++;
  if (e === start || isAsciiLetter(text.charCodeAt(e))) return null;
  return { start, end: e, w: text.slice(start, e).toLowerCase() };
}

const isSep = (c: number) => c === 32 || c === 45 || c === 0xa0;

/** The next word after `p`, across one space or hyphen. */
function nextWord(text: string, p: number): Word | null {
  return isSep(text.charCodeAt(p)) ? wordAt(text, p + 1) : null;
}

/** Start of the numeral that owns the scale word at `anchor`, looking back over number words. */
function numeralStart(text: string, anchor: number): number | null {
  let start: number | null = null;
  let p = anchor;
  for (let n = 0; n < MAX_WORDS; n++) {
    if (!isSep(text.charCodeAt(p - 1))) break;
    const w = wordBefore(text, p - 1);
    // ("a quarter million": "quarter" only right before the scale; "a quarter of a billion" is a fraction.)
    if (!w || !(LEADING.has(w.w) || (n === 0 && (w.w === 'quarter' || SIZE_WORDS.has(w.w))))) break;
    // "a total of three billion": the numeral starts at a number word, never at "of"/"and".
    if (w.w !== 'of' && w.w !== 'and') start = w.start;
    p = w.start;
  }
  return start;
}

/** Digits after "point": "two point five", "one point zero five". */
const DIGIT_WORDS: Record<string, number> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};

/** Before a currency word: the half of "two and a half dollars". */
const HALF_BEFORE = / and a half$/i;
/** After a scale word: "a million and a half". */
const AND_A_HALF = /^ and a half(?![A-Za-z])/i;

const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/**
 * Reads a number-word amount whose scale word starts at `anchor`. Returns null when no number word
 * owns the scale ("3 billion" is the digit scanner's; "the billion" is nothing). Vague words read as
 * ranges in the engine's convention for 数 (2–9 of the unit): "several million" = 2–9 × 10⁶,
 * "hundreds of millions" = 2–9 × 10⁸ like 数亿, "tens of billions" like 数百亿, "millions" like 数百万.
 */
export function readNumberWords(text: string, anchor: number): WordNumeral | null {
  const scale = wordAt(text, anchor);
  if (!scale) return null;
  const pluralAnchor = scale.w.endsWith('s') && SCALES[scale.w.slice(0, -1)] !== undefined;
  if (SCALES[scale.w] === undefined && !pluralAnchor) return null;
  const start = numeralStart(text, anchor) ?? (pluralAnchor ? anchor : null);
  if (start === null || continuesNumeral(text, start)) return null;
  let r = readFrom(text, start, false);
  // "between two and three million": the numeral is the part after the last "and" (the range below).
  if (!r) {
    const and = text.slice(start, anchor).toLowerCase().lastIndexOf(' and ');
    if (and >= 0) r = readFrom(text, start + and + 5, false);
  }
  // "thirty million": a low end before it takes its scale ("twenty to thirty million").
  if (r && !r.article) return withLowEnd(text, r, r.end === scale.end && !pluralAnchor ? 10 ** (SCALES[scale.w] as number) : null);
  if (!r) return r;
  // "a quarter of a million", "three-quarters of a billion": a fraction of the numeral. Read from
  // the article alone, "a million" would be a false amount.
  const of = isSep(text.charCodeAt(start - 1)) ? wordBefore(text, start - 1) : null;
  if (of?.w !== 'of') return r;
  const part = isSep(text.charCodeAt(of.start - 1)) ? wordBefore(text, of.start - 1) : null;
  if (!part) return r;
  const denominator = FRACTIONS[part.w];
  if (denominator === undefined) return PARTS.has(part.w) ? null : r;
  const count = isSep(text.charCodeAt(part.start - 1)) ? wordBefore(text, part.start - 1) : null;
  const n = count ? SMALL[count.w] : undefined;
  if (!count || n === undefined || n === 0 || n >= denominator) return null;
  return { ...r, start: count.start, lo: (r.lo * n) / denominator, hi: (r.hi * n) / denominator, article: count.w === 'a' || count.w === 'an' };
}

/**
 * The range whose high end is `r`: "twenty to thirty million", "two or three billion", "five to ten".
 * The low end takes `mult` (the high end's only scale, 1 without one) unless it has a scale of its
 * own ("two million to three million"). Read alone, the high end would be a false amount. After
 * "from" the two are a change, not a range: `r` alone then, as when no low end stands before it.
 */
function withLowEnd(text: string, r: WordNumeral, mult: number | null): WordNumeral {
  const connector = / (?:to|or|and) $|-to-$/i.exec(text.slice(Math.max(0, r.start - 5), r.start));
  if (!connector) return r;
  const end = r.start - connector[0].length;
  const last = wordBefore(text, end);
  if (!last) return r;
  const low = SCALES[last.w] !== undefined ? readFrom(text, numeralStart(text, last.start) ?? last.start, false) : readNumberWordsEndingAt(text, end, false);
  if (!low || low.end !== end || low.vague || low.start === last.start && SCALES[last.w] !== undefined) return r;
  // "from five to ten" is a change; "and" joins a range only after "between".
  const opener = wordBefore(text, low.start - 1)?.w;
  if (opener === 'from' || (opener === 'between') !== /and/i.test(connector[0])) return r;
  const value = low.large || SCALES[last.w] !== undefined ? low.lo : mult === null ? null : low.lo * mult;
  if (value === null || !(value < r.lo)) return r;
  return { ...r, start: low.start, lo: value, article: low.article };
}

/** "a quarter of", "two-thirds of", "half of": the part of the numeral that follows. */
const FRACTIONS: Record<string, number> = { half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };
/** Other words for a part of an amount: "a fraction of a billion dollars" is not a billion. */
const PARTS = new Set(['fraction', 'portion', 'share', 'sliver', 'part', 'percent', 'tithe', 'sixth', 'eighth', 'hundredth', 'thousandth']);

/** The words before `start` are the first part of the same numeral: "two billion, five hundred
 * million" read from "five" would be a false amount. */
function continuesNumeral(text: string, start: number): boolean {
  let p = start;
  if (text.charCodeAt(p - 1) !== 32) return false;
  p--;
  if (text.charCodeAt(p - 1) === 44) p--;
  const w = wordBefore(text, p);
  return !!w && (SCALES[w.w] !== undefined || w.w === 'point');
}

/** Words a numeral that ends without a scale word may hold ("one hundred and fifty", "twenty-five"). */
const IN_NUMERAL = new Set([...Object.keys(SMALL), ...Object.keys(SCALES), 'and', 'point']);

/**
 * The number-word amount that ends with the word ending at `end`, a number word of its own and not
 * a scale ("twenty-five" of "twenty-five dollars", "one hundred and fifty" of "… pounds", "one" of
 * "one Swiss franc"). The caller has found the currency word after it: without one, words like
 * "one" and "ten" are everywhere. Null when the words before do not make one numeral ending there.
 */
export function readNumberWordsEndingAt(text: string, end: number, range = true): WordNumeral | null {
  const last = wordBefore(text, end);
  // "two and a half dollars": a numeral, then a half.
  if (last?.w === 'half') {
    const half = HALF_BEFORE.exec(text.slice(Math.max(0, end - 12), end));
    const whole = half && readNumberWordsEndingAt(text, end - half[0].length, false);
    return whole && !whole.vague && Number.isInteger(whole.lo) ? { ...whole, end, lo: whole.lo + 0.5, hi: whole.hi + 0.5 } : null;
  }
  if (!last || SMALL[last.w] === undefined || last.w === 'a' || last.w === 'an') return null;
  let start = last.start;
  let p = last.start;
  for (let n = 0; n < MAX_WORDS; n++) {
    if (!isSep(text.charCodeAt(p - 1))) break;
    const w = wordBefore(text, p - 1);
    if (!w || !IN_NUMERAL.has(w.w)) break;
    if (w.w !== 'and') start = w.start;
    p = w.start;
  }
  if (continuesNumeral(text, start)) return null;
  let r = readFrom(text, start, true);
  // "between five and ten": the numeral is the part after the last "and".
  if (!r || r.end !== end) {
    const and = text.slice(start, end).toLowerCase().lastIndexOf(' and ');
    if (and >= 0) r = readFrom(text, start + and + 5, true);
  }
  if (!r || r.end !== end || r.vague) return null;
  return range ? withLowEnd(text, r, 1) : r;
}

/** The number-word amount that ends one, two or three words before the currency word at `head`
 * ("twenty-five dollars", "one Swiss franc", "ninety Hong Kong dollars"); the nearest wins. */
export function numberWordsBefore(text: string, head: number): WordNumeral | null {
  let b = head;
  for (let k = 0; k < 3; k++) {
    if (!isSep(text.charCodeAt(b - 1))) return null;
    const r = readNumberWordsEndingAt(text, b - 1);
    if (r) return r;
    const w = wordBefore(text, b - 1);
    if (!w) return null;
    b = w.start;
  }
  return null;
}

/** Reads the numeral starting at `start`; `bare` lets it end on a number word that is not a scale. */
function readFrom(text: string, start: number, bare: boolean): WordNumeral | null {
  let total = 0;
  let totalHi = 0;
  let group = 0;
  let groupHi = 0;
  let vague = false;
  let plural = false;
  // The numeral so far is complete only after a scale word: [end, lo, hi] of the last complete reading.
  let end = -1;
  let lo = 0;
  let hi = 0;
  let prev = '';
  let large = false;
  let about = false;
  /** The last scale word's exponent: a larger one right after it multiplies ("a thousand million"). */
  let lastExp = 0;
  let w = wordAt(text, start);
  const article = w?.w === 'a' || w?.w === 'an';
  for (let n = 0; w && n < MAX_WORDS * 2; n++, prev = w.w, w = nextWord(text, w.end)) {
    const word = w.w;
    const small = SMALL[word];
    if (word === 'and' || word === 'of') {
      // "one hundred and fifty", "one and a half billion", "hundreds of millions".
      if (n === 0) return null;
      continue;
    }
    if (word === 'a' || word === 'an') {
      // "a billion"; "half a billion", "and a half", "a few million": the article only joins.
      const next = nextWord(text, w.end);
      if (prev === 'half' || prev === 'and' || (prev === 'of' && group === 0.5 && total === 0)
        || (n === 0 && (next?.w === 'half' || next?.w === 'few' || next?.w === 'couple' || next?.w === 'quarter'))) continue;
      // "a cool million": the size word after the article, then the scale.
      if (n === 0 && next && SIZE_WORDS.has(next.w) && SCALES[nextWord(text, next.end)?.w ?? ''] !== undefined) {
        group = 1;
        groupHi = 1;
        w = next;
        continue;
      }
      if (n !== 0) break;
      group = 1;
      groupHi = 1;
    } else if (small !== undefined) {
      if (group % 100 !== 0 && !(TENS.has(prev) && small < 10)) break; // "five six", "twenty thirty"
      group += small;
      groupHi += small;
      if (bare) {
        end = w.end;
        lo = total + group;
        hi = totalHi + groupHi;
        plural = false;
      }
    } else if (word === 'point') {
      // "two point five million": the digit words after the point are decimals.
      let digits = '';
      for (let d = nextWord(text, w.end); d && DIGIT_WORDS[d.w] !== undefined && digits.length < 6; d = nextWord(text, d.end)) {
        digits += DIGIT_WORDS[d.w];
        w = d;
      }
      if (!digits || vague || !Number.isInteger(group) || group >= 1000) return null;
      group = Number(`${group}.${digits}`);
      groupHi = group;
      if (bare) {
        end = w.end;
        lo = total + group;
        hi = totalHi + groupHi;
        plural = false;
      }
    } else if (word === 'half') {
      group += 0.5;
      groupHi += 0.5;
    } else if (word === 'quarter') {
      // "a quarter million dollars" (with "of", "a quarter of a million" is read as a fraction below).
      if (prev !== 'a' || group !== 0 || SCALES[nextWord(text, w.end)?.w ?? ''] === undefined) break;
      group = 0.25;
      groupHi = 0.25;
    } else if (word === 'couple') {
      // "a couple hundred dollars", "a couple of million": about two of the scale (not "a couple of
      // bucks": without a scale the words are not read as a numeral at all).
      if (prev !== 'a' || group !== 0) break;
      group = 2;
      groupHi = 2;
      about = true;
    } else if (word === 'several' || word === 'few') {
      group = 2;
      groupHi = 9;
      vague = true;
    } else if (word === 'tens' || word === 'dozens' || word === 'hundreds') {
      // "dozens of millions" is read like "tens of millions" (read from "millions" alone it was 2–9 million).
      group = word === 'hundreds' ? 200 : 20;
      groupHi = word === 'hundreds' ? 900 : 90;
      vague = true;
      // "hundreds of dollars": complete unless a scale follows ("hundreds of millions").
      end = w.end;
      lo = total + group;
      hi = totalHi + groupHi;
      plural = true;
    } else {
      const plain = SCALES[word];
      const pl = plain === undefined && word.endsWith('s') ? SCALES[word.slice(0, -1)] : undefined;
      const exp = plain ?? pl;
      if (exp === undefined || (pl === 2 && !vague)) break;
      if (pl !== undefined && !vague) {
        group = 2;
        groupHi = 9;
        vague = true;
      }
      if (exp > 2) large = true;
      if (exp === 2) {
        group = (group || 1) * 100;
        groupHi = (groupHi || 1) * 100;
      } else if (group === 0 && total > 0 && exp > lastExp) {
        // "a thousand million", "two lakh crore": the larger scale multiplies the numeral so far (added,
        // "a thousand million" was 1,001,000).
        total *= 10 ** exp;
        totalHi *= 10 ** exp;
      } else {
        total += Number(`${group || 1}e${exp}`);
        totalHi += Number(`${groupHi || 1}e${exp}`);
        group = 0;
        groupHi = 0;
        // "a million and a half dollars": half the scale more (read to the scale, "a million dollars"
        // did not reach its currency).
        const half = vague ? null : AND_A_HALF.exec(text.slice(w.end, w.end + 12));
        if (half) {
          total += Number(`5e${exp - 1}`);
          totalHi += Number(`5e${exp - 1}`);
          w = { start: w.end + 1, end: w.end + half[0].length, w: 'half' };
        }
      }
      lastExp = exp;
      end = w.end;
      lo = total + group;
      hi = totalHi + groupHi;
      plural = pl !== undefined;
      if (vague && exp > 2) break;
    }
  }
  if (end < 0 || !(lo > 0)) return null;
  return { start, end, lo, hi, vague, plural, article, large, about };
}

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/**
 * The cents said after a whole amount and its currency word, without "cents": "a dollar fifty" (0.50),
 * "two euros twenty-five", "a pound 20". Read from `p`, just after the currency word: one space, then
 * a number from 1 to 99 in words or two digits. Null when none stands there; the caller checks that
 * the phrase ends after it ("a dollar fifty times" is not money).
 */
export function minorPartAt(text: string, p: number): { end: number; value: number } | null {
  if (text.charCodeAt(p) !== 32) return null;
  const q = p + 1;
  const d0 = text.charCodeAt(q) - 48;
  if (d0 >= 0 && d0 <= 9) {
    const d1 = text.charCodeAt(q + 1) - 48;
    const c = text.charCodeAt(q + 2);
    if (!(d1 >= 0 && d1 <= 9) || (c >= 48 && c <= 57) || isAsciiLetter(c) || c === 37 || (c === 46 && text.charCodeAt(q + 3) >= 48 && text.charCodeAt(q + 3) <= 57)) return null;
    const v = d0 * 10 + d1;
    return v > 0 ? { end: q + 2, value: v } : null;
  }
  const w = wordAt(text, q);
  const v = w ? SMALL[w.w] : undefined;
  if (!w || v === undefined || v === 0 || v >= 100 || w.w === 'a' || w.w === 'an') return null;
  // "twenty-five", "forty five": a unit after a tens word.
  if (TENS.has(w.w) && (text.charCodeAt(w.end) === 45 || text.charCodeAt(w.end) === 32)) {
    const u = wordAt(text, w.end + 1);
    const k = u ? UNITS.indexOf(u.w) : -1;
    if (u && k >= 0) return { end: u.end, value: v + k + 1 };
  }
  return { end: w.end, value: v };
}
