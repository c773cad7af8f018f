import browser from 'webextension-polyfill';
import { PAGE_REQUESTS, type BackgroundContract } from '../messages/contract';
import { handleMessages, handlePortRequests } from '../messages/handle';
import { BACKGROUND_SCHEMAS } from '../messages/schemas';
import { sendToTab } from '../messages/send';
import { withUserCompany } from '../platform/settings';
import { loadSettings, saveSettings, watchSettings } from '../platform/settings-storage';
import { dealDb } from './deal-store/open-seeded';
import { createBackgroundHandlers } from './handlers';
import { createCompanyData } from './company-data';
import { createMentionFinder } from './mention-finder';
import { readPackagedFile } from './packaged-file';
import { createPageDealsReader } from './page-deals-reader';
import { captureDeals } from './deal-store/deal-store';
import { createCaptureFailures } from './deal-store/capture-failures';
import { createBundledRates } from './rates/bundled-rates';
import { createLiveRates, REFRESH_ALARM, REFRESH_PERIOD_MINUTES } from './rates/live-rates';
import { pageOrigins, sitePatterns } from '../platform/site-rules';
import { annotateOpenTabs, annotateTab, syncRegistration } from './site-access';
import { refusedTab } from './asked-tab';

// The bundled rate tables are the extension's own files, read at the first conversion (bundled-rates.ts).
const rates = createLiveRates(browser.storage.local, createBundledRates(readPackagedFile));
const now = () => new Date();
// The bundled companies, read from the extension's files when first needed (company-data.ts).
const companyData = createCompanyData(readPackagedFile);
// The engine over page text; its matcher is built again when the reader's companies change.
const mentions = createMentionFinder(async () => (await loadSettings()).userCompanies, companyData.index);
// Deals read from page text are kept when capture is on (the setting is read at each capture); a
// capture that fails is remembered for the popup and the options page.
const captureFailures = createCaptureFailures(browser.storage.local, now);
const pageDeals = createPageDealsReader({
  async capture(deals) {
    if ((await loadSettings()).captureDeals) await captureFailures.watch(deals, async () => captureDeals(await dealDb(now), deals, now().toISOString()));
  },
});
const openPage = async (pathAndHash: string) => void (await browser.tabs.create({ url: browser.runtime.getURL(pathAndHash) }));
const handlers = createBackgroundHandlers({
  rates,
  settings: loadSettings,
  now,
  deals: () => dealDb(now),
  openPage,
  addCompany: (name, aliases) => addUserCompany(name, aliases),
  async pageCss({ tabId, frameId }, change, css) {
    const details = { target: { tabId, frameIds: [frameId] }, css };
    await (change === 'insert' ? browser.scripting.insertCSS(details) : browser.scripting.removeCSS(details));
  },
  async badge(tabId, text) {
    await browser.action.setBadgeText({ tabId, text });
  },
  // The popup names a tab: only a web page DealLens may see (asked-tab.ts).
  async annotateTab(tabId) {
    const refused = refusedTab(await browser.tabs.get(tabId).catch(() => undefined));
    return refused === null ? annotateTab(tabId) : { ok: false, reason: refused };
  },
  mentions,
  companyRecord: companyData.record,
  pageDeals,
  captureFailure: captureFailures.last,
});
// The store, imports, resets and other tabs answer only DealLens's own pages (PAGE_REQUESTS in the
// contract), and every payload is checked by its schema before a handler sees it.
const senders = { pageRequests: PAGE_REQUESTS, extensionBase: browser.runtime.getURL(''), schemas: BACKGROUND_SCHEMAS };
handleMessages<BackgroundContract>(handlers, undefined, senders);
// Pages send their text's slices over a port (see messages/port-requests.ts).
handlePortRequests<BackgroundContract>(handlers, senders);

/** Refreshes live rates when the last download is older than the refresh period (never blocks anything). */
async function refreshIfStale(): Promise<void> {
  const settings = await loadSettings();
  if (!settings.liveRates) return;
  const { fetchedAt, lastAttemptAt } = await rates.status();
  const last = Date.parse(fetchedAt ?? lastAttemptAt ?? '') || 0;
  if (Date.now() - last >= REFRESH_PERIOD_MINUTES * 60_000) await rates.refresh(settings, new Date());
}

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === REFRESH_ALARM) void refreshIfStale();
});
const scheduleRefresh = () => {
  void browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_PERIOD_MINUTES, delayInMinutes: 1 });
  void refreshIfStale();
};
browser.runtime.onInstalled.addListener(scheduleRefresh);

