// The deal store's schema on a real IndexedDB implementation (fake-indexeddb): the v1 → v2 upgrade
// keeps every deal (clipping strings stored before capture clipped them), and a connection steps
// aside when another context needs a newer version.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_CHARS, MAX_STORED_QUOTE_CHARS } from '../../core/deals/record-limits';
import type { DealRecord } from '../../core/types';
import { DB_VERSION, openDealDb, storedSize, toStored, USAGE_KEY, type StoredDeal } from './deal-db';

let opened = 0;
const freshName = () => `deal-db-test-${++opened}`;

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/** A database exactly as version 1 of DealLens made it (its schema, by hand, without idb), holding `deals`. */
async function makeV1(name: string, deals: StoredDeal[]): Promise<void> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    const store = db.createObjectStore('deals', { keyPath: 'id' });
    store.createIndex('target', 'targetKey');
    store.createIndex('investor', 'investorKeys', { multiEntry: true });
    store.createIndex('date', 'date');
    db.createObjectStore('meta', { keyPath: 'key' });
    for (const deal of deals) store.put(deal);
  };
  const db = await request(open);
  db.close();
}

function deal(id: string, patch: Partial<DealRecord> = {}): DealRecord {
  return {
    id,
    type: 'acquisition',
    target: { id: `co-${id}`, name: `Company ${id}` },
    investors: [{ name: 'Buyer Group' }],
    date: '2023-03-01',
    sources: [{ url: `https://news.example/${id}`, publisher: 'Example News', date: '2023-03-01' }],
    origin: 'captured',
    confidence: 0.7,
    ...patch,
  };
}

describe('deal database', () => {
  it('upgrades a version 1 store to version 2 keeping every deal, clipping over-long strings, with the eviction index and the size tally', async () => {
    expect(DB_VERSION).toBe(2);
    const name = freshName();
    const huge = deal('huge', {
      target: { id: 'co-huge', name: `Target ${'n'.repeat(3_000)}` },
      sources: [{ url: 'https://news.example/huge', title: `A title ${'t'.repeat(60_000)}`, publisher: 'Example News', date: '2023-03-01', quote: 'q'.repeat(9_000) }],
    });
    const v1 = [
      toStored(deal('b'), '2026-01-03T00:00:00Z'),
      toStored(huge, '2026-01-01T00:00:00Z'),
      toStored(deal('a', { origin: 'bundled', confidence: 1 }), '2026-01-02T00:00:00Z'),
    ];
    await makeV1(name, v1);

    const db = await openDealDb(name);
    expect(db.version).toBe(2);
    const stored = await db.getAll('deals');
    expect(stored.map((d) => d.id)).toEqual(['a', 'b', 'huge']);
    const clipped = stored.find((d) => d.id === 'huge')!;
    expect(clipped.sources[0]!.title!.length).toBe(MAX_NAME_CHARS);
    expect(clipped.sources[0]!.title!.startsWith('A title ttt')).toBe(true);
    expect(clipped.sources[0]!.title!.endsWith('…')).toBe(true);
    expect(clipped.sources[0]!.quote!.length).toBe(MAX_STORED_QUOTE_CHARS);
    expect(clipped.target.name.length).toBe(MAX_NAME_CHARS);
    expect(clipped.targetKey).toBe('co-huge');
    // Deals within the limits come through unchanged.
    expect(stored.find((d) => d.id === 'b')).toEqual(v1[0]);
    expect(stored.find((d) => d.id === 'a')).toEqual(v1[2]);
    // The new index gives the eviction order; the old ones still answer.
    const captured = IDBKeyRange.bound(['captured', ''], ['captured', '\uffff']);
    expect((await db.getAllFromIndex('deals', 'originFirstSeen', captured)).map((d) => d.id)).toEqual(['huge', 'b']);
    expect((await db.getAllFromIndex('deals', 'target', 'co-b')).map((d) => d.id)).toEqual(['b']);
    expect((await db.getAllFromIndex('deals', 'investor', 'name:buyer group')).length).toBe(3);
    expect((await db.get('meta', USAGE_KEY))?.value).toEqual({ count: 3, bytes: stored.reduce((sum, d) => sum + storedSize(d), 0) });
    db.close();
  });

  it('creates a new store at version 2 with an empty size tally', async () => {
    const db = await openDealDb(freshName());
    expect([db.version, [...db.objectStoreNames]]).toEqual([2, ['deals', 'meta']]);
    expect([...db.transaction('deals').store.indexNames].sort()).toEqual(['date', 'investor', 'originFirstSeen', 'target']);
    expect((await db.get('meta', USAGE_KEY))?.value).toEqual({ count: 0, bytes: 0 });
    db.close();
  });

  it('closes itself when another context opens a newer version, which then opens at once instead of waiting', async () => {
    const name = freshName();
    let closed = 0;
    const db = await openDealDb(name, { onClose: () => closed++ });
    const newer = indexedDB.open(name, DB_VERSION + 1);
    let blocked = false;
    newer.onblocked = () => (blocked = true);
    const other = await request(newer);
    expect([other.version, blocked, closed]).toEqual([DB_VERSION + 1, false, 1]);
    other.close();
    // The closed connection refuses new work; the next request must open the store again.
    expect(() => db.transaction('deals')).toThrow();
  });

  it('closes itself when another context deletes the store', async () => {
    const name = freshName();
    let closed = 0;
    await openDealDb(name, { onClose: () => closed++ });
    await request(indexedDB.deleteDatabase(name) as IDBRequest<unknown>);
    expect(closed).toBe(1);
  });
});
