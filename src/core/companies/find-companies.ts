// Finds company mentions in plain text: leftmost, then longest, non-overlapping, in text order.

import type { CompanyMention, PageContext } from '../types';
import { inChineseParts } from './chinese-parts';
import { CJK, charClass, isEndBoundary, isIgnorable, isSpaceLike, isStartBoundary, OTHER, WORD } from './char-class';
import { bucketFor, type CompanyMatcher } from './create-company-matcher';
import { foldChar } from './fold-char';
import { extendOverSuffixes } from './legal-suffix';
import { caseSignature } from './name-forms';
import { FIRST_WORD_BITS, groupFor, MAX_HEAD, nextHash, type NamePattern, type PatternTree } from './name-index';
import { findChineseCompanies, findClauseNames, findCodedNames, findRoleSlotNames, findCuedChineseNames, findListedChineseNames, findMarketMoveNames, inTitleMarks, opensPlaceName, readAcrossPlace } from './chinese-companies';
import { dropNotCompanies, endsLongerName } from './not-companies';
import { dropPublisher } from './publisher-name';
import { formsIn, linkOnPage } from './page-links';
import { findCountryUnits } from './country-units';
import { findLatinNamesInChinese } from './latin-in-chinese';
import { takeStockMarks } from './stock-marks';
import { findNumberedFunds } from './numbered-funds';
import { findJointVentureNames } from './joint-venture-names';
import { dropOthersAcronyms } from './acronym-owners';
import { linkAbbreviatedNames } from './chinese-abbreviations';
import { findUnitNames } from './unit-names';
import { findBusinessUnits } from './business-units';
import { findPredicateSubjects, hasCorporatePredicate } from './corporate-predicates';
import { findUnknownCompanies, UNKNOWN_ID_PREFIX, type FoundCompany } from './unknown-companies';
import { dropProductNames, type ProductEvidence } from './product-names';
import { readFolded } from './traditional-chars';
import { NotedMap, NotedSet } from './noted-collections';

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
 * nothing, so a name never spans two lines. Returns the end offset, or -1. With `from` and `known`,
 * the key's first `known` characters are known to match the text up to `from`.
 */
function matchKey(text: string, start: number, key: string, from = start, known = 0): number {
  const n = text.length;
  let i = from;
  let k = known;
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
  // A cue vouches for a short form the data wrote, not for the first word of a legal name ("Sumitomo" of "Sumitomo Corporation").
  if (p.needsCorporateWord && suffix.corporateWords === 0 && (!relaxCorporateWord || p.derived)) return -1;
  // "Red Bull GmbH" is not "Bull SA": the first word of a legal name, after another name word, ends a longer name.
  if (p.derived && p.needsCorporateWord && endsLongerName(text, start)) return -1;
  return suffix.end;
}

// Index just after the last key character read by readKeyChar (module state instead of a tuple, so
// the per-word path allocates nothing), and whether it skipped an invisible character since reset.
let readEnd = 0;
let skippedInvisible = false;
// Where the text's first two and three key characters end at the current word start, or -1 when an
// invisible character came between them (matchKey, which reads invisible characters next to a
// space differently, then compares from the start): patterns of a bucket share the first two, those
// of a group the first three, so they are compared from there on.
let pairEnd = -1;
let tripleEnd = -1;

/**
 * The folded key character at `index` (after skipping invisible characters): 0x20 for a run of
 * horizontal whitespace, -1 at the end of the text. Sets readEnd to the index after it.
 */
