// The deal store on a real IndexedDB implementation (fake-indexeddb): every write lands whole or not at
// all, keeps the running size in step with what is stored, and captures stay under the store's limits.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DealRecord } from '../../core/types';
import { allDeals } from '../../messages/all-deals';
import { failingPut } from './failing-db';
import { openDealDb, storedSize, USAGE_KEY, type DealDb, type StoreUsage } from './deal-db';
import {
  captureDeals,
  deleteDeals,
  EVICTED_KEY,
  importAtomically,
  listDealsPage,
  mergeInto,
  replaceAll,
  resetToBundled,
  restoreBundled,
  saveEdited,
  seedBundled,
  StoreFullError,
  storeUsage,
} from './deal-store';

let opened = 0;
/** A fresh store of its own for each test. */
const freshDb = () => openDealDb(`deal-store-test-${++opened}`);

function deal(id: string, patch: Partial<DealRecord> = {}): DealRecord {
  return {
    id,
    type: 'funding',
    target: { id: `co-${id}`, name: `Company ${id}` },
    investors: [{ name: `Backer of ${id}` }],
    amount: { currency: 'USD', amount: 10_000_000 },
    date: '2024-05-01',
    sources: [{ url: `https://news.example/${id}`, publisher: 'Example News', date: '2024-05-01', quote: `Company ${id} raised $10 million.` }],
    origin: 'captured',
    confidence: 0.8,
    ...patch,
  };
}

/** The running size as kept in meta, and as measured from every stored deal. */
async function usageKeptAndMeasured(db: DealDb): Promise<[StoreUsage, StoreUsage]> {
  const kept = (await db.get('meta', USAGE_KEY))?.value as StoreUsage;
  const all = await db.getAll('deals');
  return [kept, { count: all.length, bytes: all.reduce((sum, d) => sum + storedSize(d), 0) }];
}
async function expectUsageInStep(db: DealDb): Promise<StoreUsage> {
  const [kept, measured] = await usageKeptAndMeasured(db);
  expect(kept).toEqual(measured);
  return kept;
}

const ids = async (db: DealDb) => (await db.getAllKeys('deals')).sort();

