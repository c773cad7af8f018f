// What every area of the end-to-end scenario shares: the fixture server and the one browser a test
// file launches (e2e/chromium.e2e.test.ts, e2e/firefox.e2e.test.ts), and the helpers that read and
// drive pages with real mouse clicks and key presses.
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { ROOT } from '../browsers';
import type { PageInventory } from '../../src/messages/contract';
import type { CardSnapshot, ExtensionDriver, PageDriver } from '../driver';
import { startFixtureServer } from '../fixture-server';

/** Where screenshots and files written by the tests go. */
export const SHOTS = path.join(ROOT, 'out');

const AXE_SOURCE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on a page (rules and the first offending node each). */
export async function axeViolations(page: PageDriver): Promise<string[]> {
  await page.evaluate((source) => (0, eval)(source), AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) at ${v.nodes[0]?.target.join(' ')}`);
  }, null);
}

/**
 * The content script's run on a tab, as it tells the extension (getInventory): its id (new at each
 * start), whether its read is over, and what it found. null when no DealLens script answers there.
 * The run leaves no marks in the page (src/content/page-marks.ts), so tests ask the script itself.
 */
export async function pageRun(browser: ExtensionDriver, tabId: number): Promise<PageInventory | null> {
  const reply = await browser
    .evaluateInExtension(([tab, envelope]) => {
      type Tabs = { tabs: { sendMessage(t: number, m: object): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
      return (g.browser ?? g.chrome).tabs.sendMessage(tab, envelope);
    }, [tabId, { deallens: 1, name: 'getInventory', payload: {} }] as [number, object])
    .catch(() => null);
  return reply && (reply as { ok: boolean }).ok ? (reply as { value: PageInventory }).value : null;
}

/** Texts of the ranges registered under a highlight name (read from the page's main world). */
export const highlightTexts = (page: PageDriver, name: string) =>
  page.evaluate((n) => [...((CSS.highlights.get(n) as Highlight | undefined) ?? [])].map((r) => (r as Range).toString()), name);

/** Company and money ranges registered on the page. */
export const highlightCount = (page: PageDriver) =>
  page.evaluate(() => (CSS.highlights.get('deallens-company')?.size ?? 0) + (CSS.highlights.get('deallens-money')?.size ?? 0), null);

/** Centre and box of the `nth` (from 0) registered range with this text, in viewport coordinates. */
export const rangeBox = (page: PageDriver, name: string, text: string, nth = 0) =>
  page.evaluate(
    ([n, t, wanted]) => {
      let seen = 0;
      for (const r of (CSS.highlights.get(n) as Highlight | undefined) ?? []) {
        const range = r as Range;
        if (range.toString() === t && seen++ === wanted) {
          const b = range.getClientRects()[0]!;
          return { x: b.left + b.width / 2, y: b.top + b.height / 2, left: b.left, top: b.top, width: b.width, height: b.height, split: range.startContainer !== range.endContainer };
        }
      }
      return null;
    },
    [name, text, nth] as const,
  );

/** Centre of the first occurrence of `text` in the page's text nodes, in viewport coordinates (null: not found). */
export const textPoint = (page: PageDriver, text: string) =>
  page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + wanted.length);
      const b = range.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  }, text);

/** The element at a point of the viewport (DealLens's own host, for what is in its closed shadow root) and its cursor. */
export const underPointer = (page: PageDriver, point: { x: number; y: number }) =>
  page.evaluate(({ x, y }) => {
    const element = document.elementFromPoint(x, y);
    return element && { tag: element.localName, cursor: getComputedStyle(element).cursor };
  }, point);

/** Mutations of the page's own nodes since DOMContentLoaded (MUTATION_COUNTER in driver.ts). */
export const mutations = (page: PageDriver) =>
  page.evaluate(() => (window as unknown as { __deallensMutations: { mutations: number; samples: string[] } }).__deallensMutations, null);

export async function waitForHighlights(page: PageDriver, minimum: number) {
  await vi.waitFor(
    async () => {
      const n = await highlightCount(page);
      if (n < minimum) throw new Error(`${n} highlights so far`);
    },
    { timeout: 15_000, interval: 100 },
  );
}

/** A real click on the `nth` (from 0) registered range with this text. */
export async function clickMention(page: PageDriver, name: string, text: string, nth = 0) {
  const box = await rangeBox(page, name, text, nth);
  expect(box, `${text} is highlighted`).not.toBeNull();
  await page.click(box!.x, box!.y);
}

/** The open card, once its text contains `contains` (a string, or a pattern it matches). */
export async function waitForCard(page: PageDriver, contains: string | RegExp, timeoutMs = 10_000): Promise<CardSnapshot> {
  let last = '';
  await vi.waitFor(
    async () => {
      const card = await page.readCard();
      last = card?.text ?? '(no card)';
      if (!card || !(typeof contains === 'string' ? card.text.includes(contains) : contains.test(card.text))) throw new Error(`card: ${last}`);
    },
    { timeout: timeoutMs, interval: 100 },
  );
  return (await page.readCard())!;
}

/** A real mouse click in the middle of an element. */
export async function clickElement(page: PageDriver, selector: string) {
  const box = await vi.waitFor(async () => {
    const b = await page.evaluate((sel) => {
      const r = document.querySelector(sel)?.getBoundingClientRect();
      return r && r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    }, selector);
    if (!b) throw new Error(`${selector} is not shown`);
    return b;
  }, { timeout: 10_000, interval: 100 });
  await page.click(box.x, box.y);
}

/** What the popup lists for a tab: its content script's answer to getInventory. */
export async function pageInventory(browser: ExtensionDriver, tabId: number): Promise<PageInventory> {
  const inventory = await pageRun(browser, tabId);
  if (!inventory) throw new Error('no DealLens script answers on the tab');
  return inventory;
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The settings as stored: the main sync item with its lists joined back from their parts (settings.<list>.<n>). */
export type StoredSettings = { homeCurrency: string; siteMode: string; userCompanies: { name: string }[]; deniedSites: string[]; rateSources: { ecbDaily: string; ecb90Days: string; fallback: string }; highlightStyle: { money: { colour: string; fill: boolean } }; ignoredCurrencies: string[] };
export const storedSettings = (browser: ExtensionDriver) =>
  browser.evaluateInExtension(async () => {
    const items = await (globalThis as unknown as { browser: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } }).browser.storage.sync.get(null);
    const main = items.settings as (Record<string, unknown> & { parts?: Record<string, number> }) | undefined;
    if (!main?.parts) return main as StoredSettings | undefined;
    const { parts, ...settings } = main;
    for (const [list, count] of Object.entries(parts)) settings[list] = Array.from({ length: count }, (_, i) => items[`settings.${list}.${i}`] as unknown[]).flat();
    return settings as StoredSettings;
  }, null);

/** Every company mention of the article page (/article.html: demoArticle() of test/fixtures), in page order: headline, body, Chinese summary. */
export const ARTICLE_COMPANIES = [
  'Alibaba', 'Tencent', 'Zhipu',
  'Alibaba Group Holding Ltd.', 'Tencent Holdings Ltd.', 'Zhipu',
  'Ant Group Co.', 'Xiaomi Corp.', 'Meituan', 'HongShan', 'Sequoia China', 'Beijing Zhipu Huazhang Technology Co.', 'OpenAI',
  'Baichuan', 'Zhipu',
  'Microsoft Corp.', 'OpenAI', 'Google', 'Baidu Inc.',
  'Zhipu',
  'Nvidia Corp.',
  '阿里巴巴', '腾讯', '美团', '小米', '智谱',
];

/** Every amount of the article page, in page order: the headline's, the body's (with its stated equivalent), the Chinese summary's. */
export const ARTICLE_MONEY = ['2.5 billion yuan', '2.5 billion yuan', '$342 million', '$300 million', '25亿元人民币'];

type Box = { left: number; top: number; width: number; height: number };

export interface Scenario {
  browser: ExtensionDriver;
  /** The fixture server (e2e/fixture-server.ts), e.g. http://127.0.0.1:PORT. */
  server: { url: string };
  /** A new tab on `url` with at least `minimum` highlights, once its first read is over (what is registered then is all of it). */
  openHighlighted(url: string, minimum: number): Promise<PageDriver>;
  /** Shares of the pixels in a box (saved as a screenshot) in a blue tint, a green tint, and in any colour at all (text is grey). */
  paintShares(page: PageDriver, box: Box, shot: string): Promise<{ blue: number; green: number; colourful: number }>;
  /**
   * The tab on /article.html (our demo article's text as a plain page) that the highlights, cards
   * and popup areas share, in that order, opened on first use: the popup area checks last that
   * nothing done there mutated the page's own nodes.
   */
  articlePage(): Promise<PageDriver>;
}

/** Gives the launched scenario, from inside a test or hook. */
export type ScenarioContext = () => Scenario;

/** Starts the fixture server and launches the browser once for every area of the calling suite, closing both after it. */
export function launchScenario(launch: () => Promise<ExtensionDriver>): ScenarioContext {
  let scenario: Scenario | undefined;
  let server: Awaited<ReturnType<typeof startFixtureServer>> | undefined;
  let browser: ExtensionDriver | undefined;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer();
    const launched = await launch();
    browser = launched;
    const openHighlighted = async (url: string, minimum: number) => {
      const page = await launched.newPage();
      await page.goto(url);
      await waitForHighlights(page, minimum);
      await vi.waitFor(async () => {
        if (!(await pageRun(launched, await page.tabId()))?.complete) throw new Error('the first read is not over yet');
      }, { timeout: 15_000, interval: 100 });
      return page;
    };
    let article: Promise<PageDriver> | undefined;
    scenario = {
      browser: launched,
      server,
      openHighlighted,
      async paintShares(page, box, shot) {
        const png = PNG.sync.read(await page.screenshot(path.join(SHOTS, `${launched.name}-${shot}.png`), { x: Math.floor(box.left), y: Math.floor(box.top), width: Math.ceil(box.width), height: Math.ceil(box.height) }));
        let blue = 0;
        let green = 0;
        let colourful = 0;
        for (let i = 0; i < png.data.length; i += 4) {
          const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
          if (b > r + 25) blue++;
          if (g > r + 20 && g > b + 10) green++;
          if (Math.max(r, g, b) - Math.min(r, g, b) > 20) colourful++;
        }
        const all = png.width * png.height;
        return { blue: blue / all, green: green / all, colourful: colourful / all };
      },
      articlePage: () => (article ??= openHighlighted(`${server!.url}/article.html`, 20)),
    };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return () => {
    if (!scenario) throw new Error('the scenario is launched in beforeAll: use it inside a test or hook');
    return scenario;
  };
}
