// A capture that fails (the browser's storage full, the store at its limit, any IndexedDB error) is
// remembered, in the background's memory and in storage.local, so the popup of that page and the
// options page can tell the reader; the next capture that succeeds clears it.
import type { DealRecord } from '../../core/types';
import { t } from '../../platform/i18n';
import type { KeyValueStore } from '../rates/live-rates';

export interface CaptureFailure {
  /** When it failed (ISO time). */
  at: string;
  /** Why, in a short sentence for the reader. */
  reason: string;
  /** The page the deals were read on, as stored in their sources. */
  url?: string;
}

export const CAPTURE_FAILURE_KEY = 'captureFailure';

/** What the reader is told about `error`. */
export function failureReason(error: unknown): string {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  if (name === 'QuotaExceededError') return t('captureFailedQuota');
  if (name === 'StoreFullError') return t('captureFailedStoreFull');
  // The browser's own words are English: they go to the console for a bug report, not to the reader.
  console.warn('DealLens: a capture failed:', error);
  return t('captureFailedError');
}

const isFailure = (value: unknown): value is CaptureFailure =>
  typeof value === 'object' && value !== null && typeof (value as CaptureFailure).at === 'string' && typeof (value as CaptureFailure).reason === 'string';

export type CaptureFailures = ReturnType<typeof createCaptureFailures>;

export function createCaptureFailures(storage: KeyValueStore, now: () => Date) {
  /** undefined until read from storage. */
  let last: CaptureFailure | null | undefined;
  return {
    /** Runs `capture` of `deals`; a failure is remembered (and thrown on), a success clears the last one. */
    async watch<T>(deals: readonly DealRecord[], capture: () => Promise<T>): Promise<T> {
      let result: T;
      try {
        result = await capture();
      } catch (error) {
        const url = deals.flatMap((d) => d.sources.map((s) => s.url)).find((u) => u !== undefined);
        last = { at: now().toISOString(), reason: failureReason(error), ...(url !== undefined && { url }) };
        await storage.set({ [CAPTURE_FAILURE_KEY]: last }).catch(() => undefined);
        throw error;
      }
      if (last !== null) {
        last = null;
        await storage.set({ [CAPTURE_FAILURE_KEY]: null });
      }
      return result;
    },
    /** The last capture's failure, or null when it succeeded (or none failed). */
    async last(): Promise<CaptureFailure | null> {
      if (last === undefined) {
        const stored = (await storage.get(CAPTURE_FAILURE_KEY))[CAPTURE_FAILURE_KEY];
        last ??= isFailure(stored) ? stored : null;
      }
      return last;
    },
  };
}
