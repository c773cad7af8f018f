// The background's one connection to the deal store: opened and seeded once, and opened again after
// another context took the store away (a newer version, or a deletion) and this connection closed.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_NAME } from './deal-db';
import { bundledDeals, dealDb } from './open-seeded';

const now = () => new Date('2026-12-01T00:00:00Z');

describe('dealDb', () => {
  it('opens the store once, and again after another context deleted it', async () => {
    const first = await dealDb(now);
    expect(await dealDb(now)).toBe(first);
    expect(await first.count('deals')).toBe(bundledDeals.length);
    await new Promise<void>((resolve, reject) => {
      const deleting = indexedDB.deleteDatabase(DB_NAME);
      deleting.onsuccess = () => resolve();
      deleting.onerror = () => reject(deleting.error);
      deleting.onblocked = () => reject(new Error('blocked: the open connection did not step aside'));
    });
    const second = await dealDb(now);
    expect(second).not.toBe(first);
    expect(await second.count('deals')).toBe(bundledDeals.length);
  });
});
