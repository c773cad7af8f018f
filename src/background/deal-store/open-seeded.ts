import { deals as bundledDeals } from '../../data/deals';
import { DB_NAME, openDealDb, type DealDb } from './deal-db';
import { seedBundled } from './deal-store';

/** FNV-1a of the bundled dataset: a new dataset in an update is seeded again. */
function versionOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

/** Version of the bundled dataset in this build. */
export const BUNDLED_VERSION = versionOf(JSON.stringify(bundledDeals));
export { bundledDeals };

let opening: Promise<DealDb> | null = null;

/**
 * The deal store, opened once per background life and seeded with the bundled deals. When the
 * connection closes itself (another context opened a newer version, or deleted the store), the next
 * call opens it again.
 */
export function dealDb(now: () => Date): Promise<DealDb> {
  opening ??= openDealDb(DB_NAME, { onClose: () => void (opening = null) }).then(async (db) => {
    await seedBundled(db, bundledDeals, BUNDLED_VERSION, now().toISOString());
    return db;
  });
  opening.catch(() => {
    opening = null; // a failed open is retried on the next request
  });
  return opening;
}
