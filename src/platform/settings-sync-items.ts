// How the settings sit in storage.sync, whose quotas are 8 KB per item, 100 KB in all and 512 items
// (an item measured as its key plus its value as JSON, in UTF-8 bytes). One item, "settings", holds
// every small setting and how many parts each list has; each list (the reader's companies, the
// switched-off sites) follows in parts of at most 8 KB, "settings.userCompanies.0", ".1"… The lists
// stay in sync (not storage.local) so they follow the reader like the rest: at their limits (200
// companies, 500 sites) with names of ordinary length they take about a third of the 100 KB; a save
// that would pass a quota is refused with the reason (settings-storage.ts).
import { migrateSettings, type Settings, type SettingsList } from './settings';

export const SYNC_QUOTA = { QUOTA_BYTES: 102_400, QUOTA_BYTES_PER_ITEM: 8_192, MAX_ITEMS: 512 } as const;

export const SETTINGS_KEY = 'settings';
const LISTS = ['userCompanies', 'deniedSites'] as const satisfies readonly SettingsList[];
const partKey = (list: SettingsList, index: number) => `${SETTINGS_KEY}.${list}.${index}`;

/** A key of the settings' items (the main one or a list part). */
export const isSettingsKey = (key: string): boolean => key === SETTINGS_KEY || key.startsWith(`${SETTINGS_KEY}.`);

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text).length;

/** An item's size as the browsers count it against the quotas. */
export const itemBytes = (key: string, value: unknown): number => bytes(key) + bytes(JSON.stringify(value));

/** Cuts a list into parts of at most QUOTA_BYTES_PER_ITEM each (key included), in order. */
function parts(list: SettingsList, entries: readonly unknown[]): unknown[][] {
  const out: unknown[][] = [];
  let part: unknown[] = [];
  let size = 0;
  for (const entry of entries) {
    const entrySize = bytes(JSON.stringify(entry)) + 1; // and its comma
    // `[` `]` and the key, whose index has at most three digits (512 items).
    if (part.length && size + entrySize + 2 + bytes(partKey(list, 999)) > SYNC_QUOTA.QUOTA_BYTES_PER_ITEM) {
      out.push(part);
      part = [];
      size = 0;
    }
    part.push(entry);
    size += entrySize;
  }
  if (part.length) out.push(part);
  return out;
}

/** The items that hold `settings`, by key. */
export function settingsItems(settings: Settings): Record<string, unknown> {
  const { userCompanies, deniedSites, ...small } = settings;
  const lists: Record<SettingsList, readonly unknown[]> = { userCompanies, deniedSites };
  const items: Record<string, unknown> = {};
  const counts: Partial<Record<SettingsList, number>> = {};
  for (const list of LISTS) {
    const cut = parts(list, lists[list]);
    cut.forEach((part, i) => (items[partKey(list, i)] = part));
    counts[list] = cut.length;
  }
  items[SETTINGS_KEY] = { ...small, parts: counts };
  return items;
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * The settings in `items` (what storage.sync holds). Before the split everything was the one
 * "settings" item, lists included: such an item is read as it is, and the next save splits it.
 */
export function settingsFromItems(items: Record<string, unknown>): Settings {
  const main = isRecord(items[SETTINGS_KEY]) ? items[SETTINGS_KEY] : {};
  if (!isRecord(main.parts)) return migrateSettings(main);
  const counts = main.parts;
  const lists: Record<string, unknown[]> = {};
  for (const list of LISTS) {
    const count = typeof counts[list] === 'number' ? counts[list] : 0;
    lists[list] = [];
    for (let i = 0; i < count; i++) {
      const part = items[partKey(list, i)];
      if (Array.isArray(part)) lists[list].push(...(part as unknown[]));
    }
  }
  return migrateSettings({ ...main, ...lists });
}

export type QuotaProblem = { quota: keyof typeof SYNC_QUOTA; need: number; limit: number };

/** The first sync quota that `items` (everything the settings keep) would pass, or null. */
export function syncQuotaProblem(items: Record<string, unknown>): QuotaProblem | null {
  const entries = Object.entries(items);
  let total = 0;
  for (const [key, value] of entries) {
    const size = itemBytes(key, value);
    if (size > SYNC_QUOTA.QUOTA_BYTES_PER_ITEM) return { quota: 'QUOTA_BYTES_PER_ITEM', need: size, limit: SYNC_QUOTA.QUOTA_BYTES_PER_ITEM };
    total += size;
  }
  if (total > SYNC_QUOTA.QUOTA_BYTES) return { quota: 'QUOTA_BYTES', need: total, limit: SYNC_QUOTA.QUOTA_BYTES };
  if (entries.length > SYNC_QUOTA.MAX_ITEMS) return { quota: 'MAX_ITEMS', need: entries.length, limit: SYNC_QUOTA.MAX_ITEMS };
  return null;
}
