import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { compactIndexHeader, compactIndexOf, compactIndexText, matcherFromCompactIndex, readCompactIndexText } from './compact-index';
import { compileAllNames, createCompanyMatcher, type CompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';
import { groupFor } from './name-index';

const RECORDS: CompanyRecord[] = [
  { id: 'alibaba', name: 'Alibaba', legalNames: ['Alibaba Group Holding Limited'], zh: ['阿里巴巴'], tickers: ['NYSE:BABA', 'HKEX:9988'], kind: 'company' },
  { id: 'att', name: 'AT&T', legalNames: ['AT&T Inc.'], kind: 'company' },
  { id: 'eon', name: 'E.ON', kind: 'company' },
  { id: '3m', name: '3M', kind: 'company' },
  { id: 'jd', name: 'JD', zh: ['京东'], kind: 'company' },
  { id: 'openai', name: 'OpenAI', kind: 'company' },
  { id: 'ant', name: 'Ant', legalNames: ['Ant Group Co., Ltd.'], match: 'corporate-word', kind: 'company' },
  { id: 'target', name: 'Target', legalNames: ['Target Corporation'], match: 'after-full-name', kind: 'company' },
  { id: 'nestle', name: 'Nestlé', kind: 'company' },
  // Two records holding one name: the first keeps it, and the clash is reported.
  { id: 'orion', name: 'Orion', kind: 'company' },
  { id: 'orion-labs', name: 'Orion Labs', aliases: ['Orion'], kind: 'company' },
  // More than eight names sharing three characters: a tree.
  ...['Sharp', 'Shandong Gold', 'Shanghai Electric', 'Shanghai Pharma', 'Shandong Steel', 'Shaanxi Coal', 'Shake Shack', 'Shanxi Fenjiu', 'Shaw Communications', 'Shanghai Bank'].map(
    (name): CompanyRecord => ({ id: name.toLowerCase().replace(/\s+/g, '-'), name, kind: 'company' }),
  ),
];

/** Through its text, as the background reads it. */
const loaded = (records: CompanyRecord[], extra: CompanyRecord[] = []): CompanyMatcher =>
  matcherFromCompactIndex(readCompactIndexText(compactIndexText(compactIndexOf(records), 'test-1')), extra);

const found = (text: string, matcher: CompanyMatcher) => findCompanies(text, matcher).map((m) => `${m.text}=${m.id}`);

const TEXT = [
  'Alibaba Group Holding Limited (NYSE: BABA, HKEX:9988), 阿里巴巴 and 京东 (JD) traded; ali\u00adbaba and Ali\u00adbaba too.',
  'AT&T Inc. and E.ON met 3M; ＯｐｅｎＡＩ’s and OpenAI’s models; Nestle and Nestlé; the Ant in Ant Group.',
  'Orion and Orion Labs. Target Corporation, then Target. Shandong Gold, Shanghai Bank, Shake Shack, shanghai bank.',
].join('\n');

describe('compact company index', () => {
  it('compiles to what createCompanyMatcher compiles, and finds the same mentions', () => {
    const index = loaded(RECORDS);
    const records = createCompanyMatcher(RECORDS);
    expect(found(TEXT, index)).toEqual(found(TEXT, records));
    expect(found(TEXT, index)).toContain('Ali\u00adbaba=alibaba');
    expect(found(TEXT, index)).toContain('ＯｐｅｎＡＩ=openai');
    expect(compileAllNames(index)).toEqual(compileAllNames(records));
    expect(compileAllNames(index).conflicts).toEqual(['"Orion": kept for orion, not for orion-labs']);
    expect(index.entities).toEqual(records.entities);
    expect([...index.firstWords]).toEqual([...records.firstWords]);
  });

  it('decodes a group of a bucket only when a text reaches it', () => {
    const index = loaded(RECORDS);
    const sh = index.buckets.get('s'.charCodeAt(0))!.get('h'.charCodeAt(0))!;
    expect(sh.byThird).toBeUndefined();
    expect(found('Shake Shack', index)).toEqual(['Shake Shack=shake-shack']);
    // The bucket is open, its one group read (a tree: ten names start with "sha"); others stay packed.
    expect(typeof sh.byThird!.get('a'.charCodeAt(0))).toBe('object');
    expect([...index.buckets.get('a'.charCodeAt(0))!.values()].every((b) => b.byThird === undefined)).toBe(true);
    expect(Array.isArray(groupFor(sh, 'a'.charCodeAt(0)))).toBe(false);
  });

  it('adds the reader’s companies after the bundled ones, as createCompanyMatcher would', () => {
    const mine: CompanyRecord[] = [
      { id: 'user:orion', name: 'Orion', kind: 'company' },
      { id: 'user:shanghai-electric-works', name: 'Shanghai Electric Works', aliases: ['Alibaba Group Holding'], kind: 'company' },
      { id: 'user:quill', name: 'Quill', zh: ['羽毛'], kind: 'company' },
    ];
    const index = loaded(RECORDS, mine);
    const records = createCompanyMatcher([...RECORDS, ...mine]);
    const text = `${TEXT}\nQuill, 羽毛, Shanghai Electric Works and Shanghai Electric; Orion.`;
    expect(found(text, index)).toEqual(found(text, records));
    expect(found(text, index)).toContain('Shanghai Electric Works=user:shanghai-electric-works');
    expect(compileAllNames(index)).toEqual(compileAllNames(records));
  });

  it('reads back its text, with the source in the header, and refuses another format or text', () => {
    const index = compactIndexOf(RECORDS);
    const text = compactIndexText(index, '20-1a2b');
    expect(readCompactIndexText(text)).toEqual(index);
    expect(compactIndexHeader(text)).toEqual({ format: index.format, source: '20-1a2b' });
    expect(compactIndexHeader('{"json": true}')).toBeUndefined();
    expect(() => readCompactIndexText('{"json": true}')).toThrow('not a company index: run npm run data');
    expect(() => matcherFromCompactIndex({ ...index, format: 1 as never })).toThrow(/format 1, expected \d+: run npm run data/);
    expect(found('Anything at all', matcherFromCompactIndex(readCompactIndexText(compactIndexText(compactIndexOf([]), 'empty'))))).toEqual([]);
  });
});
