// Latin words around a position, for the rules that read a company name from its shape and its
// context rather than from the data (unknown-companies.ts, page-links.ts).
//
// A word is a run of letters and digits; ".", ":" and "-" stay inside it when a letter or digit
// follows ("Pony.ai", "01.AI", "Run:ai", "High-Flyer"). Words of one name are separated by
// horizontal whitespace only: a newline is a hard boundary, as everywhere in the matcher.

import { isSpaceLike } from './char-class';

export interface WordSpan {
  start: number;
  end: number;
}

/** ASCII letter or digit, or a Latin-1/Latin Extended-A/B letter (Société, Zürich). */
export function isLatinWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;
}

function isUpperCode(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase();
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isInnerJoin(code: number): boolean {
  return code === 0x2e || code === 0x2d || code === 0x3a || code === 0x2010 || code === 0x2011;
}

/** A slash between two capital letters joins one word: the legal forms "A/S" and "SA/NV" (not "Dutch/Shell"). */
function isCapitalSlash(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x2f || i === 0) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return before >= 0x41 && before <= 0x5a && after >= 0x41 && after <= 0x5a;
}

/** End of the word that starts at `start` (a word character). */
export function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isLatinWordCode(code)) i++;
    else if (isInnerJoin(code) && i > start && i + 1 < n && isLatinWordCode(text.charCodeAt(i + 1)) && !(code === 0x3a && isDigitCode(text.charCodeAt(i + 1)))) i++;
    else if (isCapitalSlash(text, i)) i++;
    else break;
  }
  return i;
}

/** Start of the word that ends at `end` (exclusive; text[end - 1] is a word character). */
export function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const code = text.charCodeAt(i - 1);
    if (isLatinWordCode(code)) i--;
    else if (isInnerJoin(code) && i < end && i >= 2 && isLatinWordCode(text.charCodeAt(i - 2))) i--;
    else if (i < end && isCapitalSlash(text, i - 1)) i--;
    else break;
  }
  return i;
}

/** Start of the next word after horizontal space from `pos`, or -1 if something else comes first. */
export function nextWordStart(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isSpaceLike(text.charCodeAt(i))) i++;
  return i < text.length && isLatinWordCode(text.charCodeAt(i)) ? i : -1;
}

/** End of the previous word before horizontal space ending at `pos`, or -1. */
export function previousWordEnd(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && isSpaceLike(text.charCodeAt(i - 1))) i--;
  return i > 0 && isLatinWordCode(text.charCodeAt(i - 1)) ? i : -1;
}

/**
 * Whether a word can be part of a name: it starts with a capital ("Zhipu", "AI"), has a capital
 * after a lowercase start ("xAI", "iFlytek", "01.AI", "5Y"; not "5th"). A hyphenated word whose last part is lowercase describes rather than names
 * ("Beijing-based", "Tencent-backed").
 */
export function isNameWord(text: string, start: number, end: number): boolean {
  if (!isUpperCode(text.charCodeAt(start))) {
    let upper = false;
    for (let i = start + 1; i < end && !upper; i++) upper = isUpperCode(text.charCodeAt(i));
    if (!upper) return false;
  }
  // The last hyphen inside the word (looked for within the word only: lastIndexOf would run back
  // through the whole text when the word has none).
  let hyphen = -1;
  for (let i = end - 1; i > start && hyphen < 0; i--) if (text.charCodeAt(i) === 0x2d) hyphen = i;
  if (hyphen > start) {
    const after = text.charCodeAt(hyphen + 1);
    if (!isUpperCode(after) && !isDigitCode(after)) return false;
  }
  return true;
}

/** Whether `pos` starts a sentence: only space, an opening quote or bracket back to ". ", "!", "?", a newline or the start. */
export function isSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0) {
    const code = text.charCodeAt(i);
    if (isSpaceLike(code) || code === 0x22 || code === 0x201c || code === 0x28 || code === 0x2018) {
      i--;
      continue;
    }
    return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a || code === 0x0d || code === 0x3a;
  }
  return true;
}
