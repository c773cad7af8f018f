// Highlights: our demo article as it is, and the companies and amounts of
// its text served as a plain page, exactly, and painted.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoAmountPoint } from '../demo-page';
import type { PageDriver } from '../driver';
import { ARTICLE_COMPANIES, ARTICLE_MONEY, highlightTexts, rangeBox, type ScenarioContext, SHOTS, waitForCard } from './context';

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
  });
}
