// Deal store operations over the IndexedDB schema in deal-db.ts. The merge and relation rules are
// pure (src/core/deals); this file only reads and writes, each change in one transaction.
import { mergeDeal, sameDeal } from '../../core/deals/merge-deals';
import { relatedDeals } from '../../core/deals/related-deals';
import type { DealRecord } from '../../core/types';
import type { IDBPObjectStore } from 'idb';
import { fromStored, partyKey, toStored, type DealDb, type DealLensDb, type StoredDeal } from './deal-db';

export interface CaptureResult {
  added: string[];
  merged: string[];
}

/** Seeds bundled deals; a deal the reader edited (origin no longer 'bundled') is left alone. */
export async function seedBundled(db: DealDb, bundled: readonly DealRecord[], version: string, now: string): Promise<number> {
  const tx = db.transaction(['deals', 'meta'], 'readwrite');
  const seeded = await tx.objectStore('meta').get('bundledVersion');
  if (seeded?.value === version) {
    await tx.done;
    return 0;
  }
  const deals = tx.objectStore('deals');
  let written = 0;
  for (const deal of bundled) {
    const existing = await deals.get(deal.id);
    if (existing && existing.origin !== 'bundled') continue;
    await deals.put(toStored(deal, now, existing));
    written++;
  }
  await tx.objectStore('meta').put({ key: 'bundledVersion', value: version });
  await tx.done;
  return written;
}

/** Stores deals read from a page: the same deal from another article is merged, keeping every source. */
export async function captureDeals(db: DealDb, incoming: readonly DealRecord[], now: string): Promise<CaptureResult> {
  const result: CaptureResult = { added: [], merged: [] };
  const tx = db.transaction('deals', 'readwrite');
  for (const deal of incoming) {
    const candidates = await tx.store.index('target').getAll(partyKey(deal.target));
    const same = candidates.find((c) => sameDeal(fromStored(c), deal));
    if (same) {
      await tx.store.put(toStored(mergeDeal(fromStored(same), deal), now, same));
      result.merged.push(same.id);
    } else {
      let id = deal.id;
      for (let n = 2; await tx.store.getKey(id); n++) id = `${deal.id}-${n}`;
      await tx.store.put(toStored({ ...deal, id }, now));
      result.added.push(id);
    }
  }
  await tx.done;
  return result;
}

export async function listDeals(db: DealDb): Promise<StoredDeal[]> {
  return db.getAll('deals');
}

export async function relatedFor(db: DealDb, companyId: string) {
  const all = (await db.getAll('deals')).map(fromStored);
  return relatedDeals(companyId, all);
}

/** Saves the reader's edit of a deal; it is then theirs ('edited') and never overwritten by seeding. */
export async function saveEdited(db: DealDb, deal: DealRecord, now: string): Promise<void> {
  const tx = db.transaction('deals', 'readwrite');
  const existing = await tx.store.get(deal.id);
  await tx.store.put(toStored({ ...deal, origin: 'edited' }, now, existing));
  await tx.done;
}

export async function deleteDeals(db: DealDb, ids: readonly string[]): Promise<void> {
  const tx = db.transaction('deals', 'readwrite');
  for (const id of ids) await tx.store.delete(id);
  await tx.done;
}

/** Merges `dropId` into `keepId` (sources, investors) and deletes it. */
export async function mergeInto(db: DealDb, keepId: string, dropId: string, now: string): Promise<DealRecord> {
  const tx = db.transaction('deals', 'readwrite');
  const [keep, drop] = await Promise.all([tx.store.get(keepId), tx.store.get(dropId)]);
  if (!keep || !drop) throw new Error(`no deal ${keep ? dropId : keepId}`);
  const merged = { ...mergeDeal(fromStored(keep), fromStored(drop)), origin: 'edited' as const };
  await tx.store.put(toStored(merged, now, keep));
  await tx.store.delete(dropId);
  await tx.done;
  return merged;
}

/** Writes an import in one transaction: all of it lands, or (on any failure) none of it. Origins are kept as the file gives them, so export → import → export is the same. */
export async function importAtomically(db: DealDb, deals: readonly DealRecord[], now: string): Promise<number> {
  await inOneTransaction(db, async (store) => {
    for (const deal of deals) await store.put(toStored(deal, now, await store.get(deal.id)));
  });
  return deals.length;
}

/** Runs `work` on the deals store in one transaction, which lands whole or (on any failure) not at all. */
async function inOneTransaction(db: DealDb, work: (store: IDBPObjectStore<DealLensDb, ['deals'], 'deals', 'readwrite'>) => Promise<void>): Promise<void> {
  const tx = db.transaction('deals', 'readwrite');
  try {
    await work(tx.store);
    await tx.done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failure itself.
    }
    throw error;
  }
}

/** The store becomes exactly `deals`, in one transaction: all of it, or (on any failure) the store as it was. */
export async function replaceAll(db: DealDb, deals: readonly DealRecord[], now: string): Promise<number> {
  await inOneTransaction(db, async (store) => {
    await store.clear();
    for (const deal of deals) await store.put(toStored(deal, now));
  });
  return deals.length;
}

/** Back to the bundled deals alone, as on a fresh install (and marked as seeded with `version`). */
export async function resetToBundled(db: DealDb, bundled: readonly DealRecord[], version: string, now: string): Promise<number> {
  const tx = db.transaction(['deals', 'meta'], 'readwrite');
  const deals = tx.objectStore('deals');
  await deals.clear();
  for (const deal of bundled) await deals.put(toStored(deal, now));
  await tx.objectStore('meta').put({ key: 'bundledVersion', value: version });
  await tx.done;
  return bundled.length;
}
