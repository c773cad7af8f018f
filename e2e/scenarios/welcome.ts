// The first-run page (src/welcome): the three choices of where DealLens runs, the checked one being
// the real state; the home currency; the sample article; the Firefox note. Every test puts back what
// it changed (the mode, access to all sites, the currency): the areas after this one expect the test
// site allowed, automatic mode and US dollars (until the options area sets euros).
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_ARTICLE_PATH } from '../../src/welcome/demo-article';
import { demoAmountPoint } from '../demo-page';
import type { ExtensionDriver, PageDriver } from '../driver';
import { axeViolations, clickElement, highlightTexts, pause, type ScenarioContext, SHOTS, storedSettings, waitForCard, waitForHighlights } from './context';
import { runState } from './site-access';

const WELCOME = 'src/welcome/welcome.html';
const card = (choice: string) => `input[name="site-choice"][value="${choice}"]`;

/** The state the page read (grants and settings), the checked cards (one, when all is well) and the state line under them. */
const shown = (page: PageDriver) =>
  page.evaluate(
    () => ({
      state: document.querySelector('#site-choices')?.getAttribute('data-choice'),
      checked: [...document.querySelectorAll<HTMLInputElement>('input[name="site-choice"]')].filter((i) => i.checked).map((i) => i.value),
      line: document.querySelector('#site-access-state')?.textContent ?? '',
    }),
    null,
  );

/** Waits until the page shows `choice` as the state, its card alone checked (the browser checks a clicked card at once, before any state changed). */
async function waitForChoice(page: PageDriver, choice: string): Promise<void> {
  await vi.waitFor(async () => {
    const { state, checked } = await shown(page);
    if (state !== choice || checked.join() !== choice) throw new Error(`state: ${state}, checked: ${checked.join() || 'none'}`);
  }, { timeout: 10_000 });
}

type ScriptingApi = { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } };
/** Whether the background has a content script registered to run by itself. */
const registered = (browser: ExtensionDriver) =>
  browser.evaluateInExtension(async () => {
    const g = globalThis as unknown as { browser?: ScriptingApi; chrome: ScriptingApi };
    return (await (g.browser ?? g.chrome).scripting.getRegisteredContentScripts()).length > 0;
  }, null);

/** Puts the home currency back in storage (the settings item), when the page could not. */
async function restoreHomeCurrency(browser: ExtensionDriver, code: string): Promise<void> {
  if ((await storedSettings(browser))?.homeCurrency === code) return;
  await browser.evaluateInExtension(async (c) => {
    const sync = (globalThis as unknown as { browser: { storage: { sync: { get(k: string): Promise<Record<string, object>>; set(items: object): Promise<void> } } } }).browser.storage.sync;
    const { settings } = await sync.get('settings');
    await sync.set({ settings: { ...settings, homeCurrency: c } });
  }, code);
}

