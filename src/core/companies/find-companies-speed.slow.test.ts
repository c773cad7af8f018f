import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';
import { seededRandom } from '../../../test/seeded-random';

// Speed sanity checks at the target data size (1,000 entities). The assertions are loose on
// purpose, so a loaded CI machine does not flake; the measured figures are printed for the record.
// Goals: build < 20 ms, scan ≥ 10 MB/s.


const SYLLABLES = ['ka', 'zhi', 'pu', 'ten', 'cent', 'lo', 'mi', 'bai', 'du', 'ar', 'no', 'vex', 'tra', 'sol', 'quin', 'de', 'ra', 'on'];
const HAN = '阿里巴腾讯智谱蚂蚁小米美团百度华章科技红杉中国星辰云海光明天成';
const WORDS = ('the of and to in a is that for it as was with be by on not he this are or his from at which but have an they ' +
  'more billion yuan million dollars funding round investors company said startup market growth shares China Beijing ' +
  'Monday quarter revenue chips model AI technology deal valuation').split(' ');

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function syntheticName(random: () => number): string {
  const word = () => {
    let w = '';
    const n = 2 + Math.floor(random() * 2);
    for (let i = 0; i < n; i++) w += pick(random, SYLLABLES);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return random() < 0.5 ? word() : `${word()} ${word()}`;
}

/** 1,000 records shaped like the real data: legal names, short names, Chinese names, tickers. */
function syntheticRecords(count: number): CompanyRecord[] {
  const random = seededRandom(1000);
  const records: CompanyRecord[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${syntheticName(random)} ${i}`;
    let zh = '';
    for (let k = 0; k < 3; k++) zh += pick(random, [...HAN]);
    records.push({
      id: `entity-${i}`,
      name,
      legalNames: [`${name} Technology Co., Ltd.`],
      shortNames: [`${name.split(' ')[0]}${i}`],
      zh: [`${zh}${i}`],
      tickers: [`NYSE:X${i}`],
      kind: 'company',
    });
  }
  return records;
}

function syntheticText(records: CompanyRecord[], chars: number): string {
  const random = seededRandom(42);
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const r = random();
    const piece =
      r < 0.03 ? pick(random, records).name : r < 0.04 ? (pick(random, records).zh?.[0] ?? '') : r < 0.05 ? '阿里巴巴和腾讯投资了' : pick(random, WORDS);
    parts.push(piece, random() < 0.02 ? '.\n' : ' ');
    length += piece.length + 1;
  }
  return parts.join('');
}

describe('speed at 1,000 entities', () => {
  const records = syntheticRecords(1000);

  it('compiles the data quickly', () => {
    const timings: number[] = [];
    for (let round = 0; round < 5; round++) {
      const t0 = performance.now();
      createCompanyMatcher(records);
      timings.push(performance.now() - t0);
    }
    console.info(`createCompanyMatcher, 1,000 entities: first ${timings[0]!.toFixed(1)} ms, best ${Math.min(...timings).toFixed(1)} ms`);
    expect(Math.min(...timings)).toBeLessThan(100);
  });

  it('scans about 1 MB of text', () => {
    const matcher = createCompanyMatcher(records);
    const text = syntheticText(records, 1_000_000);
    const timings: number[] = [];
    let found = 0;
    for (let round = 0; round < 3; round++) {
      const t0 = performance.now();
      found = findCompanies(text, matcher).length;
      timings.push(performance.now() - t0);
    }
    const best = Math.min(...timings);
    const mbPerSecond = text.length / 1e6 / (best / 1000);
    console.info(`findCompanies: ${(text.length / 1e6).toFixed(2)} M chars, ${found} mentions, best ${best.toFixed(0)} ms = ${mbPerSecond.toFixed(1)} M chars/s`);
    expect(found).toBeGreaterThan(1000);
    expect(best).toBeLessThan(1000);
  });
});
