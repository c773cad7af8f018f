// Deal store operations over the IndexedDB schema in deal-db.ts. The merge and relation rules are
// pure (src/core/deals); this file only reads and writes, each change in one transaction that lands
// whole or not at all, with the store's running size (deal-db.ts, StoreUsage) changed in the same
// transaction. Captures keep the store under its limits by removing the oldest captured deals.
import type { IDBPObjectStore, IDBPTransaction } from 'idb';
import { mergeDeal, sameDeal } from '../../core/deals/merge-deals';
import { relatedDeals } from '../../core/deals/related-deals';
import type { DealRecord } from '../../core/types';
import { MAX_DEALS_PAGE } from '../../messages/contract';
import { fromStored, partyKey, storedSize, toStored, USAGE_KEY, type DealDb, type DealLensDb, type StoredDeal, type StoreUsage } from './deal-db';

export interface CaptureResult {
  added: string[];
  merged: string[];
  /** Older captured deals removed to stay under the store's limits. */
  evicted: number;
}

/** How much the store holds at most; captures beyond it remove the oldest captured deals first. */
export interface StoreLimits {
  maxDeals: number;
  /** Of the deals' length as JSON (StoreUsage.bytes). */
  maxBytes: number;
}
export const STORE_LIMITS: StoreLimits = { maxDeals: 50_000, maxBytes: 50 * 1024 * 1024 };

/** Captured deals removed so far to stay under the limits, and when last (kept in meta under EVICTED_KEY). */
export interface Eviction {
  count: number;
  at: string;
}
export const EVICTED_KEY = 'evicted';

/** A capture that would take the store over its limits with no captured deal left to remove. */
export class StoreFullError extends Error {
  override name = 'StoreFullError';
}

type WriteTx = IDBPTransaction<DealLensDb, ('deals' | 'meta')[], 'readwrite'>;
type DealsStore = IDBPObjectStore<DealLensDb, ('deals' | 'meta')[], 'deals', 'readwrite'>;
type MetaStore = IDBPObjectStore<DealLensDb, ('deals' | 'meta')[], 'meta', 'readwrite'>;

/** Writes to the deals store that keep the running size in step. */
interface Writer {
  deals: DealsStore;
  meta: MetaStore;
  usage: StoreUsage;
  put(next: StoredDeal, previous?: StoredDeal): Promise<void>;
  remove(previous: StoredDeal): Promise<void>;
  /** Counts a deal removed through a cursor. */
  removed(previous: StoredDeal): void;
  clear(): Promise<void>;
}

/** Runs `work` in one transaction over deals and meta, saving the running size with it: all of it lands, or (on any failure) none. */
async function write<T>(db: DealDb, work: (writer: Writer) => Promise<T>): Promise<T> {
  const tx: WriteTx = db.transaction(['deals', 'meta'], 'readwrite');
  const done = tx.done;
  done.catch(() => undefined); // awaited below, or the failure is already being thrown
  try {
    const deals = tx.objectStore('deals');
    const meta = tx.objectStore('meta');
    const saved = (await meta.get(USAGE_KEY))?.value as StoreUsage | undefined;
    const usage: StoreUsage = { count: saved?.count ?? 0, bytes: saved?.bytes ?? 0 };
    const writer: Writer = {
      deals,
      meta,
      usage,
      async put(next, previous) {
        await deals.put(next);
        usage.count += previous ? 0 : 1;
        usage.bytes += storedSize(next) - (previous ? storedSize(previous) : 0);
      },
      async remove(previous) {
        await deals.delete(previous.id);
        writer.removed(previous);
      },
      removed(previous) {
        usage.count -= 1;
        usage.bytes -= storedSize(previous);
      },
      async clear() {
        await deals.clear();
        usage.count = 0;
        usage.bytes = 0;
      },
    };
    const result = await work(writer);
    await meta.put({ key: USAGE_KEY, value: usage });
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failure itself.
    }
    throw error;
  }
}

/** Seeds bundled deals; a deal the reader edited (origin no longer 'bundled') is left alone. */
export async function seedBundled(db: DealDb, bundled: readonly DealRecord[], version: string, now: string): Promise<number> {
  return write(db, async (w) => {
    const seeded = await w.meta.get('bundledVersion');
    if (seeded?.value === version) return 0;
    let written = 0;
    for (const deal of bundled) {
      const existing = await w.deals.get(deal.id);
      if (existing && existing.origin !== 'bundled') continue;
      await w.put(toStored(deal, now, existing), existing);
      written++;
    }
    await w.meta.put({ key: 'bundledVersion', value: version });
    return written;
  });
}

const within = (usage: StoreUsage, limits: StoreLimits) => usage.count <= limits.maxDeals && usage.bytes <= limits.maxBytes;

/**
 * Stores deals read from a page, all in one transaction: the same deal from another article is merged,
 * keeping every source. When the store would go over `limits`, the oldest captured deals (by firstSeen)
 * go first; bundled, imported and edited deals are never removed. A capture that cannot fit even so
 * throws StoreFullError and stores nothing.
 */
