// Settings in storage.sync (they follow the user across browsers), laid out in items within the sync
// quotas by settings-sync-items.ts and read through migrateSettings.
import browser from 'webextension-polyfill';
import { t } from './i18n';
import { listOverLimit, migrateSettings, SETTINGS_LIMITS, type Settings } from './settings';
import { isSettingsKey, settingsFromItems, settingsItems, syncQuotaProblem } from './settings-sync-items';

/** A save that was refused; `message` says why in the reader's words, and nothing was changed. */
export class SettingsSaveError extends Error {
  override name = 'SettingsSaveError';
}

export async function loadSettings(): Promise<Settings> {
  return settingsFromItems(await browser.storage.sync.get(null));
}

const kb = (n: number) => String(Math.ceil(n / 1024));

/** The browser's own refusal, in words a reader knows. */
function browserRefusal(error: unknown): SettingsSaveError {
  const message = error instanceof Error ? error.message : String(error);
  if (/MAX_WRITE_OPERATIONS/i.test(message)) return new SettingsSaveError(t('settingsTooManyWrites'));
  if (/quota/i.test(message)) return new SettingsSaveError(t('settingsBrowserFull'));
  return new SettingsSaveError(t('settingsStorageRefused', message));
}

let pendingSave: Promise<unknown> = Promise.resolve();

/**
 * Saves from every extension context (the options page, the popup, the background's context menu) take
 * turns: each reads the items, merges its change and writes them, so two at once would lose one change
 * (the options page switching capture on while the background adds a company wrote back an old list of
 * companies). The Web Locks API, shared by the extension's pages and its service worker or event page,
 * orders them; where there is none (Node), the module's own queue does.
 */
const SAVE_LOCK = 'deallens-settings-save';
function inTurn<T>(run: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return locks ? (locks.request(SAVE_LOCK, run) as Promise<T>) : run();
}

/**
 * Saves a change; changes made in quick succession are applied in order, none lost. A function
 * patch gets the settings as saved so far (for nested values such as rateSources). A change that
 * would pass a list's limit or a sync quota rejects with a SettingsSaveError and changes nothing.
 * Only the items that changed are written, in one call (so all of them or none).
 */
export function saveSettings(patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)): Promise<Settings> {
  const save = pendingSave.then(() => inTurn(async () => {
    const stored = await browser.storage.sync.get(null);
    const current = settingsFromItems(stored);
    const merged = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    const over = listOverLimit(merged);
    if (over) throw new SettingsSaveError(t(over === 'userCompanies' ? 'settingsTooManyCompanies' : 'settingsTooManySites', SETTINGS_LIMITS[over]));
    const next = migrateSettings(merged);
    const items = settingsItems(next);
    const problem = syncQuotaProblem(items);
    if (problem) throw new SettingsSaveError(problem.quota === 'MAX_ITEMS' ? t('settingsBrowserFull') : t('settingsSyncFull', kb(problem.need), kb(problem.limit)));
    const changed = Object.fromEntries(Object.entries(items).filter(([key, value]) => JSON.stringify(stored[key]) !== JSON.stringify(value)));
    if (Object.keys(changed).length) await browser.storage.sync.set(changed).catch((error: unknown) => Promise.reject(browserRefusal(error)));
    // Parts a shorter list no longer has; left behind they are never read (the main item counts the parts).
    const unused = Object.keys(stored).filter((key) => isSettingsKey(key) && !(key in items));
    if (unused.length) await browser.storage.sync.remove(unused).catch(() => undefined);
    return next;
  }));
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

/** Calls `listener` with the new settings whenever any of their items changes, in order, until `signal` aborts. */
export function watchSettings(listener: (settings: Settings) => void, signal: AbortSignal): void {
  let reading: Promise<unknown> = Promise.resolve();
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !Object.keys(changes).some(isSettingsKey)) return;
    reading = reading.then(loadSettings).then((settings) => {
      if (!signal.aborted) listener(settings);
    }, () => undefined);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
