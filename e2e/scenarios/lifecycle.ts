// Lifecycle of a page run beyond the first load: leaving a page for the back/forward cache and
// coming back to it, the background stopping in the middle of a read or of a card's request, and
// the extension disabled or reloaded under an open page. Last of the areas: reloading the
// extension leaves this browser's driver without its background.
import { describe, expect, it, vi } from 'vitest';
import { defaults } from '../../src/platform/settings';
import type { ExtensionDriver, PageDriver } from '../driver';
import { VERY_LONG_PAGE_ENTRIES } from '../fixture-server';
import { clickMention, pageRun, pause, rangeBox, type ScenarioContext, waitForCard, waitForHighlights } from './context';

type SyncStorage = { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };
interface InventoryCounts {
  companies: [string, number][];
  money: string[];
}

/** Each registered range as text@start-offset, sorted: the same text at the same place twice is a duplicate. */
const registeredRanges = (page: PageDriver) =>
  page.evaluate(() => {
    const nodeIndex = new Map<Node, number>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(), i = 0; n; n = walker.nextNode(), i++) nodeIndex.set(n, i);
    return ['deallens-company', 'deallens-money']
      .flatMap((name) => [...((CSS.highlights.get(name) as Highlight | undefined) ?? [])].map((r) => {
        const range = r as Range;
        return `${name}:${range.toString()}@${nodeIndex.get(range.startContainer) ?? '?'}:${range.startOffset}`;
      }))
      .sort();
  }, null);

async function inventoryCounts(browser: ExtensionDriver, tabId: number): Promise<InventoryCounts> {
  const inventory = await pageRun(browser, tabId);
  if (!inventory?.complete) throw new Error('the page is still being read');
  return { companies: inventory.companies.map((c) => [c.name, c.count]), money: inventory.money.map((m) => m.text) };
}

/** The reader's style for companies, as the options page saves it. */
const setCompanyStyle = (browser: ExtensionDriver, style: { colour: string; fill: boolean }) =>
  browser.evaluateInExtension(async (companyStyle) => {
    const { storage } = (globalThis as unknown as { browser: { storage: { sync: { get(k: string): Promise<Record<string, { highlightStyle?: object } | undefined>>; set(v: object): Promise<void> } } } }).browser;
    const current = (await storage.sync.get('settings')).settings ?? {};
    await storage.sync.set({ settings: { ...current, highlightStyle: { ...current.highlightStyle, company: companyStyle } } });
  }, style);

