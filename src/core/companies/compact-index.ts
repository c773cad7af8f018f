// The company matcher compiled at build time (scripts/build-company-index.ts), in a shape that loads
// fast: every bucket of the name index already compiled (forms derived, clashes settled) and packed
// as one string, decoded the first time a text reaches it; the entities as two strings. Loading it
// is a JSON.parse of a few thousand strings and one Map entry per bucket, instead of reading every
// record's names (explicitNamesOf, nameKey) and compiling buckets as pages need them.
//
// matcherFromCompactIndex(compactIndexOf(records), extra) behaves exactly as
// createCompanyMatcher([...records, ...extra]): same entities, same patterns in the same order,
// same clash reports (test/company-index.test.ts holds it to that on the whole data).

import type { CompanyRecord } from '../types';
import { addCompanyRecords, createCompanyMatcher, type CompanyEntity, type CompanyMatcher } from './create-company-matcher';
import { packBucket, patternsOf, type NameBucket, type NameBuckets } from './name-index';

export interface CompactCompanyIndex {
  /** Format of `buckets` (name-index.ts, packBucket): an index of another format is refused. */
  format: typeof FORMAT;
  /** Entity ids in data order, one per line. */
  ids: string;
  /** Display names, one per line, in the same order. */
  names: string;
  /** One string per bucket of the name index, in the matcher's order (packBucket). */
  buckets: string[];
}

const FORMAT = 1;
const LINE = '\n';

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
  return {
    format: FORMAT,
    ids: joinLines(matcher.entities.map((e) => e.id), 'an id'),
    names: joinLines(matcher.entities.map((e) => e.name), 'a name'),
    buckets,
  };
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
  const matcher: CompanyMatcher = { entities, buckets, firstChars, conflicts: [] };
  if (extra.length > 0) addCompanyRecords(matcher, extra);
  return matcher;
}
