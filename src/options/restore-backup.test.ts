import { describe, expect, it } from 'vitest';
import type { DealRecord } from '../core/types';
import { edgeCaseDeals } from '../platform/deal-transfer/test-deals';
import { migrateSettings, type Settings } from '../platform/settings';
import { restoreBackup, type RestoreWrites } from './restore-backup';

/** A store and settings in memory; `fail` makes the next write of that kind throw. */
function memory(deals: DealRecord[], settings: Settings) {
  const state = { deals, settings, fail: { deals: false, settings: false } };
  const io: RestoreWrites = {
    listDeals: async () => [...state.deals],
    replaceDeals: async (next) => {
      if (state.fail.deals) throw new Error('the store refused the deals');
      state.deals = [...next];
      return next.length;
    },
    loadSettings: async () => state.settings,
    replaceSettings: async (next) => {
      if (state.fail.settings) {
        state.fail.settings = false; // the put-back of the old settings succeeds
        throw new Error('Couldn\'t save: the sync quota');
      }
      state.settings = next;
    },
  };
  return { state, io };
}

const before = { deals: [...edgeCaseDeals].slice(0, 2), settings: migrateSettings({ homeCurrency: 'EUR' }) };
const backup = { deals: [...edgeCaseDeals].slice(2), settings: migrateSettings({ homeCurrency: 'GBP', userCompanies: [{ name: 'Quietwater Mills', aliases: [] }] }) };

describe('restoreBackup', () => {
  it('writes the deals and the settings', async () => {
    const { state, io } = memory(before.deals, before.settings);
    expect(await restoreBackup(backup.settings, backup.deals, io)).toBe(backup.deals.length);
    expect(state.deals).toEqual(backup.deals);
    expect(state.settings).toEqual(backup.settings);
  });

  it('puts the old deals back when the settings cannot be written, and rejects with that failure', async () => {
    const { state, io } = memory(before.deals, before.settings);
    state.fail.settings = true;
    await expect(restoreBackup(backup.settings, backup.deals, io)).rejects.toThrow("Couldn't save: the sync quota");
    expect(state.deals).toEqual(before.deals);
    expect(state.settings).toEqual(before.settings);
  });

  it('leaves the settings untouched when the deals cannot be written', async () => {
    const { state, io } = memory(before.deals, before.settings);
    state.fail.deals = true;
    await expect(restoreBackup(backup.settings, backup.deals, io)).rejects.toThrow('the store refused the deals');
    expect(state.settings).toBe(before.settings);
    expect(state.deals).toEqual(before.deals);
  });
});
