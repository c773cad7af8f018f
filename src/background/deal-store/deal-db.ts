// The deal store: IndexedDB in the extension's origin (through idb), versioned with migrations.
// Every deal keeps its sources, origin, confidence and first-seen time. Bundled deals are seeded
// on install and on every new bundled dataset, without overwriting deals the reader edited.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { DealRecord } from '../../core/types';
import { clipRecord } from './clip-record';

export const DB_NAME = 'deallens';
/** 2: an index of deals by origin and firstSeen (captured deals are removed oldest first), strings clipped, the size tally kept in meta. */
export const DB_VERSION = 2;

/** A deal as stored: the record plus keys for the indexes and bookkeeping. */
export interface StoredDeal extends DealRecord {
  firstSeen: string;
  updatedAt: string;
  /** Target id, or "name:<lowercase name>" for companies without an id. */
  targetKey: string;
  investorKeys: string[];
}

export interface DealLensDb extends DBSchema {
  deals: { key: string; value: StoredDeal; indexes: { target: string; investor: string; date: string; originFirstSeen: [string, string] } };
  meta: { key: string; value: { key: string; value: unknown } };
}

/** The store's running size: deals and their length as JSON (kept in meta under USAGE_KEY, changed with every write). */
export interface StoreUsage {
  count: number;
  bytes: number;
}
export const USAGE_KEY = 'usage';

/** What a stored deal counts for in the store's size: its length as JSON. */
export const storedSize = (deal: StoredDeal): number => JSON.stringify(deal).length;

export type DealDb = IDBPDatabase<DealLensDb>;

export const partyKey = (party: { id?: string; name: string }): string => party.id ?? `name:${party.name.trim().toLowerCase()}`;

export function toStored(deal: DealRecord, now: string, previous?: StoredDeal): StoredDeal {
  return {
    ...deal,
    firstSeen: previous?.firstSeen ?? now,
    updatedAt: now,
    targetKey: partyKey(deal.target),
    investorKeys: [...new Set(deal.investors.map(partyKey))],
  };
}

export function fromStored(stored: StoredDeal): DealRecord {
  const { firstSeen: _f, updatedAt: _u, targetKey: _t, investorKeys: _i, ...deal } = stored;
  return deal;
}

type UpgradeTx = IDBPTransaction<DealLensDb, StoreNames<DealLensDb>[], 'versionchange'>;

/**
 * Migrations by version: each step takes the store from version - 1 to version, inside the upgrade's
 * transaction (a step's asynchronous work is awaited before the next step starts).
 */
const MIGRATIONS: Record<number, (db: IDBPDatabase<DealLensDb>, tx: UpgradeTx) => Promise<void>> = {
  1: async (db) => {
    const deals = db.createObjectStore('deals', { keyPath: 'id' });
    deals.createIndex('target', 'targetKey');
    deals.createIndex('investor', 'investorKeys', { multiEntry: true });
    deals.createIndex('date', 'date');
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  2: async (_db, tx) => {
    const deals = tx.objectStore('deals');
    deals.createIndex('originFirstSeen', ['origin', 'firstSeen']);
    // Deals kept before capture clipped its strings are clipped now, and the size tally starts.
    const usage: StoreUsage = { count: 0, bytes: 0 };
    for (let cursor = await deals.openCursor(); cursor; cursor = await cursor.continue()) {
      const clipped = clipRecord(cursor.value);
      if (storedSize(clipped) !== storedSize(cursor.value)) await cursor.update(clipped);
      usage.count++;
      usage.bytes += storedSize(clipped);
    }
    await tx.objectStore('meta').put({ key: USAGE_KEY, value: usage });
  },
};

export interface OpenOptions {
  /**
   * Called when this connection has closed itself: another context asked for a newer version (or to
   * delete the store), or the browser closed it. The next request must open the store again.
   */
  onClose?: () => void;
}

export function openDealDb(name = DB_NAME, { onClose }: OpenOptions = {}): Promise<DealDb> {
  return openDB<DealLensDb>(name, DB_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      const last = newVersion ?? DB_VERSION;
      void (async () => {
        for (let v = oldVersion + 1; v <= last; v++) await MIGRATIONS[v]?.(db, tx);
      })().catch(() => {
        // A failed step leaves the store at its old version, data and all.
        try {
          tx.abort();
        } catch {
          // Already aborted by the failure itself.
        }
      });
    },
    blocking(_current, _blocked, event) {
      // Another context (an updated background, another window) needs a newer version: step aside.
      (event.target as IDBDatabase).close();
      onClose?.();
    },
    terminated() {
      onClose?.();
    },
  });
}
