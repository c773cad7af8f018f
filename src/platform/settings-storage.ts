// Settings in storage.sync (they follow the user across browsers), read through migrateSettings.
import browser from 'webextension-polyfill';
import { migrateSettings, type Settings } from './settings';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(KEY);
  return migrateSettings(stored[KEY]);
}

let pendingSave: Promise<unknown> = Promise.resolve();

/**
 * Saves a change; changes made in quick succession are applied in order, none lost. A function
 * patch gets the settings as saved so far (for nested values such as rateSources).
 */
export function saveSettings(patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)): Promise<Settings> {
  const save = pendingSave.then(async () => {
    const current = await loadSettings();
    const next = migrateSettings({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) });
    await browser.storage.sync.set({ [KEY]: next });
    return next;
  });
  pendingSave = save.catch(() => undefined);
  return save;
}

/** Replaces every setting (a restored backup, or the defaults on "Clear all data"), after changes already queued. */
export function replaceSettings(settings: Settings): Promise<Settings> {
  return saveSettings(() => migrateSettings(settings));
}

/** Resolves when every change saved so far is in storage. */
export function settingsSaved(): Promise<unknown> {
  return pendingSave;
}

/** Calls `listener` with the new settings whenever they change, until `signal` aborts. */
export function watchSettings(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[KEY]) listener(migrateSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
