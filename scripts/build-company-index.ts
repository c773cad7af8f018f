// Generates the company files the background reads instead of the readable company data
// (src/data/companies/*.json, which the CLI and the tests read): see generated-files.ts.
// - company-index.generated.txt: the name index compiled at build time (compact-index.ts), so a
//   cold background neither reads 16,000 records' names nor compiles buckets before its first answer;
//   its header holds a hash of the data it was built from, so a stale file is noticed and rewritten;
// - company-records.generated.jsonl: every record as one JSON line, in the index's entity order,
//   each parsed when a card asks for it.
// Not committed: written on install (npm run data), by every build, and before the unit tests when
// the data changed since (test/fresh-generated-data.ts).

import fs from 'node:fs';
import path from 'node:path';
import { compactIndexHeader, compactIndexOf, compactIndexText } from '../src/core/companies';
import type { CompanyRecord } from '../src/core/types';
import { companies } from '../src/data/companies';
import { COMPANY_INDEX_FILE, COMPANY_RECORDS_FILE } from '../src/data/companies/generated-files';

export const COMPANY_DATA_DIR = path.resolve(import.meta.dirname, '../src/data/companies');

/** FNV-1a of the records as JSON: what the generated files were built from. */
export function sourceHashOf(records: readonly CompanyRecord[]): string {
  const text = JSON.stringify(records);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${records.length}-${(h >>> 0).toString(16)}`;
}

/** The generated files' contents, by file name. */
export function generatedCompanyFiles(records: readonly CompanyRecord[] = companies): Record<string, string> {
  return {
    // The hash is in the header, so companyFilesAreFresh reads it without reading megabytes.
    [COMPANY_INDEX_FILE]: compactIndexText(compactIndexOf(records), sourceHashOf(records)),
    // JSON.stringify escapes line breaks inside strings, so one record is one line.
    [COMPANY_RECORDS_FILE]: records.map((r) => JSON.stringify(r)).join('\n'),
  };
}

/** Whether the files on disk were built from the data as it is now. */
export function companyFilesAreFresh(records: readonly CompanyRecord[] = companies): boolean {
  const index = path.join(COMPANY_DATA_DIR, COMPANY_INDEX_FILE);
  if (!fs.existsSync(index) || !fs.existsSync(path.join(COMPANY_DATA_DIR, COMPANY_RECORDS_FILE))) return false;
  const fd = fs.openSync(index, 'r');
  const head = Buffer.alloc(200);
  fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  return compactIndexHeader(head.toString('utf8'))?.source === sourceHashOf(records);
}

export function writeCompanyFiles(): void {
  const started = performance.now();
  const files = generatedCompanyFiles();
  const sizes = Object.entries(files).map(([name, text]) => {
    // Written aside, then renamed: a test or build reading the file meanwhile sees the old or the new one whole.
    const file = path.join(COMPANY_DATA_DIR, name);
    fs.writeFileSync(`${file}.${process.pid}.tmp`, text);
    fs.renameSync(`${file}.${process.pid}.tmp`, file);
    return `${name} ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`;
  });
  console.log(`companies: ${companies.length} records → ${sizes.join(', ')} in ${path.relative(process.cwd(), COMPANY_DATA_DIR)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

if (import.meta.url === `file://${process.argv[1]}`) writeCompanyFiles();