export async function captureDeals(db: DealDb, incoming: readonly DealRecord[], now: string, limits: StoreLimits = STORE_LIMITS): Promise<CaptureResult> {
  return write(db, async (w) => {
    const result: CaptureResult = { added: [], merged: [], evicted: 0 };
    for (const deal of incoming) {
      const candidates = await w.deals.index('target').getAll(partyKey(deal.target));
      const same = candidates.find((c) => sameDeal(fromStored(c), deal));
      if (same) {
        await w.put(toStored(mergeDeal(fromStored(same), deal), now, same), same);
        result.merged.push(same.id);
      } else {
        let id = deal.id;
        for (let n = 2; await w.deals.getKey(id); n++) id = `${deal.id}-${n}`;
        await w.put(toStored({ ...deal, id }, now));
        result.added.push(id);
      }
    }
    if (within(w.usage, limits)) return result;
    const keep = new Set([...result.added, ...result.merged]);
    const capturedOldestFirst = IDBKeyRange.bound(['captured', ''], ['captured', '\uffff']);
    for (let cursor = await w.deals.index('originFirstSeen').openCursor(capturedOldestFirst); cursor && !within(w.usage, limits); cursor = await cursor.continue()) {
      const stored = cursor.value;
      if (keep.has(stored.id)) continue;
      await cursor.delete();
      w.removed(stored);
      result.evicted++;
    }
    if (!within(w.usage, limits)) throw new StoreFullError(`the deal store is full (${limits.maxDeals} deals or ${limits.maxBytes} bytes) and has no older captured deal to remove`);
    if (result.evicted) {
      const before = (await w.meta.get(EVICTED_KEY))?.value as Eviction | undefined;
      const eviction: Eviction = { count: (before?.count ?? 0) + result.evicted, at: now };
      await w.meta.put({ key: EVICTED_KEY, value: eviction });
    }
    return result;
  });
}

/** A stored deal as pages see it: the record and when it was first seen. */
export type ListedDeal = DealRecord & { firstSeen: string };

/** Up to `limit` deals (at most MAX_DEALS_PAGE) in id order after the id `after`, and the id to continue after (null at the end). */
export async function listDealsPage(db: DealDb, limit: number, after?: string): Promise<{ deals: ListedDeal[]; next: string | null }> {
  const size = Math.max(1, Math.min(MAX_DEALS_PAGE, Math.floor(limit) || 1));
  const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
  const page = await db.getAll('deals', range, size + 1);
  const more = page.length > size;
  const deals = page.slice(0, size).map((stored) => ({ ...fromStored(stored), firstSeen: stored.firstSeen }));
  return { deals, next: more ? deals[deals.length - 1]!.id : null };
}

/** How much the store holds, and the captured deals removed so far to stay under the limits. */
export async function storeUsage(db: DealDb): Promise<{ usage: StoreUsage; evicted: Eviction | null }> {
  const tx = db.transaction('meta', 'readonly');
  const [usage, evicted] = await Promise.all([tx.store.get(USAGE_KEY), tx.store.get(EVICTED_KEY)]);
  await tx.done;
  return { usage: (usage?.value as StoreUsage | undefined) ?? { count: 0, bytes: 0 }, evicted: (evicted?.value as Eviction | undefined) ?? null };
}

export async function relatedFor(db: DealDb, companyId: string) {
  const all = (await db.getAll('deals')).map(fromStored);
  return relatedDeals(companyId, all);
}

/** Saves the reader's edit of a deal; it is then theirs ('edited') and never overwritten by seeding. */
export async function saveEdited(db: DealDb, deal: DealRecord, now: string): Promise<void> {
  await write(db, async (w) => {
    const existing = await w.deals.get(deal.id);
    await w.put(toStored({ ...deal, origin: 'edited' }, now, existing), existing);
  });
}

export async function deleteDeals(db: DealDb, ids: readonly string[]): Promise<void> {
  await write(db, async (w) => {
    for (const id of ids) {
      const existing = await w.deals.get(id);
      if (existing) await w.remove(existing);
    }
  });
}

/** Merges `dropId` into `keepId` (sources, investors) and deletes it. */
export async function mergeInto(db: DealDb, keepId: string, dropId: string, now: string): Promise<DealRecord> {
  return write(db, async (w) => {
    const [keep, drop] = await Promise.all([w.deals.get(keepId), w.deals.get(dropId)]);
    if (!keep || !drop) throw new Error(`no deal ${keep ? dropId : keepId}`);
    const merged = { ...mergeDeal(fromStored(keep), fromStored(drop)), origin: 'edited' as const };
    await w.put(toStored(merged, now, keep), keep);
    await w.remove(drop);
    return merged;
  });
}

/** Writes an import in one transaction: all of it lands, or (on any failure) none of it. Origins are kept as the file gives them, so export → import → export is the same. */
export async function importAtomically(db: DealDb, deals: readonly DealRecord[], now: string): Promise<number> {
  await write(db, async (w) => {
    for (const deal of deals) {
      const existing = await w.deals.get(deal.id);
      await w.put(toStored(deal, now, existing), existing);
    }
  });
  return deals.length;
}

/** The store becomes exactly `deals`, in one transaction: all of it, or (on any failure) the store as it was. */
export async function replaceAll(db: DealDb, deals: readonly DealRecord[], now: string): Promise<number> {
  await write(db, async (w) => {
    await w.clear();
    for (const deal of deals) await w.put(toStored(deal, now), await w.deals.get(deal.id));
  });
  return deals.length;
}

/** Puts back the bundled deals the store lacks (by id), in one transaction; every other deal stays as it is. */
export async function restoreBundled(db: DealDb, bundled: readonly DealRecord[], now: string): Promise<number> {
  return write(db, async (w) => {
    let written = 0;
    for (const deal of bundled) {
      if (await w.deals.get(deal.id)) continue;
      await w.put(toStored(deal, now));
      written++;
    }
    return written;
  });
}

/** Back to the bundled deals alone, as on a fresh install (and marked as seeded with `version`). */
export async function resetToBundled(db: DealDb, bundled: readonly DealRecord[], version: string, now: string): Promise<number> {
  await write(db, async (w) => {
    await w.clear();
    for (const deal of bundled) await w.put(toStored(deal, now));
    await w.meta.put({ key: 'bundledVersion', value: version });
    await w.meta.delete(EVICTED_KEY);
  });
  return bundled.length;
}
