// Index of name patterns by their first folded characters, compiled lazily.
//
// Start-up cost matters more than anything here: the background loads the matcher when a page
// first asks for mentions, on a service worker that was likely stopped. Building the matcher from
// records only files each written name under its first two key characters; a bucket's names are
// compiled (rules, derived legal forms, clashes) the first time the text reaches a word starting
// with those two characters. The extension goes further: its buckets are compiled at build time
// and packed (packBucket, compact-index.ts), and a packed bucket's groups are decoded one third
// character at a time, as texts reach them. Inside a bucket, names are split by their third
// character, and long lists by longer prefixes (PatternTree), so a word start compares against a
// handful of names even at 16,000 entities; most words never get that far (the first-word filter).
//
// Everything about one key lives in one bucket: derived forms start like the name they come from
// (they are at least three characters long), so clashes are resolved bucket by bucket.

import { CJK, charClass, isIgnorable, isWhitespace, WORD } from './char-class';
import { foldChar } from './fold-char';
import { caseSignature, nameKey, pushDerivedForms, pushForm, type MatchRule, type NameForm } from './name-forms';

export interface NamePattern {
  /** Folded lookup key (see nameKey): the text is compared against it character by character. */
  key: string;
  /** Index into the matcher's entity list. */
  entity: number;
  /** The form as written in the data (or derived from it). */
  form: string;
  /** caseSignature(form) when caseSensitive, else empty. */
  signature: string;
  caseSensitive: boolean;
  needsCorporateWord: boolean;
  needsFullName: boolean;
  hasUpper: boolean;
  endsInWord: boolean;
  endsInCjk: boolean;
  derived: boolean;
}

/** A name as written in the data, before compilation. */
export interface WrittenName {
  text: string;
  entity: number;
  /** Tickers get no derived forms. */
  ticker: boolean;
  /** The record's match rule, when it governs this name (name-forms.ts, ruleOf). */
  rule?: MatchRule;
}

/** The patterns of one third character: a list tried in order, or a tree when the list is long. */
export type PatternGroup = NamePattern[] | PatternTree;

/** The names that share their first two key characters. */
export interface NameBucket {
  written: WrittenName[];
  /**
   * The bucket compiled at build time (packBucket): its groups are decoded one by one as texts reach
   * them; `written` then holds only names added after it (the reader's own companies).
   */
  packed?: string;
  /**
   * Filled on first use: keys of three or more characters by their third character, longest first;
   * a group of a packed bucket stays packed text until first read (groupFor).
   */
  byThird: Map<number, PatternGroup | string> | undefined;
  /** Filled on first use: keys of exactly two characters ("JD", "GV", "腾讯"), tried last. */
  pairs: NamePattern[];
}

/**
 * A long list of patterns split by their first `depth` key characters ("nasdaq:a…" apart from
 * "nasdaq:b…"): thousands of tickers share "NAS", hundreds of names share "Sha" (Shanghai …). The
 * prefixes are keyed by their hash (prefixHash), so the scanner looks one up without making a
 * string; two prefixes sharing a hash share a list, which is harmless (every pattern is compared in
 * full). `short` holds the keys shorter than `depth`, tried after the longer ones, so longest-first holds.
 */
export interface PatternTree {
  depth: number;
  byHead: Map<number, PatternGroup>;
  short: NamePattern[];
}

/** Lists up to this long are tried one by one. */
const MAX_LIST = 8;
const MAX_DEPTH = 24;
/** Tree depths go up to this (MAX_DEPTH, plus the last step of 2). */
export const MAX_HEAD = MAX_DEPTH + 2;

/**
 * The first-word filter: a bit per hash of the first word of a name's key (its first run of word
 * characters: "alibaba" of "alibaba group", "nasdaq" of "nasdaq:baba", "at" of "at&t"). A Latin
 * word in the text whose hash has no bit starts no name, and the scanner skips it without looking
 * up its bucket: most words of a text. Derived forms start with the first word of the name they
 * come from, so the written names are enough to fill it.
 */
export const FIRST_WORD_BITS = 1 << 18;

