import { describe, expect, it } from 'vitest';
import { applyIgnored, showsMention } from './ignored-currencies';

const money = (currency: string, range: string) => ({ kind: 'money' as const, mention: { currency }, range });

describe('ignored currencies', () => {
  const list = [money('USD', 'r1'), money('JPY', 'r2'), money('CNY', 'r3'), money('JPY', 'r4')];

  it('hides money in ignored currencies, never companies', () => {
    const ignored = new Set(['JPY']);
    expect(list.filter((m) => showsMention(ignored, m)).map((m) => m.range)).toEqual(['r1', 'r3']);
    expect(showsMention(ignored, { kind: 'company', mention: { id: 'jpy' } })).toBe(true);
    expect(list.every((m) => showsMention(new Set(), m))).toBe(true);
  });

  it('takes ignored amounts out of the highlight and puts them back when no longer ignored', () => {
    const highlight = new Set(['r1', 'r2', 'r3', 'r4']);
    expect(applyIgnored(highlight, list, new Set(['JPY']), false)).toBe(0);
    expect([...highlight]).toEqual(['r1', 'r3']);
    // Without `restore` (after a read) nothing comes back.
    expect(applyIgnored(highlight, list, new Set(), false)).toBe(0);
    expect(highlight.size).toBe(2);
    applyIgnored(highlight, list, new Set(['CNY']), true);
    expect([...highlight].sort()).toEqual(['r1', 'r2', 'r4']);
  });

  it('counts ranges whose mentions it does not know yet', () => {
    const highlight = new Set(['r1', 'r2', 'new']);
    expect(applyIgnored(highlight, list, new Set(['JPY']), false)).toBe(1);
    expect([...highlight]).toEqual(['r1', 'new']);
  });
});
