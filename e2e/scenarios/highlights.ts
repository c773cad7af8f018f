// Highlights: our demo article as it is, and the companies and amounts of
// its text served as a plain page, exactly, and painted.
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { demoAmountPoint } from '../demo-page';
import type { PageDriver } from '../driver';
import { ARTICLE_COMPANIES, ARTICLE_MONEY, highlightTexts, mutations, pause, rangeBox, type ScenarioContext, SHOTS, textPoint, underPointer, waitForCard } from './context';

export function describeHighlights(scenario: ScenarioContext): void {
  describe('demo article', () => {
    it('highlights our demo article and opens a card', async () => {
      const { browser, server, openHighlighted } = scenario();
      const page = await openHighlighted(`${server.url}/demo.html`, 20);
      const box = await demoAmountPoint(page);
      expect(box).not.toBeNull();
      await page.click(box!.x, box!.y);
      await waitForCard(page, 'US$342M');
      await page.screenshot(path.join(SHOTS, `${browser.name}-demo-card.png`));
      await page.close();
    });
  });

  describe('article page (the demo text)', () => {
    let page: PageDriver;
    beforeAll(async () => {
      page = await scenario().articlePage();
    });

    it('highlights every company and amount of the article', async () => {
      const companies = await highlightTexts(page, 'deallens-company');
      for (const name of new Set(ARTICLE_COMPANIES)) {
        expect(companies, name).toContain(name);
      }
      for (const notCompany of ['ChatGPT', 'Ernie', 'GPT-4', 'Qingyan', 'Robin Li', 'Washington', 'Beijing']) {
        expect(companies, notCompany).not.toContain(notCompany);
      }
      expect(companies).toEqual(ARTICLE_COMPANIES);
      expect(await highlightTexts(page, 'deallens-money')).toEqual(ARTICLE_MONEY);
    });

    it('paints the highlights (pixels under a company name take the highlight tint)', async () => {
      const box = await rangeBox(page, 'deallens-company', 'Meituan');
      expect((await scenario().paintShares(page, box!, 'paint')).blue).toBeGreaterThan(0.3);
    });

    it('paints the highlight under the mouse and shows a pointer over it, lets go when the mouse moves off, and opens the card on a click there', async () => {
      const box = (await rangeBox(page, 'deallens-company', 'Meituan'))!;
      await page.move(box.x, box.y);
      await vi.waitFor(async () => expect(await highlightTexts(page, 'deallens-hover')).toEqual(['Meituan']));
      // The pointer is over DealLens's own cursor box (the page's text is not touched), which shows a pointer.
      await vi.waitFor(async () => expect(await underPointer(page, box)).toEqual({ tag: 'deallens-hover', cursor: 'pointer' }));
      // Off the highlight, onto plain text of the same paragraph: no hover, the page's own element is under the pointer again.
      const plain = (await textPoint(page, 'formerly known'))!;
      await page.move(plain.x, plain.y);
      await vi.waitFor(async () => expect(await highlightTexts(page, 'deallens-hover')).toEqual([]));
      expect((await underPointer(page, box))?.tag).not.toBe('deallens-hover');
      expect((await underPointer(page, plain))?.tag).not.toBe('deallens-hover');
      // Back on it, and a real click on the cursor box: the card of that mention opens.
      await page.move(box.x, box.y);
      await vi.waitFor(async () => expect((await underPointer(page, box))?.tag).toBe('deallens-hover'));
      await page.click(box.x, box.y);
      await waitForCard(page, 'Meituan');
      expect(await highlightTexts(page, 'deallens-active')).toEqual(['Meituan']);
      await page.press('Escape');
      await vi.waitFor(async () => expect(await page.readCard()).toBeNull());
    });
  });

  describe('first-run hint', () => {
    type Storage = { browser: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> } } } };
    /** The hint's text once it is shown, and its box. */
    const shownHint = async (page: PageDriver) => {
      const hint = await vi.waitFor(async () => {
        const read = await page.readCard('deallens-hint');
        if (!read) throw new Error('no hint');
        return read;
      }, { timeout: 10_000, interval: 100 });
      const box = await page.evaluate(() => {
        const r = document.querySelector('deallens-hint')!.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }, null);
      return { text: hint.text, box };
    };

    it('says "Click a highlight for details" beside the first highlight pointed at, never over it, once per install: not after it is closed, nor after a reload', async () => {
      const { browser, server, openHighlighted } = scenario();
      // The areas before this one pointed at highlights already, so the hint was shown there: forgotten here, it is shown once more.
      await browser.evaluateInExtension(() => (globalThis as unknown as Storage).browser.storage.local.remove('hintShown'), null);
      const page = await openHighlighted(`${server.url}/article.html`, 20);
      const mention = (await rangeBox(page, 'deallens-company', 'Meituan'))!;
      await page.move(mention.x, mention.y);
      const { text, box } = await shownHint(page);
      expect(text).toBe('Click a highlight for details ×');
      const lines = await page.evaluate(() => [...(CSS.highlights.get('deallens-hover') as Highlight)].flatMap((r) => [...(r as Range).getClientRects()].map((b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom }))), null);
      expect(lines.length).toBeGreaterThan(0);
      for (const b of lines) expect(box.left < b.right && b.left < box.right && box.top < b.bottom && b.top < box.bottom, `hint ${JSON.stringify(box)} over ${JSON.stringify(b)}`).toBe(false);
      expect(box.left >= 0 && box.top >= 0 && box.right <= (await page.evaluate(() => innerWidth, null))).toBe(true);
      // Remembered as shown at once, in storage.local.
      const stored = await browser.evaluateInExtension(() => (globalThis as unknown as Storage).browser.storage.local.get('hintShown'), null);
      expect(stored.hintShown).toBe(true);
      // Its × (the last thing in it) closes it: a real click.
      await page.click(box.right - 14, (box.top + box.bottom) / 2);
      await vi.waitFor(async () => expect(await page.readCard('deallens-hint')).toBeNull());
      expect((await mutations(page)).mutations).toBe(0);
      // The same page again: pointing at a highlight paints it, and no hint comes.
      await page.goto(`${server.url}/article.html`);
      await vi.waitFor(async () => expect((await rangeBox(page, 'deallens-company', 'Meituan'))?.x).toBeGreaterThan(0), { timeout: 15_000 });
      const again = (await rangeBox(page, 'deallens-company', 'Meituan'))!;
      await page.move(5, 5);
      await page.move(again.x, again.y);
      await vi.waitFor(async () => expect(await highlightTexts(page, 'deallens-hover')).toEqual(['Meituan']));
      await pause(500);
      expect(await page.readCard('deallens-hint')).toBeNull();
      await page.close();
    });
  });
}