/** The hash (nextHash) of the first word of the key of a written name, or -1 if it starts with no word character (a Chinese name). */
export function firstWordHash(text: string): number {
  let hash = 0;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isIgnorable(code) || (length === 0 && isWhitespace(code))) continue;
    const folded = foldChar(code);
    if (charClass(folded) !== WORD) break;
    hash = nextHash(hash, folded);
    length++;
  }
  return length === 0 ? -1 : hash;
}

/** Marks a first word (firstWordHash) in a filter. */
export function addFirstWord(filter: Uint32Array, hash: number): void {
  if (hash < 0) return;
  const bit = hash & (FIRST_WORD_BITS - 1);
  filter[bit >>> 5]! |= 1 << (bit & 31);
}

/** One more key character into a prefix hash (kept a small integer, which Maps key fastest). */
export function nextHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) & 0x3fffffff;
}

/** The hash of a key's first `depth` characters, as the scanner computes it from the text. */
function prefixHash(key: string, depth: number): number {
  let hash = 0;
  for (let i = 0; i < depth; i++) hash = nextHash(hash, key.charCodeAt(i));
  return hash;
}

function splitList(list: NamePattern[], depth: number): PatternGroup {
  if (list.length <= MAX_LIST || depth > MAX_DEPTH) return list;
  const groups = new Map<number, NamePattern[]>();
  const short: NamePattern[] = [];
  for (const p of list) {
    if (p.key.length < depth) {
      short.push(p);
      continue;
    }
    const head = prefixHash(p.key, depth);
    const group = groups.get(head);
    if (group) group.push(p);
    else groups.set(head, [p]);
  }
  const byHead = new Map<number, PatternGroup>();
  for (const [head, group] of groups) byHead.set(head, splitList(group, depth + 2));
  return { depth, byHead, short };
}

/** Buckets by folded first character, then folded second character (0x20 stands for whitespace). */
export type NameBuckets = Map<number, Map<number, NameBucket>>;

/** Files a written name under its first two key characters; returns false if it is not matchable. */
export function fileName(buckets: NameBuckets, name: WrittenName): boolean {
  const head = nameKey(name.text, 2);
  if (head.length < 2) return false;
  const first = head.charCodeAt(0);
  const second = head.charCodeAt(1);
  let inner = buckets.get(first);
  if (!inner) buckets.set(first, (inner = new Map()));
  let bucket = inner.get(second);
  if (!bucket) inner.set(second, (bucket = { written: [], byThird: undefined, pairs: [] }));
  bucket.written.push(name);
  return true;
}

function toPattern(form: NameForm, entity: number): NamePattern {
  return {
    key: form.key,
    entity,
    form: form.text,
    signature: form.caseSensitive ? caseSignature(form.text) : '',
    caseSensitive: form.caseSensitive,
    needsCorporateWord: form.needsCorporateWord,
    needsFullName: form.needsFullName,
    hasUpper: form.hasUpper,
    endsInWord: form.endsInWord,
    endsInCjk: form.endsInCjk,
    derived: form.derived,
  };
}

/**
 * Compiles a bucket in place (once). `entities` name the entities in clash reports, which go to
 * `conflicts`: an explicit name beats a form derived from another entity's legal name (silently:
 * that is what derived forms are for); between equals the first entity in data order wins.
 * A packed bucket with no names added only has its groups listed here: each is decoded when first read.
 */
export function compileBucket(bucket: NameBucket, entities: readonly { id: string }[], conflicts: string[]): void {
  if (bucket.byThird) return;
  if (bucket.packed !== undefined && bucket.written.length === 0) {
    const { sections, pairs } = unpackSections(bucket.packed, conflicts);
    bucket.pairs = pairs;
    bucket.byThird = sections;
    return;
  }
  const { byThird, pairs } = distribute(patternsOf(bucket, entities, conflicts));
  bucket.pairs = pairs;
  bucket.byThird = new Map();
  for (const [third, list] of byThird) bucket.byThird.set(third, splitList(list, 5));
}

/** The group of patterns whose keys have this third character, decoded now if still packed. */
export function groupFor(bucket: NameBucket, third: number): PatternGroup | undefined {
  const group = bucket.byThird?.get(third);
  if (typeof group !== 'string') return group;
  const decoded = splitList(unpackList(group, 0), 5);
  bucket.byThird!.set(third, decoded);
  return decoded;
}

