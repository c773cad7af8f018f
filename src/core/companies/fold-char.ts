// Character folding shared by the compiled names and the scanned text, so that the name index
// compares like with like: case, typographic apostrophes, Unicode hyphens, full-width Latin
// (common in Chinese pages: "ＯｐｅｎＡＩ") and Latin diacritics ("Nestlé") all fold to one form.

import { simplifiedOf } from './traditional-chars';

const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;

/** Typographic variants → ASCII, without changing case. */
export function normalizeChar(code: number): number {
  if (code < 0x80) return code;
  switch (code) {
    case 0x2018: // ‘
    case 0x2019: // ’ (the usual possessive and name apostrophe in edited news text)
    case 0x02bc: // ʼ
    case 0xff07: // ＇
      return APOSTROPHE;
    case 0x2010: // ‐ hyphen
    case 0x2011: // non-breaking hyphen
      return HYPHEN;
  }
  // Full-width ASCII block (U+FF01–U+FF5E) maps 1:1 onto U+0021–U+007E.
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  return code;
}

// Lowercase of each BMP code unit, filled lazily (0 = not computed yet).
const lowerMemo = new Uint16Array(0x10000);

/** normalizeChar + lowercase; characters whose lowercase is not one code unit are left as they are. */
export function foldChar(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  const normal = normalizeChar(code);
  if (normal < 0x80) return normal >= 0x41 && normal <= 0x5a ? normal + 32 : normal;
  const memo = lowerMemo[normal] ?? 0;
  if (memo !== 0) return memo;
  const lower = String.fromCharCode(normal).toLowerCase();
  let folded = lower.length === 1 ? lower.charCodeAt(0) : normal;
  // Traditional Chinese folds to simplified: "滙豐" is "汇丰" (traditional-chars.ts).
  if (folded >= 0x4e00 && folded <= 0x9fff) folded = simplifiedOf(folded);
  // Latin letters with diacritics fold to their base letter: "Nestlé" is "Nestle", "Moët" "Moet".
  if (folded >= 0xc0 && folded <= 0x24f) {
    const base = String.fromCharCode(folded).normalize('NFD').charCodeAt(0);
    if (base < 0x80) folded = base >= 0x41 && base <= 0x5a ? base + 32 : base;
  }
  lowerMemo[normal] = folded;
  return folded;
}
