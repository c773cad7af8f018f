// The compiled company index the background loads (scripts/build-company-index.ts, read from the
// generated file as the extension reads it) against the matcher built from the readable records
// (createCompanyMatcher): the same compiled names, and the same mentions on the demo article, every
// golden page and every company evaluation paragraph, with and without companies the reader added.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/cli/html-to-text';
import { compileAllNames, createCompanyMatcher, findCompanies, matcherFromCompactIndex, readCompactIndexText, type CompanyMatcher } from '../src/core/companies';
import { groupFor, type PatternGroup } from '../src/core/companies/name-index';
import type { CompanyRecord } from '../src/core/types';
import { companies } from '../src/data/companies';
import { COMPANY_INDEX_FILE } from '../src/data/companies/generated-files';
import { PARAGRAPHS } from './companies/paragraphs';
import { parseGold } from './companies/parse-gold';
import { demoArticle, ROOT } from './fixtures';

const shipped = readCompactIndexText(fs.readFileSync(path.join(ROOT, 'src/data/companies', COMPANY_INDEX_FILE), 'utf8'));

const PAGES_DIR = path.join(ROOT, 'test/pages');
const TEXTS: [string, string][] = [
  ['demo article', demoArticle().text],
  ...fs
    .readdirSync(PAGES_DIR)
    .filter((d) => fs.existsSync(path.join(PAGES_DIR, d, 'source.html')))
    .sort()
    .map((d): [string, string] => [`golden page ${d}`, htmlToText(fs.readFileSync(path.join(PAGES_DIR, d, 'source.html'), 'utf8')).text]),
  ...PARAGRAPHS.map((p, i): [string, string] => [`paragraph #${i + 1}`, parseGold(p).text]),
];

/** Every bucket of a matcher, compiled, as one line each: its pairs and its groups, trees and all. */
function compiledBuckets(matcher: CompanyMatcher): Map<string, string> {
  compileAllNames(matcher);
  const group = (g: PatternGroup | undefined): unknown => (g === undefined || Array.isArray(g) ? g : { depth: g.depth, short: g.short, heads: [...g.byHead].map(([h, sub]) => [h, group(sub)]) });
  const out = new Map<string, string>();
  for (const [first, inner] of matcher.buckets) {
    for (const [second, bucket] of inner) {
      const thirds = [...(bucket.byThird?.keys() ?? [])].map((third) => [third, group(groupFor(bucket, third))]);
      out.set(String.fromCharCode(first, second), JSON.stringify({ pairs: bucket.pairs, thirds }));
    }
  }
  return out;
}

function differingBuckets(a: CompanyMatcher, b: CompanyMatcher): string[] {
  const [x, y] = [compiledBuckets(a), compiledBuckets(b)];
  const keys = [...new Set([...x.keys(), ...y.keys()])];
  return keys.filter((k) => x.get(k) !== y.get(k));
}

function differingTexts(a: CompanyMatcher, b: CompanyMatcher): string[] {
  return TEXTS.filter(([, text]) => JSON.stringify(findCompanies(text, a)) !== JSON.stringify(findCompanies(text, b))).map(([name]) => name);
}

describe('the compiled company index', () => {
  it(`holds every bundled record (${companies.length}), and was built from the data as it is now`, () => {
    expect(shipped.ids.split('\n')).toEqual(companies.map((c) => c.id));
    expect(shipped.names.split('\n')).toEqual(companies.map((c) => c.name));
  });

  it('compiles to the same names, clashes and buckets as the records', () => {
    const fromIndex = matcherFromCompactIndex(shipped);
    const fromRecords = createCompanyMatcher(companies);
    expect(fromIndex.entities).toEqual(fromRecords.entities);
    expect([...fromIndex.firstChars]).toEqual([...fromRecords.firstChars]);
    expect([...fromIndex.firstWords]).toEqual([...fromRecords.firstWords]);
    expect(compileAllNames(fromIndex)).toEqual(compileAllNames(fromRecords));
    expect(differingBuckets(fromIndex, fromRecords)).toEqual([]);
  });

  it(`finds the same mentions in ${TEXTS.length} texts: the demo article, the golden pages and the evaluation paragraphs`, () => {
    expect(TEXTS.length).toBeGreaterThan(60);
    // Fresh matchers: buckets are compiled (and packed groups decoded) as these texts reach them.
    expect(differingTexts(matcherFromCompactIndex(shipped), createCompanyMatcher(companies))).toEqual([]);
  });

  it('adds the reader’s companies after the bundled ones, as the records would', () => {
    // A new name, a name the data holds ("Tencent"), one a derived form of the data holds, and a
    // Chinese name: the bundled record keeps a name both hold.
    const mine: CompanyRecord[] = [
      { id: 'user:quillfeather-labs', name: 'Quillfeather Labs', aliases: ['Quillfeather', 'QFL'], kind: 'company' },
      { id: 'user:tencent', name: 'Tencent', aliases: ['Zhipu Huazhang'], kind: 'company' },
      { id: 'user:alibaba-holding', name: 'Alibaba Group Holding', kind: 'company' },
      { id: 'user:羽毛科技', name: '羽毛科技', kind: 'company' },
    ];
    const fromIndex = matcherFromCompactIndex(shipped, mine);
    const fromRecords = createCompanyMatcher([...companies, ...mine]);
    expect(differingTexts(fromIndex, fromRecords)).toEqual([]);
    const text = 'Quillfeather Labs (QFL) and 羽毛科技 met Tencent, Zhipu Huazhang and Alibaba Group Holding Ltd.';
    const ids = ['user:quillfeather-labs', 'user:quillfeather-labs', 'user:羽毛科技', 'tencent', 'user:tencent', 'alibaba-group'];
    expect(findCompanies(text, fromIndex).map((m) => m.id)).toEqual(ids);
    expect(findCompanies(text, fromRecords).map((m) => m.id)).toEqual(ids);
    expect(compileAllNames(fromIndex)).toEqual(compileAllNames(fromRecords));
    expect(fromIndex.conflicts).toContain('"Tencent": kept for tencent, not for user:tencent');
    expect(differingBuckets(fromIndex, fromRecords)).toEqual([]);
  });
});