/** Keys of exactly two characters apart, the others by their third character, each list longest first. */
function distribute(patterns: readonly NamePattern[]): { byThird: Map<number, NamePattern[]>; pairs: NamePattern[] } {
  const byThird = new Map<number, NamePattern[]>();
  const pairs: NamePattern[] = [];
  for (const p of patterns) {
    if (p.key.length === 2) {
      pairs.push(p);
      continue;
    }
    const third = p.key.charCodeAt(2);
    const list = byThird.get(third);
    if (list) list.push(p);
    else byThird.set(third, [p]);
  }
  for (const list of byThird.values()) list.sort((a, b) => b.key.length - a.key.length);
  return { byThird, pairs };
}

/**
 * The bucket's patterns once clashes are settled, grouped by key, keys in the order first seen: the
 * packed patterns first (the bundled data), then the written names' forms, entity by entity.
 */
export function patternsOf(bucket: NameBucket, entities: readonly { id: string }[], conflicts: string[]): NamePattern[] {
  const byKey = new Map<string, NamePattern[]>();
  if (bucket.packed !== undefined) {
    // Packed lists are in their final order, which is by key within each third character: the
    // same keys in the same relative order as when they were compiled, which is all that the
    // clash rules and the final sort see.
    const { sections, pairs } = unpackSections(bucket.packed, conflicts);
    for (const list of [...[...sections.values()].map((s) => unpackList(s, 0)), pairs]) {
      for (const p of list) {
        const same = byKey.get(p.key);
        if (same) same.push(p);
        else byKey.set(p.key, [p]);
      }
    }
  }
  // Group the written names by entity, keeping data order, and expand each entity's forms.
  let i = 0;
  while (i < bucket.written.length) {
    const entity = bucket.written[i]!.entity;
    const forms: NameForm[] = [];
    const names: string[] = [];
    for (; i < bucket.written.length && bucket.written[i]!.entity === entity; i++) {
      const w = bucket.written[i]!;
      pushForm(forms, w.text, false, w.rule);
      if (!w.ticker) names.push(w.text);
    }
    pushDerivedForms(forms, forms.length, names);
    for (const form of forms) addPattern(byKey, toPattern(form, entity), entities, conflicts);
  }
  const patterns: NamePattern[] = [];
  for (const list of byKey.values()) for (const p of list) patterns.push(p);
  return patterns;
}

// A packed bucket: its two key characters, one line per clash report ("!" and the report), then a
// section per third character ("#" and the character) and one for the two-character keys ("="),
// each with one line per pattern in final order: the entity index in base 36, one letter A–P for
// the four flags the form's text does not give, and the form. Everything else (key, signature,
// capitals, last character) is the text's.
const CLASH = 0x21; // "!"
const THIRD = 0x23; // "#"
const FLAG_BASE = 0x41; // "A"
const CASE_SENSITIVE = 1;
const NEEDS_CORPORATE_WORD = 2;
const NEEDS_FULL_NAME = 4;
const DERIVED = 8;

function packLine(p: NamePattern): string {
  const flags =
    (p.caseSensitive ? CASE_SENSITIVE : 0) | (p.needsCorporateWord ? NEEDS_CORPORATE_WORD : 0) | (p.needsFullName ? NEEDS_FULL_NAME : 0) | (p.derived ? DERIVED : 0);
  return `${p.entity.toString(36)}${String.fromCharCode(FLAG_BASE + flags)}${p.form}`;
}

/** A bucket compiled now, as one string (build time); `patterns` in patternsOf order. */
export function packBucket(first: number, second: number, patterns: readonly NamePattern[], conflicts: readonly string[]): string {
  const { byThird, pairs } = distribute(patterns);
  const lines = [String.fromCharCode(first, second)];
  for (const c of conflicts) lines.push(`!${c}`);
  for (const [third, list] of byThird) lines.push(`#${String.fromCharCode(third)}`, ...list.map(packLine));
  if (pairs.length > 0) lines.push('=', ...pairs.map(packLine));
  for (const line of lines) if (line.includes('\n')) throw new Error(`a name with a line break cannot be packed: ${JSON.stringify(line)}`);
  return lines.join('\n');
}

