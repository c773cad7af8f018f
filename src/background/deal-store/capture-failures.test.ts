// A capture that fails is remembered for the reader (popup, options), in memory and in storage.local,
// until a capture succeeds; tried on a real IndexedDB store (fake-indexeddb) whose disk is full.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DealRecord } from '../../core/types';
import { t } from '../../platform/i18n';
import { memoryStore } from '../rates/memory-store';
import { CAPTURE_FAILURE_KEY, createCaptureFailures, failureReason } from './capture-failures';
import { openDealDb } from './deal-db';
import { captureDeals, StoreFullError } from './deal-store';
import { failingPut } from './failing-db';

const now = () => new Date('2026-12-06T10:00:00Z');

function deal(id: string): DealRecord {
  return {
    id,
    type: 'funding',
    target: { id: `co-${id}`, name: `Company ${id}` },
    investors: [],
    date: '2026-12-05',
    sources: [{ url: 'https://news.example/story', publisher: 'Example News', date: '2026-12-05' }],
    origin: 'captured',
    confidence: 0.8,
  };
}

describe('capture failures', () => {
  it('remembers a capture the full disk refused, with its time, reason and page, and forgets it after a capture that works', async () => {
    const db = await openDealDb('capture-failures-test');
    const storage = memoryStore();
    const failures = createCaptureFailures(storage, now);
    expect(await failures.last()).toBeNull();

    const deals = [deal('one'), deal('two')];
    await expect(failures.watch(deals, () => captureDeals(failingPut(db, 1), deals, now().toISOString()))).rejects.toThrow(/quota/);
    const expected = { at: '2026-12-06T10:00:00.000Z', reason: t('captureFailedQuota'), url: 'https://news.example/story' };
    expect(await failures.last()).toEqual(expected);
    expect(storage.data[CAPTURE_FAILURE_KEY]).toEqual(expected);
    expect(await db.count('deals')).toBe(0);
    // A background that started again reads it from storage.local.
    expect(await createCaptureFailures(storage, now).last()).toEqual(expected);

    await failures.watch(deals, () => captureDeals(db, deals, now().toISOString()));
    expect(await failures.last()).toBeNull();
    expect(storage.data[CAPTURE_FAILURE_KEY]).toBeNull();
    expect(await db.count('deals')).toBe(2);
    db.close();
  });

  it('words each kind of failure for the reader', () => {
    expect(failureReason(new DOMException('full', 'QuotaExceededError'))).toBe(t('captureFailedQuota'));
    expect(failureReason(new StoreFullError('full'))).toBe(t('captureFailedStoreFull'));
    // The browser's English detail is for the console, never the reader's sentence.
    expect(failureReason(new DOMException('The transaction was aborted.', 'AbortError'))).toBe(t('captureFailedError'));
    expect(failureReason(new Error('x'.repeat(5_000)))).not.toContain('xxx');
  });
});
