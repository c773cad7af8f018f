// Settings that change open pages at once, without a reload: the highlight style (a constructed
// stylesheet appended to document.adoptedStyleSheets; no node is added) and the ignored currencies
// (their amounts leave the money highlight, and come back when no longer ignored). Follows
// storage.sync until the run's signal aborts, which also takes the stylesheet away.
import { defaults, type Settings } from '../platform/settings';
import { watchSettings } from '../platform/settings-storage';
import { buildHighlightCss } from '../ui/highlight-style';
import type { HighlightSet } from './highlight';
import { applyIgnored, showsMention } from './ignored-currencies';
import type { PageScan } from './scan-page';

export interface LiveSettings {
  /** Whether a mention is shown (clickable, walked to, listed): false for money in an ignored currency. */
  shows: (m: { kind: string; mention: object }) => boolean;
}

/** Frames to wait for a read's scan to come out before leaving unknown ranges to the next change. */
const MAX_PENDING_FRAMES = 600;

/** Appends our sheet, never replacing the page's (Firefox only allows in-place changes from a content script). */
function adopt(doc: Document, sheet: CSSStyleSheet, signal: AbortSignal): void {
  doc.adoptedStyleSheets.push(sheet);
  signal.addEventListener(
    'abort',
    () => {
      const at = doc.adoptedStyleSheets.indexOf(sheet);
      if (at >= 0) doc.adoptedStyleSheets.splice(at, 1);
    },
    { once: true },
  );
}

export function applyLiveSettings(
  doc: Document,
  highlights: HighlightSet,
  money: () => PageScan['money'],
  initial: Promise<Settings>,
  signal: AbortSignal,
): LiveSettings {
  const sheet = new CSSStyleSheet();
  // Empty until the settings are read, so no highlight flashes in the default colours first.
  adopt(doc, sheet, signal);
  let ignored: ReadonlySet<string> = new Set();
  let css = '';
  let pendingFrames = 0;

  const prune = (restore: boolean) => {
    if (signal.aborted) return;
    const unknown = applyIgnored(highlights.money, money(), ignored, restore);
    // Ranges from a read whose scan is not out yet: look again on the next frames.
    if (unknown > 0 && ignored.size > 0 && pendingFrames < MAX_PENDING_FRAMES) {
      pendingFrames++;
      requestAnimationFrame(() => prune(false));
    } else pendingFrames = 0;
  };

  // Amounts added by a read are checked in the same task, before they paint.
  const addToMoney = highlights.money.add.bind(highlights.money);
  let pruneQueued = false;
  highlights.money.add = (range: AbstractRange) => {
    addToMoney(range);
    if (ignored.size > 0 && !pruneQueued) {
      pruneQueued = true;
      queueMicrotask(() => {
        pruneQueued = false;
        prune(false);
      });
    }
    return highlights.money;
  };

  const apply = (settings: Settings) => {
    const nextCss = buildHighlightCss(settings.highlightStyle);
    if (nextCss !== css) sheet.replaceSync((css = nextCss));
    const next = new Set(settings.ignoredCurrencies);
    const restore = [...ignored].some((c) => !next.has(c));
    const changed = restore || [...next].some((c) => !ignored.has(c));
    ignored = next;
    if (changed) prune(restore);
  };

  void initial.catch(() => defaults).then((settings) => !signal.aborted && apply(settings));
  watchSettings(apply, signal);
  return { shows: (m) => showsMention(ignored, m) };
}
