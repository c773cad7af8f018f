// Every surface a reader sees, opened one after another in a launched browser: the demo article with
// a money card open, then with a company card open, the popup on that article, the deals page, the
// options and the welcome page. Shared by `npm run screenshots` (scripts/screenshots.ts), which
// saves each as a picture and a text dump, and the locale e2e test (e2e/locale.e2e.test.ts), which
// reads each for English in a Chinese interface.
import { demoAmountPoint } from './demo-page';
import type { ExtensionDriver, PageDriver } from './driver';
import { waitFor } from './wait-for';

export const SURFACES = ['money-card', 'company-card', 'popup', 'deals', 'options', 'welcome'] as const;
export type SurfaceName = (typeof SURFACES)[number];

export interface Surface {
  name: SurfaceName;
  page: PageDriver;
  /** What the reader reads on it: the card's text, or an extension page's text with its title, labels, placeholders and tooltips. */
  text: string;
  /** Words the surface quotes from the article (its highlighted companies and amounts), which are the page's, not DealLens's. */
  quoted: string[];
}

/** The viewport of each surface: a store screenshot's 1280 × 800, and a toolbar popup's size for the popup. */
export const VIEWPORT: Record<SurfaceName, { width: number; height: number }> = {
  'money-card': { width: 1280, height: 800 },
  'company-card': { width: 1280, height: 800 },
  popup: { width: 420, height: 640 },
  deals: { width: 1280, height: 800 },
  options: { width: 1280, height: 800 },
  welcome: { width: 1280, height: 800 },
};

/** An extension page's text as a reader meets it, labels and tooltips included. */
function pageText(page: PageDriver): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[placeholder], [aria-label], [title], [alt]')].flatMap((el) =>
      ['placeholder', 'aria-label', 'title', 'alt'].map((name) => el.getAttribute(name) ?? '').filter(Boolean),
    );
    return [document.title, document.body.innerText, ...attributes].join('\n');
  }, null);
}

/** The text once it has stopped changing for `quietMs` (lists and conversions arrive in steps). */
async function settledText(read: () => Promise<string>, ready: (text: string) => boolean, quietMs = 600): Promise<string> {
  let last = '';
  let since = Date.now();
  return waitFor(async () => {
    const text = await read();
    if (text !== last) {
      last = text;
      since = Date.now();
    }
    if (!ready(text)) throw new Error(`not ready: ${text.slice(0, 300)}`);
    if (Date.now() - since < quietMs) throw new Error('still changing');
    return text;
  }, 20_000, 150);
}

const highlighted = (page: PageDriver) =>
  page.evaluate(() => ['deallens-company', 'deallens-money'].flatMap((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString())), null);

/** The first company mention of the demo article's body, where the card opens below it. */
const companyPoint = (page: PageDriver, name: string) =>
  page.evaluate((wanted) => {
    for (const r of CSS.highlights.get('deallens-company') ?? []) {
      const range = r as Range;
      const b = range.getClientRects()[0];
      if (b && range.toString() === wanted && range.startContainer.parentElement?.closest('p')) return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  }, name);

const cardText = async (page: PageDriver) => (await page.readCard())?.text ?? '';

/**
 * Opens every surface in turn, hands each to `visit` once it has settled, then closes it. The demo
 * article is served by the fixture server at `serverUrl`.
 */
export async function visitSurfaces(browser: ExtensionDriver, serverUrl: string, visit: (surface: Surface) => Promise<void>): Promise<void> {
  const article = await browser.newPage();
  await article.setViewport(VIEWPORT['money-card'].width, VIEWPORT['money-card'].height);
  await article.goto(`${serverUrl}/demo.html`);
  const quoted = await waitFor(async () => {
    const texts = await highlighted(article);
    if (texts.length < 20) throw new Error(`${texts.length} highlights so far`);
    return [...new Set(texts)];
  });

  // The card names the amount's deal once the page's deals are read (on idle, after the highlights):
  // until then it is opened again, so every picture shows the same card.
  const money = await waitFor(async () => {
    const amount = await demoAmountPoint(article);
    if (!amount) throw new Error('no amount to click');
    await article.click(amount.x, amount.y);
    const text = await settledText(() => cardText(article), (t) => t.includes('≈') && /\d{4}/.test(t));
    if (!(await article.readCard())?.attributes.includes('data-deallens-section=deal')) {
      await article.press('Escape');
      throw new Error('the card does not show its deal yet');
    }
    return text;
  }, 30_000, 500);
  await visit({ name: 'money-card', page: article, text: money, quoted });
  await article.press('Escape');

  const company = await waitFor(async () => (await companyPoint(article, 'Zhipu')) ?? Promise.reject(new Error('no company to click')));
  await article.click(company.x, company.y);
  const card = await settledText(() => cardText(article), (text) => text.length > 40);
  await visit({ name: 'company-card', page: article, text: card, quoted });
  await article.press('Escape');

  const tabId = await article.tabId();
  const popup = await browser.openPopup(tabId);
  await popup.setViewport(VIEWPORT.popup.width, VIEWPORT.popup.height);
  await visit({ name: 'popup', page: popup, text: await settledText(() => pageText(popup), (text) => text.includes('≈')), quoted });
  await popup.close();

  for (const [name, file] of [['deals', 'src/deals/deals.html'], ['options', 'src/options/options.html'], ['welcome', 'src/welcome/welcome.html']] as const) {
    const page = await browser.openExtensionPage(file, '#app > *');
    await page.setViewport(VIEWPORT[name].width, VIEWPORT[name].height);
    await visit({ name, page, text: await settledText(() => pageText(page), (text) => text.trim().length > 40), quoted });
    await page.close();
  }
  await article.close();
}
