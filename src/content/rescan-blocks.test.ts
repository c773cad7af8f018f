import { describe, expect, it } from 'vitest';
import type { FoundMentions } from '../messages/contract';
import { findInSlices, keepWithin, placeAdded } from './rescan-blocks';
import { MAX_SLICE_CHARS } from './scan-page';

const byValue = (a: number, b: number) => a - b;

describe('placeAdded', () => {
  it('moves the run added at the end to its place in order', () => {
    const list = [1, 2, 7, 8, 4, 5];
    placeAdded(list, 4, byValue);
    expect(list).toEqual([1, 2, 4, 5, 7, 8]);
  });
  it('places a run before everything or after everything', () => {
    const first = [5, 6, 1, 2];
    placeAdded(first, 2, byValue);
    expect(first).toEqual([1, 2, 5, 6]);
    const last = [1, 2, 9];
    placeAdded(last, 2, byValue);
    expect(last).toEqual([1, 2, 9]);
  });
  it('leaves the list alone when nothing was added, and fills an empty one', () => {
    const none = [1, 2];
    placeAdded(none, 2, byValue);
    expect(none).toEqual([1, 2]);
    const empty = [3, 4];
    placeAdded(empty, 0, byValue);
    expect(empty).toEqual([3, 4]);
  });
});

describe('keepWithin', () => {
  const money = (start: number, equivalentOf?: number) =>
    ({ start, end: start + 3, text: 'x', amount: 1, currency: 'USD', currencyReason: 'symbol', currencyBasis: { by: 'written' }, ...(equivalentOf !== undefined && { equivalentOf }) }) as never;
  const company = (start: number) => ({ start, end: start + 3, id: 'c', name: 'C' }) as never;

  it('keeps the mentions that start inside the spans and renumbers restatements', () => {
    const found = { money: [money(1), money(12), money(15, 1), money(30)], companies: [company(2), company(20)] };
    const kept = keepWithin(found, [{ from: 10, to: 25 }]);
    expect(kept.money.map((m) => [m.start, m.equivalentOf])).toEqual([
      [12, undefined],
      [15, 0],
    ]);
    expect(kept.companies.map((c) => c.start)).toEqual([20]);
  });

  it('drops the link to a partner left outside', () => {
    const kept = keepWithin({ money: [money(1), money(12, 0)], companies: [] }, [{ from: 10, to: 25 }]);
    expect(kept.money).toHaveLength(1);
    expect(kept.money[0]!.equivalentOf).toBeUndefined();
  });
});

describe('findInSlices', () => {
  // A fake engine: every "$5m" is an amount, the second of each pair restating the first.
  const asked: string[] = [];
  const find = async (text: string): Promise<FoundMentions> => {
    asked.push(text);
    const money: FoundMentions['money'] = [];
    for (const m of text.matchAll(/\$5m/g)) {
      money.push({ start: m.index, end: m.index + 3, text: '$5m', amount: 5e6, currency: 'USD', currencyReason: 'symbol $', currencyBasis: { by: 'written' }, ...(money.length % 2 === 1 && { equivalentOf: money.length - 1 }) });
    }
    return { money, companies: [] };
  };

  it('asks for changed blocks in slices no longer than a page scan sends, one of a megabyte included', async () => {
    asked.length = 0;
    const blocks = ['Kelvara raised $5m ($5m). '.repeat(400), 'Tencent paid $5m ($5m). '.repeat(40_000), 'A short one: $5m ($5m).'];
    const text = blocks.join('\n');
    const blockStarts = blocks.map((_, i) => blocks.slice(0, i).reduce((n, b) => n + b.length + 1, 0));
    const found = await findInSlices(find, { text, nodes: [], starts: [], blockStarts });
    expect(Math.max(...asked.map((t) => t.length))).toBeLessThanOrEqual(MAX_SLICE_CHARS);
    expect(asked.join('')).toBe(text);
    // Every amount, at its offset in the whole text, each restatement pointing at the amount before it.
    expect(found.money).toHaveLength(2 * (400 + 40_000 + 1));
    expect(found.money.every((m) => text.slice(m.start, m.end) === '$5m')).toBe(true);
    expect(found.money.every((m, i) => m.equivalentOf === (i % 2 ? i - 1 : undefined))).toBe(true);
  });
});
