import { describe, expect, it } from 'vitest';
import { foldChar, normalizeChar } from './fold-char';

const fold = (s: string): string => String.fromCharCode(...[...s].map((c) => foldChar(c.charCodeAt(0))));
const normal = (s: string): string => String.fromCharCode(...[...s].map((c) => normalizeChar(c.charCodeAt(0))));

describe('foldChar', () => {
  it('lowercases ASCII and other scripts', () => {
    expect(fold('OpenAI ÉCOLE Жук')).toBe('openai ecole жук');
  });

  it('folds typographic apostrophes, Unicode hyphens and full-width Latin', () => {
    expect(fold('People’s ‘x’ ʼ')).toBe("people's 'x' '");
    expect(fold('Meituan\u2010Dianping\u2011X')).toBe('meituan-dianping-x');
    expect(fold('ＯｐｅｎＡＩ１２')).toBe('openai12');
  });

  it('leaves CJK alone, and characters whose lowercase is longer than one code unit', () => {
    expect(fold('阿里巴巴')).toBe('阿里巴巴');
    // A Latin letter with a diacritic folds to its base letter even when its lowercase is longer.
    expect(fold('İ')).toBe('i');
  });
});

describe('normalizeChar', () => {
  it('normalises typography but keeps case', () => {
    expect(normal('Zhipu’s ＡＩ')).toBe("Zhipu's AI");
  });
});

describe('diacritics', () => {
  it('folds accented Latin letters to their base letter, one code unit for one', () => {
    expect(String.fromCharCode(...[...'Nestlé Moët Société'].map((c) => foldChar(c.charCodeAt(0))))).toBe('nestle moet societe');
    expect(foldChar('ß'.charCodeAt(0))).toBe('ß'.charCodeAt(0));
  });
});
