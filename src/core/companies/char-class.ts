// Character classes that decide where a company name may start and end.
//
// Latin-script names need word boundaries ("Ant" must not match inside "Antique"), while Chinese and
// Japanese text has no spaces between words, so a CJK character never glues onto a name: both
// "阿里巴巴和腾讯" and "在Google的" must match. Korean (Hangul) is treated like CJK because particles
// attach directly to names ("Google은").

/** Not part of a word: spaces, punctuation, symbols, lone surrogates. */
export const OTHER = 0;
/** Letter, digit, combining mark or underscore of a space-separated script (Latin, Cyrillic, …). */
export const WORD = 1;
/** Han, kana or Hangul: scripts written without spaces between words. */
export const CJK = 2;

export type CharClass = typeof OTHER | typeof WORD | typeof CJK;

const WORD_RE = /[\p{L}\p{N}\p{M}_]/u;
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u30FC]/u;

// Memo of the class of every BMP code unit, filled lazily (0 = not computed yet, else class + 1).
// 64 KB once per content script; regex tests run only the first time a character is seen.
const classMemo = new Uint8Array(0x10000);

function computeClass(code: number): CharClass {
  // Astral characters arrive as surrogate halves; treating them as OTHER makes emoji and rare
  // ideographs act as boundaries, which is the safe side.
  if (code >= 0xd800 && code <= 0xdfff) return OTHER;
  // Main ideograph, kana and Hangul blocks without a regex: these are most of a Chinese page.
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x3041 && code <= 0x30ff) || (code >= 0xac00 && code <= 0xd7a3)) {
    return CJK;
  }
  const s = String.fromCharCode(code);
  if (CJK_RE.test(s)) return CJK;
  return WORD_RE.test(s) ? WORD : OTHER;
}

export function charClass(code: number): CharClass {
  if (code < 0x80) {
    // ASCII fast path: digits, letters and "_" are word characters.
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f) {
      return WORD;
    }
    return OTHER;
  }
  const memo = classMemo[code] ?? 0;
  if (memo !== 0) return (memo - 1) as CharClass;
  const cls = computeClass(code);
  classMemo[code] = cls + 1;
  return cls;
}

/**
 * Horizontal whitespace that may separate the words of a name ("Ant  Group", "Ant\u00a0Group").
 * Line breaks are deliberately absent: a newline is a hard boundary, because a name split across
 * lines is usually a heading followed by body text, not one name.
 */
export function isSpaceLike(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Any whitespace, line breaks included (for compiling names, where a newline is just a typo). */
export function isWhitespace(code: number): boolean {
  return isSpaceLike(code) || (code >= 0x0a && code <= 0x0d) || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/** Invisible characters that pages put inside words (soft hyphen, zero-width space/joiners, BOM). */
export function isIgnorable(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/**
 * Whether a name may start at `index`: the previous character is not part of the same word.
 * "www.google" and "user@tencent" are not names: a dot or @ glued to a word before continues it.
 */
export function isStartBoundary(text: string, index: number): boolean {
  if (index === 0) return true;
  const prev = text.charCodeAt(index - 1);
  if (charClass(prev) === WORD) return false;
  if ((prev === 0x2e || prev === 0x40) && index >= 2 && charClass(text.charCodeAt(index - 2)) === WORD) return false;
  return true;
}

/**
 * Whether a name ending in a word character may end at `index` (exclusive).
 * Hyphens and apostrophes are boundaries ("Microsoft-backed", "OpenAI’s"); a dot or @ followed by a
 * word character is not ("Alibaba.com" is a different name than "Alibaba").
 */
export function isEndBoundary(text: string, index: number): boolean {
  if (index >= text.length) return true;
  const next = text.charCodeAt(index);
  if (charClass(next) === WORD) return false;
  if ((next === 0x2e || next === 0x40) && index + 1 < text.length && charClass(text.charCodeAt(index + 1)) === WORD) {
    return false;
  }
  return true;
}
