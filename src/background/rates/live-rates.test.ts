// Live rates against real ECB files served on 127.0.0.1, with storage.local replaced by memory.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ecbFile, readPackagedFile } from '../../../test/fixtures';
import { convert } from '../../core/fx/convert';
import { defaults, type Settings } from '../../platform/settings';
import { createBundledRates } from './bundled-rates';
import { createLiveRates, ECB_SOURCE, FAILED_LOOKUP_TTL_MS, FALLBACK_SOURCE } from './live-rates';
import { memoryStore } from './memory-store';

// The bundled tables as the build writes them (src/data/rates), read as the background reads its files.
const bundled = createBundledRates(readPackagedFile);

const files: Record<string, string> = {
  '/daily.xml': ecbFile('eurofxref-daily-2022-07-08.xml'),
  '/hist-90d.xml': ecbFile('eurofxref-hist-2017-02-27-to-03-03.xml'),
  '/broken.xml': ecbFile('eurofxref-daily-2022-07-08.xml').slice(0, 400),
  '/fallback/2025-06-06..2025-06-13': JSON.stringify({ amount: 1, base: 'EUR', start_date: '2025-06-06', end_date: '2025-06-13', rates: { '2025-06-12': { USD: 1.1588, CNY: 8.3182 }, '2025-06-13': { USD: 1.0696, CNY: 7.7597 } } }),
  // USD a thousand per euro: refused as implausible.
  '/fallback/2025-07-11..2025-07-18': JSON.stringify({ amount: 1, base: 'EUR', rates: { '2025-07-18': { USD: 1000, CNY: 8.3 } } }),
};
const requests: string[] = [];
let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const port = (server.address() as AddressInfo).port;
    // Hostile or odd servers: a body far larger than any rate file (declared, or streamed without a
    // length), and redirects to the same host and to another one (localhost is not 127.0.0.1).
    if (req.url === '/huge-declared.xml') return void res.writeHead(200, { 'content-length': String(50_000_000) }).end();
    if (req.url === '/huge-streamed.xml') {
      res.writeHead(200, { 'content-type': 'text/xml' });
      const chunk = `<!-- ${'x'.repeat(65_000)} -->`;
      let sent = 0;
      const more = () => {
        while (sent < 3_000_000 && !res.writableEnded) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      res.on('error', () => undefined);
      return more();
    }
    if (req.url === '/moved-here.xml') return void res.writeHead(302, { location: `http://127.0.0.1:${port}/daily.xml` }).end();
    if (req.url === '/moved-away.xml') return void res.writeHead(302, { location: `http://localhost:${port}/daily.xml` }).end();
    const body = files[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/plain' }).end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const settingsWith = (sources: Partial<Settings['rateSources']>): Settings => ({
  ...defaults,
  rateSources: { ecbDaily: `${base}/daily.xml`, ecb90Days: `${base}/hist-90d.xml`, fallback: `${base}/fallback/{from}..{to}`, ...sources },
});

