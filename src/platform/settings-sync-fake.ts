// A stand-in for browser.storage.sync in unit tests that enforces the real quotas the way Chrome and
// Firefox measure them: an item is its key plus its value as JSON, in UTF-8 bytes. A write that would
// break a quota changes nothing and rejects with the browser's own words.

/** The browsers' documented quotas, written out here rather than imported, so the fake checks the code and not itself. */
export const SYNC_QUOTA = { QUOTA_BYTES: 102_400, QUOTA_BYTES_PER_ITEM: 8_192, MAX_ITEMS: 512 } as const;

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type Listener = (changes: Changes, area: string) => void;

const bytes = (text: string) => new TextEncoder().encode(text).length;

export function createSyncFake() {
  const items = new Map<string, string>(); // key → JSON
  const listeners = new Set<Listener>();
  const emit = (changes: Changes) => {
    if (Object.keys(changes).length) for (const listener of [...listeners]) listener(changes, 'sync');
  };
  const size = (map: Map<string, string>) => [...map].reduce((sum, [k, v]) => sum + bytes(k) + bytes(v), 0);
  const area = {
    async get(keys: string | string[] | null | Record<string, unknown>): Promise<Record<string, unknown>> {
      const wanted = keys === null ? [...items.keys()] : typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
      const out: Record<string, unknown> = {};
      for (const key of wanted) if (items.has(key)) out[key] = JSON.parse(items.get(key)!);
      return out;
    },
    async set(values: Record<string, unknown>): Promise<void> {
      const next = new Map(items);
      for (const [key, value] of Object.entries(values)) {
        const json = JSON.stringify(value);
        if (bytes(key) + bytes(json) > SYNC_QUOTA.QUOTA_BYTES_PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        next.set(key, json);
      }
      if (size(next) > SYNC_QUOTA.QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
      if (next.size > SYNC_QUOTA.MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded');
      const changes: Changes = {};
      for (const [key, value] of Object.entries(values)) changes[key] = { oldValue: items.has(key) ? JSON.parse(items.get(key)!) : undefined, newValue: value };
      for (const [key, json] of next) items.set(key, json);
      emit(changes);
    },
    async remove(keys: string | string[]): Promise<void> {
      const changes: Changes = {};
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        if (!items.has(key)) continue;
        changes[key] = { oldValue: JSON.parse(items.get(key)!) };
        items.delete(key);
      }
      emit(changes);
    },
  };
  return {
    area,
    onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    /** Bytes in use, as the browser counts them. */
    bytesInUse: () => size(items),
    keys: () => [...items.keys()],
  };
}
