// relatedDeals over a store of 100,000 deals, within a generous bound. A timing-style test: the slow
// project (npm run test:slow).
import { describe, expect, it } from 'vitest';
import type { DealRecord } from '../types';
import { relatedDeals } from './related-deals';

const deal = (overrides: Partial<DealRecord> & Pick<DealRecord, 'id' | 'target' | 'date'>): DealRecord => ({
  type: 'funding',
  investors: [],
  sources: [{ publisher: 'Test', date: '2024-01-01' }],
  origin: 'captured',
  confidence: 0.7,
  ...overrides,
});
const fund = (n: number) => ({ id: `fund-${n}`, name: `Fund ${n}` });

describe('relatedDeals at scale', () => {
  it('answers over 100,000 deals quickly', () => {
    const many: DealRecord[] = Array.from({ length: 100_000 }, (_, i) =>
      deal({
        id: `d-${i}`,
        target: { id: `co-${i % 5000}`, name: `Co ${i % 5000}` },
        date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 9}`,
        sector: i % 2 ? 'ai' : 'ev',
        investors: [fund(i % 50), { name: `Angel ${i % 700}` }],
        amount: { currency: 'USD', amount: 1e6 * (1 + (i % 1000)) },
      }),
    );
    const started = performance.now();
    const r = relatedDeals('co-7', many);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.timeline).toHaveLength(20);
    expect(r.similar.length).toBeGreaterThan(0);
  });
});
