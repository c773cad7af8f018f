import { describe, expect, it } from 'vitest';
import { companyIndex } from '../../../scripts/build-company-index';
import { compileAllNames, createCompanyMatcher, findCompanies } from '../../core/companies';
import { companies } from './index';
import { decodeMatchIndex, encodeMatchIndex, idFromName, matchRecordOf, type MatchRecord } from './match-index';

describe('compact match index', () => {
  it('decodes to exactly the match fields of every bundled record', () => {
    expect(decodeMatchIndex(companyIndex(companies))).toEqual(companies.map(matchRecordOf));
  });

  it('keeps nothing the content script does not match on', () => {
    const [first] = decodeMatchIndex(companyIndex(companies));
    expect(Object.keys(first!).sort()).toEqual(Object.keys(matchRecordOf(companies[0]!)).sort());
    expect(first).not.toHaveProperty('description');
    expect(first).not.toHaveProperty('domain');
  });

  it('writes a record as one line, leaving out what the name already says', () => {
    const record: MatchRecord = {
      id: 'alibaba-group',
      name: 'Alibaba Group',
      kind: 'both',
      legalNames: ['Alibaba Group Holding Limited'],
      shortNames: ['Alibaba'],
      aliases: ['AB'],
      zh: ['阿里巴巴', '阿里巴巴集团'],
      tickers: ['NYSE:BABA', 'HKEX:9988', 'OTC:BABAF'],
    };
    const text = encodeMatchIndex([record, { id: 'aws', name: 'Amazon Web Services', kind: 'company' }]);
    expect(text).toBe('Alibaba Group||b|^M Holding Limited|^G|AB||阿里巴巴;^D集团|n:BABA;h:9988;OTC:BABAF\nAmazon Web Services|aws');
    expect(decodeMatchIndex(text)).toEqual([record, { id: 'aws', name: 'Amazon Web Services', kind: 'company' }]);
  });

  it('reads back no records from an empty index, and tickers without a known exchange as written', () => {
    expect(decodeMatchIndex(encodeMatchIndex([]))).toEqual([]);
    const record: MatchRecord = { id: 'x', name: 'X', kind: 'investor', tickers: ['NYSEX', 'FWB:X1', 'TSE:7203'] };
    expect(decodeMatchIndex(encodeMatchIndex([record]))).toEqual([record]);
  });

  it('shares starts up to 58 characters and never splits a surrogate pair', () => {
    const long = 'L'.repeat(70);
    const records: MatchRecord[] = [{ id: 'x', name: long, kind: 'company', aliases: [`${long} Two`, '𠀀𠀀A', '𠀀𠀀B', '𠀀𠀁'] }];
    const text = encodeMatchIndex(records);
    expect(text).toContain(`|^z${'L'.repeat(12)} Two;`);
    expect(decodeMatchIndex(text)).toEqual(records);
  });

  it('derives ids as the data writes them', () => {
    expect(idFromName('Trip.com Group')).toBe('trip-com-group');
    expect(idFromName('  A&B  Capital ')).toBe('a-b-capital');
    expect(idFromName('360 Security')).toBe('360-security');
  });

  it('refuses names that would break the format', () => {
    expect(() => encodeMatchIndex([{ id: 'x', name: 'A|B', kind: 'company' }])).toThrow(/reserves/);
    expect(() => encodeMatchIndex([{ id: 'x', name: 'X', kind: 'company', aliases: ['a;b'] }])).toThrow(/reserves/);
    expect(() => encodeMatchIndex([{ id: 'x', name: 'X', kind: 'company', zh: ['^X'] }])).toThrow(/reserves/);
    expect(() => encodeMatchIndex([{ id: 'x', name: 'X', kind: 'company', aliases: [] }])).toThrow(/empty/);
  });

  it('gives the same matcher as the full records', () => {
    const fromIndex = createCompanyMatcher(decodeMatchIndex(companyIndex(companies)));
    const fromData = createCompanyMatcher(companies);
    expect(compileAllNames(fromIndex)).toEqual(compileAllNames(fromData));
    const text = 'Alibaba Group Holding Limited (NYSE: BABA), 腾讯 and Ant Financial backed Zhipu AI.';
    expect(findCompanies(text, fromIndex)).toEqual(findCompanies(text, fromData));
  });
});
