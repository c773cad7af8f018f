// The popup on the article page: companies with counts, amounts with conversions (no sums of them),
// scrolling to an entry, and accessibility. Last, the check that nothing DealLens did on the
// article page (highlights, cards, keyboard walk, popup) mutated the page's own nodes.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PageDriver } from '../driver';
import { axeViolations, highlightCount, highlightTexts, mutations, type ScenarioContext } from './context';

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

    it('lists companies with counts and amounts with conversions in the popup, and scrolls to an entry', async () => {
      const { browser } = scenario();
      const tabId = await page.tabId();
      const popup = await browser.openPopup(tabId);
      await vi.waitFor(async () => {
        if (!(await popup.evaluate(() => document.querySelectorAll('#money li').length, null))) throw new Error('popup not filled');
      }, { timeout: 10_000 });
      const listed = await popup.evaluate(
        () => ({
          companies: [...document.querySelectorAll('#companies li')].map((li) => li.textContent ?? ''),
          money: [...document.querySelectorAll('#money li button')].map((b) => b.textContent ?? ''),
          rates: [...document.querySelectorAll('#money li .rates')].map((r) => r.textContent ?? ''),
        }),
        null,
      );
      // Canonical names, the Chinese summary's mentions counted with the English ones.
      expect(listed.companies).toEqual([
        'Zhipu AI×6', 'Alibaba Group×3', 'Tencent×3', 'Xiaomi×2', 'Meituan×2', 'HongShan×2', 'OpenAI×2',
        'Ant Group×1', 'Baichuan AI×1', 'Microsoft×1', 'Google×1', 'Baidu×1', 'Nvidia×1',
      ]);
      expect(listed.money).toHaveLength(5);
      // "today" is the newest rate DealLens has, long before today: said so, with that rate's day.
      const stale = String.raw`≈ US\$34\dM last known rate, [A-Z][a-z]{2} \d{1,2}, \d{4}`;
      expect(listed.money[0]).toMatch(new RegExp(`^2\\.5 billion yuan≈ US\\$342M 2023-10-20${stale}$`));
      expect(listed.money[1]).toMatch(new RegExp(`^2\\.5 billion yuan≈ US\\$342M 2023-10-20${stale}$`));
      expect(listed.money.slice(2, 4)).toEqual(['$342 million', '$300 million']);
      expect(listed.money[4]).toMatch(new RegExp(`^25亿元人民币≈ US\\$342M 2023-10-20${stale}$`));
      expect(await popup.evaluate(() => document.querySelectorAll('#money [data-stale]').length, null)).toBe(3);
      // No sum of amounts: the page's one 2.5 billion yuan round is written three times.
      expect(await popup.evaluate(() => document.querySelector('#totals') === null && !/total/i.test(document.body.textContent ?? ''), null)).toBe(true);
      // A rate line for each yuan amount; none for a dollar amount into dollars ("1 USD = 1.00000 USD").
      expect(listed.rates).toHaveLength(3);
      expect(listed.rates.join(' ')).not.toMatch(/1 USD = /);
      expect(listed.rates[0]).toMatch(/^1 CNY = 0\.136\d+ USD \(2023-10-20, IMF daily rates\) · 1 CNY = [\d.]+ USD \(\d{4}-\d{2}-\d{2}, /);

      await page.evaluate(() => scrollTo(0, 0), null);
      await popup.evaluate(() => (document.querySelector('[data-company="nvidia"]') as HTMLButtonElement).click(), null);
      await vi.waitFor(async () => expect(await highlightTexts(page, 'deallens-active')).toEqual(['Nvidia Corp.']));
      expect(await page.evaluate(() => scrollY, null)).toBeGreaterThan(0);
    });

    it('has a popup and an options page without serious or critical accessibility violations (axe-core)', async () => {
      const { browser, server } = scenario();
      const popup = await browser.openPopup(await page.tabId());
      await vi.waitFor(async () => {
        if (!(await popup.evaluate(() => document.querySelectorAll('#money li').length, null))) throw new Error('popup not filled');
      }, { timeout: 10_000 });
      expect(await axeViolations(popup)).toEqual([]);
      const options = await browser.openExtensionPage('src/options/options.html', '#refresh-rates');
      expect(await axeViolations(options)).toEqual([]);
      // The same check does catch problems: a page with an unnamed button and an image without alt.
      const broken = await browser.newPage();
      await broken.goto(`${server.url}/a11y-broken.html`);
      expect((await axeViolations(broken)).map((v) => v.split(' ')[0]).sort()).toEqual(['button-name', 'image-alt']);
      await broken.close();
    });

    it('never mutated the page’s own nodes', async () => {
      const counted = await mutations(page);
      expect(counted.samples).toEqual([]);
      expect(counted.mutations).toBe(0);
    });
  });
}