function readKeyChar(text: string, index: number): number {
  const n = text.length;
  let i = index;
  while (i < n && isIgnorable(text.charCodeAt(i))) i++;
  if (i !== index) skippedInvisible = true;
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

/**
 * Tries patterns longest first; returns the first accepted mention. The patterns' first `known` key
 * characters are those of the text up to `from` (-1: compare from the start).
 */
function tryPatterns(text: string, start: number, patterns: readonly NamePattern[], matcher: CompanyMatcher, from: number, known: number): CompanyMention | undefined {
  for (const p of patterns) {
    const end = from < 0 ? matchKey(text, start, p.key) : matchKey(text, start, p.key, from, known);
    if (end < 0) continue;
    const spanEnd = acceptPattern(text, start, end, p);
    if (spanEnd < 0) continue;
    const entity = matcher.entities[p.entity];
    if (!entity) continue;
    // "Target Corp." names the company in full: the legal word after the short form vouches for it
    // ("机器人公司", a robot company, does not: a bare 公司 is a common noun).
    // Nor does a legal word after a Chinese short form read inside a longer name ("杭州云雀机器人股份有限公司"
    // names 云雀, not the company whose short form is 机器人).
    lastNeedsFullName = p.needsFullName && (spanEnd === end || text.slice(end, spanEnd) === '公司' || (p.endsInCjk && start > 0 && charClass(text.charCodeAt(start - 1)) === CJK));
    return { start, end: spanEnd, text: text.slice(start, spanEnd), id: entity.id, name: entity.name };
  }
  return undefined;
}

// The hashes of the folded key characters read so far at the current word start (for pattern
// trees: headHashes[n] is that of the first n, headEnds[n] where they end), and where reading
// stopped: module state, so a word start allocates nothing.
const headHashes = new Int32Array(MAX_HEAD + 1);
const headEnds = new Int32Array(MAX_HEAD + 1);
let headLength = 0;
let headEnd = 0;

/** The hash of the first `n` folded key characters of the text at the word start (nextHash), or -1 at the end of the text. */
function keyHead(text: string, n: number): number {
  while (headLength < n && headEnd >= 0) {
    const code = readKeyChar(text, headEnd);
    if (code < 0) {
      headEnd = -1;
      break;
    }
    headHashes[headLength + 1] = nextHash(headHashes[headLength]!, code);
    headLength++;
    headEnd = headEnds[headLength] = readEnd;
  }
  return headLength >= n ? headHashes[n]! : -1;
}

/** Tries the patterns of a split list that share the text's prefix, then the shorter ones. */
function tryTree(text: string, start: number, tree: PatternTree, matcher: CompanyMatcher): CompanyMention | undefined {
  const head = keyHead(text, tree.depth);
  const sub = head < 0 ? undefined : tree.byHead.get(head);
  let found: CompanyMention | undefined;
  if (Array.isArray(sub)) found = tryPatterns(text, start, sub, matcher, skippedInvisible ? -1 : headEnds[tree.depth]!, tree.depth);
  else if (sub !== undefined) found = tryTree(text, start, sub, matcher);
  return found ?? tryPatterns(text, start, tree.short, matcher, tripleEnd, 3);
}

/** The mention starting at `start`, longest accepted name first, or undefined. */
function matchAt(text: string, start: number, first: number, matcher: CompanyMatcher): CompanyMention | undefined {
  skippedInvisible = false;
  const second = readKeyChar(text, start + 1);
  if (second < 0) return undefined;
  const bucket = bucketFor(matcher, first, second);
  if (!bucket) return undefined;
  pairEnd = skippedInvisible ? -1 : readEnd;
  const third = readKeyChar(text, readEnd);
  tripleEnd = skippedInvisible ? -1 : readEnd;
  const group = third < 0 ? undefined : groupFor(bucket, third);
  if (group === undefined) return tryPatterns(text, start, bucket.pairs, matcher, pairEnd, 2);
  if (Array.isArray(group)) return tryPatterns(text, start, group, matcher, tripleEnd, 3) || tryPatterns(text, start, bucket.pairs, matcher, pairEnd, 2);
  // The tree reads on from the three characters read already.
  headHashes[1] = nextHash(0, first);
  headHashes[2] = nextHash(headHashes[1]!, second);
  headHashes[3] = nextHash(headHashes[2]!, third);
  headEnds[3] = headEnd = readEnd;
  headLength = 3;
  return tryTree(text, start, group, matcher) || tryPatterns(text, start, bucket.pairs, matcher, pairEnd, 2);
}

/**
 * The end of the Latin word at `start` when no name starts with it (its hash is not in the
 * first-word filter, name-index.ts), else -1; -1 too when the filter cannot tell: a word with a
 * non-ASCII letter, or one an invisible character runs into (names skip those).
 */
function endOfWordWithoutNames(text: string, start: number, firstWords: Uint32Array): number {
  const n = text.length;
  let hash = 0;
  let i = start;
  for (; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      if (isIgnorable(code) || charClass(foldChar(code)) === WORD) return -1;
      break;
    }
    if (!isAsciiWord(code)) break;
    hash = nextHash(hash, fold(code));
  }
  const bit = hash & (FIRST_WORD_BITS - 1);
  return i > start && (firstWords[bit >>> 5]! & (1 << (bit & 31))) === 0 ? i : -1;
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
      // Most Latin words start no name: the first-word filter passes over them whole.
      const past = cls === WORD ? endOfWordWithoutNames(text, i, matcher.firstWords) : -1;
      if (past >= 0) {
        i = past;
        continue;
      }
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

/** The data mention that is the whole of `name` (a name the page did not write: an abbreviation), or undefined. */
function dataNameOf(name: string, matcher: CompanyMatcher): CompanyMention | undefined {
  const all = findKnownCompanies(name, matcher, new Set());
  return all.length === 1 && all[0]!.start === 0 && all[0]!.end === name.length ? all[0] : undefined;
}

/**
 * Mentions in a text of the same page read before its company was named in full, by a short form that
 * counts only on such a page ("Reliance" in a headline read one slice before "Reliance Industries
 * Ltd"): the forms of the companies `confirmed` (since that text was read) that none of its `mentions`
 * (sorted) overlaps, held to a data name's context rules.
 */
export function findEarlierConfirmed(text: string, mentions: readonly CompanyMention[], matcher: CompanyMatcher, confirmed: ReadonlySet<string>): CompanyMention[] {
  if (confirmed.size === 0) return [];
  return readFolded(text, (folded) => {
    const provisional = new Set<CompanyMention>();
    findKnownCompanies(folded, matcher, provisional);
    const candidates = [...provisional].filter((m) => confirmed.has(m.id) && !mentions.some((o) => o.start < m.end && m.start < o.end));
    if (candidates.length === 0) return [];
    return dropNotCompanies(folded, candidates).filter((m) => !readAcrossPlace(folded, m) && !opensPlaceName(folded, m));
  });
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
  /** How the page uses the names the data does not hold (product-names.ts); made at the first such name. */
  products?: ProductEvidence;
}

/**
 * Forms one page may define. A news page defines tens, a long one a few hundred; a page past this is
 * a list (or an attack), and what it names after that is not linked across its text.
 */
export const MAX_PAGE_FORMS = 4_096;

export function createPageMemory(): PageMemory {
  return { confirmed: new NotedSet(), forms: new NotedMap(MAX_PAGE_FORMS) };
}

/** Where a page's memory stands (see addedSince). */
export interface MemoryMark {
  forms: number;
  confirmed: number;
}

const notedOf = <T>(collection: Map<T, unknown> | Set<T>): T[] => (collection instanceof NotedMap || collection instanceof NotedSet ? (collection.noted as T[]) : []);

export function markOf(page: PageMemory): MemoryMark {
  return { forms: notedOf(page.forms).length, confirmed: notedOf(page.confirmed).length };
}

/**
 * What `page` gained since `mark` (markOf, taken before a slice): the forms set since (new, or naming
 * another company now: a form set again to the same company comes too, and finds nothing new) and the
 * companies confirmed since. A page memory not made by createPageMemory tells nothing.
 */
export function addedSince(page: PageMemory, mark: MemoryMark): { forms: PageMemory['forms']; confirmed: Set<string> } {
  const forms: PageMemory['forms'] = new Map();
  for (const form of notedOf(page.forms).slice(mark.forms)) {
    const entity = page.forms.get(form);
    if (entity) forms.set(form, entity);
  }
  return { forms, confirmed: new Set(notedOf(page.confirmed).slice(mark.confirmed)) };
}

/**
 * Mentions under `forms` in a text of the same page read before they were defined (its mentions as
 * found then, sorted): "Halvardsen" in a headline read one slice before "Halvardsen Mining Corp", so a
 * company is linked everywhere on the page, not only after the slice that named it in full.
 */
export function findEarlierForms(text: string, mentions: readonly CompanyMention[], forms: PageMemory['forms']): CompanyMention[] {
  if (forms.size === 0) return [];
  return readFolded(text, (folded) => {
    // (A cheap look first: most texts hold none of a slice's new forms.)
    const present: PageMemory['forms'] = new Map();
    for (const [form, entity] of forms) if (folded.includes(form)) present.set(form, entity);
    return present.size === 0 ? [] : formsIn(folded, mentions, present);
  });
}

/** Keeps a provisional mention only when the page names its company in full somewhere. */
function confirmFullNames(text: string, mentions: CompanyMention[], provisional: ReadonlySet<CompanyMention>, page: PageMemory): CompanyMention[] {
  for (const m of mentions) if (!provisional.has(m)) page.confirmed.add(m.id);
  // Or when the sentence makes the short name a company ("Chubb agreed to buy …", corporate-predicates.ts),
  // unless another company on the page opens with it ("Delta" beside "Delta Air Lines" is not Delta Corp).
  if (provisional.size === 0) return mentions;
  const vouched = (m: CompanyMention) => hasCorporatePredicate(text, m) && !mentions.some((o) => o.id !== m.id && o.text.startsWith(`${m.text} `));
  return mentions.filter((m) => !provisional.has(m) || page.confirmed.has(m.id) || vouched(m));
}

/**
 * Company mentions in `text`, in text order, non-overlapping. Offsets are UTF-16 indices and each
 * mention's `text` is the exact slice.
 *
 * 1. Names from the data (longest match, legal suffixes, the record's `match` rule). A short form
 *    whose record says "after-full-name" counts only when the page names the company in full.
 * 2. Minus mentions the context shows are not companies: datelines, cited news sources, company
 *    names that open a product name (not-companies.ts).
 *    A Chinese data name takes the board's marks around it ("美团-W", "*ST金科"; stock-marks.ts); one
 *    that opens the name of a place, a building or a project ("太古广场") is dropped.
 * 3. Plus companies the data does not hold, from their shape and context (unknown-companies.ts,
 *    chinese-companies.ts, latin-in-chinese.ts) and a data company's unit in one country
 *    ("Santander UK", "星巴克中国"; country-units.ts); their id is "unknown:<normalised name>" and
 *    their name is the name as written.
 * 4. Linked across the text: aliases, acronyms and short forms the page defines, short forms of
 *    full names, repeats (page-links.ts).
 * 5. Minus the page's publisher: named by `context.siteName` or `context.domain` (publisher-name.ts).
 *
 * `page` carries what earlier slices of the same page said (see PageMemory).
 */
export function findCompanies(text: string, matcher: CompanyMatcher, context?: PageContext, page: PageMemory = createPageMemory()): CompanyMention[] {
  // A traditional page is read folded to simplified characters, offsets unchanged (traditional-chars.ts).
  return readFolded(text, (folded) => findCompaniesIn(folded, matcher, context, page));
}

function findCompaniesIn(text: string, matcher: CompanyMatcher, context: PageContext | undefined, page: PageMemory): CompanyMention[] {
  const provisional = new Set<CompanyMention>();
  const all = findKnownCompanies(text, matcher, provisional);
  const checked = dropNotCompanies(text, confirmFullNames(text, all, provisional, page));
  const known = takeStockMarks(text, checked.filter((m) => !readAcrossPlace(text, m) && !opensPlaceName(text, m)));
  const shaped = inChineseParts(text, known, findChineseCompanies);
  const cued = inChineseParts(text, known, findCuedChineseNames);
  // A deal's target is read after its buyer, which may itself be a name the data does not hold (named again).
  const otherNames = new Set([...shaped, ...cued].map((m) => m.text));
  const read: FoundCompany[] = [...findUnknownCompanies(text, known, (start) => findVouchedCompany(text, start, matcher)), ...shaped, ...cued, ...inChineseParts(text, known, findMarketMoveNames), ...inChineseParts(text, known, findCodedNames), ...findCountryUnits(text, known), ...findBusinessUnits(text, known), ...findUnitNames(text), ...findPredicateSubjects(text, known, (start) => findVouchedCompany(text, start, matcher)), ...findJointVentureNames(text, known, (start) => findVouchedCompany(text, start, matcher)), ...inChineseParts(text, known, findLatinNamesInChinese), ...inChineseParts(text, known, (part, inside) => findClauseNames(part, inside, otherNames)), ...findNumberedFunds(text, known), ...inChineseParts(text, [...known, ...shaped, ...cued], findRoleSlotNames)];
  // Names listed beside any company found so far ("腾讯、字节跳动和快手").
  const found: FoundCompany[] = [...read, ...inChineseParts(text, [...known, ...read].sort((a, b) => a.start - b.start), findListedChineseNames)].filter((m) => !opensPlaceName(text, m) && !inTitleMarks(text, m));
  const merged = found.length > 0 ? linkAbbreviatedNames(dropNotCompanies(text, mergeFound(known, found), new Set(checked)), (name) => dataNameOf(name, matcher)) : known;
  // The publisher goes last: read as a company until then, no part of its name is read as another.
  const linked = dropPublisher(dropOthersAcronyms(text, linkOnPage(text, merged, page.forms), (start) => findVouchedCompany(text, start, matcher)), context, text);
  // A name the page uses as a product's ("Firefox 3.5", "the Firefox web browser") is not highlighted as a company.
  return linked.some((m) => m.id.startsWith(UNKNOWN_ID_PREFIX)) ? dropProductNames(text, linked, (page.products ??= new Map())) : linked;
}
