import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS, extensionDir, findBrowser, tempProfile } from './browsers';
import { MUTATION_COUNTER, snapshotFromTree, type ExtensionDriver, type ExtensionGlobals, type PageDriver } from './driver';
import { waitFor } from './wait-for';

interface CdpNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findCardShadow(node: CdpNode): CdpNode | null {
  if (node.localName === 'deallens-card') return node.shadowRoots?.[0] ?? null;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findCardShadow(child);
    if (found) return found;
  }
  return null;
}

function wrapPage(ctx: BrowserContext, page: Page, sw: Worker): PageDriver {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && /deallens/i.test(m.text())) errors.push(`${m.type()}: ${m.text()}`);
  });
  return {
    errors: () => errors,
    close: () => page.close(),
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    focus: (selector) => page.focus(selector),
    typeText: (text) => page.keyboard.type(text),
    uploadFile: (selector, file) => page.setInputFiles(selector, file),
    async readCard() {
      // The card lives in a closed shadow root: only CDP with pierce sees into it.
      const cdp = await ctx.newCDPSession(page);
      try {
        const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
        const shadow = findCardShadow(root);
        if (!shadow) return null;
        return snapshotFromTree(shadow, (n) => {
          const node = n as CdpNode;
          const attrs: Record<string, string> = {};
          for (let i = 0; i + 1 < (node.attributes?.length ?? 0); i += 2) attrs[node.attributes![i]!] = node.attributes![i + 1]!;
          return { text: node.nodeType === 3 ? node.nodeValue : undefined, attributes: attrs, children: node.children ?? [] };
        });
      } finally {
        await cdp.detach();
      }
    },
    screenshot: async (file, clip) => page.screenshot({ path: file, ...(clip && { clip }) }),
    async tabId() {
      // Without the "tabs" permission tab URLs are hidden, so the page is made the active tab and found as such.
      await page.bringToFront();
      return sw.evaluate(async () => (await (globalThis as unknown as ExtensionGlobals).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
    },
  };
}

export async function launchChromium(options: { headless?: boolean } = {}): Promise<ExtensionDriver> {
  const executablePath = findBrowser('chromium');
  const ext = extensionDir('chrome');
  const profile = tempProfile('deallens-e2e-chromium-');
  const ctx = await chromium.launchPersistentContext(profile.dir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: { width: 1000, height: 640 },
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  await ctx.addInitScript(MUTATION_COUNTER);
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  await waitFor(async () => {
    if (!(await sw.evaluate(() => !!(globalThis as unknown as Partial<ExtensionGlobals>).chrome?.runtime?.id))) throw new Error('service worker not ready');
  });
  const extensionId = new URL(sw.url()).host;
  return {
    name: 'chromium',
    newPage: async () => wrapPage(ctx, await ctx.newPage(), sw),
    async openPopup(targetTabId) {
      const page = await ctx.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/popup/popup.html?tabId=${targetTabId}`);
      return wrapPage(ctx, page, sw);
    },
    async openExtensionPage(pathAndQuery, readySelector) {
      const page = await ctx.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pathAndQuery}`);
      await page.waitForSelector(readySelector, { timeout: 15_000 });
      return wrapPage(ctx, page, sw);
    },
    evaluateInExtension: (fn, arg) => sw.evaluate(fn as never, arg) as never,
    async reloadExtension() {
      await sw.evaluate(() => setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 10)).catch(() => undefined);
    },
    async runCommand(command, tabId) {
      await sw.evaluate(
        ([c, t]) => (globalThis as unknown as { deallens: { runCommand(c: string, t: number): Promise<void> } }).deallens.runCommand(c, t),
        [command, tabId] as const,
      );
    },
    async close() {
      await ctx.close();
      profile.remove();
    },
  };
}
