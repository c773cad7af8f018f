// Index of name patterns by their first folded characters, compiled lazily.
//
// Start-up cost matters more than anything here: the matcher is built by the content script on
// every page. A character trie was the first design, but it allocates one Map per trie node
// (≈15,000 for 250 entities). Now building the matcher only files each written name under its
// first two key characters; a bucket's names are compiled (rules, derived legal forms, clashes)
// the first time the text reaches a word starting with those two characters. A typical article
// touches a fraction of the buckets. Inside a compiled bucket, names are split by their third
// character, so a word start compares against a handful of names even at 1,000 entities.
//
// Everything about one key lives in one bucket: derived forms start like the name they come from
// (they are at least three characters long), so clashes are resolved bucket by bucket.

import { CJK, charClass, WORD } from './char-class';
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

/** The names that share their first two key characters. */
export interface NameBucket {
  written: WrittenName[];
  /**
   * The bucket's patterns as compiled at build time (packBucket), decoded on first use; `written`
   * then holds only names added after it (the reader's own companies).
   */
  packed?: string;
  /** Filled on first use: keys of three or more characters by their third character, longest first. */
  byThird: Map<number, NamePattern[]> | undefined;
  /** Filled on first use: keys of exactly two characters ("JD", "GV", "腾讯"), tried last. */
  pairs: NamePattern[];
  /** Filled on first use: the byThird lists too long to try one by one, split by longer prefixes. */
  long?: Map<number, PatternTree>;
}

/**
 * A long list of patterns split by the first `depth` key characters ("nasdaq:a…" apart from
 * "nasdaq:b…"): thousands of tickers share "NAS", hundreds of names share "Sha" (Shanghai …).
 * `short` holds the keys shorter than `depth`, tried after the longer ones, so longest-first holds.
 */
export interface PatternTree {
  depth: number;
  byPrefix: Map<string, PatternTree | NamePattern[]>;
  short: NamePattern[];
}

/** Lists up to this long are tried one by one. */
const MAX_LIST = 8;
const MAX_DEPTH = 24;

function splitList(list: NamePattern[], depth: number): PatternTree | NamePattern[] {
  if (list.length <= MAX_LIST || depth > MAX_DEPTH) return list;
  const groups = new Map<string, NamePattern[]>();
  const short: NamePattern[] = [];
  for (const p of list) {
    if (p.key.length < depth) {
      short.push(p);
      continue;
    }
    const head = p.key.slice(0, depth);
    const group = groups.get(head);
    if (group) group.push(p);
    else groups.set(head, [p]);
  }
  const byPrefix = new Map<string, PatternTree | NamePattern[]>();
  for (const [head, group] of groups) byPrefix.set(head, splitList(group, depth + 2));
  return { depth, byPrefix, short };
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
 */
export function compileBucket(bucket: NameBucket, entities: readonly { id: string }[], conflicts: string[]): void {
  if (bucket.byThird) return;
  const patterns = patternsOf(bucket, entities, conflicts);
  const byThird = new Map<number, NamePattern[]>();
  for (const p of patterns) {
    if (p.key.length === 2) {
      bucket.pairs.push(p);
      continue;
    }
    const third = p.key.charCodeAt(2);
    const list = byThird.get(third);
    if (list) list.push(p);
    else byThird.set(third, [p]);
  }
  for (const [third, list] of byThird) {
    list.sort((a, b) => b.key.length - a.key.length);
    if (list.length > MAX_LIST) (bucket.long ??= new Map()).set(third, splitList(list, 5) as PatternTree);
  }
  bucket.byThird = byThird;
}

/**
 * The bucket's patterns once clashes are settled, grouped by key, keys in the order first seen: the
 * packed patterns first (the bundled data), then the written names' forms, entity by entity.
 */
export function patternsOf(bucket: NameBucket, entities: readonly { id: string }[], conflicts: string[]): NamePattern[] {
  const byKey = new Map<string, NamePattern[]>();
  if (bucket.packed !== undefined) unpackPatterns(bucket.packed, byKey, conflicts);
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

// Packed buckets: the two key characters, then one line per clash ("!" and its report) and one per
// pattern: the entity index in base 36, one letter A–P for the four flags the form's text does not
// give, and the form. Everything else (key, signature, capitals, last character) is the text's.
const SEPARATOR = '\n';
const CLASH = 0x21; // "!"
const FLAG_BASE = 0x41; // "A"
const CASE_SENSITIVE = 1;
const NEEDS_CORPORATE_WORD = 2;
const NEEDS_FULL_NAME = 4;
const DERIVED = 8;

/** A compiled bucket as one string (see unpackPatterns); `patterns` in patternsOf order. */
export function packBucket(first: number, second: number, patterns: readonly NamePattern[], conflicts: readonly string[]): string {
  const lines = [String.fromCharCode(first, second)];
  for (const c of conflicts) lines.push(`!${c}`);
  for (const p of patterns) {
    const flags =
      (p.caseSensitive ? CASE_SENSITIVE : 0) | (p.needsCorporateWord ? NEEDS_CORPORATE_WORD : 0) | (p.needsFullName ? NEEDS_FULL_NAME : 0) | (p.derived ? DERIVED : 0);
    lines.push(`${p.entity.toString(36)}${String.fromCharCode(FLAG_BASE + flags)}${p.form}`);
  }
  for (const line of lines) if (line.includes(SEPARATOR)) throw new Error(`a name with a line break cannot be packed: ${JSON.stringify(line)}`);
  return lines.join(SEPARATOR);
}

/** Adds a packed bucket's patterns to `byKey` (empty) and its clash reports to `conflicts`. */
function unpackPatterns(packed: string, byKey: Map<string, NamePattern[]>, conflicts: string[]): void {
  let list: NamePattern[] = [];
  let lastKey = '';
  let at = packed.indexOf(SEPARATOR);
  while (at >= 0) {
    const start = at + 1;
    at = packed.indexOf(SEPARATOR, start);
    const line = at < 0 ? packed.slice(start) : packed.slice(start, at);
    if (line.charCodeAt(0) === CLASH) {
      conflicts.push(line.slice(1));
      continue;
    }
    let j = 0;
    for (let c = line.charCodeAt(0); (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a); c = line.charCodeAt(++j));
    const p = packedPattern(line.slice(j + 1), parseInt(line.slice(0, j), 36), line.charCodeAt(j) - FLAG_BASE);
    // A key's patterns are packed together, keys in their first-seen order.
    if (p.key !== lastKey) byKey.set((lastKey = p.key), (list = []));
    list.push(p);
  }
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
  if (!pattern.derived && !existingExplicit) {
    byKey.set(pattern.key, [pattern]);
    return;
  }
  const owner = entities[existing[0]?.entity ?? 0]?.id ?? '?';
  conflicts.push(`"${pattern.form}": kept for ${owner}, not for ${entities[pattern.entity]?.id ?? '?'}`);
}
