import { describe, expect, it } from 'vitest';
import type { DealRecord } from '../core/types';
import { keptFirst, mergedDeal } from './merge-result';

const base = (id: string, patch: Partial<DealRecord & { firstSeen: string }>): DealRecord & { firstSeen: string } => ({
  id, type: 'funding', target: { id: 'zhipu-ai', name: 'Zhipu AI' }, investors: [], date: '2023-10', sources: [], origin: 'captured', confidence: 0.8, firstSeen: '2026-01-01T00:00:00Z', ...patch,
});

describe('merge preview', () => {
  it('shows what the store will keep: the kept deal with every source and investor of both, marked edited', () => {
    const keep = base('zhipu-ai-2023-10-funding', { investors: [{ name: 'Alibaba' }], sources: [{ publisher: 'Reuters', date: '2023-10-20' }], origin: 'bundled' });
    const drop = base('zhipu-ai-2023-10-funding-2', { investors: [{ name: 'Tencent', role: 'lead' }], amount: { currency: 'CNY', amount: 2.5e9 }, sources: [{ publisher: 'Caixin', date: '2023-10-21' }] });
    const merged = mergedDeal(keep, drop);
    expect(merged.id).toBe(keep.id);
    expect(merged.origin).toBe('edited');
    expect(merged.investors.map((i) => i.name).sort()).toEqual(['Alibaba', 'Tencent']);
    expect(merged.sources.map((s) => s.publisher).sort()).toEqual(['Caixin', 'Reuters']);
    expect(merged.amount).toEqual({ currency: 'CNY', amount: 2.5e9 });
  });

  it('keeps the deal the store saw first', () => {
    const older = base('a', { firstSeen: '2025-01-01T00:00:00Z' });
    const newer = base('b', { firstSeen: '2026-01-01T00:00:00Z' });
    expect(keptFirst(newer, older).map((d) => d.id)).toEqual(['a', 'b']);
    expect(keptFirst(older, newer).map((d) => d.id)).toEqual(['a', 'b']);
  });
});
