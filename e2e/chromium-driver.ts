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

function wrapPage(ctx: BrowserContext, page: Page, worker: () => Promise<Worker>): PageDriver {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && /deallens/i.test(m.text())) errors.push(`${m.type()}: ${m.text()}`);
  });
  return {
    errors: () => errors,
    close: () => page.close(),
    goto: async (url) => void (await page.goto(url)),
    goBack: async () => void (await page.goBack({ waitUntil: 'commit' })),
    async watchBackForwardCache() {
      const reasons: string[] = [];
      const cdp = await ctx.newCDPSession(page);
      cdp.on('Page.backForwardCacheNotUsed', (event: { notRestoredExplanations: { type: string; reason: string }[] }) => {
        reasons.push(...event.notRestoredExplanations.map((e) => `${e.reason} (${e.type})`));
      });
      await cdp.send('Page.enable');
      return () => reasons;
    },
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
      return (await worker()).evaluate(async () => (await (globalThis as unknown as ExtensionGlobals).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
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
    // Playwright turns the back/forward cache off by default; real Chrome has it on.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  await ctx.addInitScript(MUTATION_COUNTER);
  const ready = (w: Worker) =>
    waitFor(async () => {
      if (!(await w.evaluate(() => !!(globalThis as unknown as Partial<ExtensionGlobals>).chrome?.runtime?.id))) throw new Error('service worker not ready');
    });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  await ready(sw);
  const extensionId = new URL(sw.url()).host;
  // After stopBackground the service worker starts again on the next message; until then
  // Playwright's Worker (which then reaches the new one) hangs, so wake it before using it.
  let maybeStopped = false;
  const worker = async (): Promise<Worker> => {
    if (!maybeStopped) return sw;
    const waker = await ctx.newPage();
    await waker.goto(`chrome-extension://${extensionId}/src/popup/popup.html?tabId=999999`);
    await waker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ wake: true }).catch(() => undefined));
    await waker.close();
    await ready(sw);
    maybeStopped = false;
    return sw;
  };
  return {
    name: 'chromium',
    newPage: async () => wrapPage(ctx, await ctx.newPage(), worker),
    async openPopup(targetTabId) {
      const page = await ctx.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/popup/popup.html?tabId=${targetTabId}`);
      return wrapPage(ctx, page, worker);
    },
    async openExtensionPage(pathAndQuery, readySelector) {
      const page = await ctx.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pathAndQuery}`);
      await page.waitForSelector(readySelector, { timeout: 15_000 });
      return wrapPage(ctx, page, worker);
    },
    evaluateInExtension: async (fn, arg) => (await worker()).evaluate(fn as never, arg) as never,
    async stopBackground() {
      // What Chrome does to an idle service worker, on demand (the DevTools "Stop" button).
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      const cdp = await ctx.newCDPSession(page);
      try {
        await cdp.send('ServiceWorker.enable');
        maybeStopped = true;
        await cdp.send('ServiceWorker.stopAllWorkers');
      } finally {
        await cdp.detach();
      }
    },
    async reloadExtension() {
      await (await worker()).evaluate(() => setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 10)).catch(() => undefined);
    },
    async runCommand(command, tabId) {
      await (await worker()).evaluate(
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
