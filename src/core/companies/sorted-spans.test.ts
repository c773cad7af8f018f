import { describe, expect, it } from 'vitest';
import { firstEndAfter } from './sorted-spans';

describe('firstEndAfter', () => {
  const spans = [{ end: 3 }, { end: 7 }, { end: 7.5 }, { end: 12 }];
  it('finds the first span ending after a position', () => {
    expect([0, 3, 4, 7, 8, 11, 12, 99].map((at) => firstEndAfter(spans, at))).toEqual([0, 1, 1, 2, 3, 3, 4, 4]);
    expect(firstEndAfter([], 5)).toBe(0);
  });
});
