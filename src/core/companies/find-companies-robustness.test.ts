import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';
import { seededRandom } from '../../../test/seeded-random';

// Seeded random text: the matcher must never throw on odd input (lone surrogates, combining marks,
// invisible characters, half names at the end of the text) and its output must stay well-formed.


const records: CompanyRecord[] = [
  { id: 'ant-group', name: 'Ant Group', legalNames: ['Ant Group Co., Ltd.'], shortNames: ['Ant'], zh: ['蚂蚁集团'], kind: 'both' },
  { id: 'tencent', name: 'Tencent', legalNames: ['Tencent Holdings Limited'], zh: ['腾讯'], kind: 'both' },
  { id: 'zhipu-ai', name: 'Zhipu AI', legalNames: ['Beijing Zhipu Huazhang Technology Co., Ltd.'], shortNames: ['Zhipu'], zh: ['智谱'], kind: 'company' },
  { id: 'pboc', name: "People's Bank of China", kind: 'company' },
  { id: 'jd-com', name: 'JD.com', aliases: ['JD'], tickers: ['NASDAQ:JD'], kind: 'company' },
];
const matcher = createCompanyMatcher(records);
const knownIds = new Set(records.map((r) => r.id));

// Pieces the generator draws from: fragments of names and suffixes, separators, and hard cases.
const PIECES = [
  'Ant', 'Group', 'Co.', ', Ltd.', 'Tencent', ' Holdings', 'Zhipu', '’s', "'", 'Beijing', ' Zhipu Huazhang',
  'Technology', 'People’s Bank of', ' China', 'JD', '.com', 'NASDAQ:', ' JD', '腾讯', '控股', '有限公司', '智谱',
  '蚂蚁', '集团', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u00ad', '\u200b', '\ufeff', '-', '.', ',', '@',
  '\ud83d', '\ude00', '😀', '\u0301', 'é', 'İ', 'ß', 'Ａ', 'ｎｔ', '，', '。', '\u2028', '\0',
];

function randomText(random: () => number): string {
  const parts: string[] = [];
  const count = Math.floor(random() * 24);
  for (let i = 0; i < count; i++) {
    if (random() < 0.2) {
      // A random BMP code unit, surrogates included.
      parts.push(String.fromCharCode(Math.floor(random() * 0x10000)));
    } else {
      parts.push(PIECES[Math.floor(random() * PIECES.length)] ?? '');
    }
  }
  return parts.join('');
}

describe('findCompanies on random text', () => {
  it('never throws and returns ordered, non-overlapping, exact spans (seed 20231020, 3,000 texts)', () => {
    const random = seededRandom(20231020);
    for (let round = 0; round < 3000; round++) {
      const text = randomText(random);
      const mentions = findCompanies(text, matcher);
      let previousEnd = 0;
      for (const m of mentions) {
        expect(m.start).toBeGreaterThanOrEqual(previousEnd);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.text).toBe(text.slice(m.start, m.end));
        expect(knownIds.has(m.id) || m.id.startsWith('unknown:'), m.id).toBe(true);
        expect(m.text.includes('\n')).toBe(false);
        previousEnd = m.end;
      }
    }
  });

  it('finds the same mentions when the text is shifted by a prefix', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 500; round++) {
      const text = randomText(random);
      const prefix = '… ';
      const plain = findCompanies(text, matcher).map((m) => [m.start, m.end, m.id]);
      const shifted = findCompanies(prefix + text, matcher).map((m) => [m.start - prefix.length, m.end - prefix.length, m.id]);
      // A prefix ending in a space cannot change anything after it, except at offset 0 where the
      // text itself may start with a half name; compare only mentions that start after offset 0.
      expect(shifted.filter(([s]) => (s as number) > 0)).toEqual(plain.filter(([s]) => (s as number) > 0));
    }
  });
});
