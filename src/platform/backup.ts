// Everything the reader keeps, as one JSON file: the settings and the deal store. Import checks the
// whole file before anything is written and names every problem; the caller writes all or nothing.
import type { DealRecord } from '../core/types';
import { canonicalDeal, sortById } from './deal-transfer/canonical-deal';
import { validateDeal } from './deal-transfer/deal-schema';
import { t } from './i18n';
import { migrateSettings, type Settings } from './settings';

export const BACKUP_FORMAT = 'deallens-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
  deals: DealRecord[];
}

export type ParsedBackup = { ok: true; settings: Settings; deals: DealRecord[] } | { ok: false; problems: string[] };

/** The backup file's text: deals sorted by id in their canonical shape, 2-space indent, trailing newline. */
export function exportBackup(settings: Settings, deals: readonly DealRecord[], exportedAt: string): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, settings, deals: sortById(deals).map(canonicalDeal) };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** At most this many problems are listed; the rest are counted. */
const MAX_PROBLEMS = 8;

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/**
 * Reads a backup file. Settings are checked key by key: a value that the settings would not keep as
 * it is (a wrong type, an unknown colour, a bad currency code) is a problem, not silently repaired.
 * Keys the settings do not know (from a newer version) are ignored. Every deal goes through the deal schema.
 */
export function parseBackup(text: string): ParsedBackup {
  const read = readBackup(text);
  if (!read.ok) return read;
  read.deals(0, read.total);
  return read.result();
}

/** How far the check of a long backup has got: deals checked of all deals. */
export interface BackupProgress {
  checked: number;
  total: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * parseBackup for a page: the same result, but the deals are checked in steps of `dealsPerStep`, each
 * followed by a call of `onProgress` and a yield to the event loop (a macrotask, so the page paints
 * and takes input). The file's JSON is parsed in one step before them.
 */
export async function parseBackupInSteps(text: string, onProgress: (progress: BackupProgress) => void = () => undefined, dealsPerStep = 2_000): Promise<ParsedBackup> {
  const read = readBackup(text);
  if (!read.ok) return read;
  for (let from = 0; from < read.total; from += dealsPerStep) {
    onProgress({ checked: from, total: read.total });
    await nextTask();
    read.deals(from, Math.min(read.total, from + dealsPerStep));
  }
  onProgress({ checked: read.total, total: read.total });
  return read.result();
}

/** The file read and its settings checked; its deals are checked by `deals(from, to)` calls in order, then `result()`. */
function readBackup(text: string): { ok: false; problems: string[] } | { ok: true; total: number; deals(from: number, to: number): void; result(): ParsedBackup } {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, problems: [t('importNotJson')] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, problems: [t('backupNotObject')] };
  const file = data as Record<string, unknown>;
  if (file.format !== BACKUP_FORMAT) return { ok: false, problems: [t('backupWrongFormat', show(file.format), BACKUP_FORMAT)] };
  if (typeof file.version !== 'number' || file.version > BACKUP_VERSION) {
    return { ok: false, problems: [t('backupWrongVersion', show(file.version), BACKUP_VERSION)] };
  }
  const problems: string[] = [];
  let settings = migrateSettings({});
  if (!file.settings || typeof file.settings !== 'object' || Array.isArray(file.settings)) problems.push(t('importAt', 'settings', t('importMustBeObject')));
  else {
    const given = file.settings as Record<string, unknown>;
    settings = migrateSettings(given);
    for (const key of Object.keys(settings) as (keyof Settings)[]) {
      if (key === 'settingsVersion' || !(key in given)) continue;
      problems.push(...notKept(given[key], settings[key], `settings.${key}`));
    }
  }
  const list: unknown[] = Array.isArray(file.deals) ? file.deals : [];
  if (!Array.isArray(file.deals)) problems.push(t('importAt', 'deals', t('importMustBeList')));
  const deals: DealRecord[] = [];
  const seen = new Set<string>();
  return {
    ok: true,
    total: list.length,
    deals(from, to) {
      for (let i = from; i < to; i++) {
        const value = list[i];
        const result = validateDeal(value);
        if (!result.ok) problems.push(t('importAt', `deals[${i + 1}]${idOf(value)}`, result.reason));
        else if (seen.has(result.deal.id)) problems.push(t('importAt', `deals[${i + 1}] (${result.deal.id})`, t('backupSameIdTwice')));
        else {
          seen.add(result.deal.id);
          deals.push(canonicalDeal(result.deal));
        }
      }
    },
    result() {
      if (problems.length) {
        const more = problems.length - MAX_PROBLEMS;
        return { ok: false, problems: more > 0 ? [...problems.slice(0, MAX_PROBLEMS), t('backupMoreProblems', more)] : problems };
      }
      return { ok: true, settings, deals };
    },
  };
}

/** Where a given value differs from what the settings kept of it, down to the field (highlightStyle.money.colour). */
function notKept(given: unknown, kept: unknown, path: string): string[] {
  if (sameValue(given, kept)) return [];
  const isPlain = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  if (isPlain(given) && isPlain(kept)) {
    const inner = Object.keys(kept).flatMap((k) => (k in given ? notKept(given[k], kept[k], `${path}.${k}`) : []));
    if (inner.length) return inner;
  }
  return [t('importAt', path, t('backupNotValid', show(given)))];
}

/** The same JSON value, whatever the order of object keys (a file written by hand or from storage may order them otherwise). */
function sameValue(a: unknown, b: unknown): boolean {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])]))
        : value;
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function idOf(value: unknown): string {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id ? ` (${id})` : '';
}

type RateSources = Settings['rateSources'];
export type RateSourceKey = keyof RateSources;

export interface BackupRateSources {
  /** https sources of the backup that differ from the reader's: not applied unless the reader confirms. */
  offered: Partial<RateSources>;
  /** Sources of the backup that are not https: never taken from a backup. */
  refused: Partial<RateSources>;
}

const isHttps = (url: string): boolean => {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
};

/**
 * What a backup would change in where live rates come from. A restore keeps the reader's own rate
 * sources; a backup could otherwise point DealLens at another server without a word. The https ones
 * that differ are offered for the reader to confirm; the others are refused.
 */
export function backupRateSources(current: RateSources, backup: RateSources): BackupRateSources {
  const result: BackupRateSources = { offered: {}, refused: {} };
  for (const key of Object.keys(backup) as RateSourceKey[]) {
    if (backup[key] === current[key]) continue;
    (isHttps(backup[key]) ? result.offered : result.refused)[key] = backup[key];
  }
  return result;
}

