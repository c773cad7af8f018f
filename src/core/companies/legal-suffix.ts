// Legal and corporate suffixes ("Holdings Ltd.", "Technology Co., Ltd.", "控股有限公司").
//
// Two uses: at compile time a legal name is stripped down to shorter forms ("Beijing Zhipu Huazhang
// Technology Co., Ltd." → "… Technology Co." → "… Technology" → "Beijing Zhipu Huazhang"), so that a
// partial legal name in the text still matches; at match time a matched name is extended over the
// suffixes that follow it, so "Xiaomi Corp." and "Tencent Holdings Ltd." are one span each.

import { charClass, isEndBoundary, isSpaceLike, WORD } from './char-class';
import { CJK_LEGAL_FORMS, HOLDING_CONTROL_AFTER, LEGAL_FORMS, type LegalForm } from './legal-forms';

/**
 * legal: a company-form word; group: "Group", "Holding(s)"; descriptor: "Technology" — counted only
 * when a legal or group word follows it ("Technology Co."), because "Baidu Technology Park" is not a
 * company name.
 */
type SuffixKind = 'legal' | 'group' | 'descriptor';

interface SuffixToken {
  text: string;
  upper: string;
  kind: SuffixKind;
  /** May follow a comma: "Baidu, Inc.", "Co., Ltd." (but not "Tencent, Group"). */
  afterComma: boolean;
  /** Stripped from legal names at compile time. "Group" is not: "Ant Group" must not become "Ant". */
  strippable: boolean;
}

function token(text: string, kind: SuffixKind, afterComma: boolean, strippable = true): SuffixToken {
  return { text, upper: text.toUpperCase(), kind, afterComma, strippable };
}

// From the one table (legal-forms.ts): legal, group and descriptor words, each with and without its
// full stop where it takes one; longest first, so "Inc." wins over "Inc" and "Corporation" over "Corp".
// "Group" and "集团" are not stripped: "Ant Group" must not become "Ant".
const fromTable = (list: readonly LegalForm[]): SuffixToken[] =>
  list
    .filter((f) => f.kind === 'legal' || f.kind === 'group' || f.kind === 'descriptor')
    .flatMap((f) => (f.dot ? [`${f.word}.`, f.word] : [f.word]).map((t) => token(t, f.kind as SuffixKind, f.comma === true, t !== 'Group' && t !== '集团')))
    .sort((a, b) => b.text.length - a.text.length);

// Mexican forms of several words ("Grupo México SAB de CV"), after a name the data writes without them.
// (Only here: the unknown-company reader reads a name word by word, up to "SA".)
const MEXICAN_FORMS = ['S.A.B. de C.V.', 'S.A. de C.V.', 'SAB de CV', 'SA de CV'].map((t) => token(t, 'legal', true, false));

const LATIN_SUFFIXES: readonly SuffixToken[] = [...fromTable(LEGAL_FORMS), ...MEXICAN_FORMS].sort((a, b) => b.text.length - a.text.length);

// Chinese company forms attach without spaces: 腾讯控股有限公司, 小米科技有限责任公司, 阿里巴巴集团.
const CJK_SUFFIXES: readonly SuffixToken[] = fromTable(CJK_LEGAL_FORMS);

// The suffixes by the first character of their text or its upper case, longest first: the common
// case, a name followed by an ordinary word, is rejected with one lookup, and a word that opens like
// a suffix ("and", "said") is compared with the few that share its first character only.
const LATIN_BY_FIRST = new Map<number, SuffixToken[]>();
for (const t of LATIN_SUFFIXES) {
  for (const c of new Set([t.text.charCodeAt(0), t.upper.charCodeAt(0)])) {
    const list = LATIN_BY_FIRST.get(c);
    if (list) list.push(t);
    else LATIN_BY_FIRST.set(c, [t]);
  }
}
const CJK_FIRST = new Set(CJK_SUFFIXES.map((t) => t.text.charCodeAt(0)));

function matchLatinToken(text: string, at: number): SuffixToken | undefined {
  const candidates = LATIN_BY_FIRST.get(text.charCodeAt(at));
  if (candidates === undefined) return undefined;
  for (const t of candidates) {
    if (!text.startsWith(t.text, at) && !text.startsWith(t.upper, at)) continue;
    const end = at + t.text.length;
    // "Co" must not match the start of "Cooper"; a token ending in "." carries its own boundary.
    if (charClass(t.text.charCodeAt(t.text.length - 1)) === WORD && !isEndBoundary(text, end)) continue;
    return t;
  }
  return undefined;
}

function matchCjkToken(text: string, at: number): SuffixToken | undefined {
  if (!CJK_FIRST.has(text.charCodeAt(at))) return undefined;
  for (const t of CJK_SUFFIXES) if (text.startsWith(t.text, at)) return t;
  return undefined;
}

export interface SuffixExtension {
  /** End of the span including the accepted suffixes. */
  end: number;
  /** How many legal or group words were accepted (descriptors alone do not count). */
  corporateWords: number;
}

/** Two names and their commas before the last name of a list ("Google, Microsoft, Amazon, Facebook"). */
const LIST_BEFORE = /[A-Z][^\s,]*(?: [A-Z][^\s,]*){0,2}, [A-Z][^\s,]*(?: [A-Z][^\s,]*){0,2}, [A-Z][^\s,]*(?: [A-Z][^\s,]*){0,2}$/;

