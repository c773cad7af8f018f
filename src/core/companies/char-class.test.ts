import { describe, expect, it } from 'vitest';
import { charClass, CJK, isEndBoundary, isIgnorable, isSpaceLike, isStartBoundary, isWhitespace, OTHER, WORD } from './char-class';

const cls = (ch: string): number => charClass(ch.charCodeAt(0));

describe('charClass', () => {
  it('classifies ASCII', () => {
    expect([cls('a'), cls('Z'), cls('7'), cls('_')]).toEqual([WORD, WORD, WORD, WORD]);
    expect([cls(' '), cls('-'), cls('.'), cls("'"), cls('\n')]).toEqual([OTHER, OTHER, OTHER, OTHER, OTHER]);
  });

  it('treats accented, Cyrillic and full-width letters as word characters', () => {
    expect([cls('é'), cls('ж'), cls('Ａ'), cls('\u0301')]).toEqual([WORD, WORD, WORD, WORD]);
  });

  it('puts Han, kana and Hangul in their own class, so they never glue onto a Latin name', () => {
    expect([cls('阿'), cls('㐀'), cls('カ'), cls('ひ'), cls('한'), cls('々')]).toEqual([CJK, CJK, CJK, CJK, CJK, CJK]);
  });

  it('treats CJK punctuation and lone surrogates as boundaries', () => {
    expect([cls('，'), cls('。'), cls('“'), cls('\ud83d'), cls('\ude00')]).toEqual([OTHER, OTHER, OTHER, OTHER, OTHER]);
  });

  it('gives the same answer twice (memoised)', () => {
    expect(cls('ß')).toBe(WORD);
    expect(cls('ß')).toBe(WORD);
  });
});

describe('spaces', () => {
  it('accepts horizontal whitespace but no line breaks as name separators', () => {
    for (const ch of [' ', '\t', '\u00a0', '\u2009', '\u202f', '\u3000']) expect(isSpaceLike(ch.charCodeAt(0))).toBe(true);
    for (const ch of ['\n', '\r', '\u2028', '\u2029', '\v', '\f']) expect(isSpaceLike(ch.charCodeAt(0))).toBe(false);
    for (const ch of ['\n', '\r', '\u2028', ' ']) expect(isWhitespace(ch.charCodeAt(0))).toBe(true);
  });

  it('knows the invisible characters', () => {
    for (const ch of ['\u00ad', '\u200b', '\u200d', '\u2060', '\ufeff']) expect(isIgnorable(ch.charCodeAt(0))).toBe(true);
    expect(isIgnorable(' '.charCodeAt(0))).toBe(false);
  });
});

describe('boundaries', () => {
  it('allows a start after a non-word character, not inside a word, a domain or an address', () => {
    expect(isStartBoundary('Ant', 0)).toBe(true);
    expect(isStartBoundary(' Ant', 1)).toBe(true);
    expect(isStartBoundary('和Ant', 1)).toBe(true);
    expect(isStartBoundary('(Ant', 1)).toBe(true);
    expect(isStartBoundary('. Ant', 2)).toBe(true);
    expect(isStartBoundary('pAnt', 1)).toBe(false);
    expect(isStartBoundary('www.Ant', 4)).toBe(false);
    expect(isStartBoundary('me@Ant', 3)).toBe(false);
  });

  it('allows an end before punctuation, hyphens, apostrophes and CJK, not before letters or .com', () => {
    expect(isEndBoundary('Ant', 3)).toBe(true);
    expect(isEndBoundary('Ant-backed', 3)).toBe(true);
    expect(isEndBoundary('Ant’s', 3)).toBe(true);
    expect(isEndBoundary('Ant.', 3)).toBe(true);
    expect(isEndBoundary('Ant的', 3)).toBe(true);
    expect(isEndBoundary('Antique', 3)).toBe(false);
    expect(isEndBoundary('Ant2', 3)).toBe(false);
    expect(isEndBoundary('Ant.com', 3)).toBe(false);
  });
});
