// Builds the company matcher from the data: files each written name under its first two characters;
// the name index compiles a bucket the first time a text needs it (see name-index.ts). The extension
// does not run this over the bundled data: it loads the same buckets compiled at build time
// (compact-index.ts) and files only the reader's own companies here.

import type { CompanyRecord } from '../types';
import { addFirstWord, compileBucket, fileName, FIRST_WORD_BITS, firstWordHash, groupFor, type NameBucket, type NameBuckets, type PatternGroup } from './name-index';
import { explicitNamesOf } from './name-forms';

export interface CompanyEntity {
  id: string;
  name: string;
}

export interface CompanyMatcher {
  readonly entities: readonly CompanyEntity[];
  /** Written names by their first two folded characters; compiled on first use (internal). */
  readonly buckets: NameBuckets;
  /** Per UTF-16 code unit, 1 if some name starts with it (folded): rejects most positions at once. */
  readonly firstChars: Uint8Array;
  /** The first words names start with, as a bit set (name-index.ts, FIRST_WORD_BITS): rejects most Latin words at once. */
  readonly firstWords: Uint32Array;
  /** Clashes found while compiling buckets so far (complete after compileAllNames). */
  readonly conflicts: string[];
}

export function createCompanyMatcher(records: readonly CompanyRecord[]): CompanyMatcher {
  const matcher: CompanyMatcher = { entities: [], buckets: new Map(), firstChars: new Uint8Array(0x10000), firstWords: new Uint32Array(FIRST_WORD_BITS / 32), conflicts: [] };
  addCompanyRecords(matcher, records);
  return matcher;
}

/**
 * Files more records into a matcher, after the ones it holds (they lose a name both hold). For the
 * reader's own companies on top of the bundled index (compact-index.ts); a bucket compiled already
 * would not see them, so call it before the matcher's first use.
 */
export function addCompanyRecords(matcher: CompanyMatcher, records: readonly CompanyRecord[]): void {
  const entities = matcher.entities as CompanyEntity[];
  for (const record of records) {
    const entity = entities.length;
    entities.push({ id: record.id, name: record.name });
    const { names, rules, tickers } = explicitNamesOf(record);
    names.forEach((text, i) => fileName(matcher.buckets, { text, entity, ticker: false, ...(rules[i] ? { rule: rules[i] } : {}) }));
    for (const text of tickers) fileName(matcher.buckets, { text, entity, ticker: true });
    for (const text of names) addFirstWord(matcher.firstWords, firstWordHash(text));
    for (const text of tickers) addFirstWord(matcher.firstWords, firstWordHash(text));
  }
  for (const first of matcher.buckets.keys()) matcher.firstChars[first] = 1;
}

/** The compiled bucket for a word starting with these two folded characters, if any. */
export function bucketFor(matcher: CompanyMatcher, first: number, second: number): NameBucket | undefined {
  const bucket = matcher.buckets.get(first)?.get(second);
  if (bucket && !bucket.byThird) compileBucket(bucket, matcher.entities, matcher.conflicts);
  return bucket;
}

/**
 * Compiles every bucket now and reports the totals: for tests and data checks, which want the
 * full list of clashes and forms rather than the lazy start-up path.
 */
export function compileAllNames(matcher: CompanyMatcher): { formCount: number; conflicts: readonly string[] } {
  let formCount = 0;
  const count = (group: PatternGroup | undefined): number =>
    group === undefined ? 0 : Array.isArray(group) ? group.length : group.short.length + [...group.byHead.values()].reduce((n, g) => n + count(g), 0);
  for (const [first, inner] of matcher.buckets) {
    for (const second of inner.keys()) {
      const bucket = bucketFor(matcher, first, second);
      if (!bucket) continue;
      formCount += bucket.pairs.length;
      for (const third of bucket.byThird?.keys() ?? []) formCount += count(groupFor(bucket, third));
    }
  }
  return { formCount, conflicts: matcher.conflicts };
}
