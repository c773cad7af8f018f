import { describe, expect, it } from 'vitest';
import { showsMention } from './ignored-currencies';

const money = (currency: string, range: string) => ({ kind: 'money' as const, mention: { currency }, range });

describe('ignored currencies', () => {
  const list = [money('USD', 'r1'), money('JPY', 'r2'), money('CNY', 'r3'), money('JPY', 'r4')];

  it('hides money in ignored currencies, never companies', () => {
    const ignored = new Set(['JPY']);
    expect(list.filter((m) => showsMention(ignored, m)).map((m) => m.range)).toEqual(['r1', 'r3']);
    expect(showsMention(ignored, { kind: 'company', mention: { id: 'jpy' } })).toBe(true);
    expect(list.every((m) => showsMention(new Set(), m))).toBe(true);
  });
});
