// Builds the company matcher from the data. Runs at content-script start-up on every page, so it
// only files each written name under its first two characters; the name index compiles a bucket
// the first time a text needs it (see name-index.ts).

import type { CompanyRecord } from '../types';
import { compileBucket, fileName, type NameBucket, type NameBuckets } from './name-index';
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
  /** Clashes found while compiling buckets so far (complete after compileAllNames). */
  readonly conflicts: string[];
}

export function createCompanyMatcher(records: readonly CompanyRecord[]): CompanyMatcher {
  const entities: CompanyEntity[] = [];
  const buckets: NameBuckets = new Map();
  const firstChars = new Uint8Array(0x10000);
  records.forEach((record, entity) => {
    entities.push({ id: record.id, name: record.name });
    const { names, rules, tickers } = explicitNamesOf(record);
    names.forEach((text, i) => fileName(buckets, { text, entity, ticker: false, ...(rules[i] ? { rule: rules[i] } : {}) }));
    for (const text of tickers) fileName(buckets, { text, entity, ticker: true });
  });
  for (const first of buckets.keys()) firstChars[first] = 1;
  return { entities, buckets, firstChars, conflicts: [] };
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
  for (const [first, inner] of matcher.buckets) {
    for (const second of inner.keys()) {
      const bucket = bucketFor(matcher, first, second);
      if (!bucket) continue;
      formCount += bucket.pairs.length;
      for (const list of bucket.byThird?.values() ?? []) formCount += list.length;
    }
  }
  return { formCount, conflicts: matcher.conflicts };
}
