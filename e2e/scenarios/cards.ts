// Cards on the article page: a money card on a real click, a company card, Esc, and the keyboard
// walk through the highlights.
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PageDriver } from '../driver';
import { clickMention, highlightTexts, rangeBox, type ScenarioContext, SHOTS, waitForCard } from './context';

export function describeCards(scenario: ScenarioContext): void {
  describe('cards on the article page', () => {
    let page: PageDriver;
    beforeAll(async () => {
      page = await scenario().articlePage();
    });

    it('opens a money card on a real click, with conversions at the article date and today and the check of the stated equivalent', async () => {
      // The second "2.5 billion yuan", in the first paragraph: the headline's states no equivalent.
      // Scrolled up to near the top of the viewport first. The card is placed when it opens and then
      // only on scroll and resize, not when its conversions arrive and it grows (to 448 px here):
      // opened below an amount in the middle of the screen (y ≈ 300 under the headline), it ends
      // past the bottom of the 640 px viewport.
      const amount = await rangeBox(page, 'deallens-money', '2.5 billion yuan', 1);
      await page.evaluate((y) => scrollBy(0, y), amount!.top - 60);
      await clickMention(page, 'deallens-money', '2.5 billion yuan', 1);
      const card = await waitForCard(page, 'US$342M');
      expect(card.text).toContain('CN¥2.5B');
      expect(card.text).toContain("At the article's date (2023-10-20");
      expect(card.text).toMatch(/1 CNY = 0\.136\d+ USD, rate of 2023-10-20/);
      // Today's conversion uses the newest rate DealLens has (the bundled history's last day, long
      // before today): said plainly, in the warn colour, with a way to refresh, never under "Today (…)".
      expect(card.text).toMatch(/Today's rate unavailable — last known rate [A-Z][a-z]{2} \d{1,2}, \d{4} Refresh rates/);
      expect(card.text).not.toContain('Today (');
      expect(card.attributes).toEqual(expect.arrayContaining([expect.stringMatching(/^data-deallens-stale=\d{4}-\d{2}-\d{2}$/)]));
      expect(card.attributes).toContain('data-deallens-check=consistent');
      const inside = await page.evaluate(() => {
        const r = document.querySelector('deallens-card')!.getBoundingClientRect();
        return r.width > 200 && r.height > 100 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
      }, null);
      expect(inside, 'the card is inside the viewport').toBe(true);
      await page.screenshot(path.join(SHOTS, `${scenario().browser.name}-money-card.png`));
    });

    it('closes the card with Esc', async () => {
      await page.press('Escape');
      await vi.waitFor(async () => expect(await page.readCard()).toBeNull());
    });

    it("opens no card on a click the page's own script dispatches, and one on the reader's click there", async () => {
      const box = await rangeBox(page, 'deallens-company', 'Meituan');
      expect(box).not.toBeNull();
      await page.evaluate(({ x, y }) => {
        document.elementFromPoint(x, y)!.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, button: 0 }));
      }, box!);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await page.readCard()).toBeNull();
      await page.click(box!.x, box!.y);
      await waitForCard(page, 'Meituan');
      await page.press('Escape');
      await vi.waitFor(async () => expect(await page.readCard()).toBeNull());
    });

    it('opens a company card with the canonical name and what the data knows', async () => {
      await clickMention(page, 'deallens-company', 'Sequoia China');
      const card = await waitForCard(page, 'Kind');
      expect(card.text).toMatch(/^Company · DealLens HongShan/);
      expect(card.text).toMatch(/Investor/);
      expect(card.text).toMatch(/Mentioned 2 times on this page/);
      await page.press('Escape');
      await vi.waitFor(async () => expect(await page.readCard()).toBeNull());
    });

    it('walks highlights with the keyboard command, focusing the card, and Esc returns focus', async () => {
      const { browser } = scenario();
      await page.focus('#top-link');
      const tabId = await page.tabId();
      // The headline comes first: "Alibaba and Tencent back AI start-up Zhipu with 2.5 billion yuan".
      await browser.runCommand('next-highlight', tabId);
      const first = await waitForCard(page, 'Alibaba');
      expect(first.attributes).toContain('data-kind=company');
      expect(await page.evaluate(() => document.activeElement?.localName, null)).toBe('deallens-card');
      expect(await highlightTexts(page, 'deallens-active')).toEqual(['Alibaba']);
      await browser.runCommand('next-highlight', tabId);
      await waitForCard(page, 'Tencent');
      expect(await highlightTexts(page, 'deallens-active')).toEqual(['Tencent']);
      await page.press('Escape');
      await vi.waitFor(async () => expect(await page.readCard()).toBeNull());
      expect(await page.evaluate(() => document.activeElement?.id, null)).toBe('top-link');
    });

    it("hides the check of the article's own conversion at a date the reader set (it would compare with another day's rate)", async () => {
      const { browser, server, openHighlighted } = scenario();
      const other = await openHighlighted(`${server.url}/article.html`, 20);
      const tabId = await other.tabId();
      // Walk to the body's "2.5 billion yuan", the amount with a stated equivalent and so a check.
      let card = null;
      for (let step = 0; step < 12 && !card?.attributes.some((a) => a.startsWith('data-deallens-check=')); step++) {
        const before = (await other.readCard())?.text ?? '';
        await browser.runCommand('next-highlight', tabId);
        await vi.waitFor(async () => {
          const now = await other.readCard();
          if (!now || now.text === before || now.text.includes('Converting')) throw new Error('card not updated yet');
        });
        card = await other.readCard();
      }
      expect(card?.attributes).toContain('data-deallens-check=consistent');
      // From the focused card, Shift+Tab wraps to its last control: the date field.
      await other.press('Shift+Tab');
      await other.typeText('2024-03-01');
      await other.press('Enter');
      const moved = await waitForCard(other, 'At the date you set (2024-03-01)');
      expect(moved.text).toContain('US$'); // still converted…
      expect(moved.attributes.some((a) => a.startsWith('data-deallens-check='))).toBe(false); // …but not checked
      expect(moved.text).not.toMatch(/The article states/);
      await other.close();
    });
  });
}
