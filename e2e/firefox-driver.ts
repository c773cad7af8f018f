import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { installCommand } from '../scripts/system-tools';
import { extensionDir, findBrowser, FIREFOX_UUID, tempProfile } from './browsers';
import { waitFor } from './wait-for';
import { MUTATION_COUNTER, snapshotFromTree, type ExtensionDriver, type ExtensionGlobals, type PageDriver, type ReaderSetup } from './driver';

const GECKO_ID = 'deallens@deallens.dev';

interface BidiNode {
  type: string;
  value?: { nodeType: number; localName?: string; nodeValue?: string; attributes?: Record<string, string>; children?: BidiNode[]; shadowRoot?: BidiNode | null };
}

export interface BidiConnection {
  send(method: string, params: unknown): Promise<{ result: { result?: BidiNode; type?: string; exceptionDetails?: unknown } }>;
}

export const contextId = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;

function wrapPage(browser: Browser, page: Page): PageDriver {
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${(e as Error).message}`));
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warn') && /deallens/i.test(m.text())) errors.push(`${m.type()}: ${m.text()}`);
  });
  return {
    errors: () => errors,
    close: () => page.close(),
    goto: async (url) => void (await page.goto(url)),
    // Raw BiDi: puppeteer's goBack waits for a load event, which a page restored from the back/forward cache never fires.
    goBack: async () => void (await bidi.send('browsingContext.traverseHistory', { context: contextId(page), delta: -1 })),
    // Firefox reports no reasons (no notRestoredReasons, nothing over BiDi): the test can only say the page was not restored.
    watchBackForwardCache: async () => () => [],
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    click: (x, y) => page.mouse.click(x, y),
    move: (x, y) => page.mouse.move(x, y),
    async press(key) {
      // "Shift+Tab" as Playwright writes it: the modifiers held around the key.
      const parts = key.length > 1 ? key.split('+') : [key];
      const main = parts.pop()!;
      for (const modifier of parts) await page.keyboard.down(modifier as never);
      await page.keyboard.press(main as never);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier as never);
    },
    focus: (selector) => page.focus(selector),
    typeText: (text) => page.keyboard.type(text),
    async uploadFile(selector, file) {
      const input = await page.waitForSelector(selector);
      await (input as unknown as { uploadFile(f: string): Promise<void> }).uploadFile(file);
    },
    async readCard(tag = 'deallens-card') {
      // The closed shadow root is serialised by BiDi with includeShadowTree: 'all'.
      const r = await bidi.send('script.evaluate', {
        expression: `document.querySelector(${JSON.stringify(tag)})`,
        target: { context: contextId(page) },
        awaitPromise: false,
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 30 },
      });
      const host = r.result.result;
      const shadow = host?.value?.shadowRoot;
      if (!host || host.type !== 'node' || !shadow) return null;
      return snapshotFromTree(shadow, (n) => {
        const value = (n as BidiNode).value;
        return { text: value?.nodeType === 3 ? value.nodeValue : undefined, attributes: value?.attributes ?? {}, children: value?.children ?? [] };
      });
    },
    screenshot: async (file, clip) => Buffer.from(await page.screenshot({ path: file as `${string}.png`, ...(clip && { clip }) })),
    setViewport: (width, height) => page.setViewport({ width, height }),
    tabId: () => Promise.reject(new Error('tab ids of Firefox pages come from newPage()')),
  };
}

/**
 * How Firefox is put in a UI language and colour scheme (measured 2026-12 on Debian's Firefox ESR
 * 153): the pref intl.locale.requested (or LANG in the environment) gives the extension zh-CN
 * messages and getUILanguage() only when the language pack is installed (Debian's
 * firefox-esr-l10n-zh-cn, a system add-on every profile loads); without it Firefox stays in en-US.
 * ui.systemUsesDarkTheme = 1 makes prefers-color-scheme dark for pages and cards alike.
 */
function readerPrefs({ lang, colorScheme }: ReaderSetup): Record<string, unknown> {
  return {
    ...(lang && { 'intl.locale.requested': lang === 'en' ? 'en-US' : lang }),
    ...(colorScheme && { 'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0 }),
  };
}

/** Runs an expression in the browser's own chrome scope (BiDi opens it with --remote-allow-system-access); its value. */
export async function chromeScopeEvaluate(bidi: BidiConnection, expression: string): Promise<{ ok: boolean; value: unknown; raw: unknown }> {
  const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as unknown as { result: { contexts: { context: string }[] } };
  const r = await bidi.send('script.evaluate', { expression, target: { context: tree.result.contexts[0]!.context }, awaitPromise: true });
  return { ok: r.result.type === 'success', value: (r.result.result as { value?: unknown } | undefined)?.value, raw: r.result };
}

export interface FirefoxLaunch {
  browser: Browser;
  bidi: BidiConnection;
  /** An extension page kept open to reach the background and the extension API. */
  helper: Page;
  firstRunPages: string[];
  openExtensionPage(page: Page, pathAndQuery: string, readySelector: string): Promise<void>;
}

/**
 * Firefox with an unpacked build of DealLens installed (a temporary add-on) and the test site
 * (127.0.0.1) allowed in its options, as the reader allows a site. The e2e driver and the pages bench
 * (with its bench build) both start Firefox this way.
 */
export async function launchFirefoxAllowingTestSite(options: {
  ext: string;
  userDataDir?: string;
  viewport?: { width: number; height: number };
  prefs?: Record<string, unknown>;
}): Promise<FirefoxLaunch> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser('firefox'),
    headless: true,
    ...(options.userDataDir && { userDataDir: options.userDataDir }),
    defaultViewport: options.viewport ?? { width: 1000, height: 640 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Firefox's own switch for optional-permission prompts: requests made in a click are granted
      // without the doorhanger, which a headless browser cannot show.
      'extensions.webextOptionalPermissionPrompts': false,
      ...options.prefs,
    },
  });
  await browser.installExtension(options.ext);
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const origin = `moz-extension://${FIREFOX_UUID}/`;
  // Puppeteer reports extension pages as about:blank; BiDi's tree has their real URLs.
  const firstRunPages = await waitFor(async () => {
    const { result } = (await bidi.send('browsingContext.getTree', {})) as unknown as { result: { contexts: { url: string }[] } };
    const urls = result.contexts.map((c) => c.url).filter((u) => u.startsWith(origin));
    if (!urls.length) throw new Error('no first-run page opened on install');
    return urls;
  }, 5_000).catch(() => [] as string[]);

  const helper = await browser.newPage();
  const openExtensionPage = async (page: Page, pathAndQuery: string, readySelector: string) => {
    await bidi.send('browsingContext.navigate', { context: contextId(page), url: `moz-extension://${FIREFOX_UUID}/${pathAndQuery}`, wait: 'none' });
    await page.waitForSelector(readySelector, { timeout: 15_000 });
  };
  await openExtensionPage(helper, 'src/popup/popup.html?tabId=999999', '[data-deallens-unavailable], [data-deallens-not-running]');

  // The reader allows the test site in the options, with real key presses and a real click.
  const optionsPage = await browser.newPage();
  await openExtensionPage(optionsPage, 'src/options/options.html', '#allow-site input[name="site"]');
  await optionsPage.focus('#allow-site input[name="site"]');
  await optionsPage.keyboard.type('127.0.0.1');
  await optionsPage.click('#allow-site button[type="submit"]');
  await waitFor(async () => {
    const state = await helper.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins: string[] }> }; scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } }).browser;
      return { origins: (await api.permissions.getAll()).origins, scripts: (await api.scripting.getRegisteredContentScripts()).map((s) => s.id) };
    });
    if (!state.origins.some((o) => o.includes('127.0.0.1')) || !state.scripts.length) {
      const shown = await optionsPage.evaluate(() => document.querySelector('#site-access')?.textContent ?? '');
      throw new Error(`the test site was not allowed from the options: ${JSON.stringify(state)}; the options say: ${shown}`);
    }
  });
  await optionsPage.close();
  return { browser, bidi, helper, firstRunPages, openExtensionPage };
}

