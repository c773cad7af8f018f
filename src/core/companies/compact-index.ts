// The company matcher compiled at build time (scripts/build-company-index.ts), in a shape that loads
// fast: every bucket of the name index already compiled (forms derived, clashes settled) and packed
// as one string, each of its groups decoded the first time a text reaches it; the entities as two
// strings; the first-word filter as its set bits. Loading it is one Map entry per bucket and two
// splits, instead of reading every record's names (explicitNamesOf, nameKey) and compiling buckets
// as pages need them.
//
// The extension ships it as one text (compactIndexText): its fields and buckets separated by NUL
// characters, which a cold background reads with one split, ~4× quicker than JSON.parse of the same.
//
// matcherFromCompactIndex(compactIndexOf(records), extra) behaves exactly as
// createCompanyMatcher([...records, ...extra]): same entities, same patterns in the same order,
// same clash reports (test/company-index.test.ts holds it to that on the whole data).

import type { CompanyRecord } from '../types';
import { addCompanyRecords, createCompanyMatcher, type CompanyEntity, type CompanyMatcher } from './create-company-matcher';
import { FIRST_WORD_BITS, packBucket, patternsOf, type NameBucket, type NameBuckets } from './name-index';

export interface CompactCompanyIndex {
  /** Format of `buckets` (name-index.ts, packBucket): an index of another format is refused. */
  format: typeof FORMAT;
  /** Entity ids in data order, one per line. */
  ids: string;
  /** Display names, one per line, in the same order. */
  names: string;
  /** One string per bucket of the name index, in the matcher's order (packBucket). */
  buckets: string[];
  /** The first-word filter's set bits (name-index.ts), ascending, as base-36 gaps joined by commas. */
  firstWords: string;
}

const FORMAT = 3;
const LINE = '\n';
const FIELD = '\u0000';
const HEADER = 'deallens-company-index';

function joinLines(values: readonly string[], what: string): string {
  for (const v of values) if (v.includes(LINE)) throw new Error(`${what} with a line break cannot be indexed: ${JSON.stringify(v)}`);
  return values.join(LINE);
}

/** Compiles every bucket of the records' matcher and packs it (build time). */
export function compactIndexOf(records: readonly CompanyRecord[]): CompactCompanyIndex {
  const matcher = createCompanyMatcher(records);
  const buckets: string[] = [];
  for (const [first, inner] of matcher.buckets) {
    for (const [second, bucket] of inner) {
      const conflicts: string[] = [];
      buckets.push(packBucket(first, second, patternsOf(bucket, matcher.entities, conflicts), conflicts));
    }
  }
  const bits: string[] = [];
  let last = 0;
  for (let bit = 0; bit < FIRST_WORD_BITS; bit++) {
    if ((matcher.firstWords[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
    bits.push((bit - last).toString(36));
    last = bit;
  }
  return {
    format: FORMAT,
    ids: joinLines(matcher.entities.map((e) => e.id), 'an id'),
    names: joinLines(matcher.entities.map((e) => e.name), 'a name'),
    buckets,
    firstWords: bits.join(','),
  };
}

/**
 * The index as one text: a header (format and `source`, a note of what it was built from, without
 * spaces), then ids, names, first words and each bucket, separated by NUL characters.
 */
export function compactIndexText(index: CompactCompanyIndex, source: string): string {
  const fields = [`${HEADER} ${index.format} ${source}`, index.ids, index.names, index.firstWords, ...index.buckets];
  for (const f of fields) if (f.includes(FIELD)) throw new Error(`a NUL character cannot be indexed: ${JSON.stringify(f.slice(0, 80))}`);
  return fields.join(FIELD);
}

/** The header of an index text: its format and source (compactIndexText), or undefined if it is none. */
export function compactIndexHeader(text: string): { format: number; source: string } | undefined {
  const end = text.indexOf(FIELD);
  const [header, format, source] = (end < 0 ? text : text.slice(0, end)).split(' ');
  return header === HEADER && format !== undefined && source !== undefined ? { format: Number(format), source } : undefined;
}

/** Reads an index text (compactIndexText). */
export function readCompactIndexText(text: string): CompactCompanyIndex {
  const [head, ids, names, firstWords, ...buckets] = text.split(FIELD);
  const header = compactIndexHeader(head ?? '');
  if (!header || ids === undefined || names === undefined || firstWords === undefined) throw new Error('not a company index: run npm run data');
  return { format: header.format as typeof FORMAT, ids, names, buckets, firstWords };
}

/** The matcher of a compact index, with `extra` records (the reader's own companies) after its own. */
export function matcherFromCompactIndex(index: CompactCompanyIndex, extra: readonly CompanyRecord[] = []): CompanyMatcher {
  if (index.format !== FORMAT) throw new Error(`company index format ${String(index.format)}, expected ${FORMAT}: run npm run data`);
  const ids = index.ids === '' ? [] : index.ids.split(LINE);
  const names = index.names === '' ? [] : index.names.split(LINE);
  const entities: CompanyEntity[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) entities[i] = { id: ids[i]!, name: names[i]! };
  const buckets: NameBuckets = new Map();
  const firstChars = new Uint8Array(0x10000);
  for (const packed of index.buckets) {
    const first = packed.charCodeAt(0);
    let inner = buckets.get(first);
    if (!inner) buckets.set(first, (inner = new Map()));
    const bucket: NameBucket = { written: [], byThird: undefined, pairs: [], packed };
    inner.set(packed.charCodeAt(1), bucket);
    firstChars[first] = 1;
  }
  const firstWords = new Uint32Array(FIRST_WORD_BITS / 32);
  let bit = 0;
  if (index.firstWords !== '') {
    for (const gap of index.firstWords.split(',')) {
      bit += parseInt(gap, 36);
      firstWords[bit >>> 5]! |= 1 << (bit & 31);
    }
  }
  const matcher: CompanyMatcher = { entities, buckets, firstChars, firstWords, conflicts: [] };
  if (extra.length > 0) addCompanyRecords(matcher, extra);
  return matcher;
}
