// Site access (least privilege): where DealLens runs by itself, where only when the reader asks,
// and where it may not run at all. The first-run page's choices are the welcome area's (welcome.ts).
import { describe, expect, it, vi } from 'vitest';
import type { ExtensionDriver, PageDriver } from '../driver';
import { clickElement, pageRun, pause, type ScenarioContext, storedSettings, waitForHighlights } from './context';

/** Clicks the popup's "Annotate this page" where the browser refuses it; returns the reason the popup shows. */
async function annotateRefused(popup: PageDriver): Promise<string> {
  await clickElement(popup, '#annotate-page');
  return vi.waitFor(async () => {
    const alert = await popup.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? '', null);
    if (!/^DealLens could not run on this page: .+/.test(alert)) throw new Error(`popup says: ${alert}`);
    return alert;
  }, { timeout: 10_000 });
}

/** Whether DealLens runs on a page at all (its script answers the extension) and what it registered. */
export const runState = async (browser: ExtensionDriver, page: PageDriver) => ({
  starts: (await pageRun(browser, await page.tabId())) ? 1 : 0,
  highlights: await page.evaluate(() => (CSS.highlights.get('deallens-company')?.size ?? 0) + (CSS.highlights.get('deallens-money')?.size ?? 0), null),
});

type ScriptingApi = { scripting: { getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; excludeMatches?: string[]; runAt?: string }[]> } };

