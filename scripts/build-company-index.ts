// Compiles the company data into what the content script needs to match names: ids, names and
// kinds only (descriptions, domains and countries stay in the background, which answers look-ups),
// in the compact line format of src/data/companies/match-index.ts. Written to
// src/data/companies/match-index.generated.txt on install and build; not committed.
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { CompanyRecord } from '../src/core/types';
import { companies } from '../src/data/companies';
import { decodeMatchIndex, encodeMatchIndex, matchRecordOf } from '../src/data/companies/match-index';

const OUT = path.resolve(import.meta.dirname, '../src/data/companies/match-index.generated.txt');

/** The index text; throws unless it decodes to exactly the records' match fields. */
export function companyIndex(records: readonly CompanyRecord[]): string {
  const expected = records.map(matchRecordOf);
  const text = encodeMatchIndex(expected);
  const decoded = decodeMatchIndex(text);
  const bad = expected.findIndex((r, i) => !isDeepStrictEqual(decoded[i], r));
  if (bad >= 0 || decoded.length !== expected.length) {
    throw new Error(`match index does not round-trip at record ${bad} (${expected[bad]?.id}): ${JSON.stringify(decoded[bad])}`);
  }
  return text;
}

export function writeCompanyIndex(): void {
  const text = companyIndex(companies);
  fs.writeFileSync(OUT, text);
  console.log(`companies: ${companies.length} entities, match index ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB → ${path.relative(process.cwd(), OUT)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) writeCompanyIndex();