describe('deal store on IndexedDB', () => {
  it('seeds bundled deals once per version and never overwrites a deal the reader edited', async () => {
    const db = await freshDb();
    const bundled = [deal('a', { origin: 'bundled', confidence: 1 }), deal('b', { origin: 'bundled', confidence: 1 })];
    expect(await seedBundled(db, bundled, 'v1', '2026-01-01T00:00:00Z')).toBe(2);
    expect(await seedBundled(db, bundled, 'v1', '2026-01-02T00:00:00Z')).toBe(0);
    await saveEdited(db, { ...bundled[0]!, round: 'Series A' }, '2026-01-03T00:00:00Z');
    expect(await seedBundled(db, [deal('a', { origin: 'bundled', round: 'Seed' }), bundled[1]!], 'v2', '2026-01-04T00:00:00Z')).toBe(1);
    const a = await db.get('deals', 'a');
    expect([a?.origin, a?.round, a?.firstSeen]).toEqual(['edited', 'Series A', '2026-01-01T00:00:00Z']);
    expect(await expectUsageInStep(db)).toMatchObject({ count: 2 });
  });

  it('restores the bundled deals the store lacks, leaving the reader\'s deals and edits as they are', async () => {
    const db = await freshDb();
    const bundled = [deal('a', { origin: 'bundled', confidence: 1 }), deal('b', { origin: 'bundled', confidence: 1 })];
    await seedBundled(db, bundled, 'v1', '2026-01-01T00:00:00Z');
    await saveEdited(db, { ...bundled[0]!, round: 'Series A' }, '2026-01-02T00:00:00Z');
    await deleteDeals(db, ['b']);
    await captureDeals(db, [deal('mine')], '2026-01-03T00:00:00Z');
    expect(await restoreBundled(db, bundled, '2026-01-04T00:00:00Z')).toBe(1);
    expect(await ids(db)).toEqual(['a', 'b', 'mine']);
    expect((await db.get('deals', 'a'))?.round).toBe('Series A');
    expect((await db.get('deals', 'b'))?.firstSeen).toBe('2026-01-04T00:00:00Z');
    expect(await restoreBundled(db, bundled, '2026-01-05T00:00:00Z')).toBe(0);
    expect(await expectUsageInStep(db)).toMatchObject({ count: 3 });
  });

  it('captures new deals and merges the same deal from another page, keeping both sources', async () => {
    const db = await freshDb();
    const first = await captureDeals(db, [deal('x')], '2026-02-01T00:00:00Z');
    const again = deal('x-other', { target: { id: 'co-x', name: 'Company x' }, sources: [{ url: 'https://other.example/x', publisher: 'Other', date: '2024-05-02' }] });
    const second = await captureDeals(db, [again], '2026-02-02T00:00:00Z');
    expect(first).toEqual({ added: ['x'], merged: [], evicted: 0 });
    expect(second).toEqual({ added: [], merged: ['x'], evicted: 0 });
    const stored = await db.get('deals', 'x');
    expect(stored?.sources.map((s) => s.publisher).sort()).toEqual(['Example News', 'Other']);
    expect(stored?.firstSeen).toBe('2026-02-01T00:00:00Z');
    await expectUsageInStep(db);
  });

  it('keeps the running size in step through edits, deletions, merges, imports, restores and resets', async () => {
    const db = await freshDb();
    await captureDeals(db, [deal('p'), deal('q'), deal('r')], '2026-03-01T00:00:00Z');
    await saveEdited(db, { ...deal('p'), round: 'A much longer round name than before' }, '2026-03-02T00:00:00Z');
    await expectUsageInStep(db);
    const merged = await mergeInto(db, 'p', 'q', '2026-03-03T00:00:00Z');
    expect(merged.origin).toBe('edited');
    expect(await ids(db)).toEqual(['p', 'r']);
    await expectUsageInStep(db);
    await deleteDeals(db, ['r', 'not-there']);
    expect(await expectUsageInStep(db)).toMatchObject({ count: 1 });
    await importAtomically(db, [deal('s', { origin: 'imported' }), deal('p', { origin: 'imported' })], '2026-03-04T00:00:00Z');
    expect(await expectUsageInStep(db)).toMatchObject({ count: 2 });
    await replaceAll(db, [deal('t'), deal('u'), deal('v')], '2026-03-05T00:00:00Z');
    expect(await ids(db)).toEqual(['t', 'u', 'v']);
    expect(await expectUsageInStep(db)).toMatchObject({ count: 3 });
    await resetToBundled(db, [deal('w', { origin: 'bundled' })], 'v9', '2026-03-06T00:00:00Z');
    expect(await ids(db)).toEqual(['w']);
    expect(await expectUsageInStep(db)).toMatchObject({ count: 1 });
  });

  it('imports and restores all or nothing: a record that cannot be written leaves the store as it was', async () => {
    const db = await freshDb();
    await captureDeals(db, [deal('keep-1'), deal('keep-2')], '2026-04-01T00:00:00Z');
    const before = await usageKeptAndMeasured(db);
    // No id: IndexedDB refuses it (DataError) after the first record was written.
    const broken = { ...deal('broken'), id: undefined } as unknown as DealRecord;
    await expect(importAtomically(db, [deal('new-1'), broken], '2026-04-02T00:00:00Z')).rejects.toThrow();
    expect(await ids(db)).toEqual(['keep-1', 'keep-2']);
    await expect(replaceAll(db, [deal('new-2'), broken], '2026-04-03T00:00:00Z')).rejects.toThrow();
    expect(await ids(db)).toEqual(['keep-1', 'keep-2']);
    expect(await usageKeptAndMeasured(db)).toEqual(before);
  });

  it('a capture stopped half-way (its second write fails) leaves none of its deals and the size figure as it was', async () => {
    const db = await freshDb();
    await captureDeals(db, [deal('old')], '2026-05-01T00:00:00Z');
    const [keptBefore] = await usageKeptAndMeasured(db);
    await expect(captureDeals(failingPut(db, 2), [deal('one'), deal('two'), deal('three')], '2026-05-02T00:00:00Z')).rejects.toThrow(/quota/);
    expect(await ids(db)).toEqual(['old']);
    const [keptAfter, measured] = await usageKeptAndMeasured(db);
    expect(keptAfter).toEqual(keptBefore);
    expect(measured).toEqual(keptBefore);
  });

  it('a capture over the deal limit removes the oldest captured deals first, never bundled, imported or edited ones', async () => {
    const db = await freshDb();
    const limits = { maxDeals: 6, maxBytes: 10_000_000 };
    await seedBundled(db, [deal('bundled-1', { origin: 'bundled' })], 'v1', '2026-01-01T00:00:00Z');
    await importAtomically(db, [deal('imported-1', { origin: 'imported' })], '2026-01-02T00:00:00Z');
    for (const [i, day] of ['03', '04', '05', '06'].entries()) await captureDeals(db, [deal(`captured-${i + 1}`)], `2026-01-${day}T00:00:00Z`, limits);
    await saveEdited(db, deal('captured-1'), '2026-01-07T00:00:00Z'); // the oldest capture, now the reader's
    expect((await db.getAll('deals')).length).toBe(6);
    const result = await captureDeals(db, [deal('new-1'), deal('new-2')], '2026-02-01T00:00:00Z', limits);
    expect(result).toMatchObject({ added: ['new-1', 'new-2'], evicted: 2 });
    expect(await ids(db)).toEqual(['bundled-1', 'captured-1', 'captured-4', 'imported-1', 'new-1', 'new-2']);
    expect((await db.get('meta', EVICTED_KEY))?.value).toEqual({ count: 2, at: '2026-02-01T00:00:00Z' });
    await captureDeals(db, [deal('new-3')], '2026-02-02T00:00:00Z', limits);
    expect(await ids(db)).not.toContain('captured-4');
    expect(await storeUsage(db)).toMatchObject({ usage: { count: 6 }, evicted: { count: 3, at: '2026-02-02T00:00:00Z' } });
    await expectUsageInStep(db);
  });

  it('a capture over the size limit removes old captured deals until the store fits', async () => {
    const db = await freshDb();
    await captureDeals(db, [deal('small-1'), deal('small-2'), deal('small-3')], '2026-01-01T00:00:00Z');
    const [{ bytes }] = await usageKeptAndMeasured(db);
    const big = deal('big', { sources: [{ publisher: 'Example News', date: '2024-05-01', quote: 'x'.repeat(2_000) }] });
    const limits = { maxDeals: 1_000, maxBytes: bytes + 2_100 };
    const result = await captureDeals(db, [big], '2026-01-02T00:00:00Z', limits);
    expect(result.evicted).toBeGreaterThan(0);
    const kept = await expectUsageInStep(db);
    expect(kept.bytes).toBeLessThanOrEqual(limits.maxBytes);
    expect(await ids(db)).toContain('big');
  });

  it('a capture that cannot fit (nothing captured to remove) stores nothing and says the store is full', async () => {
    const db = await freshDb();
    await seedBundled(db, [deal('b1', { origin: 'bundled' }), deal('b2', { origin: 'bundled' })], 'v1', '2026-01-01T00:00:00Z');
    const before = await usageKeptAndMeasured(db);
    await expect(captureDeals(db, [deal('c1')], '2026-01-02T00:00:00Z', { maxDeals: 2, maxBytes: 1e9 })).rejects.toBeInstanceOf(StoreFullError);
    expect(await ids(db)).toEqual(['b1', 'b2']);
    expect(await usageKeptAndMeasured(db)).toEqual(before);
  });

  it('lists 5,000 deals complete and in order over pages, none larger than asked', async () => {
    const db = await freshDb();
    const many = Array.from({ length: 5_000 }, (_, i) => deal(`deal-${String(i).padStart(5, '0')}`));
    await importAtomically(db, many, '2026-06-01T00:00:00Z');
    const pages: number[] = [];
    const listed = await allDeals(async ({ limit, after }) => {
      const page = await listDealsPage(db, limit, after);
      pages.push(page.deals.length);
      return page;
    }, 700);
    expect(listed.map((d) => d.id)).toEqual(many.map((d) => d.id));
    expect(listed[0]).toEqual({ ...many[0], firstSeen: '2026-06-01T00:00:00Z' });
    expect(pages).toEqual([700, 700, 700, 700, 700, 700, 700, 100]);
  });

  it('never answers more than 2,000 deals in one page, whatever is asked', async () => {
    const db = await freshDb();
    await importAtomically(db, Array.from({ length: 2_500 }, (_, i) => deal(`d-${String(i).padStart(4, '0')}`)), '2026-06-01T00:00:00Z');
    const page = await listDealsPage(db, 1_000_000);
    expect(page.deals.length).toBe(2_000);
    expect(page.next).toBe('d-1999');
    const rest = await listDealsPage(db, 1_000_000, page.next!);
    expect([rest.deals.length, rest.next]).toEqual([500, null]);
  });
});
