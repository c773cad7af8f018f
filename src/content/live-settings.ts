// Settings that change open pages at once, without a reload: the highlight style and the ignored
// currencies (their amounts are kept but not registered, and come back when no longer ignored).
// Follows storage.sync until the run's signal aborts, which also takes the reader's style away.
//
// A reader's own style is an extension stylesheet the background puts in the page (scripting.insertCSS,
// see highlightCss in the contract), not a sheet made here: when the extension is disabled, Firefox
// destroys the content script without a word, and a sheet it had adopted into the page stayed there,
// painting the ranges it left in the registry. Extension stylesheets leave with the extension.
import { defaults, type Settings } from '../platform/settings';
import { watchSettings } from '../platform/settings-storage';
import { buildHighlightCss, type HighlightScope } from '../ui/highlight-style';
import { showsMention } from './ignored-currencies';

export interface LiveSettings {
  /** Whether a mention is shown (clickable, walked to, listed): false for money in an ignored currency. */
  shows: (m: { kind: string; mention: object }) => boolean;
}

/** Puts `css` in the page and takes `previous` out (null: none); the background's highlightCss. */
export type SetPageCss = (css: string | null, previous: string | null) => Promise<unknown>;

/** What hides mentions from the registry (NearbyRanges: hidden mentions stay tracked, never registered). */
export interface HidingSink {
  setHidden(hidden: (kind: string, mention: object | undefined) => boolean): void;
}

export function applyLiveSettings(
  ranges: HidingSink,
  initial: Promise<Settings>,
  signal: AbortSignal,
  setPageCss: SetPageCss,
  fail: (error: unknown) => void,
  scope: HighlightScope = 'every-element',
): LiveSettings {
  // The default style is the content script's own CSS (content.css, inserted before the page was
  // laid out). A sheet joins the page only for a reader's own style: adding a sheet to a page
  // already laid out restyles the whole page, which a live blog feels (130 ms on the bench).
  const defaultCss = buildHighlightCss(defaults.highlightStyle, scope);
  let css = defaultCss;
  // The sheet in the page (null: none), and the changes to it in order.
  let inPage: string | null = null;
  let changes: Promise<unknown> = Promise.resolve();
  const putInPage = (next: string | null) => {
    const previous = inPage;
    if (next === previous) return;
    inPage = next;
    changes = changes.then(() => setPageCss(next, previous)).catch(fail);
  };
  let ignored: ReadonlySet<string> = new Set();

  const apply = (settings: Settings) => {
    const nextCss = buildHighlightCss(settings.highlightStyle, scope);
    if (nextCss !== css) {
      css = nextCss;
      putInPage(css === defaultCss ? null : css);
    }
    const next = new Set(settings.ignoredCurrencies);
    if (next.size === ignored.size && [...next].every((c) => ignored.has(c))) return;
    ignored = next;
    ranges.setHidden((kind, mention) => !showsMention(ignored, { kind, mention: mention ?? {} }));
  };

  void initial.catch(() => defaults).then((settings) => !signal.aborted && apply(settings));
  watchSettings(apply, signal);
  signal.addEventListener('abort', () => putInPage(null), { once: true });
  return { shows: (m) => showsMention(ignored, m) };
}
