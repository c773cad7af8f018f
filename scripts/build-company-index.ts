// Compiles the company data into what the content script needs to match names: ids and names only
// (descriptions, domains and countries stay in the background, which answers look-ups). Written to
// src/data/companies/match-records.generated.json on install and build; not committed.
import fs from 'node:fs';
import path from 'node:path';
import type { CompanyRecord } from '../src/core/types';
import { companies } from '../src/data/companies';

const OUT = path.resolve(import.meta.dirname, '../src/data/companies/match-records.generated.json');
const MATCH_FIELDS = ['id', 'name', 'legalNames', 'shortNames', 'aliases', 'formerNames', 'zh', 'tickers', 'kind'] as const;

export function matchRecords(records: readonly CompanyRecord[]): CompanyRecord[] {
  return records.map((r) => Object.fromEntries(MATCH_FIELDS.filter((f) => r[f] !== undefined).map((f) => [f, r[f]])) as unknown as CompanyRecord);
}

export function writeCompanyIndex(): void {
  const json = JSON.stringify(matchRecords(companies));
  fs.writeFileSync(OUT, json);
  console.log(`companies: ${companies.length} entities, match index ${(json.length / 1024).toFixed(0)} KB → ${path.relative(process.cwd(), OUT)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) writeCompanyIndex();
