// The highlight style as CSS, built from the settings: a named colour per kind of mention, filled or
// underlined only. Pure (settings in, text out): the content script puts the text in a constructed
// stylesheet, the options page shows the same colours as a preview.
import type { HighlightColour, Settings } from '../platform/settings';

/**
 * Fills are translucent so the page's own text colour shows through on light and dark pages; the
 * lines (underline-only style) are dark enough (≥ 3:1 against white) to be seen without a fill.
 */
export const HIGHLIGHT_PALETTE: Record<HighlightColour, { fill: string; line: string }> = {
  blue: { fill: 'rgba(64, 140, 255, 0.22)', line: 'rgba(40, 110, 230, 0.85)' },
  amber: { fill: 'rgba(255, 196, 0, 0.32)', line: 'rgba(214, 140, 0, 0.9)' },
  green: { fill: 'rgba(40, 180, 90, 0.24)', line: 'rgba(20, 130, 60, 0.9)' },
  purple: { fill: 'rgba(150, 90, 230, 0.22)', line: 'rgba(120, 60, 200, 0.9)' },
  pink: { fill: 'rgba(240, 80, 150, 0.22)', line: 'rgba(200, 40, 110, 0.9)' },
  grey: { fill: 'rgba(120, 120, 120, 0.22)', line: 'rgba(90, 90, 90, 0.9)' },
};

/** The active mention (open card, keyboard walk) always stands out, whatever the kinds look like. */
const ACTIVE_FILL = 'rgba(255, 120, 40, 0.45)';
/**
 * The mention under the mouse, a lighter shade of the active one (it becomes active on a click),
 * over whatever its kind looks like. A fill only, as the kinds' (see highlightDeclarations).
 */
const HOVER_FILL = 'rgba(255, 120, 40, 0.22)';

type KindStyle = Settings['highlightStyle']['company'];

/**
 * Declarations for one kind: every property set, so nothing from another sheet shows through. A fill
 * is a fill alone: in Chromium an underline makes a highlight "visually overflow", and every frame in
 * which registered highlights change then recomputes the overflow of each ancestor's children (a
 * list of 3,000 entries: 14.5 ms per such frame against 2.3 ms for a fill; live-blog bench: all
 * highlights painted 252 → 230 ms, 2026-11-29). Those frames come as the reader scrolls, so the
 * underline stays a choice of its own.
 */
export function highlightDeclarations({ colour, fill }: KindStyle): string {
  const { fill: background, line } = HIGHLIGHT_PALETTE[colour] ?? HIGHLIGHT_PALETTE.blue;
  if (fill) return `background-color: ${background}; text-decoration: none`;
  return ['background-color: transparent', `text-decoration: underline 3px ${line}`, 'text-underline-offset: 3px'].join('; ');
}

/**
 * Where the highlight rules attach. Chromium inherits highlight styles down the tree (CSS Pseudo 4's
 * highlight inheritance), so one rule on :root reaches every element; a rule for every element made
 * it keep a copy of style data per element instead (live blog, pages bench: 5.5 MB for 22,700
 * elements). Firefox (153) does not inherit highlight styles, so there each element needs the rule.
 */
export type HighlightScope = 'root' | 'every-element';

/** The scope for a browser build (`__TARGET__`). */
export const highlightScopeFor = (target: 'chrome' | 'firefox'): HighlightScope => (target === 'chrome' ? 'root' : 'every-element');

/** The stylesheet for the `deallens-company`, `deallens-money`, `deallens-active` and `deallens-hover` highlights. */
export function buildHighlightCss(style: Settings['highlightStyle'], scope: HighlightScope = 'every-element'): string {
  const at = scope === 'root' ? ':root' : '';
  return [
    `${at}::highlight(deallens-company) { ${highlightDeclarations(style.company)}; }`,
    `${at}::highlight(deallens-money) { ${highlightDeclarations(style.money)}; }`,
    `${at}::highlight(deallens-active) { background-color: ${ACTIVE_FILL}; }`,
    `${at}::highlight(deallens-hover) { background-color: ${HOVER_FILL}; }`,
  ].join('\n');
}