/**
 * Extends a matched name that ends at `end` over the corporate suffixes that follow it.
 * Latin suffixes need a space (or a comma) before them and never cross a line break; Chinese suffixes
 * follow directly. A trailing descriptor without a legal word after it is given back.
 */
export function extendOverSuffixes(text: string, end: number, cjk: boolean): SuffixExtension {
  let cursor = end;
  let committed = end;
  let corporateWords = 0;
  // "Comerica Inc. in an all-stock deal", "Southern Copper Corp., controlled by": a name the data writes without the
  // full stop of its last word takes the page's, where no new sentence starts after it ("… Ltd. Hang Seng said" ends one).
  if (!cjk && text.charCodeAt(end) === 0x2e && endsInDottedForm(text, end) && /^\.(?:[,;:)]|\s+[a-z(])/.test(text.slice(end, end + 4))) cursor = committed = end + 1;
  for (;;) {
    let at = cursor;
    let tok: SuffixToken | undefined;
    if (cjk) {
      tok = matchCjkToken(text, at);
      // "成为鞍钢控股子公司": 控股 holding control is no group's word.
      if (tok?.text === '控股' && HOLDING_CONTROL_AFTER.test(text.slice(at + 2, at + 5))) tok = undefined;
    } else {
      const comma = text.charCodeAt(at) === 0x2c;
      // "Ageas SA/NV": a second form after a slash, with no space.
      const slash = !comma && text.charCodeAt(at) === 0x2f && /(?:^|\s)(?:SA|NV|AG|BV)$/.test(text.slice(Math.max(0, at - 3), at));
      if (comma || slash) at++;
      const spaceStart = at;
      while (at < text.length && isSpaceLike(text.charCodeAt(at))) at++;
      if (!comma && !slash && at === spaceStart) break;
      // "Wells Fargo & Co.", "Merck & Company": "& Co." after the name is its legal form.
      let ampersand = false;
      if (!comma && !slash && at > spaceStart && text.charCodeAt(at) === 0x26 && isSpaceLike(text.charCodeAt(at + 1))) {
        let next = at + 1;
        while (next < text.length && isSpaceLike(text.charCodeAt(next))) next++;
        // ("Amazon, Alibaba, Netflix & Co.": after a list of names, "& Co." is "and the like", no legal form.)
        ampersand = /^Co(?:\.|mpany\b|\b)/.test(text.slice(next, next + 8)) && !LIST_BEFORE.test(text.slice(Math.max(0, end - 80), end));
        if (ampersand) at = next;
      }
      tok = matchLatinToken(text, at);
      if (tok && ampersand && !/^Co/.test(tok.text)) tok = undefined;
      if (tok && slash && tok.kind !== 'legal') tok = undefined;
      if (tok && comma && !tok.afterComma) tok = undefined;
    }
    if (!tok) break;
    cursor = at + tok.text.length;
    if (tok.kind !== 'descriptor') {
      committed = cursor;
      corporateWords++;
    }
  }
  return { end: committed, corporateWords };
}

/** Whether the word ending at `end` is a legal form that takes a full stop ("Inc", "Corp", "Co"). */
function endsInDottedForm(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && start > end - 6 && charClass(text.charCodeAt(start - 1)) === WORD) start--;
  return start < end && (start === 0 || charClass(text.charCodeAt(start - 1)) !== WORD) && DOTTED_FORMS.has(text.slice(start, end));
}

const DOTTED_FORMS: ReadonlySet<string> = new Set(LATIN_SUFFIXES.filter((t) => t.text.endsWith('.') && !t.text.slice(0, -1).includes('.')).map((t) => t.text.slice(0, -1)));

/**
 * The shorter forms of a name obtained by stripping legal suffixes one at a time, longest first,
 * e.g. "Alibaba Group Holding Limited" → ["Alibaba Group Holding", "Alibaba Group"].
 * Does not include the name itself.
 */
export function strippedForms(name: string): string[] {
  const forms: string[] = [];
  let current = name.trim();
  for (;;) {
    const next = stripOneSuffix(current);
    if (next === undefined || next.length === 0) break;
    forms.push(next);
    current = next;
  }
  return forms;
}

// Strippable suffixes by their exact text (and upper case), for one lookup per name at compile time.
const LATIN_STRIPPABLE = new Map<string, SuffixToken>();
for (const t of LATIN_SUFFIXES) {
  if (!t.strippable) continue;
  LATIN_STRIPPABLE.set(t.text, t);
  LATIN_STRIPPABLE.set(t.upper, t);
}

function stripOneSuffix(name: string): string | undefined {
  if (name.length === 0) return undefined;
  // Chinese forms only after a CJK character (cheap test first: most names are Latin).
  if (name.charCodeAt(name.length - 1) >= 0x3400) {
    for (const t of CJK_SUFFIXES) {
      if (t.strippable && name.endsWith(t.text)) return name.slice(0, -t.text.length);
    }
  }
  // Only whole words: "Fidelity Co" yes, "Taco" no. The suffix is the text after the last space or comma.
  let cut = name.length - 1;
  while (cut >= 0 && name.charCodeAt(cut) !== 0x20 && name.charCodeAt(cut) !== 0x2c) cut--;
  if (cut < 0 || !LATIN_STRIPPABLE.has(name.slice(cut + 1))) return undefined;
  let end = cut;
  // Drop the separators before it: "Baidu, Inc." → "Baidu", "JPMorgan Chase & Co." → "JPMorgan Chase".
  while (end > 0 && /[\s,&]/.test(name[end - 1] ?? '')) end--;
  return name.slice(0, end);
}
