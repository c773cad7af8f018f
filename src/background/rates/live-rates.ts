// Live rates: the ECB's daily and 90-day files, refreshed on an alarm (at most twice a day) and on
// demand, kept in storage.local with the fetch time. The fallback provider fills days the ECB files
// and the bundled history do not reach. A failed or damaged download keeps the last good data and
// records why; nothing here ever blocks highlighting (only cards and the popup wait for rates).
import { convert } from '../../core/fx/convert';
import { mergeHistories, parseEcbXml } from '../../core/fx/ecb-xml';
import { dayFromNumber, dayNumber, decodeRateHistory, encodeRateHistory, type EncodedRateHistory, type RateHistory } from '../../core/fx/rate-codec';
import { implausibleRate } from '../../core/fx/rate-bounds';
import { createHistorySource, type RateSource } from '../../core/fx/rate-source';
import type { IsoDate } from '../../core/types';
import type { RatesProblem, RatesStatus } from '../../messages/contract';
import type { Settings } from '../../platform/settings';
import { parseFallbackJson } from './frankfurter-json';

export const REFRESH_ALARM = 'deallens-refresh-rates';
/** Twice a day at most: the ECB publishes once per business day. */
export const REFRESH_PERIOD_MINUTES = 12 * 60;
const FETCH_TIMEOUT_MS = 15_000;
/** A best rate older than this before the asked day sends the background to the fallback provider. */
const MAX_RATE_AGE_DAYS = 4;
/**
 * A fallback look-up that failed, or left a currency without a recent rate, is not asked again for
 * that day and currency while the background lives, for this long at most: every card of an amount
 * the provider cannot convert would otherwise ask it again.
 */
export const FAILED_LOOKUP_TTL_MS = 3 * 60 * 60_000;
const CACHE_KEY = 'rates';
export const ECB_SOURCE = 'ECB euro reference rates';
export const FALLBACK_SOURCE = 'ECB rates via Frankfurter';


interface RatesCache {
  version: 1;
  ecb: EncodedRateHistory | null;
  fallback: EncodedRateHistory | null;
  status: RatesStatus;
}

const emptyStatus = (): RatesStatus => ({ fetchedAt: null, lastDay: null, lastAttemptAt: null, error: null, discarded: null });

const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** The stored status, each field checked (an older version kept English sentences where codes are now). */
function storedStatus(value: unknown): RatesStatus {
  const s = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const error = (s.error && typeof s.error === 'object' ? s.error : {}) as Record<string, unknown>;
  const problem =
    (error.source === 'refresh' || error.source === 'fallback') && (error.kind === 'unreachable' || error.kind === 'untrusted') && isDay(error.on) && (error.kept === null || isDay(error.kept)) && (error.day === undefined || isDay(error.day))
      ? (error as unknown as RatesProblem)
      : null;
  const discarded = s.discarded && typeof s.discarded === 'object' && isDay((s.discarded as { on?: unknown }).on) ? { on: (s.discarded as { on: string }).on } : null;
  return {
    fetchedAt: isTime(s.fetchedAt) ? s.fetchedAt : null,
    lastDay: isDay(s.lastDay) ? s.lastDay : null,
    lastAttemptAt: isTime(s.lastAttemptAt) ? s.lastAttemptAt : null,
    error: problem,
    discarded,
  };
}

/** A download not used: the server did not answer (or answered an error), or what it sent is not trusted. */
class RatesFault extends Error {
  constructor(
    readonly kind: RatesProblem['kind'],
    message: string,
  ) {
    super(message);
  }
}

/** Damaged or implausible data (RateFileError and the rest) is refused data: "untrusted". */
const faultKind = (error: unknown): RatesProblem['kind'] => (error instanceof RatesFault ? error.kind : 'untrusted');


