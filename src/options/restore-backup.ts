// Restoring a checked backup writes the deals and the settings as one step: the deals first (the
// store replaces them in one transaction), then the settings. If the settings write fails, the
// deals as they were are put back and so are the settings; if the deals write fails, the settings
// were never touched. The writes come in as parameters so a test can make either one fail.
import type { DealRecord } from '../core/types';
import type { Settings } from '../platform/settings';

export interface RestoreWrites {
  /** Every deal in the store now, to put back if the settings cannot be written. */
  listDeals(): Promise<DealRecord[]>;
  /** Replaces the whole store in one transaction; resolves with the number of deals. */
  replaceDeals(deals: DealRecord[]): Promise<number>;
  loadSettings(): Promise<Settings>;
  replaceSettings(settings: Settings): Promise<unknown>;
}

/** Restores `settings` and `deals`, all or nothing; resolves with the number of deals now stored, or rejects with the first failure. */
export async function restoreBackup(settings: Settings, deals: readonly DealRecord[], io: RestoreWrites): Promise<number> {
  const [previousSettings, previousDeals] = await Promise.all([io.loadSettings(), io.listDeals()]);
  const count = await io.replaceDeals([...deals]);
  try {
    await io.replaceSettings(settings);
  } catch (error) {
    // Each put back on its own: one failing does not keep the other from being tried.
    await Promise.allSettled([io.replaceDeals(previousDeals), io.replaceSettings(previousSettings)]);
    throw error;
  }
  return count;
}
