import { describe, expect, it } from 'vitest';
import { matchesOf } from './matches-of';

describe('matchesOf', () => {
  it('gives what matchAll gives, with indices and groups', () => {
    const re = /\b(rais|secur)(?:ed|es)\b/g;
    const text = 'Kelvara raised €12m; Orchid secures $5m and raised more.';
    const want = [...text.matchAll(re)].map((m) => [m.index, m[0], m[1]]);
    expect(matchesOf(re, text).map((m) => [m.index, m[0], m[1]])).toEqual(want);
    expect(want).toHaveLength(3);
  });

  it('starts afresh whatever the shared expression last did, and leaves it at 0', () => {
    const re = /融资/g;
    re.lastIndex = 5;
    expect(matchesOf(re, '完成融资，再次融资').map((m) => m.index)).toEqual([2, 7]);
    expect(re.lastIndex).toBe(0);
  });

  it('moves on after an empty match instead of looping', () => {
    expect(matchesOf(/(?=a)/g, 'aba').map((m) => m.index)).toEqual([0, 2]);
  });

  it('refuses an expression without the global flag, as matchAll does', () => {
    expect(() => matchesOf(/a/, 'a')).toThrow(TypeError);
  });
});