function checkedHistory(encoded: EncodedRateHistory): RateHistory {
  const history = decodeRateHistory(encoded);
  if (history.base !== 'EUR' || !history.series.USD) throw new Error('cached history is not EUR-based with USD');
  for (const values of Object.values(history.series)) {
    if (values.some((v) => v !== null && !(v > 0 && Number.isFinite(v)))) throw new Error('cached history has a non-positive rate');
  }
  const implausible = implausibleRate(history);
  if (implausible) throw new Error(`cached history: ${implausible}`);
  return history;
}

/** The ECB's 90-day file is ~45 KB and its daily file ~2 KB; anything far larger is not a rate file. */
export const MAX_RATE_FILE_BYTES = 1_000_000;

async function download(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), cache: 'no-store', credentials: 'omit' });
  } catch (error) {
    throw new RatesFault('unreachable', `${url} could not be reached (${(error as Error).message})`);
  }
  if (!response.ok) throw new RatesFault('unreachable', `${url} answered ${response.status}`);
  // A redirect may stay on the server asked; data from another host is not the source the reader chose.
  if (response.redirected && new URL(response.url).host !== new URL(url).host) {
    void response.body?.cancel();
    throw new RatesFault('untrusted', `${url} redirected to another host (${new URL(response.url).host}): not used`);
  }
  return readAtMost(response, MAX_RATE_FILE_BYTES, url);
}