export function describeSiteAccess(scenario: ScenarioContext): void {
  // The test site (127.0.0.1) is allowed, the way a reader allows one (see the drivers); the same
  // server under the name "localhost" is another site, not allowed.
  describe('site access (least privilege)', () => {
    const otherSite = () => scenario().server.url.replace('127.0.0.1', 'localhost');

    it('annotates an allowed site by itself, and does nothing at all on a site that is not allowed', async () => {
      const { browser, server, openHighlighted } = scenario();
      const allowed = await openHighlighted(`${server.url}/demo.html?allowed`, 20);
      const other = await browser.newPage();
      await other.goto(`${otherSite()}/demo.html?not-allowed`);
      await pause(1500);
      expect(await runState(browser, other)).toEqual({ starts: 0, highlights: 0 });
      const popup = await browser.openPopup(await other.tabId());
      await vi.waitFor(async () => {
        if (!(await popup.evaluate(() => !!document.querySelector('#annotate-page'), null))) throw new Error('popup does not offer "Annotate this page"');
      }, { timeout: 10_000 });
      expect(await popup.evaluate(() => document.body.innerText, null)).toMatch(/DealLens is not running on this page/);
      const options = await browser.openExtensionPage('src/options/options.html', '#allowed-sites');
      expect(await options.evaluate(() => document.querySelector('#allowed-sites')!.textContent, null)).toContain('127.0.0.1');
      for (const p of [popup, options, allowed, other]) await p.close();
    });

    it('annotates a page that is not allowed when the reader asks: toolbar button, then "Annotate this page"', async () => {
      const { browser } = scenario();
      const page = await browser.newPage();
      await page.goto(`${otherSite()}/demo.html?asked`);
      if (!browser.canClickToolbarButton) {
        // Without the button's click there is no activeTab grant: the popup says why nothing ran.
        const popup = await browser.openPopup(await page.tabId());
        await annotateRefused(popup);
        expect(await runState(browser, page)).toEqual({ starts: 0, highlights: 0 });
        await popup.close();
        await page.close();
        return;
      }
      await browser.clickToolbarButton(page);
      const popup = await browser.openPopup(await page.tabId());
      await clickElement(popup, '#annotate-page');
      await waitForHighlights(page, 20);
      // The popup asks again once the page answers, and lists what was found.
      await vi.waitFor(async () => {
        if (!(await popup.evaluate(() => document.querySelectorAll('#companies li').length, null))) throw new Error('popup not filled after annotating');
      }, { timeout: 10_000 });
      expect(page.errors()).toEqual([]);
      await popup.close();
      await page.close();

      // The shortcut (Alt+Shift+A) runs the same background command; its key press grants activeTab
      // as the button's click does (headless browsers deliver no shortcuts: the click grants it here).
      const viaCommand = await browser.newPage();
      await viaCommand.goto(`${otherSite()}/demo.html?command`);
      await browser.clickToolbarButton(viaCommand);
      await browser.runCommand('annotate-page', await viaCommand.tabId());
      await waitForHighlights(viaCommand, 20);
      await viaCommand.close();
    });

    it('says why on a page no extension may annotate', async () => {
      const { browser } = scenario();
      const page = await browser.newPage();
      await page.goto(browser.name === 'chromium' ? 'chrome://version/' : 'about:blank');
      const popup = await browser.openPopup(await page.tabId());
      // The background refuses a tab that is not a web page before asking the browser to run there.
      expect(await annotateRefused(popup)).toMatch(/DealLens runs only on web pages \(http and https\) it may read/);
      await popup.close();
      await page.close();
    });

    it('switches DealLens off for a site from the popup, at once on the open page, and on again, at once too', async () => {
      const { browser, server, openHighlighted } = scenario();
      const page = await openHighlighted(`${server.url}/demo.html?switch`, 20);
      const popup = await browser.openPopup(await page.tabId());
      await vi.waitFor(async () => {
        if (!(await popup.evaluate(() => (document.querySelector('#site-switch') as HTMLInputElement | null)?.checked, null))) throw new Error('switch not shown on');
      }, { timeout: 10_000 });
      await clickElement(popup, '#site-switch');
      await vi.waitFor(async () => expect((await runState(browser, page)).highlights).toBe(0), { timeout: 10_000 });
      const again = await browser.newPage();
      await again.goto(`${server.url}/demo.html?switched-off`);
      await pause(1500);
      expect(await runState(browser, again)).toEqual({ starts: 0, highlights: 0 });
      await vi.waitFor(async () => {
        if (await popup.evaluate(() => (document.querySelector('#site-switch') as HTMLInputElement | null)?.checked !== false, null)) throw new Error('switch not shown off');
      }, { timeout: 10_000 });
      // Switched off, the site is kept among the denied sites (whatever parts the list is stored in)…
      expect((await storedSettings(browser))?.deniedSites).toContain('127.0.0.1');
      await clickElement(popup, '#site-switch');
      // …and switched on again, it is no longer.
      await vi.waitFor(async () => {
        const denied = (await storedSettings(browser))?.deniedSites;
        if (!denied || denied.length) throw new Error(`still denied: ${denied?.join(', ')}`);
      });
      // The background applies it to the registered content script after the storage change, and to the
      // script that wakes the background at document_start for the same sites.
      await vi.waitFor(async () => {
        const scripts = await browser.evaluateInExtension(async () => {
          const g = globalThis as unknown as { browser?: ScriptingApi; chrome: ScriptingApi };
          return (await (g.browser ?? g.chrome).scripting.getRegisteredContentScripts({ ids: ['deallens-auto', 'deallens-prepare'] })).map((s) => ({ id: s.id, runAt: s.runAt, excluded: s.excludeMatches ?? [] }));
        }, null);
        const byId = Object.fromEntries(scripts.map((s) => [s.id, s]));
        if (byId['deallens-auto']?.runAt !== 'document_idle' || byId['deallens-prepare']?.runAt !== 'document_start' || scripts.some((s) => s.excluded.some((m) => m.includes('127.0.0.1')))) {
          throw new Error(`content scripts not registered for the site yet: ${JSON.stringify(scripts)}`);
        }
      }, { timeout: 10_000 });
      await again.goto(`${server.url}/demo.html?switched-on`);
      await waitForHighlights(again, 20);
      // The page open all along runs again too, without a reload, and the popup lists what it found.
      await waitForHighlights(page, 20);
      await vi.waitFor(async () => {
        if (!(await popup.evaluate(() => (document.querySelector('#site-switch') as HTMLInputElement | null)?.checked && !!document.querySelector('#counts'), null))) throw new Error('popup not back on');
      }, { timeout: 10_000 });
      for (const p of [popup, page, again]) await p.close();
    });

    it('runs nowhere by itself in "only when I ask" mode, and by itself again when switched back', async () => {
      const { browser, server } = scenario();
      const options = await browser.openExtensionPage('src/options/options.html', 'input[name="site-mode"][value="on-demand"]');
      await clickElement(options, 'input[name="site-mode"][value="on-demand"]');
      await vi.waitFor(async () => {
        if ((await options.evaluate(() => document.querySelector('#site-access')?.getAttribute('data-mode'), null)) !== 'on-demand') throw new Error('mode not saved');
      });
      const page = await browser.newPage();
      await page.goto(`${server.url}/demo.html?on-demand`);
      await pause(1500);
      expect(await runState(browser, page)).toEqual({ starts: 0, highlights: 0 });
      await clickElement(options, 'input[name="site-mode"][value="automatic"]');
      await vi.waitFor(async () => {
        if ((await options.evaluate(() => document.querySelector('#site-access')?.getAttribute('data-mode'), null)) !== 'automatic') throw new Error('mode not saved');
      });
      await vi.waitFor(async () => {
        await page.goto(`${server.url}/demo.html?automatic`);
        await waitForHighlights(page, 20);
      }, { timeout: 15_000 });
      await options.close();
      await page.close();
    });
  });
}
