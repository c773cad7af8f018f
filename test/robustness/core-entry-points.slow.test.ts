// Issue 19, item 3: no input makes the engine super-linear. One megabyte of each adversarial family
// goes to every core entry point a page's or a file's text reaches. Each is timed at a quarter and at
// the full size (linear: ~4×; quadratic: ~16×; the bound is 8× for noise) and against plain prose of
// the same size in the same run (the bound is a generous multiple, so a busy machine moves both). A
// timing-style test: the slow project (npm run test:slow).
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/core/annotate';
import { createCompanyMatcher } from '../../src/core/companies';
import { normalizeUrl } from '../../src/core/deals/merge-deals';
import { companies } from '../../src/data/companies';
import { fastestInTurn } from '../timing';

const MB = 1_000_000;
const MAX_GROWTH = 8;
/**
 * Adversarial text may cost this many times plain prose of the same size, and no more: the goal is
 * 2 s per MB on these machines, where plain prose takes ~100 ms per MB (printed with each result).
 */
const MAX_VS_PLAIN = 20;
const NOISE_FLOOR_MS = 20;

const fill = (unit: string, chars: number) => unit.repeat(Math.max(1, Math.round(chars / unit.length)));

const PLAIN = 'The company said on Tuesday that sales rose in the quarter, and its shares closed higher in early trading. ';

const FAMILIES: Record<string, string> = {
  'corporate words': 'Ltd ',
  'corporate words with commas': 'Co., ',
  'a corporate chain': 'Group Holdings Co., Ltd. ',
  'name words': 'Alpha ',
  'hyphenated name words': 'Alpha-Beta ',
  'name words and corporate words': 'Northgate Mining Corp ',
  'separators': ', ; : — ',
  'digits': '1234567890 ',
  'digits and scale words': '9 billion ',
  'Chinese numerals': '一二三四五六七八九十百千万亿',
  'Chinese corporate words': '有限公司集团',
  'URLs': 'https://example.com/a?b=c ',
  'whitespace': ' '.repeat(64),
};

const matcher = createCompanyMatcher(companies);
const read = (text: string) => annotate(text, { context: { lang: 'en', date: '2024-05-14' }, companies: matcher });


describe('the engine (annotate: money, companies, deals) on 1 MB of adversarial text', () => {
  const plain = fill(PLAIN, MB);
  read(plain); // warm-up

  it.each(Object.entries(FAMILIES))('%s: linear growth, within a multiple of plain prose', (_, unit) => {
    const quarter = fill(unit, MB / 4);
    const full = fill(unit, MB);
    read(quarter); // warm-up
    const [tQuarter, tFull] = fastestInTurn(() => read(quarter), () => read(full), 3);
    // Plain prose of the same size, measured beside it, so the same load falls on both.
    const [plainMs] = fastestInTurn(() => read(plain), () => undefined, 3);
    const figures = `${tFull.toFixed(0)} ms for 1 MB, ${tQuarter.toFixed(0)} ms for 250 KB, plain prose ${plainMs.toFixed(0)} ms`;
    console.info(`${_}: ${figures}`);
    expect(tFull, figures).toBeLessThanOrEqual(MAX_GROWTH * Math.max(tQuarter, NOISE_FLOOR_MS));
    expect(tFull, figures).toBeLessThanOrEqual(MAX_VS_PLAIN * Math.max(plainMs, NOISE_FLOOR_MS));
  }, 120_000);
});

describe('normalizeUrl on hostile URLs', () => {
  it.each([
    ['white space', (n: number) => `https://a.com/${' '.repeat(n)}x`],
    ['a long host', (n: number) => `https://${'a'.repeat(n)}`],
    ['user info', (n: number) => `https://${'a@'.repeat(n / 2)}b.com/`],
    ['query parameters', (n: number) => `https://a.com/?${'utm_x=1&'.repeat(n / 8)}`],
  ])('%s: linear growth', (_, make) => {
    const small = make(40_000);
    const big = make(160_000);
    normalizeUrl(small);
    const [tSmall, tBig] = fastestInTurn(() => normalizeUrl(small), () => normalizeUrl(big));
    expect(tBig, `${tBig.toFixed(1)} ms vs ${tSmall.toFixed(1)} ms`).toBeLessThanOrEqual(MAX_GROWTH * Math.max(tSmall, 5));
  });
});
