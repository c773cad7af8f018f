// Timing-style (the slow project, npm run test:slow). Issue 3, item 8: work bounded by input size on adversarial input, and no exception for any string.
// Each adversarial pattern is timed at a quarter size and at full size (about 1 MB); a linear scanner
// takes about 4× as long on 4× the input, a quadratic one 16×. The bound is 8× to leave room for
// noise (GC, JIT, a busy machine), with a floor under the small time so that a 1 ms blip cannot fail
// the test, and a generous absolute backstop for the full size.
import { describe, expect, it } from 'vitest';
import { extractMoney } from '../../src/core/money/extract-money';
import { fastestInTurn } from '../timing';

const FULL_CHARS = 1_000_000;
const MAX_GROWTH = 8;
const NOISE_FLOOR_MS = 5;
const BACKSTOP_MS = 4_000;
/** Eleven extractions of up to 1 MB each, some with 500,000 mentions: more than vitest's default 5 s. */
const TEST_TIMEOUT_MS = 60_000;

/** Repeats `unit` to about `chars` characters. */
const fill = (unit: string, chars: number) => unit.repeat(Math.max(1, Math.round(chars / unit.length)));

const ADVERSARIAL: Record<string, string> = {
  'digits and commas': '1,2,34,567,8901,',
  'comma-grouped thousands': '1,000',
  'space-grouped thousands': '1 000 ',
  'one long number': '9',
  'dollar signs': '$',
  'dollar amounts back to back': '$1',
  'open ranges': '$1-',
  'between … and': 'between $1 and ',
  'repeated English scale words': 'billion ',
  'repeated number words': 'half a ',
  'repeated vague plurals': 'hundreds of ',
  'repeated 亿': '亿',
  'repeated 亿元': '亿元',
  'repeated 数': '数',
  'Chinese numerals': '一二三四五六七八九十',
  'dots': '1.',
  'yen signs with digits': '¥1 ',
  // Issue 16: shared and careful markers, continental decimals, line breaks inside amounts.
  'shared kr with digits': 'kr 1 ',
  'careful R with separators': 'R1,0 ',
  'continental decimals': '9,90 € ',
  'dot-grouped rupiah': 'Rp1.000 ',
  'pounds of': '5 million pounds of ',
  'line breaks before scales': '$1\n million ',
  'codes with scales': 'MUSD 1 75 USD million ',
  'cue words and pesos': 'Mexico 5 pesos ',
  // Issue 16, unseen forms 3 and 4: articles, public bodies, unknown dollars, compound scales, d'euros.
  'articles before currency words': 'costs a dollar ',
  'public bodies and bare dollars': 'the Ontario government $1 ',
  'unknown dollar signs': 'J$1 MOP$1 ',
  'compound English scales': '$1 billion 2 million 3 ',
  'French scales': "1,2 milliard d'euros ",
  'apostrophe groups': "CHF 1'000'",
  // Issue 16, session 16: minor units, halves, couples, codes after number words, two countries on a
  // line, places of unread currencies, price cues, spaced cents, sayings, the amount read just before.
  'number words before minor units': 'five cents ',
  'halves before and after currency words': 'two and a half dollars and a half ',
  'couples of a scale': 'a couple hundred ',
  'codes after number words': 'fifty USD ',
  'two countries on a line': 'Oslo 5 crowns Stockholm ',
  'places of unread currencies': 'Sri Lanka 5 rupees ',
  'price cues around pence': 'only 5p each ',
  'spaced cents': '$ .25 ',
  'sayings': 'my two cents ',
  'amounts read just before as cues': '2 billion rand, or R2 ',
};


