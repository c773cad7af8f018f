import { describe, it, expect } from 'vitest';
import { minorPartAt, numberWordsBefore, readNumberWords } from './number-words';

/** Reads the numeral anchored at the first scale word of `s`. */
const read = (s: string) => {
  const anchor = s.search(/hundred|thousand|million|billion|trillion/i);
  const w = readNumberWords(s, anchor);
  return w && { text: s.slice(w.start, w.end), lo: w.lo, hi: w.hi, vague: w.vague };
};

describe('readNumberWords', () => {
  it.each<[string, string, number, number]>([
    ['half a billion', 'half a billion', 5e8, 5e8],
    ['a half billion', 'a half billion', 5e8, 5e8],
    ['three million', 'three million', 3e6, 3e6],
    ['a billion', 'a billion', 1e9, 1e9],
    ['twenty-five million', 'twenty-five million', 25e6, 25e6],
    ['two hundred and fifty million', 'two hundred and fifty million', 250e6, 250e6],
    ['five hundred', 'five hundred', 500, 500],
    ['one and a half billion', 'one and a half billion', 1.5e9, 1.5e9],
    ['one billion two hundred million', 'one billion two hundred million', 1.2e9, 1.2e9],
    ['a total of three billion', 'three billion', 3e9, 3e9],
    ['several million', 'several million', 2e6, 9e6],
    ['a few billion', 'a few billion', 2e9, 9e9],
    ['hundreds of millions', 'hundreds of millions', 2e8, 9e8],
    ['tens of billions', 'tens of billions', 2e10, 9e10],
    // Read from "millions" alone it would be 2–9 million.
    ['dozens of millions', 'dozens of millions', 2e7, 9e7],
    ['millions', 'millions', 2e6, 9e6],
    // Like 数百: the currency follows as "of dollars" (a count, "hundreds of people", has none).
    ['hundreds', 'hundreds', 200, 900],
    ['a million and a half', 'a million and a half', 1.5e6, 1.5e6],
    ['a couple hundred', 'a couple hundred', 200, 200],
    ['a couple of billion', 'a couple of billion', 2e9, 2e9],
    ['a cool million', 'a cool million', 1e6, 1e6],
    ['a whopping billion', 'a whopping billion', 1e9, 1e9],
  ])('%s', (s, text, lo, hi) => {
    expect(read(s)).toMatchObject({ text, lo, hi });
  });

  it.each(['3 billion', 'the billion', 'billionaire', 'one of the billion'])('not a numeral: %s', (s) => {
    expect(read(s)).toBeNull();
  });
});

describe('numberWordsBefore (a numeral without a scale, before a currency word)', () => {
  /** Reads the numeral before the word `head` of `s`. */
  const before = (s: string, head: string) => {
    const w = numberWordsBefore(s, s.lastIndexOf(head));
    return w && { text: s.slice(w.start, w.end), lo: w.lo, large: w.large };
  };

  it.each<[string, string, string, number, boolean]>([
    ['twenty-five dollars', 'dollars', 'twenty-five', 25, false],
    ['paid fifteen dollars an hour', 'dollars', 'fifteen', 15, false],
    ['one hundred and fifty pounds', 'pounds', 'one hundred and fifty', 150, false],
    ['one Swiss franc', 'franc', 'one', 1, false],
    ['ninety Hong Kong dollars', 'dollars', 'ninety', 90, false],
    ['two thousand and five euros', 'euros', 'two thousand and five', 2005, true],
    ['a hundred and ten yuan', 'yuan', 'a hundred and ten', 110, false],
    ['five to ten dollars', 'dollars', 'five to ten', 5, false],
  ])('%s', (s, head, text, lo, large) => {
    expect(before(s, head)).toEqual({ text, lo, large });
  });

  it.each<[string, string]>([
    ['the dollar', 'dollar'], ['a dollar', 'dollar'], ['half a dollar', 'dollar'], ['several dollars', 'dollars'],
    ['one two three four euros', 'euros'],
  ])('not a numeral: %s', (s, head) => {
    expect(before(s, head)).toBeNull();
  });
});

describe('minorPartAt', () => {
  it.each<[string, number | null]>([
    [' fifty', 50], [' twenty-five', 25], [' 05', 5], [' 99.', 99], [' nine', 9],
    [' a', null], [' 5', null], [' 500', null], [' 50%', null], [' 50.5', null], ['fifty', null], [' hundred', null],
  ])('%j', (s, want) => expect(minorPartAt(s, 0)?.value ?? null).toBe(want));
});
