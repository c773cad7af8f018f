import { describe, expect, it } from 'vitest';
import type { DealRecord } from '../core/types';
import { allDeals } from './all-deals';
import type { BackgroundContract } from './contract';

type Listed = BackgroundContract['listDeals']['response']['deals'][number];
const listed = (id: string) => ({ id, firstSeen: '2026-12-01T00:00:00Z' }) as unknown as DealRecord & Listed;

describe('allDeals', () => {
  it('asks page after page, each after the last one’s continuation, until there is none', async () => {
    const store = ['a', 'b', 'c', 'd', 'e'].map(listed);
    const asked: BackgroundContract['listDeals']['request'][] = [];
    const deals = await allDeals(async (request) => {
      asked.push(request);
      const from = request.after === undefined ? 0 : store.findIndex((d) => d.id === request.after) + 1;
      const page = store.slice(from, from + request.limit);
      return { deals: page, next: from + request.limit < store.length ? page[page.length - 1]!.id : null };
    }, 2);
    expect(deals.map((d) => d.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(asked).toEqual([{ limit: 2 }, { limit: 2, after: 'b' }, { limit: 2, after: 'd' }]);
  });

  it('stops at an empty page even if it names a continuation', async () => {
    let calls = 0;
    const deals = await allDeals(async () => (++calls === 1 ? { deals: [listed('a')], next: 'a' } : { deals: [], next: 'a' }));
    expect([deals.length, calls]).toEqual([1, 2]);
  });
});