describe('extractMoney on adversarial input', () => {
  it.each(Object.entries(ADVERSARIAL))('%s: linear growth, bounded time', (_, unit) => {
    const small = fill(unit, FULL_CHARS / 4);
    const full = fill(unit, FULL_CHARS);
    extractMoney(small); // warm-up
    const [tSmall, tFull] = fastestInTurn(() => extractMoney(small), () => extractMoney(full));
    expect(tFull, `${tFull.toFixed(1)} ms for ${full.length} chars vs ${tSmall.toFixed(1)} ms for ${small.length}`)
      .toBeLessThanOrEqual(MAX_GROWTH * Math.max(tSmall, NOISE_FLOOR_MS));
    expect(tFull).toBeLessThan(BACKSTOP_MS);
  }, TEST_TIMEOUT_MS);

  it('1 MB line of digits and commas and 100,000 "$" signs finish and find nothing', () => {
    expect(extractMoney(fill('12,34,', FULL_CHARS))).toEqual([]);
    expect(extractMoney('$'.repeat(100_000))).toEqual([]);
    expect(extractMoney(`${'billion '.repeat(100_000)}dollars`)).toEqual([]);
    expect(extractMoney(`${'亿'.repeat(100_000)}元`)).toEqual([]);
  });
});

describe('extractMoney on random Unicode', () => {
  // xorshift32: the same strings on every run, so a failure reproduces.
  const rng = (seed: number) => () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x100000000;
  };
  const PIECES = [
    ...'0123456789０１２３$¥￥€£₩₹元亿万千百十兆数几多余近约至到-–~.,  \u2009\u202f\n()（）%',
    'billion', 'million', 'half a ', 'hundreds of ', ' of dollars', 'yuan', 'US$', 'HK$', 'RMB', 'between ',
    ' and ', ' to ', '-plus', ' a share', '美元', '港元', '人民币', '汇率', '兑', '(equivalent to ', '（约合',
    'kr', 'R', 'RM', 'Rp', 'Mex$', 'MUSD', ' USD', ' Mrd.', ' pounds', ' of ', ' a pound', ' Australian', 'pesos',
    'Oslo', 'Danish', '瑞士法郎', '克朗', ',90', '\n ',
  ];

  it('never throws and returns well-formed, ordered mentions', () => {
    const rand = rng(0x2545f491);
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = Math.floor(rand() * 40);
      for (let k = 0; k < len; k++) {
        const r = rand();
        if (r < 0.75) s += PIECES[Math.floor(rand() * PIECES.length)];
        else if (r < 0.9) s += String.fromCharCode(Math.floor(rand() * 0x10000)); // lone surrogates too
        else s += String.fromCodePoint(Math.floor(rand() * 0x110000));
      }
      const ctx = rand() < 0.3 ? { lang: 'zh-CN' } : rand() < 0.5 ? { domain: 'news.example.hk', lang: 'en' } : undefined;
      let got: ReturnType<typeof extractMoney> = [];
      expect(() => { got = extractMoney(s, ctx); }, JSON.stringify(s)).not.toThrow();
      let last = 0;
      for (const [k, g] of got.entries()) {
        expect(s.slice(g.start, g.end)).toBe(g.text);
        expect(g.start).toBeGreaterThanOrEqual(last);
        expect(g.end).toBeGreaterThan(g.start);
        // At most one line break, and never a blank line, inside an amount.
        expect((g.text.match(/\r\n|\r|\n/g) ?? []).length).toBeLessThanOrEqual(1);
        expect(Number.isFinite(g.amount) && g.amount > 0).toBe(true);
        if (g.amountMax !== undefined) expect(g.amountMax).toBeGreaterThan(g.amount);
        if (g.equivalentOf !== undefined) expect(g.equivalentOf).toBeLessThan(k);
        expect(g.currency).toMatch(/^[A-Z]{3}$/);
        expect(g.currencyReason.length).toBeGreaterThan(0);
        last = g.end;
      }
    }
  });
});

describe('extractMoney on pathological input, a wall-clock backstop', () => {
  it('handles pathological input quickly', () => {
    const inputs = [
      '1,'.repeat(500_000),
      '1,000'.repeat(200_000),
      '$'.repeat(100_000),
      '$1'.repeat(100_000),
      '一'.repeat(500_000),
      '数'.repeat(300_000),
      '亿元'.repeat(300_000),
      '1.'.repeat(500_000),
      '$1-'.repeat(100_000),
      'between $1 and '.repeat(50_000),
      '9'.repeat(1_000_000),
    ];
    for (const input of inputs) {
      const t0 = performance.now();
      expect(() => extractMoney(input)).not.toThrow();
      // A wall-clock backstop only; linear growth is checked above.
      expect(performance.now() - t0).toBeLessThan(4000);
    }
  }, 60_000);
});