/** The body as text, refused (and the download stopped) once it passes `max` bytes. */
async function readAtMost(response: Response, max: number, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = () => new RatesFault('untrusted', `${url} sent more than ${max / 1_000_000} MB: not a rate file`);
  if (declared > max) {
    void response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** The slice of storage.local the rates need (a plain object in unit tests). */
export interface KeyValueStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

type Cache = { ecb: RateHistory | null; fallback: RateHistory | null; status: RatesStatus };

export type LiveRates = ReturnType<typeof createLiveRates>;

/** `clock` gives the time in ms (Date.now; tests move it). */
/**
 * `bundled` gives the bundled tables (bundled-rates.ts); when they cannot be read (a broken build), the
 * downloaded rates still convert, and the next conversion tries to read them again.
 */
export function createLiveRates(storage: KeyValueStore, bundled: () => Promise<RateSource[]>, clock: () => number = Date.now) {
  let cache: Cache | null = null;
  /** When a fallback look-up last failed for a provider, day and currency ("<source> 2025-06-13 TWD"). */
  const failedLookups = new Map<string, number>();

  /** Reads the cache, checking every part: damaged data is replaced, never trusted. */
  async function loadCache(): Promise<Cache> {
    if (cache) return cache;
    const stored = (await storage.get(CACHE_KEY))[CACHE_KEY] as RatesCache | undefined;
    const fresh = { ecb: null, fallback: null, status: emptyStatus() };
    if (stored === undefined) return (cache = fresh);
    try {
      if (stored?.version !== 1) throw new Error('unknown cache version');
      cache = {
        ecb: stored.ecb ? checkedHistory(stored.ecb) : null,
        fallback: stored.fallback ? checkedHistory(stored.fallback) : null,
        status: storedStatus(stored.status),
      };
    } catch (error) {
      console.warn('DealLens: cached rates were damaged and were discarded:', (error as Error).message);
      cache = { ...fresh, status: { ...emptyStatus(), discarded: { on: new Date(clock()).toISOString().slice(0, 10) } } };
      await saveCache();
    }
    return cache;
  }

  async function saveCache(): Promise<void> {
    if (!cache) return;
    const value: RatesCache = {
      version: 1,
      ecb: cache.ecb && encodeRateHistory(cache.ecb),
      fallback: cache.fallback && encodeRateHistory(cache.fallback),
      status: cache.status,
    };
    await storage.set({ [CACHE_KEY]: value });
  }

  /** Downloads the ECB files and merges them into the cache; on failure the last good data stays. */
  async function refreshRates(settings: Settings, now: Date): Promise<RatesStatus> {
    const c = await loadCache();
    c.status.lastAttemptAt = now.toISOString();
    try {
      const [ninety, daily] = await Promise.all([download(settings.rateSources.ecb90Days), download(settings.rateSources.ecbDaily)]);
      let merged = mergeHistories(parseEcbXml(ninety, ECB_SOURCE), parseEcbXml(daily, ECB_SOURCE));
      if (c.ecb) merged = mergeHistories(c.ecb, merged);
      c.ecb = merged;
      c.status = { ...c.status, fetchedAt: now.toISOString(), lastDay: merged.days.at(-1) ?? null, error: null };
    } catch (error) {
      console.warn('DealLens: rate refresh failed:', (error as Error).message);
      c.status.error = { source: 'refresh', kind: faultKind(error), on: now.toISOString().slice(0, 10), kept: c.ecb ? c.status.lastDay : null };
    }
    await saveCache();
    return { ...c.status };
  }

  /** Drops every downloaded rate and the status ("Clear all data"): the bundled history is left. */
  async function clearRates(): Promise<void> {
    cache = { ecb: null, fallback: null, status: emptyStatus() };
    await saveCache();
  }

  async function ratesStatus(): Promise<RatesStatus> {
    return { ...(await loadCache()).status };
  }

  /** Live sources first, so they win ties with the bundled history. */
  async function rateSources(): Promise<RateSource[]> {
    const [c, tables] = await Promise.all([
      loadCache(),
      bundled().catch((error: unknown) => {
        console.warn('DealLens: the bundled rates could not be read:', (error as Error).message);
        return [];
      }),
    ]);
    const live = [c.ecb, c.fallback].filter((h): h is RateHistory => h !== null).map(createHistorySource);
    return [...live, ...tables];
  }

  /**
   * Before converting at `day`: when no source has a rate within a few days before it (the gap
   * between the bundled history and the ECB's 90 days, or currencies the ECB files lack on that day),
   * ask the fallback provider for that period once and keep its answer.
   */
  async function ensureRatesFor(day: IsoDate, pairs: [string, string][], settings: Settings, today: IsoDate): Promise<void> {
    if (!settings.liveRates || day > today || day < '1999-01-04') return;
    const staleIn = (sources: RateSource[]) =>
      pairs.filter(([from, to]) => {
        const best = convert({ amount: 1, currency: from }, to, day, sources);
        return !best || dayNumber(day) - dayNumber(best.rateDate) > MAX_RATE_AGE_DAYS;
      });
    const stale = staleIn(await rateSources());
    if (!stale.length) return;
    // Not again while every currency it would be for failed recently.
    const asked = clock();
    // Per provider too: a source the reader has just set is asked afresh.
    const keysOf = (list: [string, string][]) => [...new Set(list.flat())].filter((c) => c !== 'EUR').map((c) => `${settings.rateSources.fallback} ${day} ${c}`);
    if (keysOf(stale).every((key) => asked - (failedLookups.get(key) ?? -Infinity) < FAILED_LOOKUP_TTL_MS)) return;
    const from = dayFromNumber(dayNumber(day) - 7);
    const url = settings.rateSources.fallback.replace('{from}', from).replace('{to}', day);
    const c = await loadCache();
    let failed = stale;
    try {
      const history = parseFallbackJson(await download(url), FALLBACK_SOURCE);
      c.fallback = c.fallback ? mergeHistories(c.fallback, history) : history;
      await saveCache();
      failed = staleIn(await rateSources());
    } catch (error) {
      console.warn(`DealLens: fallback rates for ${day} failed:`, (error as Error).message);
      c.status.error = { source: 'fallback', kind: faultKind(error), on: today, day, kept: c.ecb ? c.status.lastDay : null };
    }
    for (const [key, at] of failedLookups) if (asked - at >= FAILED_LOOKUP_TTL_MS) failedLookups.delete(key);
    for (const key of keysOf(failed)) failedLookups.set(key, asked);
  }

  /** For tests: forget the in-memory copy so the next read goes to storage. */
  function forgetRatesCache(): void {
    cache = null;
  }

  return { refresh: refreshRates, status: ratesStatus, sources: rateSources, ensureRatesFor, forget: forgetRatesCache, clear: clearRates };
}