export function describeLifecycle(scenario: ScenarioContext): void {
  describe('lifecycle', () => {
    it('leaves a page for the back/forward cache and comes back to it with its highlights once, and they still answer clicks', async () => {
      const { browser, server, openHighlighted } = scenario();
      // The ranges compared after the restore are those of the finished first read.
      const page = await openHighlighted(`${server.url}/article.html`, 20);
      const tabId = await page.tabId();
      const ranges = await registeredRanges(page);
      const inventory = await vi.waitFor(() => inventoryCounts(browser, tabId), { timeout: 15_000 });
      // The browser may choose not to keep a page (Firefox evicts cached pages when it holds many): a page
      // loaded anew is tried again, up to three times, before the test fails.
      let firstRun: string | undefined;
      let back = { kept: false, shows: [] as boolean[], reasons: null as string | null };
      const misses: string[] = [];
      for (let attempt = 0; attempt < 3 && !back.kept; attempt++) {
        if (attempt > 0) await vi.waitFor(() => inventoryCounts(browser, tabId), { timeout: 15_000 });
        firstRun = (await pageRun(browser, tabId))?.run;
        // Marks this document: a page restored from the cache keeps them, a reloaded one has none.
        await page.evaluate(() => {
          const w = window as unknown as { deallensKept: boolean; deallensShows: boolean[] };
          w.deallensKept = true;
          w.deallensShows = [];
          addEventListener('pageshow', (e) => w.deallensShows.push(e.persisted));
        }, null);

        const cacheMisses = await page.watchBackForwardCache();
        await page.goto(`${server.url}/edge.html`);
        await waitForHighlights(page, 2);
        await page.goBack();
        await vi.waitFor(async () => {
          if ((await page.evaluate(() => `${location.pathname} ${document.readyState}`, null)) !== '/article.html complete') throw new Error('not back yet');
        }, { timeout: 10_000, interval: 100 });

        back = await page.evaluate(() => {
          const w = window as unknown as { deallensKept?: boolean; deallensShows?: boolean[] };
          // Chromium also says why a page was not restored here; Firefox has no such field.
          const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { notRestoredReasons?: unknown };
          return { kept: w.deallensKept === true, shows: w.deallensShows ?? [], reasons: navigation?.notRestoredReasons ? JSON.stringify(navigation.notRestoredReasons) : null };
        }, null);
        if (!back.kept) misses.push(...cacheMisses(), ...(back.reasons ? [back.reasons] : []));
      }
      // Not a pass without the cache: the test exists to exercise pagehide → pageshow(persisted).
      if (!back.kept) {
        throw new Error(`${browser.name} did not restore the page from the back/forward cache in three tries (it loaded a new document), so the restart was not tested; reasons the browser gave: ${misses.join('; ') || 'none'}`);
      }
      expect(back.shows, 'one pageshow, from the cache').toEqual([true]);

      // The run torn down on pagehide starts again on pageshow: the same ranges, each registered once.
      await vi.waitFor(async () => {
        const now = (await pageRun(browser, tabId))?.run;
        if (!now || now === firstRun) throw new Error(`no second run yet (run ${now ?? 'none'})`);
      }, { timeout: 10_000, interval: 100 });
      await vi.waitFor(async () => expect(await registeredRanges(page)).toEqual(ranges), { timeout: 15_000 });
      expect(await vi.waitFor(() => inventoryCounts(browser, tabId), { timeout: 15_000 })).toEqual(inventory);

      await clickMention(page, 'deallens-company', 'Meituan');
      await waitForCard(page, /Meituan/, 15_000);
      await page.press('Escape');
      expect(page.errors()).toEqual([]);
      await page.close();
    });

    it('links a short form and an acronym named in full near the top of the page in the slices far below it, and the short form in the headline read before it', async () => {
      const { browser, server } = scenario();
      const page = await browser.newPage();
      await page.goto(`${server.url}/short-forms.html`);
      const tabId = await page.tabId();
      // The headline's short form (a slice before the full name), the full name, the acronym it defines,
      // and the short form and acronym 4,000 characters below.
      const counts = await vi.waitFor(() => inventoryCounts(browser, tabId), { timeout: 15_000, interval: 200 });
      expect(counts.companies).toEqual([['Halvardsen Mining Corp', 5]]);
      expect(page.errors()).toEqual([]);
      await page.close();
    });

    it('finishes reading a page with every mention when the background stops in the middle of the read', async () => {
      const { browser, server } = scenario();
      const page = await browser.newPage();
      let tabId = -1;
      const marks = async () => {
        const run = await pageRun(browser, tabId);
        return { started: run !== null, painted: run?.complete === true };
      };
      // Stopped once the read has begun and before its highlights are all painted. The read can be
      // over before the stop lands (a fast machine, a slow answer from the page): the page is loaded
      // again, a few times at most.
      let stoppedMidRead = false;
      for (let attempt = 0; attempt < 4 && !stoppedMidRead; attempt++) {
        await page.goto(`${server.url}/very-long.html?attempt=${attempt}`);
        tabId = await page.tabId();
        await vi.waitFor(async () => {
          if (!(await marks()).started) throw new Error('DealLens has not started reading yet');
        }, { timeout: 15_000, interval: 10 });
        await browser.stopBackground();
        stoppedMidRead = !(await marks()).painted;
      }
      expect(stoppedMidRead, 'the background was stopped before the read was over').toBe(true);
      await vi.waitFor(async () => {
        if (!(await marks()).painted) throw new Error(`the read is not over yet (page console: ${page.errors().join(' | ') || 'nothing'})`);
      }, { timeout: 30_000, interval: 100 });
      const counts = await vi.waitFor(() => inventoryCounts(browser, tabId), { timeout: 10_000, interval: 200 });
      expect(counts.companies).toEqual([
        ['Tencent', VERY_LONG_PAGE_ENTRIES],
        ['Meituan', VERY_LONG_PAGE_ENTRIES],
      ]);
      expect(counts.money).toHaveLength(VERY_LONG_PAGE_ENTRIES);
      expect(new Set(counts.money).size).toBe(VERY_LONG_PAGE_ENTRIES);
      expect(page.errors()).toEqual([]);
      await page.close();
    });

    it('asks the background again when it stops in the middle of a card request, and the card ends with its conversions', async () => {
      const { browser, server } = scenario();
      const slowSource = `${server.url}/slow-rates/{from}..{to}`;
      const requests = async () => ((await (await fetch(`${server.url}/slow-rates/requests`)).json()) as string[]).length;
      const options = await browser.openExtensionPage('src/options/options.html', '#refresh-rates');
      const setFallback = async (url: string) => {
        await options.evaluate((u) => {
          const input = document.querySelector('input[name="fallback"]') as HTMLInputElement;
          input.value = u;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }, url);
        // The background reads the saved settings at each request.
        const expected = url || defaults.rateSources.fallback;
        await vi.waitFor(async () => {
          const saved = await browser.evaluateInExtension(async () => {
            const g = globalThis as unknown as { browser?: SyncStorage; chrome: SyncStorage };
            return ((await (g.browser ?? g.chrome).storage.sync.get('settings')).settings as { rateSources?: { fallback?: string } } | undefined)?.rateSources?.fallback;
          }, null);
          if (saved !== expected) throw new Error(`fallback source saved as ${saved}`);
        }, { timeout: 10_000, interval: 100 });
      };
      let passed = false;
      try {
        // Today's rate is past every bundled and downloaded day, so the card's request waits for the
        // (slow) fallback provider: long enough to stop the background under it.
        await setFallback(slowSource);
        const page = await browser.newPage();
        await page.goto(`${server.url}/ecb-dated.html`);
        await waitForHighlights(page, 2);
        const before = await requests();
        await clickMention(page, 'deallens-money', '6.8 million yuan');
        await vi.waitFor(async () => {
          if ((await requests()) === before) throw new Error('the background has not asked for the rates yet');
        }, { timeout: 10_000, interval: 50 });
        await new Promise((resolve) => setTimeout(resolve, 300)); // one request per target currency
        const atStop = await requests();
        await browser.stopBackground();

        // Today's section: the fallback's rate of today for a currency it serves; one the bundled history
        // alone has makes the section say that today's rate is unavailable.
        const { text } = await waitForCard(page, /(Today: |Today's rate unavailable)[^]*ECB rates via Frankfurter/, 20_000);
        expect(text).not.toMatch(/Could not convert|stopped before answering|message (port|channel) closed/i);
        expect(await requests(), 'the restarted background was asked again').toBeGreaterThan(atStop);
        expect(page.errors()).toEqual([]);
        await page.press('Escape');
        await page.close();
        passed = true;
      } finally {
        // Put the default back; a failure here matters only when it is the first one.
        await setFallback('').catch((error: unknown) => {
          if (passed) throw error;
        });
        await options.close();
      }
    });

    it('leaves no highlight when the extension is disabled under an open page, and annotates again once enabled', async () => {
      const { browser, server, openHighlighted, paintShares } = scenario();
      const page = await openHighlighted(`${server.url}/article.html`, 20);
      const box = (await rangeBox(page, 'deallens-company', 'Meituan'))!;
      // A reader's own style (an extension stylesheet, over content.css).
      await setCompanyStyle(browser, { colour: 'green', fill: true });
      await vi.waitFor(async () => {
        const paint = await paintShares(page, box, 'before-disable');
        if (paint.green < 0.3) throw new Error(`"Meituan" is not green yet: ${JSON.stringify(paint)}`);
      }, { timeout: 10_000 });
      await browser.setExtensionEnabled(false);
      // Chromium: the orphaned script tears down and takes its ranges away. Firefox: the script's
      // world goes without an event to tear down in, and the extension's stylesheets go with it
      // (content.css and the reader's style); ranges left in the registry paint nothing.
      await vi.waitFor(async () => {
        const paint = await paintShares(page, box, 'after-disable');
        if (paint.colourful > 0.02) throw new Error(`"Meituan" still painted after the extension was disabled: ${JSON.stringify(paint)}`);
      }, { timeout: 15_000, interval: 300 });
      if (browser.name === 'chromium') {
        const left = await page.evaluate(() => (CSS.highlights.get('deallens-company')?.size ?? 0) + (CSS.highlights.get('deallens-money')?.size ?? 0), null);
        expect(left).toBe(0);
      }
      // A click where a highlight was opens nothing and throws nothing.
      await page.click(box.x, box.y);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await page.readCard()).toBeNull();
      expect(page.errors()).toEqual([]);
      await browser.setExtensionEnabled(true);
      const again = await openHighlighted(`${server.url}/article.html`, 20);
      const meituan = (await rangeBox(again, 'deallens-company', 'Meituan'))!;
      expect((await paintShares(again, meituan, 'after-enable')).green).toBeGreaterThan(0.3);
      await setCompanyStyle(browser, { colour: 'blue', fill: true });
      await vi.waitFor(async () => {
        if ((await paintShares(again, meituan, 'style-back')).blue < 0.3) throw new Error('the default style is not back');
      }, { timeout: 10_000 });
      expect(again.errors()).toEqual([]);
    });

    it('tears down quietly when the extension is reloaded under an open page', async () => {
      const { browser, server, openHighlighted } = scenario();
      const page = await openHighlighted(`${server.url}/article.html`, 20);
      const box = await rangeBox(page, 'deallens-company', 'Meituan');
      const tabId = await page.tabId();
      const orphaned = (await pageRun(browser, tabId))?.run;
      expect(orphaned).toBeTruthy();
      await browser.reloadExtension();
      // The orphaned script tears down; a browser that injects the reloaded extension into open pages
      // (Firefox does) starts a fresh run, whose highlights are then the only ones.
      const state = async () => {
        // The orphaned script can no longer answer the extension: a run that answers is a fresh one.
        const run = (await pageRun(browser, tabId))?.run ?? null;
        expect(run).not.toBe(orphaned);
        const highlights = await page.evaluate(() => (CSS.highlights.get('deallens-company')?.size ?? 0) + (CSS.highlights.get('deallens-money')?.size ?? 0), null);
        return { fresh: run !== null, highlights };
      };
      await vi.waitFor(async () => {
        const now = await state();
        if (!now.fresh && now.highlights !== 0) throw new Error(`${now.highlights} highlights left by the orphaned script`);
      }, { timeout: 15_000, interval: 200 });
      // A fresh run (Firefox injects one) may start a moment after the orphan has gone: let it, then
      // click it once it has highlighted (its background starts cold after the reload).
      await pause(1_500);
      const { fresh } = await state();
      if (fresh) await waitForHighlights(page, 20);
      // A click where a highlight was throws nothing; it opens a card only for a fresh run.
      await page.click(box!.x, box!.y);
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (fresh) expect((await page.readCard())?.text).toMatch(/Meituan/);
      else expect(await page.readCard()).toBeNull();
      expect(page.errors()).toEqual([]);
    });
  });
}
