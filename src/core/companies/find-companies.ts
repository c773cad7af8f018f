// Finds company mentions in plain text: leftmost, then longest, non-overlapping, in text order.

import type { CompanyMention, PageContext } from '../types';
import { CJK, charClass, isEndBoundary, isIgnorable, isSpaceLike, isStartBoundary, OTHER, WORD } from './char-class';
import { bucketFor, type CompanyMatcher } from './create-company-matcher';
import { foldChar } from './fold-char';
import { extendOverSuffixes } from './legal-suffix';
import { caseSignature } from './name-forms';
import type { NamePattern, PatternTree } from './name-index';
import { findChineseCompanies, findCuedChineseNames, readAcrossPlace } from './chinese-companies';
import { dropNotCompanies } from './not-companies';
import { linkOnPage } from './page-links';
import { findUnknownCompanies, type FoundCompany } from './unknown-companies';

const SPACE = 0x20;

// ASCII fast paths, kept local on purpose: the scan loop runs per character, and calls across
// module boundaries are not always inlined (test runners and dev builds wrap exports in getters).
// Non-ASCII characters go through the shared charClass/foldChar.

/** ASCII letter or digit or "_" (same as charClass(code) === WORD for code < 0x80). */
function isAsciiWord(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

function fold(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  return foldChar(code);
}

function classOf(code: number): number {
  if (code < 0x80) return isAsciiWord(code) ? WORD : OTHER;
  return charClass(code);
}

/**
 * Compares the text at `start` with a folded name key. A space in the key matches a run of
 * horizontal whitespace; invisible characters inside the name are skipped; a line break matches
 * nothing, so a name never spans two lines. Returns the end offset, or -1.
 */
function matchKey(text: string, start: number, key: string): number {
  const n = text.length;
  let i = start;
  let k = 0;
  while (k < key.length) {
    if (i >= n) return -1;
    const code = text.charCodeAt(i);
    const want = key.charCodeAt(k);
    if (want === SPACE) {
      if (!isSpaceLike(code)) return -1;
      i++;
      while (i < n && isSpaceLike(text.charCodeAt(i))) i++;
      k++;
      continue;
    }
    if (code >= 0x80 && isIgnorable(code) && i > start) {
      i++;
      continue;
    }
    if (fold(code) !== want) return -1;
    i++;
    k++;
  }
  return i;
}

// Set while a cue vouches for the name ("led by Benchmark"): corporate-word names match bare.
let relaxCorporateWord = false;

/** Checks one matched pattern against its rules; returns the span end including suffixes, or -1. */
function acceptPattern(text: string, start: number, end: number, p: NamePattern): number {
  if (p.endsInWord && !isEndBoundary(text, end)) return -1;
  if (p.caseSensitive) {
    if (caseSignature(text.slice(start, end)) !== p.signature) return -1;
  } else if (p.hasUpper) {
    // "google it" or "nvidia" in all-lowercase prose is a verb or sloppy text; ALL CAPS is fine.
    const matched = text.slice(start, end);
    if (matched === matched.toLowerCase()) return -1;
  }
  const suffix = extendOverSuffixes(text, end, p.endsInCjk);
  if (p.needsCorporateWord && suffix.corporateWords === 0 && !relaxCorporateWord) return -1;
  return suffix.end;
}

// Index just after the last key character read by readKeyChar (module state instead of a tuple, so
// the per-word path allocates nothing).
let readEnd = 0;

/**
 * The folded key character at `index` (after skipping invisible characters): 0x20 for a run of
 * horizontal whitespace, -1 at the end of the text. Sets readEnd to the index after it.
 */
function readKeyChar(text: string, index: number): number {
  const n = text.length;
  let i = index;
  while (i < n && isIgnorable(text.charCodeAt(i))) i++;
  if (i >= n) return -1;
  const code = text.charCodeAt(i);
  if (isSpaceLike(code)) {
    i++;
    while (i < n && isSpaceLike(text.charCodeAt(i))) i++;
    readEnd = i;
    return SPACE;
  }
  readEnd = i + 1;
  return fold(code);
}

// Set by tryPatterns: the accepted pattern counts only on a page that names its company in full.
let lastNeedsFullName = false;

/** Tries patterns longest first; returns the first accepted mention. */
function tryPatterns(text: string, start: number, patterns: readonly NamePattern[], matcher: CompanyMatcher): CompanyMention | undefined {
  for (const p of patterns) {
    const end = matchKey(text, start, p.key);
    if (end < 0) continue;
    const spanEnd = acceptPattern(text, start, end, p);
    if (spanEnd < 0) continue;
    const entity = matcher.entities[p.entity];
    if (!entity) continue;
    // "Target Corp." names the company in full: the legal word after the short form vouches for it
    // ("机器人公司", a robot company, does not: a bare 公司 is a common noun).
    lastNeedsFullName = p.needsFullName && (spanEnd === end || text.slice(end, spanEnd) === '公司');
    return { start, end: spanEnd, text: text.slice(start, spanEnd), id: entity.id, name: entity.name };
  }
  return undefined;
}

// The folded key characters read so far at the current word start (for pattern trees), and where
// reading stopped: module state, so a word start allocates nothing until a tree needs more.
let headText = '';
let headEnd = 0;

/** The first `n` folded key characters of the text at the word start (fewer at the end of the text). */
function keyHead(text: string, n: number): string {
  while (headText.length < n && headEnd >= 0) {
    const code = readKeyChar(text, headEnd);
    if (code < 0) {
      headEnd = -1;
      break;
    }
    headText += String.fromCharCode(code);
    headEnd = readEnd;
  }
  return headText.length >= n ? headText.slice(0, n) : '';
}

/** Tries the patterns of a split list that share the text's prefix, then the shorter ones. */
function tryTree(text: string, start: number, tree: PatternTree, matcher: CompanyMatcher): CompanyMention | undefined {
  const head = keyHead(text, tree.depth);
  const sub = head === '' ? undefined : tree.byPrefix.get(head);
  const found = sub === undefined ? undefined : Array.isArray(sub) ? tryPatterns(text, start, sub, matcher) : tryTree(text, start, sub, matcher);
  return found ?? tryPatterns(text, start, tree.short, matcher);
}

/** The mention starting at `start`, longest accepted name first, or undefined. */
function matchAt(text: string, start: number, first: number, matcher: CompanyMatcher): CompanyMention | undefined {
  const second = readKeyChar(text, start + 1);
  if (second < 0) return undefined;
  const bucket = bucketFor(matcher, first, second);
  if (!bucket) return undefined;
  const third = readKeyChar(text, readEnd);
  const tree = third < 0 ? undefined : bucket.long?.get(third);
  if (tree) {
    headText = '';
    headEnd = start;
    return tryTree(text, start, tree, matcher) || tryPatterns(text, start, bucket.pairs, matcher);
  }
  const longer = third < 0 ? undefined : bucket.byThird?.get(third);
  return (longer && tryPatterns(text, start, longer, matcher)) || tryPatterns(text, start, bucket.pairs, matcher);
}

/**
 * Data mentions: leftmost, then longest, non-overlapping, in text order. Mentions by a form that
 * needs the full name on the page go into `provisional`.
 */
function findKnownCompanies(text: string, matcher: CompanyMatcher, provisional: Set<CompanyMention>): CompanyMention[] {
  const mentions: CompanyMention[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = classOf(code);
    if (cls === OTHER) {
      i++;
      continue;
    }
    const first = fold(code);
    // Latin names start only at a word start; CJK names may start anywhere.
    if (matcher.firstChars[first] === 1 && (cls === CJK || isStartBoundary(text, i))) {
      const mention = matchAt(text, i, first, matcher);
      if (mention) {
        if (lastNeedsFullName) provisional.add(mention);
        mentions.push(mention);
        i = mention.end;
        continue;
      }
    }
    i++;
    // No Latin name starts inside a word: jump over the rest of it.
    if (cls === WORD) while (i < n && classOf(text.charCodeAt(i)) === WORD) i++;
  }
  return mentions;
}

/** The data mention at `start` when a cue vouches for it: names that need a corporate word match bare. */
function findVouchedCompany(text: string, start: number, matcher: CompanyMatcher): CompanyMention | undefined {
  const code = text.charCodeAt(start);
  const first = fold(code);
  if (matcher.firstChars[first] !== 1 || !isStartBoundary(text, start)) return undefined;
  relaxCorporateWord = true;
  try {
    return matchAt(text, start, first, matcher);
  } finally {
    relaxCorporateWord = false;
  }
}

/** Data mentions and found ones in one list; a found mention that extends a data mention replaces it. */
function mergeFound(known: readonly CompanyMention[], found: readonly FoundCompany[]): CompanyMention[] {
  const replaced = new Set<CompanyMention>();
  for (const f of found) if (f.replaces) replaced.add(f.replaces);
  const all: CompanyMention[] = known.filter((m) => !replaced.has(m));
  for (const { start, end, text, id, name } of found) all.push({ start, end, text, id, name });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: CompanyMention[] = [];
  let lastEnd = -1;
  for (const m of all) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}

/**
 * What one page has said so far, carried from slice to slice of the same page by the caller (the
 * core keeps no state): companies named in full, and the short forms, acronyms and aliases the page
 * defined. Without it each text stands alone.
 */
export interface PageMemory {
  /** Ids of companies the page named in full (their legal name or a name that needs no page). */
  readonly confirmed: Set<string>;
  /** Forms the page defined, by their exact text (page-links.ts). */
  readonly forms: Map<string, { id: string; name: string }>;
}

export function createPageMemory(): PageMemory {
  return { confirmed: new Set(), forms: new Map() };
}

/** Keeps a provisional mention only when the page names its company in full somewhere. */
function confirmFullNames(mentions: CompanyMention[], provisional: ReadonlySet<CompanyMention>, page: PageMemory): CompanyMention[] {
  for (const m of mentions) if (!provisional.has(m)) page.confirmed.add(m.id);
  return provisional.size === 0 ? mentions : mentions.filter((m) => !provisional.has(m) || page.confirmed.has(m.id));
}

/**
 * Company mentions in `text`, in text order, non-overlapping. Offsets are UTF-16 indices and each
 * mention's `text` is the exact slice.
 *
 * 1. Names from the data (longest match, legal suffixes, the record's `match` rule). A short form
 *    whose record says "after-full-name" counts only when the page names the company in full.
 * 2. Minus mentions the context shows are not companies: datelines, cited news sources, company
 *    names that open a product name (not-companies.ts).
 * 3. Plus companies the data does not hold, from their shape and context (unknown-companies.ts);
 *    their id is "unknown:<normalised name>" and their name is the name as written.
 * 4. Linked across the text: aliases, acronyms and short forms the page defines, short forms of
 *    full names, repeats (page-links.ts).
 *
 * `page` carries what earlier slices of the same page said (see PageMemory); `context.siteName` is
 * the publisher, never a company of the story.
 */
export function findCompanies(text: string, matcher: CompanyMatcher, context?: PageContext, page: PageMemory = createPageMemory()): CompanyMention[] {
  const provisional = new Set<CompanyMention>();
  const all = findKnownCompanies(text, matcher, provisional);
  const known = dropNotCompanies(text, confirmFullNames(all, provisional, page), context?.siteName).filter((m) => !readAcrossPlace(text, m));
  const found: FoundCompany[] = [...findUnknownCompanies(text, known, (start) => findVouchedCompany(text, start, matcher)), ...findChineseCompanies(text, known), ...findCuedChineseNames(text, known)];
  const merged = found.length > 0 ? dropNotCompanies(text, mergeFound(known, found), context?.siteName) : known;
  return linkOnPage(text, merged, page.forms);
}
