// Turns one CompanyRecord into the surface forms the matcher looks for, each with its matching
// rule. Kept apart from the index so the rules can be tested on their own.

import type { CompanyRecord } from '../types';
import { CJK, charClass, isIgnorable, isWhitespace, OTHER, WORD } from './char-class';
import { foldChar, normalizeChar } from './fold-char';
import { strippedForms } from './legal-suffix';

export interface NameForm {
  /** The form as written (or derived), e.g. "Tencent Holdings". */
  text: string;
  /** Lookup key: folded characters, whitespace runs as one space. */
  key: string;
  /** True when the text must have the exact capitalisation of `text`. */
  caseSensitive: boolean;
  /** True when a legal or group word must follow ("Ant" → only "Ant Group", "Ant Co."). */
  needsCorporateWord: boolean;
  /** True when the form counts only on a page that names the company in full (match "after-full-name"). */
  needsFullName: boolean;
  /** Derived from a legal name by stripping suffixes; loses to any explicit form of another entity. */
  derived: boolean;
  /** The form has capitals, so all-lowercase text ("google it") does not match it. */
  hasUpper: boolean;
  /** Last character is a word character: the text must have a boundary after the match. */
  endsInWord: boolean;
  /** Last character is CJK: Chinese company suffixes (有限公司) may follow directly. */
  endsInCjk: boolean;
}

/**
 * Whether toLowerCase() alone already gives the key: printable ASCII with single inner spaces, or
 * CJK ideographs. Most names qualify, and the native call is much cheaper in a cold content script.
 */
function isPlainName(text: string): boolean {
  let prevSpace = true; // also rejects a leading space
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (code > 0x20 && code < 0x7f) continue;
    if (code >= 0x4e00 && code <= 0x9fff) continue;
    return false;
  }
  return !prevSpace;
}

/**
 * Folds a name the way the scanner folds text, so both meet in the name index. With `limit`, stops
 * after that many key characters (the index buckets names by their first characters).
 */
export function nameKey(text: string, limit = Infinity): string {
  if (isPlainName(text)) return (limit < text.length ? text.slice(0, limit) : text).toLowerCase();
  let key = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isIgnorable(code)) continue;
    if (isWhitespace(code)) {
      pendingSpace = key.length > 0;
      continue;
    }
    if (pendingSpace) key += ' ';
    pendingSpace = false;
    if (key.length >= limit) break;
    key += String.fromCharCode(foldChar(code));
  }
  return key.length > limit ? key.slice(0, limit) : key;
}

/** Capitalisation fingerprint: normalised characters without spaces or invisible characters. */
export function caseSignature(text: string): string {
  let sig = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isIgnorable(code) || isWhitespace(code)) continue;
    sig += String.fromCharCode(normalizeChar(code));
  }
  return sig;
}

/**
 * A name must start with a letter, digit or CJK character: the scanner only tries such positions,
 * and a name of punctuation alone would match everywhere. One-character names are skipped too.
 */
function isMatchable(key: string): boolean {
  return key.length >= 2 && charClass(key.charCodeAt(0)) !== OTHER;
}

/** "SAP", "GIC", "M12": short all-capitals forms whose mixed-case spellings are often other words. */
function isShortAcronym(text: string): boolean {
  if (text.length > 4) return false;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) capitals++;
    else if (!((code >= 0x30 && code <= 0x39) || code === 0x26)) return false;
  }
  return capitals > 0;
}

export type MatchRule = NonNullable<CompanyRecord['match']>;

function makeForm(text: string, derived: boolean, rule?: MatchRule): NameForm {
  const last = charClass(text.charCodeAt(text.length - 1));
  return {
    text,
    key: nameKey(text),
    caseSensitive: rule === 'case-sensitive' || rule === 'corporate-word' || isShortAcronym(text),
    // "111" (111, Inc.) or "360" alone is a number: a name of digits needs its legal word.
    needsCorporateWord: rule === 'corporate-word' || /^\d+$/.test(text),
    needsFullName: rule === 'after-full-name',
    derived,
    hasUpper: text !== text.toLowerCase(),
    endsInWord: last === WORD,
    endsInCjk: last === CJK,
  };
}

/**
 * Derived forms are kept only when they are still specific: several words ("Beijing Zhipu
 * Huazhang"), or a Chinese name of 4+ characters. A single stripped word like "Sea" (from "Sea
 * Limited") would bypass the rules that the data's explicit short names carry.
 */
function isSpecificEnough(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isWhitespace(text.charCodeAt(i))) return true;
  const first = text.charCodeAt(0);
  return charClass(first) === CJK && text.length >= 4;
}

/** Tickers as written in the data ("NYSE:BABA") and with the space many articles put after the colon. */
function tickerForms(ticker: string): string[] {
  const colon = ticker.indexOf(':');
  if (colon <= 0) return [ticker];
  return [ticker, `${ticker.slice(0, colon)}: ${ticker.slice(colon + 1)}`];
}