describe('live rates', () => {
  it('downloads the ECB files, caches them with the fetch time, and converts with them', async () => {
    const store = memoryStore();
    const rates = createLiveRates(store, bundled);
    const status = await rates.refresh(settingsWith({}), new Date('2022-07-08T16:00:00Z'));
    expect(status).toMatchObject({ fetchedAt: '2022-07-08T16:00:00.000Z', lastDay: '2022-07-08', error: null });
    const r = convert({ amount: 1, currency: 'USD' }, 'CNY', '2017-03-03', await rates.sources())!;
    expect(r).toMatchObject({ source: ECB_SOURCE, rateDate: '2017-03-03' });
    expect(r.rate.toFixed(4)).toBe('6.8975');
    // A fresh instance reads the same data back from storage.
    const again = createLiveRates(store, bundled);
    expect(convert({ amount: 1, currency: 'USD' }, 'CNY', '2022-07-08', await again.sources())!.rate).toBeCloseTo(6.8095 / 1.0163, 10);
  });

  it('drops every downloaded rate on "Clear all data", in memory and in storage', async () => {
    const store = memoryStore();
    const rates = createLiveRates(store, bundled);
    await rates.refresh(settingsWith({}), new Date('2022-07-08T16:00:00Z'));
    await rates.clear();
    expect(await rates.status()).toMatchObject({ fetchedAt: null, lastDay: null, error: null });
    expect(await rates.sources()).toEqual(await bundled()); // the bundled tables alone (daily and weekly)
    const again = createLiveRates(store, bundled);
    expect((await again.status()).fetchedAt).toBeNull();
    expect(convert({ amount: 1, currency: 'USD' }, 'CNY', '2017-03-03', await again.sources())!.source).not.toBe(ECB_SOURCE);
  });

  it('converts with the downloaded rates when the bundled tables cannot be read, and reads them at the next conversion', async () => {
    let reads = 0;
    const flaky = createBundledRates(async (file) => {
      reads++;
      if (reads === 1) throw new Error(`${file}: missing`);
      return readPackagedFile(file);
    });
    const rates = createLiveRates(memoryStore(), flaky);
    await rates.refresh(settingsWith({}), new Date('2022-07-08T16:00:00Z'));
    const first = await rates.sources();
    expect(first).toHaveLength(1);
    expect(convert({ amount: 1, currency: 'USD' }, 'CNY', '2022-07-08', first)!.source).toBe(ECB_SOURCE);
    expect(convert({ amount: 1, currency: 'USD' }, 'CNY', '2010-05-05', first)).toBeNull();
    const second = await rates.sources();
    expect(second).toHaveLength(3);
    expect(convert({ amount: 1, currency: 'USD' }, 'CNY', '2010-05-05', second)!.rateDate).toBe('2010-05-05');
  });

  it('keeps the last good data and says so when a download is damaged or missing', async () => {
    const store = memoryStore();
    const rates = createLiveRates(store, bundled);
    await rates.refresh(settingsWith({}), new Date('2022-07-08T16:00:00Z'));
    const failed = await rates.refresh(settingsWith({ ecbDaily: `${base}/broken.xml` }), new Date('2022-07-09T16:00:00Z'));
    expect(failed.error).toEqual({ source: 'refresh', kind: 'untrusted', on: '2022-07-09', kept: '2022-07-08' });
    expect(failed.fetchedAt).toBe('2022-07-08T16:00:00.000Z');
    const missing = await rates.refresh(settingsWith({ ecb90Days: `${base}/nothing.xml` }), new Date('2022-07-10T16:00:00Z'));
    expect(missing.error).toEqual({ source: 'refresh', kind: 'unreachable', on: '2022-07-10', kept: '2022-07-08' });
    expect(convert({ amount: 1, currency: 'USD' }, 'CNY', '2022-07-08', await rates.sources())!.source).toBe(ECB_SOURCE);
  });

  it('refuses a body larger than any rate file, declared or streamed, and keeps the last good data', async () => {
    const store = memoryStore();
    const rates = createLiveRates(store, bundled);
    await rates.refresh(settingsWith({}), new Date('2022-07-08T16:00:00Z'));
    for (const file of ['huge-declared.xml', 'huge-streamed.xml']) {
      const status = await rates.refresh(settingsWith({ ecbDaily: `${base}/${file}` }), new Date('2022-07-09T16:00:00Z'));
      expect(status.error, file).toEqual({ source: 'refresh', kind: 'untrusted', on: '2022-07-09', kept: '2022-07-08' });
    }
    expect(convert({ amount: 1, currency: 'USD' }, 'CNY', '2022-07-08', await rates.sources())!.source).toBe(ECB_SOURCE);
  });

  it('follows a redirect on the same host only', async () => {
    const rates = createLiveRates(memoryStore(), bundled);
    expect((await rates.refresh(settingsWith({ ecbDaily: `${base}/moved-here.xml` }), new Date('2022-07-08T16:00:00Z'))).error).toBeNull();
    const away = await rates.refresh(settingsWith({ ecbDaily: `${base}/moved-away.xml` }), new Date('2022-07-09T16:00:00Z'));
    expect(away.error).toEqual({ source: 'refresh', kind: 'untrusted', on: '2022-07-09', kept: '2022-07-08' });
  });

  it('detects damaged cached data and replaces it instead of trusting it', async () => {
    const store = memoryStore({ rates: { version: 1, ecb: { format: 'deallens-rates/1', base: 'EUR', source: 'x', firstDay: '2022-07-08', days: 'B', series: { USD: { exp: 4, values: '!!' } } }, fallback: null, status: {} } });
    const rates = createLiveRates(store, bundled, () => Date.parse('2026-12-06T10:00:00Z'));
    const status = await rates.status();
    expect(status.discarded).toEqual({ on: '2026-12-06' });
    const sources = await rates.sources();
    expect(sources).toEqual(await bundled()); // only the bundled tables remain
    expect((store.data.rates as { ecb: unknown }).ecb).toBeNull();
  });

  it('asks the fallback provider for a day no source covers, once', async () => {
    const rates = createLiveRates(memoryStore(), bundled);
    const settings = settingsWith({});
    requests.length = 0;
    await rates.ensureRatesFor('2025-06-13', [['CNY', 'USD']], settings, '2026-11-29');
    const r = convert({ amount: 7.7597, currency: 'CNY' }, 'USD', '2025-06-13', await rates.sources())!;
    expect(r).toMatchObject({ source: FALLBACK_SOURCE, rateDate: '2025-06-13' });
    expect(r.amount).toBeCloseTo(1.0696, 10);
    await rates.ensureRatesFor('2025-06-13', [['CNY', 'USD']], settings, '2026-11-29');
    expect(requests).toEqual(['/fallback/2025-06-06..2025-06-13']);
  });

  it('does not go to the network for days the bundled history covers, future days, or with live rates off', async () => {
    const rates = createLiveRates(memoryStore(), bundled);
    requests.length = 0;
    await rates.ensureRatesFor('2023-10-20', [['CNY', 'USD']], settingsWith({}), '2026-11-29');
    await rates.ensureRatesFor('2027-01-01', [['CNY', 'USD']], settingsWith({}), '2026-11-29');
    await rates.ensureRatesFor('2025-06-13', [['CNY', 'USD']], { ...settingsWith({}), liveRates: false }, '2026-11-29');
    expect(requests).toEqual([]);
  });

  it('says a failed download with no rates of its own kept: the bundled history is', async () => {
    const rates = createLiveRates(memoryStore(), bundled);
    const status = await rates.refresh(settingsWith({ ecbDaily: `${base}/broken.xml` }), new Date('2022-07-09T16:00:00Z'));
    expect(status.error).toEqual({ source: 'refresh', kind: 'untrusted', on: '2022-07-09', kept: null });
  });

  it("reads an older version's status sentences as no problem, keeping the rest", async () => {
    const store = memoryStore();
    await createLiveRates(store, bundled).refresh(settingsWith({}), new Date('2022-07-08T16:00:00Z'));
    const cached = store.data.rates as { status: Record<string, unknown> };
    cached.status.error = 'rate refresh failed: x answered 500; keeping rates of 2022-07-08';
    cached.status.discarded = 'cached rates were damaged (x) and were discarded';
    expect(await createLiveRates(store, bundled).status()).toEqual({ fetchedAt: '2022-07-08T16:00:00.000Z', lastDay: '2022-07-08', lastAttemptAt: '2022-07-08T16:00:00.000Z', error: null, discarded: null });
  });

  it('does not ask the fallback provider again for a day and currency it failed for, until a few hours have passed', async () => {
    let now = Date.parse('2026-11-29T09:00:00Z');
    const rates = createLiveRates(memoryStore(), bundled, () => now);
    const settings = settingsWith({});
    requests.length = 0;
    // Nothing is served for this period: a 404.
    for (let card = 0; card < 5; card++) await rates.ensureRatesFor('2025-07-04', [['CNY', 'USD']], settings, '2026-11-29');
    expect(requests).toEqual(['/fallback/2025-06-27..2025-07-04']);
    expect((await rates.status()).error).toEqual({ source: 'fallback', kind: 'unreachable', on: '2026-11-29', day: '2025-07-04', kept: null });
    // Another currency that day is asked for; so is the same currency on another day.
    await rates.ensureRatesFor('2025-07-04', [['NGN', 'USD']], settings, '2026-11-29');
    await rates.ensureRatesFor('2025-07-03', [['CNY', 'USD']], settings, '2026-11-29');
    expect(requests).toHaveLength(3);
    now += FAILED_LOOKUP_TTL_MS - 60_000;
    await rates.ensureRatesFor('2025-07-04', [['CNY', 'USD']], settings, '2026-11-29');
    expect(requests).toHaveLength(3);
    now += 60_000;
    await rates.ensureRatesFor('2025-07-04', [['CNY', 'USD']], settings, '2026-11-29');
    expect(requests).toEqual(['/fallback/2025-06-27..2025-07-04', '/fallback/2025-06-27..2025-07-04', '/fallback/2025-06-26..2025-07-03', '/fallback/2025-06-27..2025-07-04']);
  });

  it('asks a fallback source the reader has just set, whatever the one before failed for', async () => {
    const rates = createLiveRates(memoryStore(), bundled);
    requests.length = 0;
    await rates.ensureRatesFor('2025-07-04', [['CNY', 'USD']], settingsWith({}), '2026-11-29');
    await rates.ensureRatesFor('2025-07-04', [['CNY', 'USD']], settingsWith({ fallback: `${base}/other-fallback/{from}..{to}` }), '2026-11-29');
    expect(requests).toEqual(['/fallback/2025-06-27..2025-07-04', '/other-fallback/2025-06-27..2025-07-04']);
  });

  it("remembers a currency the fallback provider's answer lacks, so its cards do not ask again", async () => {
    const rates = createLiveRates(memoryStore(), bundled);
    const settings = settingsWith({});
    requests.length = 0;
    // The provider's answer for that week has USD and CNY, no TWD.
    for (let card = 0; card < 3; card++) await rates.ensureRatesFor('2025-06-13', [['TWD', 'USD']], settings, '2026-11-29');
    await rates.ensureRatesFor('2025-06-13', [['CNY', 'USD']], settings, '2026-11-29');
    expect(requests).toEqual(['/fallback/2025-06-06..2025-06-13']);
  });

  it('refuses implausible fallback rates, says so, and does not ask again for them', async () => {
    const rates = createLiveRates(memoryStore(), bundled);
    requests.length = 0;
    await rates.ensureRatesFor('2025-07-18', [['CNY', 'USD']], settingsWith({}), '2026-11-29');
    await rates.ensureRatesFor('2025-07-18', [['CNY', 'USD']], settingsWith({}), '2026-11-29');
    expect(requests).toEqual(['/fallback/2025-07-11..2025-07-18']);
    expect((await rates.status()).error).toEqual({ source: 'fallback', kind: 'untrusted', on: '2026-11-29', day: '2025-07-18', kept: null });
    expect(convert({ amount: 1, currency: 'CNY' }, 'USD', '2025-07-18', await rates.sources())?.source).not.toBe(FALLBACK_SOURCE);
  });

  it('remembers the failures of cards asking at once (one per currency shown), and serves each a look-up that answers', async () => {
    const rates = createLiveRates(memoryStore(), bundled);
    requests.length = 0;
    const settings = settingsWith({});
    await Promise.all(['USD', 'EUR', 'HKD'].map((to) => rates.ensureRatesFor('2025-08-01', [['CNY', to]], settings, '2026-11-29')));
    const asked = requests.length;
    // Nothing is served for that period; each card's currencies are remembered as failed, not only the first's.
    for (const to of ['USD', 'EUR', 'HKD']) await rates.ensureRatesFor('2025-08-01', [['CNY', to]], settings, '2026-11-29');
    expect(requests).toHaveLength(asked);
    await Promise.all(['USD', 'CNY'].map((to) => rates.ensureRatesFor('2025-06-13', [['EUR', to]], settings, '2026-11-29')));
    expect(convert({ amount: 1, currency: 'EUR' }, 'CNY', '2025-06-13', await rates.sources())).toMatchObject({ source: FALLBACK_SOURCE, rateDate: '2025-06-13' });
  });
});
