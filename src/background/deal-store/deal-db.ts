// The deal store: IndexedDB in the extension's origin (through idb), versioned with migrations.
// Every deal keeps its sources, origin, confidence and first-seen time. Bundled deals are seeded
// on install and on every new bundled dataset, without overwriting deals the reader edited.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DealRecord } from '../../core/types';

export const DB_NAME = 'deallens';
export const DB_VERSION = 1;

/** A deal as stored: the record plus keys for the indexes and bookkeeping. */
export interface StoredDeal extends DealRecord {
  firstSeen: string;
  updatedAt: string;
  /** Target id, or "name:<lowercase name>" for companies without an id. */
  targetKey: string;
  investorKeys: string[];
}

export interface DealLensDb extends DBSchema {
  deals: { key: string; value: StoredDeal; indexes: { target: string; investor: string; date: string } };
  meta: { key: string; value: { key: string; value: unknown } };
}

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

/** Migrations by version: each step takes the store from version - 1 to version. */
const MIGRATIONS: Record<number, (db: IDBPDatabase<DealLensDb>) => void> = {
  1: (db) => {
    const deals = db.createObjectStore('deals', { keyPath: 'id' });
    deals.createIndex('target', 'targetKey');
    deals.createIndex('investor', 'investorKeys', { multiEntry: true });
    deals.createIndex('date', 'date');
    db.createObjectStore('meta', { keyPath: 'key' });
  },
};

export function openDealDb(name = DB_NAME): Promise<DealDb> {
  return openDB<DealLensDb>(name, DB_VERSION, {
    upgrade(db, oldVersion, newVersion) {
      for (let v = oldVersion + 1; v <= (newVersion ?? DB_VERSION); v++) MIGRATIONS[v]?.(db);
    },
    blocked() {
      // Another context holds an older version open; it closes on versionchange below.
    },
  });
}
