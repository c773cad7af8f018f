// Where the content script runs. Automatic annotation: one content script registered at run time
// for the sites the reader granted (optional host permissions), less denied sites; nothing when
// they chose "only when I ask". On demand: injected into one tab with activeTab (the popup's
// "Annotate this page", the context menu, the shortcut), which needs no host permission at all.
import browser from 'webextension-polyfill';
import { errorText } from '../platform/error-text';
import { t } from '../platform/i18n';
import type { Settings } from '../platform/settings';
import { annotatesAutomatically, registrationFor } from '../platform/site-rules';

export const CONTENT_SCRIPT_ID = 'deallens-auto';
/** The script that wakes the background at document_start, for the same sites (src/content/prepare.ts). */
export const PREPARE_SCRIPT_ID = 'deallens-prepare';
const FILES = { js: ['content.js'], css: ['content.css'] };

let pending: Promise<unknown> = Promise.resolve();

/** Brings the registered content script in line with the grants and settings (calls run in order). */
export function syncRegistration(settings: () => Promise<Settings>): Promise<void> {
  const run = pending.then(async () => {
    const [{ origins = [] }, current] = await Promise.all([browser.permissions.getAll(), settings()]);
    const wanted = registrationFor(origins, current);
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID, PREPARE_SCRIPT_ID] });
    // Most setting changes (currencies, styles) leave the sites alone: nothing to redo then.
    const same = (a: string[] = [], b: string[] = []) => a.length === b.length && a.every((x, i) => x === b[i]);
    if (wanted && registered.length === 2 && registered.every((s) => same(s.matches, wanted.matches) && same(s.excludeMatches, wanted.excludeMatches))) return;
    if (registered.length) await browser.scripting.unregisterContentScripts({ ids: registered.map((s) => s.id) });
    if (!wanted) return;
    const sites = { matches: wanted.matches, ...(wanted.excludeMatches.length && { excludeMatches: wanted.excludeMatches }), persistAcrossSessions: true };
    await browser.scripting.registerContentScripts([
      // While the page loads, the background gets ready for it (a stopped one starts then).
      { id: PREPARE_SCRIPT_ID, ...sites, js: ['prepare.js'], runAt: 'document_start' },
      { id: CONTENT_SCRIPT_ID, ...sites, ...FILES, runAt: 'document_idle' },
    ]);
  });
  pending = run.catch(() => undefined);
  return run;
}

export type AnnotateResult = { ok: true } | { ok: false; reason: string };

/** Runs DealLens in one tab now, at the reader's request (activeTab or a granted host). */
export async function annotateTab(tabId: number, asked = true): Promise<AnnotateResult> {
  try {
    // Asked for: the run then ignores the denied list and on-demand mode for this page.
    if (asked) await browser.scripting.executeScript({ target: { tabId }, func: () => void ((globalThis as { deallensAsked?: boolean }).deallensAsked = true) });
    await browser.scripting.insertCSS({ target: { tabId }, files: FILES.css });
    await browser.scripting.executeScript({ target: { tabId }, files: FILES.js });
    return { ok: true };
  } catch (error) {
    // The browser's own words ("Cannot access contents of the page", "Missing host permission") name no fix.
    if (/permission|cannot access|cannot be scripted/i.test(error instanceof Error ? error.message : String(error))) return { ok: false, reason: t('annotateNoAccess') };
    return { ok: false, reason: errorText(error) };
  }
}

/** After a grant, open tabs of the granted sites are annotated at once (their URLs are visible now). */
export async function annotateOpenTabs(origins: string[], settings: Settings): Promise<void> {
  if (!origins.length || settings.siteMode !== 'automatic') return;
  const [tabs, { origins: granted = [] }] = await Promise.all([browser.tabs.query({ url: origins }).catch(() => []), browser.permissions.getAll()]);
  await Promise.all(
    tabs.map((tab) => (tab.id !== undefined && tab.url && annotatesAutomatically(tab.url, granted, settings) ? annotateTab(tab.id, false) : undefined)),
  );
}
