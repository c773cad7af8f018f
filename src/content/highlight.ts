// Registers mentions in the CSS Custom Highlight registry: the page's nodes are never touched.
// Names are a public contract: deallens-company, deallens-money (and deallens-active for the
// mention whose card is open or that the keyboard walk reached, deallens-hover for the one under the
// mouse).

export const HIGHLIGHT_NAMES = { company: 'deallens-company', money: 'deallens-money', active: 'deallens-active', hover: 'deallens-hover' } as const;
const KEYS = ['company', 'money', 'active', 'hover'] as const;

export interface HighlightSet {
  company: Highlight;
  money: Highlight;
  active: Highlight;
  hover: Highlight;
}

export function registerHighlights(signal: AbortSignal): HighlightSet {
  const set: HighlightSet = { company: new Highlight(), money: new Highlight(), active: new Highlight(), hover: new Highlight() };
  // The active mention paints above the others.
  set.active.priority = 1;
  for (const key of KEYS) CSS.highlights.set(HIGHLIGHT_NAMES[key], set[key]);
  signal.addEventListener(
    'abort',
    () => {
      for (const key of KEYS) {
        if (CSS.highlights.get(HIGHLIGHT_NAMES[key]) === set[key]) CSS.highlights.delete(HIGHLIGHT_NAMES[key]);
      }
    },
    { once: true },
  );
  return set;
}

export function setActive(set: HighlightSet, range: Range | null): void {
  set.active.clear();
  if (range) set.active.add(range);
}

export function supportsHighlights(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}
