import { describe, expect, it } from 'vitest';
import { isNameWord, isSentenceStart, nextWordStart, previousWordEnd, wordEnd, wordStart } from './name-words';

describe('Latin words around a position', () => {
  it('keeps inner dots, colons and hyphens inside a word', () => {
    for (const word of ['Pony.ai', '01.AI', 'Run:ai', 'High-Flyer', 'Zürich']) {
      const text = ` ${word}, then`;
      expect(text.slice(1, wordEnd(text, 1)), word).toBe(word);
      expect(text.slice(wordStart(text, 1 + word.length), 1 + word.length), word).toBe(word);
    }
    expect(wordEnd('Co. Ltd', 0)).toBe(2);
    expect(wordEnd('10:30', 0)).toBe(2);
  });

  it('steps over horizontal space but never over a line break', () => {
    expect(nextWordStart('a  Zhipu', 1)).toBe(3);
    expect(nextWordStart('a\nZhipu', 1)).toBe(-1);
    expect(previousWordEnd('Zhipu \u00a0x', 7)).toBe(5);
    expect(previousWordEnd('Zhipu\n x', 7)).toBe(-1);
  });

  it('tells name words from other words', () => {
    const name = (w: string) => isNameWord(w, 0, w.length);
    expect(['Zhipu', 'AI', 'xAI', 'iFlytek', '01.AI', '5Y', 'Kai-Fu', 'High-Flyer'].every(name)).toBe(true);
    expect(['zhipu', '5th', '2023', 'Beijing-based', 'Tencent-backed'].some(name)).toBe(false);
  });

  it('knows a sentence start', () => {
    expect(isSentenceStart('Zhipu said', 0)).toBe(true);
    expect(isSentenceStart('It rose. Zhipu said', 9)).toBe(true);
    expect(isSentenceStart('and Zhipu said', 4)).toBe(false);
  });
});