// Automatic annotation follows the reader's grants and site settings; kept in line at every start
// and whenever either changes.
const sync = () => syncRegistration(loadSettings).catch((error: unknown) => console.warn('DealLens: content script registration failed:', error));
void sync();
browser.permissions.onAdded.addListener(({ origins = [] }) => {
  void sync().then(async () => annotateOpenTabs(origins, await loadSettings()));
});
browser.permissions.onRemoved.addListener(() => void sync());
// A site switched back on (the popup's switch, the options' denied sites) runs again in its open
// tabs at once, as a switched-off one stops at once (content/site-switch.ts).
let denied: readonly string[] | undefined;
void loadSettings().then((s) => (denied ??= s.deniedSites));
watchSettings((settings) => {
  mentions.reset();
  const back = denied?.filter((host) => !settings.deniedSites.includes(host)) ?? [];
  denied = settings.deniedSites;
  void sync().then(() => annotateOpenTabs(back.flatMap(sitePatterns), settings));
}, new AbortController().signal);
// The first-run page explains where DealLens reads pages and lets the reader choose.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') {
    void sync();
    void openPage('src/welcome/welcome.html');
    return;
  }
  // Firefox unloads the content scripts of open pages with the old version, without letting them
  // clean up, and leaves their highlights painted: run the new version there (it takes the
  // highlights over). Chrome keeps the old scripts alive; they notice and tear down by themselves.
  const firefox = 'getBrowserInfo' in browser.runtime;
  void sync().then(async () => {
    if (firefox) await annotateOpenTabs(pageOrigins((await browser.permissions.getAll()).origins ?? []), await loadSettings());
  });
});

const ADD_COMPANY_MENU = 'deallens-add-company';
const ANNOTATE_MENU = 'deallens-annotate';
/** Adds a company the reader names; it is matched on every page loaded from then on. */
export async function addUserCompany(name: string, aliases: string[] = []): Promise<void> {
  await saveSettings((current) => ({ userCompanies: withUserCompany(current.userCompanies, name, aliases) }));
}
browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({ id: ADD_COMPANY_MENU, title: browser.i18n.getMessage('menuAddCompany'), contexts: ['selection'] });
  browser.contextMenus.create({ id: ANNOTATE_MENU, title: browser.i18n.getMessage('menuAnnotatePage'), contexts: ['page'] });
});
browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === ADD_COMPANY_MENU && info.selectionText) void addUserCompany(info.selectionText);
  // The menu click grants activeTab for this tab.
  if (info.menuItemId === ANNOTATE_MENU && tab?.id !== undefined) void annotateTab(tab.id);
});
browser.runtime.onStartup.addListener(scheduleRefresh);

/**
 * Keyboard commands (remappable in the browser's shortcut settings) act on the active tab, or on
 * `tabId` when given (the e2e tests call this through `deallens.runCommand`, since headless
 * browsers deliver no global shortcuts).
 */
export async function runCommand(command: string, tabId?: number): Promise<void> {
  const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (target === undefined) return;
  // The shortcut grants activeTab for the active tab.
  if (command === 'annotate-page') {
    await annotateTab(target);
    return;
  }
  if (command !== 'next-highlight' && command !== 'previous-highlight') return;
  await sendToTab(target, 'focusNext', { direction: command === 'next-highlight' ? 1 : -1 }).catch(() => {
    // No content script on this tab (browser page, store page): nothing to walk.
  });
}

// Pages hold a port so they notice an extension reload or update (see content/extension-life.ts).
browser.runtime.onConnect.addListener(() => undefined);

browser.commands.onCommand.addListener((command) => void runCommand(command));
// Test and debugging hooks: headless browsers deliver neither shortcuts nor context-menu clicks.
(globalThis as unknown as { deallens: unknown }).deallens = { runCommand, addUserCompany, syncRegistration: () => syncRegistration(loadSettings) };
// For the benches: when this background's script had run (its modules, data and listeners).
performance.mark('deallens:background-ready');