/** A packed bucket's sections, each left packed but for the pairs; its clash reports go to `conflicts`. */
function unpackSections(packed: string, conflicts: string[]): { sections: Map<number, string>; pairs: NamePattern[] } {
  let at = packed.indexOf('\n');
  while (at >= 0 && packed.charCodeAt(at + 1) === CLASH) {
    const end = packed.indexOf('\n', at + 1);
    conflicts.push(packed.slice(at + 2, end < 0 ? packed.length : end));
    at = end;
  }
  // Form lines start with a base-36 digit, so "\n#" opens a section and "\n=\n" the pairs.
  const pairsAt = packed.indexOf('\n=\n');
  const thirdsEnd = pairsAt < 0 ? packed.length : pairsAt;
  const sections = new Map<number, string>();
  while (at >= 0 && at < thirdsEnd && packed.charCodeAt(at + 1) === THIRD) {
    const next = packed.indexOf('\n#', at + 1);
    const end = next < 0 || next > thirdsEnd ? thirdsEnd : next;
    sections.set(packed.charCodeAt(at + 2), packed.slice(at + 3, end));
    at = end;
  }
  return { sections, pairs: pairsAt < 0 ? [] : unpackList(packed.slice(pairsAt + 2), 0) };
}

/** The patterns of a packed section: one per line, each after a line break, from `from` on. */
function unpackList(section: string, from: number): NamePattern[] {
  const list: NamePattern[] = [];
  let at = section.indexOf('\n', from);
  while (at >= 0) {
    const start = at + 1;
    at = section.indexOf('\n', start);
    const end = at < 0 ? section.length : at;
    let j = start;
    for (let c = section.charCodeAt(j); (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a); c = section.charCodeAt(++j));
    list.push(packedPattern(section.slice(j + 1, end), parseInt(section.slice(start, j), 36), section.charCodeAt(j) - FLAG_BASE));
  }
  return list;
}

/** The pattern toPattern(makeForm(…)) gives for this form, from the flags its text does not tell. */
function packedPattern(form: string, entity: number, flags: number): NamePattern {
  const caseSensitive = (flags & CASE_SENSITIVE) !== 0;
  const last = charClass(form.charCodeAt(form.length - 1));
  return {
    key: nameKey(form),
    entity,
    form,
    signature: caseSensitive ? caseSignature(form) : '',
    caseSensitive,
    needsCorporateWord: (flags & NEEDS_CORPORATE_WORD) !== 0,
    needsFullName: (flags & NEEDS_FULL_NAME) !== 0,
    hasUpper: form !== form.toLowerCase(),
    endsInWord: last === WORD,
    endsInCjk: last === CJK,
    derived: (flags & DERIVED) !== 0,
  };
}

function addPattern(
  byKey: Map<string, NamePattern[]>,
  pattern: NamePattern,
  entities: readonly { id: string }[],
  conflicts: string[],
): void {
  const existing = byKey.get(pattern.key);
  if (!existing) {
    byKey.set(pattern.key, [pattern]);
    return;
  }
  // Several spellings of one entity may fold to one key ("HKEX", "HKEx"): keep them all.
  if (existing.every((p) => p.entity === pattern.entity)) {
    existing.push(pattern);
    return;
  }
  const existingExplicit = existing.some((p) => !p.derived);
  if (pattern.derived && existingExplicit) return;
  // The first word of two legal names ("Merck" of "Merck & Co." and "Merck KGaA"): the first record keeps it, unreported;
  // it matches only before a legal word, where the longer written name wins anyway.
  if (pattern.derived && pattern.needsCorporateWord) return;
  if (!pattern.derived && !existingExplicit) {
    byKey.set(pattern.key, [pattern]);
    return;
  }
  const owner = entities[existing[0]?.entity ?? 0]?.id ?? '?';
  conflicts.push(`"${pattern.form}": kept for ${owner}, not for ${entities[pattern.entity]?.id ?? '?'}`);
}
