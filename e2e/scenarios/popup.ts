// The popup on the article page, on one screen: the site switch with the counts, the page's deals,
// amounts grouped by value with their conversions (no sums of them), companies as chips, related
// deals folded to three; scrolling to an entry, and accessibility. Then the popup where DealLens
// cannot run and on a page with nothing to show. Last, the check that nothing DealLens did on the
// article page (highlights, cards, keyboard walk, popup) mutated the page's own nodes.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PageDriver } from '../driver';
import { axeViolations, highlightCount, highlightTexts, mutations, type ScenarioContext } from './context';

/** The popup's width (popup.css): its height is measured at it. */
const POPUP_WIDTH_PX = 380;
/** The most a browser shows of a popup without scrolling. */
const ONE_SCREEN_PX = 600;

/** Waits until the popup has read the whole page, deals included. */
async function popupOnceRead(popup: PageDriver) {
  await vi.waitFor(async () => {
    const text = await popup.evaluate(() => document.body.innerText, null);
    if (!/\d+ deals?\b/.test(text) || /Still reading|Reading the page/.test(text) || !/≈/.test(text)) throw new Error(`popup not read yet: ${text.slice(0, 200)}`);
  }, { timeout: 15_000, interval: 100 });
}

export function describePopup(scenario: ScenarioContext): void {
  describe('popup on the article page', () => {
    let page: PageDriver;
    beforeAll(async () => {
      page = await scenario().articlePage();
    });

    it("shows the page's highlight count on the toolbar badge", async () => {
      const { browser } = scenario();
      const tabId = await page.tabId();
      type Action = { action: { getBadgeText(details: { tabId: number }): Promise<string> } };
      const badge = () => browser.evaluateInExtension((id) => ((globalThis as unknown as { browser?: Action }).browser ?? (globalThis as unknown as { chrome: Action }).chrome).action.getBadgeText({ tabId: id }), tabId);
      // 26 company mentions and 5 amounts: every one of them near the viewport on this short page.
      await vi.waitFor(async () => expect(await badge()).toBe('31'), { timeout: 10_000 });
      expect(await highlightCount(page)).toBe(31);
    });

    it('fits one screen: the site switch with the counts, then the page’s deals, amounts grouped by value, companies as chips, related deals folded to three', async () => {
      const { browser } = scenario();
      const popup = await browser.openPopup(await page.tabId());
      await popupOnceRead(popup);
      const shown = await popup.evaluate(() => {
        const toggle = document.querySelector('#site-switch') as HTMLInputElement;
        const chipTops = [...document.querySelectorAll('#companies li')].map((li) => Math.round(li.getBoundingClientRect().top));
        return {
          switch: { role: toggle.getAttribute('role'), checked: toggle.checked, label: toggle.closest('label')?.textContent },
          counts: document.querySelector('#counts')?.textContent,
          sections: [...document.querySelectorAll('section h2')].map((h) => h.id),
          deals: document.querySelectorAll('#deals li').length,
          chips: chipTops.length,
          chipRows: new Set(chipTops).size,
          related: document.querySelectorAll('#related li').length,
          moreRelated: document.querySelector('#more-related summary')?.textContent ?? null,
          folded: document.querySelectorAll('#more-related li').length,
        };
      }, null);
      expect(shown.switch).toEqual({ role: 'switch', checked: true, label: 'On 127.0.0.1' });
      expect(shown.counts).toBe('13 companies · 5 amounts · 2 deals');
      expect(shown.sections).toEqual(['deals-heading', 'money-heading', 'companies-heading', 'related-heading']);
      expect(shown.deals).toBe(2);
      // Chips wrap, several to a row.
      expect(shown.chips).toBe(13);
      expect(shown.chipRows).toBeGreaterThan(1);
      expect(shown.chipRows).toBeLessThanOrEqual(5);
      // Three related deals; the rest are one click away.
      expect(shown.related).toBe(3);
      if (shown.folded) expect(shown.moreRelated).toBe(`${shown.folded} more`);
      // The whole popup at its own width.
      await popup.setViewport(POPUP_WIDTH_PX, 100);
      const height = await popup.evaluate(() => document.documentElement.scrollHeight, null);
      console.info(`${browser.name}: the article's popup is ${height} px tall at ${POPUP_WIDTH_PX} px`);
      expect(height).toBeLessThanOrEqual(ONE_SCREEN_PX);
      await popup.close();
    });

    it('lists amounts grouped by value with their conversions and companies with counts, and scrolls to an entry', async () => {
      const { browser } = scenario();
      const popup = await browser.openPopup(await page.tabId());
      await popupOnceRead(popup);
      const listed = await popup.evaluate(
        () => ({
          companies: [...document.querySelectorAll('#companies li')].map((li) => li.textContent ?? ''),
          money: [...document.querySelectorAll('#money li button')].map((b) => b.textContent ?? ''),
          counts: [...document.querySelectorAll('#money li')].map((li) => li.getAttribute('data-count')),
          wordings: (document.querySelector('#money li button') as HTMLButtonElement).title,
          rates: [...document.querySelectorAll('#money li .rates')].map((r) => r.textContent ?? ''),
        }),
        null,
      );
      // Canonical names, the Chinese summary's mentions counted with the English ones.
      expect(listed.companies).toEqual([
        'Zhipu AI×6', 'Alibaba Group×3', 'Tencent×3', 'Xiaomi×2', 'Meituan×2', 'HongShan×2', 'OpenAI×2',
        'Ant Group', 'Baichuan AI', 'Microsoft', 'Google', 'Baidu', 'Nvidia',
      ]);
      // One 2.5 billion yuan round, written three times (twice in English, once in Chinese).
      expect(listed.counts).toEqual(['3', '1', '1']);
      // The page wrote the currency: no sentence on how it was read (that is only for an inferred one).
      expect(listed.wordings).toBe('2.5 billion yuan · 25亿元人民币');
      // "today" is the newest rate DealLens has, long before today: said so, with that rate's day.
      const stale = String.raw`≈ US\$34\dM last known rate, [A-Z][a-z]{2} \d{1,2}, \d{4}`;
      expect(listed.money[0]).toMatch(new RegExp(`^CN¥2\\.5B×3≈ US\\$342M Oct 20, 2023${stale}$`));
      expect(listed.money.slice(1)).toEqual(['US$342M', 'US$300M']);
      expect(await popup.evaluate(() => document.querySelectorAll('#money [data-stale]').length, null)).toBe(1);
      // No sum of amounts: the page's one round is written three times.
      expect(await popup.evaluate(() => document.querySelector('#totals') === null && !/total/i.test(document.body.textContent ?? ''), null)).toBe(true);
      // A rate line for the yuan; none for a dollar amount into dollars ("1 USD = 1.00000 USD").
      expect(listed.rates).toHaveLength(1);
      expect(listed.rates.join(' ')).not.toMatch(/1 USD = /);
      expect(listed.rates[0]).toMatch(/^1 CNY = 0\.136\d+ USD \(Oct 20, 2023, IMF daily rates\) · 1 CNY = [\d.]+ USD \([A-Z][a-z]{2} \d{1,2}, \d{4}, /);

      await page.evaluate(() => scrollTo(0, 0), null);
      await popup.evaluate(() => (document.querySelector('[data-company="nvidia"]') as HTMLButtonElement).click(), null);
      await vi.waitFor(async () => expect(await highlightTexts(page, 'deallens-active')).toEqual(['Nvidia Corp.']));
      expect(await page.evaluate(() => scrollY, null)).toBeGreaterThan(0);
      // Each click on a grouped amount goes to its next mention: the third is the Chinese summary's.
      const clickAmount = () => popup.evaluate(() => (document.querySelector('#money li button') as HTMLButtonElement).click(), null);
      await clickAmount();
      await vi.waitFor(async () => expect(await highlightTexts(page, 'deallens-active')).toEqual(['2.5 billion yuan']));
      await clickAmount();
      await clickAmount();
      await vi.waitFor(async () => expect(await highlightTexts(page, 'deallens-active')).toEqual(['25亿元人民币']));
      await popup.close();
    });

    it('has a popup and an options page without serious or critical accessibility violations (axe-core)', async () => {
      const { browser, server } = scenario();
      const popup = await browser.openPopup(await page.tabId());
      await popupOnceRead(popup);
      expect(await axeViolations(popup)).toEqual([]);
      const options = await browser.openExtensionPage('src/options/options.html', '#refresh-rates');
      expect(await axeViolations(options)).toEqual([]);
      // The same check does catch problems: a page with an unnamed button and an image without alt.
      const broken = await browser.newPage();
      await broken.goto(`${server.url}/a11y-broken.html`);
      expect((await axeViolations(broken)).map((v) => v.split(' ')[0]).sort()).toEqual(['button-name', 'image-alt']);
      for (const p of [broken, options, popup]) await p.close();
    });

    it('says DealLens cannot run on a browser or extension page, instead of offering to annotate it', async () => {
      const { browser } = scenario();
      // DealLens's own options page: a page of the extension scheme, whose address the extension always sees.
      const options = await browser.openExtensionPage('src/options/options.html', '#refresh-rates');
      const popup = await browser.openPopup(await options.tabId());
      const said = await vi.waitFor(async () => {
        const text = await popup.evaluate(() => document.querySelector('#cannot-run')?.textContent ?? null, null);
        if (!text) throw new Error(`popup says: ${await popup.evaluate(() => document.body.innerText, null)}`);
        return text;
      }, { timeout: 10_000 });
      expect(said).toMatch(/DealLens cannot run on this page\..*Browser and extension pages/);
      expect(await popup.evaluate(() => ({ annotate: !!document.querySelector('#annotate-page'), switch: !!document.querySelector('#site-switch') }), null)).toEqual({ annotate: false, switch: false });
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
      await options.close();
    });

    it('shows one empty state on a page with nothing to show', async () => {
      const { browser, server } = scenario();
      const quiet = await browser.newPage();
      await quiet.goto(`${server.url}/nothing.html`);
      const popup = await browser.openPopup(await quiet.tabId());
      await vi.waitFor(async () => {
        const text = await popup.evaluate(() => document.querySelector('#nothing-found')?.textContent ?? '', null);
        if (text !== 'Nothing found on this page: no companies, amounts or deals.') throw new Error(`popup says: ${await popup.evaluate(() => document.body.innerText, null)}`);
      }, { timeout: 15_000 });
      expect(await popup.evaluate(() => ({
        empty: document.querySelectorAll('.empty').length,
        lists: document.querySelectorAll('#counts, #deals, #money, #companies, #related').length,
        switch: (document.querySelector('#site-switch') as HTMLInputElement | null)?.checked,
      }), null)).toEqual({ empty: 1, lists: 0, switch: true });
      await popup.close();
      await quiet.close();
    });

    it('never mutated the page’s own nodes', async () => {
      const counted = await mutations(page);
      expect(counted.samples).toEqual([]);
      expect(counted.mutations).toBe(0);
    });
  });
}