/** Stops the event page as Firefox does when it idles (about:debugging's "Terminate background script"). */
export async function stopFirefoxBackground(bidi: BidiConnection): Promise<void> {
  const r = await chromeScopeEvaluate(bidi, `(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
    await extension.terminateBackground({ ignoreDevToolsAttached: true });
    return extension.backgroundState;
  })()`);
  if (!r.ok || r.value !== 'stopped') throw new Error(`the event page was not stopped: ${JSON.stringify(r.raw).slice(0, 300)}`);
}

export async function launchFirefox(setup: ReaderSetup = {}): Promise<ExtensionDriver> {
  const executablePath = findBrowser('firefox');
  const ext = extensionDir('firefox');
  // In a new profile the language pack is taken up during the first start: the extension's messages
  // are already in the language, but the browser's own controls ("Browse…", "No file selected.")
  // stay English until the next start (measured). So a profile in another language is started once
  // before the run.
  const profile = setup.lang ? tempProfile('deallens-e2e-firefox-') : null;
  if (profile) await (await puppeteer.launch({ browser: 'firefox', executablePath, headless: true, userDataDir: profile.dir, extraPrefsFirefox: readerPrefs(setup) })).close();
  const launched = await launchFirefoxAllowingTestSite({ ext, ...(profile && { userDataDir: profile.dir }), prefs: readerPrefs(setup) });
  const { browser, bidi, firstRunPages, openExtensionPage } = launched;
  const origin = `moz-extension://${FIREFOX_UUID}/`;
  let helper = launched.helper;
  if (setup.lang) {
    const got = await helper.evaluate(() => (globalThis as unknown as { browser: { i18n: { getUILanguage(): string } } }).browser.i18n.getUILanguage());
    if (!got.startsWith(setup.lang)) {
      await browser.close();
      profile?.remove();
      throw new Error(`Firefox runs in ${got}, not ${setup.lang}: its language pack is missing. Install it with: ${installCommand([`firefox-esr-l10n-${setup.lang.toLowerCase()}`])}`);
    }
  }

  // Without the "tabs" permission tab URLs are hidden, so the page is made the active tab and found as such.
  const activeTabId = async (page: Page) => {
    await page.bringToFront();
    return helper.evaluate(async () => {
      const api = (globalThis as unknown as { browser: ExtensionGlobals['chrome'] }).browser;
      return (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? -1;
    });
  };

  return {
    name: 'firefox',
    firstRunPages,
    // Headless Firefox has no toolbar to click, and action.openPopup() opens the popup without
    // granting activeTab (measured: executeScript then fails with "Missing host permission").
    canClickToolbarButton: false,
    clickToolbarButton: () => Promise.reject(new Error('headless Firefox has no toolbar button to click')),
    async newPage() {
      const page = await browser.newPage();
      await page.evaluateOnNewDocument(MUTATION_COUNTER);
      const driver = wrapPage(browser, page);
      return { ...driver, tabId: () => activeTabId(page) };
    },
    async openExtensionPage(pathAndQuery, readySelector) {
      const page = await browser.newPage();
      await openExtensionPage(page, pathAndQuery, readySelector);
      return { ...wrapPage(browser, page), tabId: () => activeTabId(page) };
    },
    async openedExtensionPage(pathAndQuery) {
      // Puppeteer reports extension pages as about:blank: the tab is found in BiDi's tree by its real
      // URL. A tab a link opens loses puppeteer: when it loads the extension page Firefox gives it a
      // new browsing context, of which puppeteer hears nothing (measured with Firefox ESR 153). Such a
      // tab, once seen at the URL, is closed and the URL opened again in a tab puppeteer drives.
      const url = `${origin}${pathAndQuery}`;
      const context = await waitFor(async () => {
        const { result } = (await bidi.send('browsingContext.getTree', {})) as unknown as { result: { contexts: { context: string; url: string }[] } };
        const found = result.contexts.find((c) => c.url === url)?.context;
        if (!found) throw new Error(`no tab on ${url}; tabs: ${result.contexts.map((c) => c.url).join(', ')}`);
        return found;
      });
      const page = (await browser.pages()).find((p) => contextId(p) === context);
      if (page) return wrapPage(browser, page);
      await bidi.send('browsingContext.close', { context });
      const driven = await browser.newPage();
      await openExtensionPage(driven, pathAndQuery, 'body');
      return wrapPage(browser, driven);
    },
    async openPopup(targetTabId) {
      const page = await browser.newPage();
      await openExtensionPage(page, `src/popup/popup.html?tabId=${targetTabId}`, 'main > *');
      return wrapPage(browser, page);
    },
    evaluateInExtension: (fn, arg) => helper.evaluate(fn as never, arg) as never,
    async reloadExtension() {
      const old = helper;
      await old
        .evaluate(() => setTimeout(() => (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload(), 10))
        .catch(() => undefined);
      // The reload takes the extension's pages with it: a helper page is opened again once it is back.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      helper = await waitFor(async () => {
        const page = await browser.newPage();
        try {
          await openExtensionPage(page, 'src/popup/popup.html?tabId=999999', '[data-deallens-unavailable], [data-deallens-not-running]');
          return page;
        } catch (error) {
          await page.close().catch(() => undefined);
          throw error;
        }
      }, 15_000, 250);
    },
    async setExtensionEnabled(enabled) {
      // As about:addons does, in the browser's own chrome scope (see stopFirefoxBackground).
      const r = await chromeScopeEvaluate(bidi, `(async () => {
          const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
          const addon = await AddonManager.getAddonByID(${JSON.stringify(GECKO_ID)});
          await (${enabled} ? addon.enable() : addon.disable());
          return addon.isActive;
        })()`);
      if (!r.ok || r.value !== enabled) throw new Error(`the add-on was not ${enabled ? 'enabled' : 'disabled'}: ${JSON.stringify(r.raw).slice(0, 300)}`);
      // Its pages closed with it: the helper page is opened again.
      if (enabled) {
        helper = await browser.newPage();
        await openExtensionPage(helper, 'src/popup/popup.html?tabId=999999', '[data-deallens-unavailable], [data-deallens-not-running]');
      }
    },
    // What Firefox does to an idle event page, run in the browser's own chrome scope.
    stopBackground: () => stopFirefoxBackground(bidi),
    async runCommand(command, tabId) {
      await helper.evaluate(
        async ([c, t]) => {
          const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }).browser;
          const bg = (await api.runtime.getBackgroundPage()) as unknown as { deallens: { runCommand(c: string, t: number): Promise<void> } };
          await bg.deallens.runCommand(c, t);
        },
        [command, tabId] as const,
      );
    },
    async close() {
      await browser.close();
      profile?.remove();
    },
  };
}
