import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { installCommand } from '../scripts/system-tools';
import { CHROMIUM_FLAGS, extensionDir, findBrowser, tempProfile } from './browsers';
import { MUTATION_COUNTER, snapshotFromTree, type ExtensionDriver, type ExtensionGlobals, type PageDriver, type ReaderSetup } from './driver';
import { waitFor } from './wait-for';

interface CdpNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findCardShadow(node: CdpNode, host: string): CdpNode | null {
  if (node.localName === host) return node.shadowRoots?.[0] ?? null;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findCardShadow(child, host);
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
    move: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    focus: (selector) => page.focus(selector),
    typeText: (text) => page.keyboard.type(text),
    uploadFile: (selector, file) => page.setInputFiles(selector, file),
    async readCard(host = 'deallens-card') {
      // The card lives in a closed shadow root: only CDP with pierce sees into it.
      const cdp = await ctx.newCDPSession(page);
      try {
        const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
        const shadow = findCardShadow(root, host);
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
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    async tabId() {
      // Without the "tabs" permission tab URLs are hidden, so the page is made the active tab and found as such.
      await page.bringToFront();
      return (await worker()).evaluate(async () => (await (globalThis as unknown as ExtensionGlobals).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
    },
  };
}

/** Sites the test profile has allowed, as a reader who clicked "Always on this site" there earlier would have. */
export const ALLOWED_TEST_ORIGINS = ['http://127.0.0.1/*', 'https://127.0.0.1/*'];

/**
 * Records in the profile that the reader allowed the test site earlier. Chromium shows the
 * permission prompt of permissions.request as browser UI, which headless Chromium never renders
 * (measured: the request never settles), so a grant cannot be clicked in a test; the profile is
 * given one instead, the way the browser stores it, and the extension finds it when it starts.
 */
function grantInProfile(profileDir: string, extensionId: string): void {
  const file = path.join(profileDir, 'Default', 'Preferences');
  const prefs = JSON.parse(fs.readFileSync(file, 'utf8')) as { extensions: { settings: Record<string, Record<string, { explicit_host?: string[] }>> } };
  const entry = prefs.extensions.settings[extensionId];
  if (!entry) throw new Error(`extension ${extensionId} is not in the test profile`);
  for (const key of ['granted_permissions', 'active_permissions']) entry[key] = { ...entry[key], explicit_host: ALLOWED_TEST_ORIGINS };
  fs.writeFileSync(file, JSON.stringify(prefs));
}

const workerReady = (worker: Worker) =>
  waitFor(async () => {
    if (!(await worker.evaluate(() => !!(globalThis as unknown as Partial<ExtensionGlobals>).chrome?.runtime?.id))) throw new Error('service worker not ready');
  });

const readyWorker = async (context: BrowserContext): Promise<Worker> => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  await workerReady(worker);
  return worker;
};

/**
 * Starts a profile where DealLens was installed and the reader then allowed the test site (e2e,
 * `npm start` and the benches): a first start installs it (and opens its first-run page), the
 * profile is given the grant, and the second start runs once the content script is registered.
 * `launch` starts the profile with the extension loaded.
 */
export async function launchAllowingTestSite(profileDir: string, launch: () => Promise<BrowserContext>): Promise<{ ctx: BrowserContext; sw: Worker; firstRunPages: string[] }> {
  const installCtx = await launch();
  const extensionId = new URL((await readyWorker(installCtx)).url()).host;
  const firstRunPages = await waitFor(async () => {
    const urls = installCtx.pages().map((p) => p.url()).filter((u) => u.startsWith(`chrome-extension://${extensionId}/`));
    if (!urls.length) throw new Error('no first-run page opened on install');
    return urls;
  }, 5_000).catch(() => [] as string[]);
  await installCtx.close();
  grantInProfile(profileDir, extensionId);

  const ctx = await launch();
  const sw = await readyWorker(ctx);
  await waitFor(async () => {
    const ids = await sw.evaluate(async () => (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } }).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    if (!ids.length) throw new Error('the content script is not registered for the allowed test site');
  });
  return { ctx, sw, firstRunPages };
}

/**
 * How Chromium is put in a UI language (measured 2026-12 on Debian's Chromium 156): `--lang=zh-CN`
 * alone translates the extension's messages but leaves i18n.getUILanguage() at en-US; Playwright's
 * `locale` changes navigator.language and getUILanguage() but not the messages; LANGUAGE=zh_CN in
 * the environment changes both, and only when the language's resources are installed (Debian's
 * chromium-l10n: without /usr/lib/chromium/locales/zh-CN.pak it stays en-US). So the environment
 * and the flag are both set, and launchChromium checks the language it got.
 */
function languageSetup(lang: ReaderSetup['lang']): { args: string[]; env?: Record<string, string> } {
  if (!lang) return { args: [] };
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
  const full = lang === 'en' ? 'en-US' : lang;
  return { args: [`--lang=${full}`], env: { ...env, LANGUAGE: full.replace('-', '_') } };
}

export async function launchChromium(options: { headless?: boolean } & ReaderSetup = {}): Promise<ExtensionDriver> {
  const executablePath = findBrowser('chromium');
  const ext = extensionDir('chrome');
  const profile = tempProfile('deallens-e2e-chromium-');
  const language = languageSetup(options.lang);
  const launch = () =>
    chromium.launchPersistentContext(profile.dir, {
      executablePath,
      headless: options.headless ?? true,
      viewport: { width: 1000, height: 640 },
      ...(language.env && { env: language.env }),
      ...(options.colorScheme && { colorScheme: options.colorScheme }),
      // Playwright turns the back/forward cache off by default; real Chrome has it on.
      ignoreDefaultArgs: ['--disable-back-forward-cache'],
      // Extensions.triggerAction (the toolbar button, which grants activeTab) needs the flag.
      args: [...CHROMIUM_FLAGS, ...language.args, '--enable-unsafe-extension-debugging', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
    });
  const launched = await launchAllowingTestSite(profile.dir, launch);
  if (options.lang) {
    const got = await launched.sw.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
    if (!got.startsWith(options.lang)) {
      await launched.ctx.close();
      profile.remove();
      throw new Error(`Chromium runs in ${got}, not ${options.lang}: its language resources are missing. Install them with: ${installCommand(['chromium-l10n'])}`);
    }
  }
  const { ctx, firstRunPages } = launched;
  // A new service worker after the extension is enabled again.
  let sw = launched.sw;
  await ctx.addInitScript(MUTATION_COUNTER);
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
    await workerReady(sw);
    maybeStopped = false;
    return sw;
  };
  return {
    name: 'chromium',
    firstRunPages,
    canClickToolbarButton: true,
    async clickToolbarButton(page) {
      const url = await page.evaluate(() => location.href, null);
      const cdp = await ctx.browser()!.newBrowserCDPSession();
      try {
        const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as { targetInfos: { targetId: string; url: string }[] };
        const tab = targetInfos.find((t) => t.url === url);
        if (!tab) throw new Error(`no tab target for ${url}`);
        await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
      } finally {
        await cdp.detach();
      }
    },
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
    async openedExtensionPage(pathAndQuery) {
      const url = `chrome-extension://${extensionId}/${pathAndQuery}`;
      const page = await waitFor(async () => ctx.pages().find((p) => p.url() === url) ?? Promise.reject(new Error(`no tab on ${url}; tabs: ${ctx.pages().map((p) => p.url()).join(", ")}`)));
      await page.waitForLoadState();
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
    async setExtensionEnabled(enabled) {
      // The extension manager's own page may call chrome.management for any extension.
      const manager = await ctx.newPage();
      try {
        await manager.goto('chrome://extensions');
        const started = enabled ? ctx.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`), timeout: 15_000 }) : null;
        await manager.evaluate(
          ([id, on]) => (globalThis as unknown as { chrome: { management: { setEnabled(id: string, on: boolean): Promise<void> } } }).chrome.management.setEnabled(id, on),
          [extensionId, enabled] as const,
        );
        if (started) {
          sw = await started;
          await workerReady(sw);
          maybeStopped = false;
        }
      } finally {
        await manager.close();
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