/** Adds a form unless it is unmatchable or already there with the same text. */
export function pushForm(forms: NameForm[], text: string, derived: boolean, rule?: MatchRule): void {
  const form = makeForm(text, derived, rule);
  if (!isMatchable(form.key)) return;
  // Linear scan: a record has a handful of forms, cheaper than a Set of joined strings.
  for (const f of forms) if (f.key === form.key && f.text === form.text) return;
  forms.push(form);
}

const FIELDS = ['name', 'legalNames', 'shortNames', 'aliases', 'formerNames', 'zh'] as const;

/**
 * Which written names the record's `match` rule governs: its one-word short forms (a Latin name
 * without a space, a Chinese name of up to four characters), never its legal names. "Ant Group" and
 * "Meta Platforms" are specific as they stand; "Ant" and "Meta" are not. "after-full-name" also
 * governs short forms of several words ("Best Buy").
 */
function ruleOf(record: CompanyRecord, field: (typeof FIELDS)[number], text: string): MatchRule | undefined {
  if (!record.match || field === 'legalNames') return undefined;
  // "Best Buy", "Home Depot": a short phrase of ordinary words waits for the full name like a single
  // word; the record's own name of several words ("Delta Air Lines") is specific as it stands.
  const spaced = [...text].some((c) => isWhitespace(c.charCodeAt(0)));
  // A former name of several words was the company's full name in its day ("Compagnie de Suez"): it waits for nothing.
  // A name of several words that are each an ordinary word after a nationality is case-sensitive when the record says so:
  // "British Steel", not "the collapse of British steel".
  if (spaced) return (record.match === 'after-full-name' && field !== 'name' && field !== 'formerNames') || record.match === 'case-sensitive' ? record.match : undefined;
  // A Chinese name of four characters or more ("达美航空") is specific too.
  return charClass(text.charCodeAt(0)) === CJK && text.length >= 4 ? undefined : record.match;
}

/** The names written in the record, trimmed, in field order, with the rule each obeys; tickers in both spellings. */
export function explicitNamesOf(record: CompanyRecord): { names: string[]; rules: (MatchRule | undefined)[]; tickers: string[] } {
  const names: string[] = [];
  const rules: (MatchRule | undefined)[] = [];
  for (const field of FIELDS) {
    const value = record[field];
    const list = typeof value === 'string' ? [value] : (value ?? []);
    for (const raw of list) {
      const text = raw.trim();
      if (text.length === 0) continue;
      names.push(text);
      rules.push(ruleOf(record, field, text));
    }
  }
  const tickers: string[] = [];
  for (const ticker of record.tickers ?? []) tickers.push(...tickerForms(ticker));
  return { names, rules, tickers };
}

/** Shorter forms of a name that are still specific enough to match on their own. */
export function derivedNamesOf(text: string): string[] {
  return strippedForms(text).filter(isSpecificEnough);
}

/**
 * Adds the derived forms of `texts` to `forms`, skipping those whose key equals one of the first
 * `explicitCount` forms (the same name written out in the data).
 */
export function pushDerivedForms(forms: NameForm[], explicitCount: number, texts: readonly string[]): void {
  for (const text of texts) {
    // "Merck & Co." is written "Merck & Co" too; stripping takes "& Co." off whole, so the bare spelling is its own form.
    if (text.endsWith(' & Co.') && !hasKey(forms, explicitCount, nameKey(text.slice(0, -1)))) pushForm(forms, text.slice(0, -1), true);
    for (const stripped of strippedForms(text)) {
      if (hasKey(forms, explicitCount, nameKey(stripped))) continue;
      if (isSpecificEnough(stripped)) pushForm(forms, stripped, true);
      // "Sumitomo Corporation" → "Sumitomo", only with a legal or group word after it, as written:
      // "Sumitomo Corp", "Sumitomo Co Ltd" name the company; "Sumitomo" alone may be another of its name.
      else if (isCapitalisedWord(stripped)) pushForm(forms, stripped, true, 'corporate-word');
    }
  }
}

/** One Latin word of four letters or more that opens with a capital, or an acronym of three ("Sumitomo", "MCA"; not "Sea", "3M"). */
function isCapitalisedWord(text: string): boolean {
  return /^(?:[A-Z][A-Za-z'’-]{3,}|[A-Z]{3,})$/.test(text);
}

function hasKey(forms: readonly NameForm[], count: number, key: string): boolean {
  for (let i = 0; i < count; i++) if (forms[i]?.key === key) return true;
  return false;
}

/**
 * Every form of a record: explicit names, tickers, then derived forms. The matcher builds the same
 * list bucket by bucket (name-index.ts); this whole-record view is for tests and diagnostics.
 */
export function nameFormsOf(record: CompanyRecord): NameForm[] {
  const { names, rules, tickers } = explicitNamesOf(record);
  const forms: NameForm[] = [];
  names.forEach((text, i) => pushForm(forms, text, false, rules[i]));
  for (const text of tickers) pushForm(forms, text, false);
  pushDerivedForms(forms, forms.length, names);
  return forms;
}
