// Settings against a storage.sync that enforces the browsers' quotas (settings-sync-fake.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSyncFake, SYNC_QUOTA } from './settings-sync-fake';
import { defaults, migrateSettings, type Settings, type UserCompany } from './settings';

let sync = createSyncFake();
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      get sync() {
        return sync.area;
      },
      onChanged: {
        addListener: (l: never) => sync.onChanged.addListener(l),
        removeListener: (l: never) => sync.onChanged.removeListener(l),
      },
    },
  },
}));
const { loadSettings, saveSettings, replaceSettings, settingsSaved, watchSettings } = await import('./settings-storage');

/** A company as readers add them: a name of two or three words and a short alias. */
const company = (i: number): UserCompany => ({ name: `Harbourview Lending ${String(i).padStart(3, '0')}`, aliases: [`HVL${i}`] });
/** A switched-off site as readers add them: a news host. */
const site = (i: number) => `news${String(i).padStart(3, '0')}.example-media.com`;

beforeEach(() => {
  sync = createSyncFake();
});

describe('settings in storage.sync, within its quotas', () => {
  it('keeps every user company up to the limit of 200, one added at a time', async () => {
    for (let i = 1; i <= 200; i++) {
      await saveSettings((s) => ({ userCompanies: [...s.userCompanies, company(i)] })).catch((e: Error) => {
        throw new Error(`company ${i}: ${e.message}`);
      });
    }
    expect((await loadSettings()).userCompanies).toHaveLength(200);
    expect(sync.bytesInUse()).toBeLessThanOrEqual(SYNC_QUOTA.QUOTA_BYTES);
  });

  it('keeps 500 switched-off sites and 200 companies with aliases together', async () => {
    const companies = Array.from({ length: 200 }, (_, i) => ({ name: `Harbourview Lending Group ${i}`, aliases: [`HVL ${i}`, `Harbourview ${i}`] }));
    const deniedSites = Array.from({ length: 500 }, (_, i) => site(i));
    await replaceSettings(migrateSettings({ ...defaults, userCompanies: companies, deniedSites }));
    const loaded = await loadSettings();
    expect(loaded.userCompanies).toEqual(companies);
    expect(loaded.deniedSites).toEqual(deniedSites);
  });

  it('refuses the 201st company and the 501st site with the reason, changing nothing', async () => {
    await replaceSettings(migrateSettings({ userCompanies: Array.from({ length: 200 }, (_, i) => company(i)), deniedSites: Array.from({ length: 500 }, (_, i) => site(i)) }));
    const before = await sync.area.get(null);
    await expect(saveSettings((s) => ({ userCompanies: [...s.userCompanies, company(900)] }))).rejects.toThrow(
      'you already have 200 companies of your own, the most DealLens keeps. Remove one to add another.',
    );
    await expect(saveSettings((s) => ({ deniedSites: [...s.deniedSites, 'one-more.example.org'] }))).rejects.toThrow('DealLens is already off on 500 sites');
    expect(await sync.area.get(null)).toEqual(before);
    // Saves after a refusal go on as usual.
    await saveSettings({ homeCurrency: 'EUR' });
    expect((await loadSettings()).homeCurrency).toBe('EUR');
  });

  it('refuses settings past the 100 KB synced, naming the sizes, and keeps what was saved', async () => {
    await saveSettings({ userCompanies: [company(1)] });
    const long = (i: number) => ({ name: `Harbourview Lending and Mortgage Holdings ${i}`, aliases: Array.from({ length: 10 }, (_, j) => `Harbourview Regional Savings Bank Number ${i}-${j}`) });
    const error = await saveSettings({ userCompanies: Array.from({ length: 200 }, (_, i) => long(i)) }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('SettingsSaveError');
    expect((error as Error).message).toMatch(/^your settings would take 1\d\d KB, more than the 100 KB your browser syncs for an extension\./);
    expect((await loadSettings()).userCompanies).toEqual([company(1)]);
  });

  it('puts the browser\'s own refusals in words a reader knows', async () => {
    const set = sync.area.set;
    sync.area.set = () => Promise.reject(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'));
    await expect(saveSettings({ homeCurrency: 'GBP' })).rejects.toThrow('too many changes in a short time');
    sync.area.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveSettings({ homeCurrency: 'GBP' })).rejects.toThrow("your browser's synced storage for DealLens is full");
    sync.area.set = () => Promise.reject(new Error('IO error'));
    await expect(saveSettings({ homeCurrency: 'GBP' })).rejects.toThrow('your browser refused to store the settings (IO error).');
    sync.area.set = set;
    expect((await loadSettings()).homeCurrency).toBe('USD');
  });

  it('reads the single item of before the split, and splits it on the next save', async () => {
    const old = { ...defaults, homeCurrency: 'HKD', userCompanies: [company(1), company(2)], deniedSites: ['caixin.com'] };
    await sync.area.set({ settings: old });
    expect(await loadSettings()).toEqual(old);
    await saveSettings({ moneyDigits: 4 });
    expect(await loadSettings()).toEqual({ ...old, moneyDigits: 4 });
    expect(sync.keys().sort()).toEqual(['settings', 'settings.deniedSites.0', 'settings.userCompanies.0']);
    expect(await sync.area.get('settings')).not.toHaveProperty('settings.userCompanies');
  });

  it('removes the parts a shorter list no longer needs', async () => {
    await replaceSettings(migrateSettings({ deniedSites: Array.from({ length: 500 }, (_, i) => site(i)) }));
    expect(sync.keys().filter((k) => k.startsWith('settings.deniedSites.')).length).toBeGreaterThan(1);
    await saveSettings({ deniedSites: ['caixin.com'] });
    expect(sync.keys().filter((k) => k.startsWith('settings.deniedSites.'))).toEqual(['settings.deniedSites.0']);
    expect((await loadSettings()).deniedSites).toEqual(['caixin.com']);
  });

  it('tells watchers of a change to any list, with the whole settings', async () => {
    const seen: Settings[] = [];
    const controller = new AbortController();
    watchSettings((s) => seen.push(s), controller.signal);
    await saveSettings({ deniedSites: ['caixin.com'] });
    await saveSettings((s) => ({ userCompanies: [...s.userCompanies, company(7)] }));
    await settingsSaved();
    await vi.waitFor(() => expect(seen.length).toBeGreaterThanOrEqual(2));
    expect(seen.at(-1)).toMatchObject({ deniedSites: ['caixin.com'], userCompanies: [company(7)] });
    controller.abort();
    const count = seen.length;
    await saveSettings({ homeCurrency: 'EUR' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toHaveLength(count);
  });
});

describe('saves from two extension contexts at once', () => {
  /** Each context (the options page, the background) has its own copy of the module and its own queue. */
  const context = async () => {
    vi.resetModules();
    return import('./settings-storage');
  };
  /** An exclusive lock per name, as navigator.locks grants in a browser, shared by every context of the extension. */
  const locks = () => {
    const held = new Map<string, Promise<unknown>>();
    return {
      request<T>(name: string, run: () => Promise<T>): Promise<T> {
        const turn = (held.get(name) ?? Promise.resolve()).then(run);
        held.set(name, turn.catch(() => undefined));
        return turn;
      },
    };
  };
  const both = async () => {
    const [options, background] = [await context(), await context()];
    await Promise.all([options.saveSettings({ captureDeals: false }), background.saveSettings((s) => ({ userCompanies: [...s.userCompanies, company(1)] }))]);
    return (await options.loadSettings());
  };

  it('keeps both changes when the contexts take turns through the browser’s locks', async () => {
    vi.stubGlobal('navigator', { locks: locks() });
    try {
      const saved = await both();
      expect(saved.captureDeals).toBe(false);
      expect(saved.userCompanies).toEqual([company(1)]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  // (The race is real in this fake: without the locks one change is lost, so the test above can fail.)
  it('(without the locks, one context writes back what it read before the other’s change)', async () => {
    vi.stubGlobal('navigator', {});
    try {
      const saved = await both();
      expect(saved.captureDeals === false && saved.userCompanies.length === 1).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
