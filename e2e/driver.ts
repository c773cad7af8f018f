// The little a scenario needs from a browser, implemented once per browser (playwright-core for
// Chromium, puppeteer-core over WebDriver BiDi for Firefox), so both run the same assertions.

export interface CardSnapshot {
  /** Visible text of the card's shadow tree. */
  text: string;
  /** Every data-* attribute in the card's shadow tree, as "name=value". */
  attributes: string[];
}

export interface PageDriver {
  goto(url: string): Promise<void>;
  /** Goes back in the tab's history, waiting only for the navigation to commit (a page restored from the back/forward cache fires no load). */
  goBack(): Promise<void>;
  /** From now on, collects the reasons the browser gives when it does not restore this page from the back/forward cache (Chromium's CDP; Firefox gives none). */
  watchBackForwardCache(): Promise<() => string[]>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(x: number, y: number): Promise<void>;
  /** Moves the real mouse to a point of the viewport. */
  move(x: number, y: number): Promise<void>;
  /** A key, or a key with modifiers held around it ("Shift+Tab"). */
  press(key: string): Promise<void>;
  /** Types text with real key events into whatever has focus. */
  typeText(text: string): Promise<void>;
  focus(selector: string): Promise<void>;
  /** The open card (or another host of DealLens's own in the page: 'deallens-hint'), read through its closed shadow root. */
  readCard(host?: string): Promise<CardSnapshot | null>;
  /** Chooses a file for an <input type="file">. */
  uploadFile(selector: string, file: string): Promise<void>;
  screenshot(file: string, clip?: { x: number; y: number; width: number; height: number }): Promise<Buffer>;
  /** Resizes the page's viewport (a narrow window). */
  setViewport(width: number, height: number): Promise<void>;
  tabId(): Promise<number>;
  /** Uncaught page errors and console errors or warnings that mention DealLens, since the page opened. */
  errors(): string[];
  close(): Promise<void>;
}

/** The slice of the extension API the drivers call from inside extension contexts. */
export interface ExtensionGlobals {
  chrome: { runtime: { id?: string }; tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> } };
}

/**
 * The reader's browser: the UI language (which the extension's i18n API follows) and the colour
 * scheme its pages and cards are shown in. How each browser is put in a language is measured and
 * written beside each launch (chromium-driver.ts, firefox-driver.ts).
 */
export interface ReaderSetup {
  lang?: 'en' | 'zh-CN';
  colorScheme?: 'light' | 'dark';
}

export interface ExtensionDriver {
  name: 'chromium' | 'firefox';
  /** Extension pages the install opened by itself (the first-run page). */
  firstRunPages: string[];
  /** Whether clickToolbarButton can be done in this (headless) browser. */
  canClickToolbarButton: boolean;
  /** Clicks the toolbar button on a page's tab, as the reader does: grants activeTab there and opens the popup. */
  clickToolbarButton(page: PageDriver): Promise<void>;
  newPage(): Promise<PageDriver>;
  /** Opens the extension's popup page as a tab, pointed at the given tab. */
  openPopup(targetTabId: number): Promise<PageDriver>;
  /** Opens an extension page (path inside the build, e.g. src/options/options.html) as a tab. */
  openExtensionPage(pathAndQuery: string, readySelector: string): Promise<PageDriver>;
  /** The tab a page opened by itself on an extension page (a link with target=_blank), once it is there (Firefox: see its driver). */
  openedExtensionPage(pathAndQuery: string): Promise<PageDriver>;
  /** Runs a function in an extension context (the service worker, or an extension page in Firefox), where `browser` is the extension API. */
  evaluateInExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Reloads the extension (as an update does); pages keep their orphaned content scripts. */
  reloadExtension(): Promise<void>;
  /** Disables or enables the extension, as the reader does in the browser's extension manager. */
  setExtensionEnabled(enabled: boolean): Promise<void>;
  /** Stops the background as the browser does when it idles (Chromium: the service worker); the next message starts it again. */
  stopBackground(): Promise<void>;
  /** Runs a keyboard command through the background's command handler. */
  runCommand(command: string, tabId: number): Promise<void>;
  close(): Promise<void>;
}

/** Main-world script installed before any page script: counts mutations of the page's own nodes. */
export const MUTATION_COUNTER = `(() => {
  // DealLens's own hosts (<deallens-card>, <deallens-hover>, <deallens-hint>) are not page nodes.
  const ours = (n) => n && n.nodeName.startsWith('DEALLENS-');
  const state = { counting: false, mutations: 0, samples: [] };
  Object.defineProperty(window, '__deallensMutations', { value: state });
  const observer = new MutationObserver((records) => {
    if (!state.counting) return;
    for (const r of records) {
      if (ours(r.target)) continue;
      const moved = [...r.addedNodes, ...r.removedNodes];
      if (r.type === 'childList' && moved.length > 0 && moved.every(ours)) continue;
      state.mutations++;
      if (state.samples.length < 5) state.samples.push(r.type + ' on ' + r.target.nodeName);
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // Count from DOMContentLoaded on; parser insertions still queued then are dropped, not counted.
  document.addEventListener('DOMContentLoaded', () => { observer.takeRecords(); state.counting = true; });
})();`;

/** Collects text and data-* attributes of a serialised DOM subtree (CDP or BiDi shape). */
export function snapshotFromTree(
  root: unknown,
  read: (node: unknown) => { text?: string; attributes?: Record<string, string>; children: unknown[] },
): CardSnapshot {
  const texts: string[] = [];
  const attributes: string[] = [];
  const walk = (node: unknown) => {
    const { text, attributes: attrs, children } = read(node);
    if (text) texts.push(text);
    for (const [k, v] of Object.entries(attrs ?? {})) if (k.startsWith('data-')) attributes.push(`${k}=${v}`);
    children.forEach(walk);
  };
  walk(root);
  return { text: texts.join(' ').replace(/\s+/g, ' ').trim(), attributes };
}