export function describeWelcome(scenario: ScenarioContext): void {
  describe('welcome page', () => {
    it('opened on install, with the current state as the checked card: on the sites the reader chose (the test site)', async () => {
      const { browser } = scenario();
      expect(browser.firstRunPages.some((u) => u.endsWith(`/${WELCOME}`))).toBe(true);
      const welcome = await browser.openExtensionPage(WELCOME, '#site-choices');
      expect(await shown(welcome)).toEqual({ state: 'chosen-sites', checked: ['chosen-sites'], line: 'DealLens runs by itself on 1 site you allowed; elsewhere only when you ask.' });
      const text = await welcome.evaluate(() => document.body.innerText, null);
      expect(text).toMatch(/Welcome to DealLens/);
      expect(text).toMatch(/reads a page only where you let it/);
      expect(text).toMatch(/On all sites[^]*On sites I choose[^]*Only when I ask/);
      // The note on Firefox's own permission settings, in Firefox only.
      const note = await welcome.evaluate(() => document.querySelector('#firefox-note')?.textContent ?? null, null);
      if (browser.name === 'firefox') expect(note).toMatch(/about:addons/);
      else expect(note).toBeNull();
      await welcome.screenshot(path.join(SHOTS, `${browser.name}-welcome.png`));
      expect(await axeViolations(welcome)).toEqual([]);
      expect(welcome.errors()).toEqual([]);
      await welcome.close();
    });

    it('"Try it on a sample article" opens our demo article in a new tab, highlighted, with cards', async () => {
      const { browser } = scenario();
      const welcome = await browser.openExtensionPage(WELCOME, '#try-sample');
      expect(await welcome.evaluate(() => document.querySelector('#try-sample')!.getAttribute('target'), null)).toBe('_blank');
      // Below the fold of the 640 px window: scrolled to, as the reader does, then clicked.
      await welcome.evaluate(() => document.querySelector('#try-sample')!.scrollIntoView({ block: 'center' }), null);
      await clickElement(welcome, '#try-sample');
      const demo = await browser.openedExtensionPage(DEMO_ARTICLE_PATH);
      await waitForHighlights(demo, 20);
      expect(await highlightTexts(demo, 'deallens-company')).toEqual(expect.arrayContaining(['Alibaba', 'Zhipu', 'Baichuan', '智谱']));
      expect(await highlightTexts(demo, 'deallens-money')).toEqual(expect.arrayContaining(['2.5 billion yuan', '$300 million', '25亿元人民币']));
      const point = await vi.waitFor(async () => (await demoAmountPoint(demo)) ?? Promise.reject(new Error('amount not highlighted')));
      await demo.click(point.x, point.y);
      expect((await waitForCard(demo, '≈')).text).toMatch(/≈ US\$\d/);
      expect(demo.errors()).toEqual([]);
      await demo.close();
      await welcome.close();
    });

    it('shows the home currency (US dollars in an en-US browser) and saves the one the reader picks', async () => {
      const { browser } = scenario();
      const welcome = await browser.openExtensionPage(WELCOME, '#home-currency');
      const value = () => welcome.evaluate(() => (document.querySelector('#home-currency') as HTMLSelectElement).value, null);
      const saved = async (code: string) =>
        vi.waitFor(async () => {
          const stored = (await storedSettings(browser))?.homeCurrency;
          if (stored !== code) throw new Error(`stored: ${stored}`);
        }, { timeout: 10_000 });
      try {
        expect(await value()).toBe('USD');
        // Real key presses: typing a code picks its option (type-ahead), which saves at once.
        await welcome.focus('#home-currency');
        await welcome.typeText('GBP');
        await saved('GBP');
        expect(await value()).toBe('GBP');
        expect(await welcome.evaluate(() => document.querySelector('#home-currency-saved')!.textContent, null)).toMatch(/converted to GBP/);
        const options = await browser.openExtensionPage('src/options/options.html', '#home-currency');
        expect(await options.evaluate(() => (document.querySelector('#home-currency') as HTMLSelectElement).value, null)).toBe('GBP');
        await options.close();
        await pause(1100); // the type-ahead forgets what was typed after about a second
        await welcome.typeText('USD');
        await saved('USD');
      } finally {
        await restoreHomeCurrency(browser, 'USD');
        await welcome.close();
      }
    });

    it('"Only when I ask" stops DealLens running by itself, and "On sites I choose" brings it back', async () => {
      const { browser, server } = scenario();
      const welcome = await browser.openExtensionPage(WELCOME, '#site-choices');
      const page = await browser.newPage();
      try {
        await clickElement(welcome, card('on-demand'));
        await waitForChoice(welcome, 'on-demand');
        expect((await shown(welcome)).line).toMatch(/runs only when you ask/);
        expect((await storedSettings(browser))?.siteMode).toBe('on-demand');
        await vi.waitFor(async () => expect(await registered(browser)).toBe(false), { timeout: 10_000 });
        await page.goto(`${server.url}/demo.html?welcome-on-demand`);
        await pause(1500);
        expect(await runState(browser, page)).toEqual({ starts: 0, highlights: 0 });

        await clickElement(welcome, card('chosen-sites'));
        await waitForChoice(welcome, 'chosen-sites');
        expect((await storedSettings(browser))?.siteMode).toBe('automatic');
        await vi.waitFor(async () => {
          await page.goto(`${server.url}/demo.html?welcome-automatic`);
          await waitForHighlights(page, 20);
        }, { timeout: 15_000 });
      } finally {
        if ((await shown(welcome)).state !== 'chosen-sites') await clickElement(welcome, card('chosen-sites'));
        await waitForChoice(welcome, 'chosen-sites');
        await page.close();
        await welcome.close();
      }
    });

    it('"On all sites" asks for access to all sites, and "On sites I choose" gives it back', async () => {
      const { browser, server, openHighlighted } = scenario();
      const welcome = await browser.openExtensionPage(WELCOME, '#site-choices');
      if (browser.name === 'chromium') {
        // Headless Chromium never shows the browser's permission prompt, so the request would wait
        // forever: the grant itself is covered in Firefox, whose prompt can be turned off.
        expect(await welcome.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).disabled, card('all-sites'))).toBe(false);
        await welcome.close();
        return;
      }
      // The same server under the name "localhost" is another site, not allowed one by one.
      const otherSite = server.url.replace('127.0.0.1', 'localhost');
      try {
        await clickElement(welcome, card('all-sites'));
        await waitForChoice(welcome, 'all-sites');
        expect((await shown(welcome)).line).toMatch(/runs by itself on every site/);
        expect(await welcome.evaluate(() => document.querySelector('#site-choice-message')?.textContent, null)).toBe('DealLens now runs on every site you open.');
        const other = await openHighlighted(`${otherSite}/demo.html?all-sites`, 20);

        await clickElement(welcome, card('chosen-sites'));
        await waitForChoice(welcome, 'chosen-sites');
        // The test site, allowed on its own, stays allowed.
        expect((await shown(welcome)).line).toMatch(/runs by itself on 1 site you allowed/);
        await other.goto(`${otherSite}/demo.html?all-sites-taken-back`);
        await pause(1500);
        expect(await runState(browser, other)).toEqual({ starts: 0, highlights: 0 });
        await other.close();
      } finally {
        if ((await shown(welcome)).state === 'all-sites') await clickElement(welcome, card('chosen-sites'));
        await waitForChoice(welcome, 'chosen-sites');
        await welcome.close();
      }
    });
  });
}
