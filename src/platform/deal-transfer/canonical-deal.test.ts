import { describe, expect, it } from 'vitest';
import type { DealRecord } from '../../core/types';
import { canonicalDeal, sortById } from './canonical-deal';

describe('canonicalDeal', () => {
  it('orders keys as the types declare them and drops undefined and unknown fields', () => {
    const messy = {
      confidence: 0.7,
      origin: 'captured',
      sources: [{ quote: 'q', date: '2024-01-02', publisher: 'P', url: undefined }],
      date: '2024-01',
      amount: { approx: 'about', amount: 5, currency: 'USD', amountMax: undefined },
      investors: [{ role: 'lead', name: 'B', id: 'b' }],
      target: { name: 'A', id: 'a' },
      type: 'funding',
      id: 'a-2024-01-funding',
      round: undefined,
      firstSeen: '2024-01-03T00:00:00Z',
    } as unknown as DealRecord;
    expect(JSON.stringify(canonicalDeal(messy))).toBe(
      JSON.stringify({
        id: 'a-2024-01-funding',
        type: 'funding',
        target: { id: 'a', name: 'A' },
        investors: [{ id: 'b', name: 'B', role: 'lead' }],
        amount: { currency: 'USD', amount: 5, approx: 'about' },
        date: '2024-01',
        sources: [{ publisher: 'P', date: '2024-01-02', quote: 'q' }],
        origin: 'captured',
        confidence: 0.7,
      }),
    );
  });
});

describe('sortById', () => {
  it('sorts by code units, whatever the locale, without changing the input', () => {
    const list = [{ id: 'b' }, { id: 'a-2' }, { id: 'a' }, { id: 'a1' }] as DealRecord[];
    expect(sortById(list).map((d) => d.id)).toEqual(['a', 'a-2', 'a1', 'b']);
    expect(list.map((d) => d.id)).toEqual(['b', 'a-2', 'a', 'a1']);
  });
});
