// Settings that change open pages at once, without a reload: the highlight style (a reader's own
// style is a constructed stylesheet appended to document.adoptedStyleSheets; no node is added) and the ignored currencies
// (their amounts are kept but not registered, and come back when no longer ignored). Follows
// storage.sync until the run's signal aborts, which also takes the stylesheet away.
import { defaults, type Settings } from '../platform/settings';
import { watchSettings } from '../platform/settings-storage';
import { buildHighlightCss, type HighlightScope } from '../ui/highlight-style';
import { showsMention } from './ignored-currencies';

export interface LiveSettings {
  /** Whether a mention is shown (clickable, walked to, listed): false for money in an ignored currency. */
  shows: (m: { kind: string; mention: object }) => boolean;
}

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

/** What hides mentions from the registry (NearbyRanges: hidden mentions stay tracked, never registered). */
export interface HidingSink {
  setHidden(hidden: (kind: string, mention: object | undefined) => boolean): void;
}

export function applyLiveSettings(doc: Document, ranges: HidingSink, initial: Promise<Settings>, signal: AbortSignal, scope: HighlightScope = 'every-element'): LiveSettings {
  // The default style is the content script's own CSS (content.css, inserted before the page was
  // laid out). Our sheet joins the page only for a reader's own style: adding a sheet to a page
  // already laid out restyles the whole page, which a live blog feels (130 ms on the bench).
  let sheet: CSSStyleSheet | null = null;
  let css = buildHighlightCss(defaults.highlightStyle, scope);
  let ignored: ReadonlySet<string> = new Set();

  const apply = (settings: Settings) => {
    const nextCss = buildHighlightCss(settings.highlightStyle, scope);
    if (nextCss !== css) {
      if (!sheet) adopt(doc, (sheet = new CSSStyleSheet()), signal);
      sheet.replaceSync((css = nextCss));
    }
    const next = new Set(settings.ignoredCurrencies);
    if (next.size === ignored.size && [...next].every((c) => ignored.has(c))) return;
    ignored = next;
    ranges.setHidden((kind, mention) => !showsMention(ignored, { kind, mention: mention ?? {} }));
  };

  void initial.catch(() => defaults).then((settings) => !signal.aborted && apply(settings));
  watchSettings(apply, signal);
  return { shows: (m) => showsMention(ignored, m) };
}
