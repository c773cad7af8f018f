// Where a card goes: below the mention, else above it, else beside it, else on the side with more room,
// its height clamped to the room it has, so it never covers the mention it explains and never runs off
// the screen. Pure geometry: rectangles in, a position out.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card's height may not exceed this. */
  maxHeight: number;
}

const MARGIN = 8;
const GAP = 6;
/** Below this much room, a card is not worth placing there if another side has more. */
const MIN_USEFUL_HEIGHT = 160;

/**
 * The card's place for a mention whose first and last line boxes are `first` and `last`, in a viewport
 * of `view` size; `width` is the card's width, `height` its natural height (its whole content), `cap`
 * the tallest it may ever be.
 */
export function placeCard(first: Box, last: Box, view: { width: number; height: number }, width: number, height: number, cap: number): Placement {
  const wanted = Math.min(height, cap);
  const clampLeft = (left: number) => Math.max(MARGIN, Math.min(left, view.width - width - MARGIN));
  const below = view.height - MARGIN - (last.bottom + GAP);
  const above = first.top - GAP - MARGIN;
  if (below >= wanted) return { left: clampLeft(last.left), top: last.bottom + GAP, maxHeight: Math.min(cap, below) };
  if (above >= wanted) return { left: clampLeft(first.left), top: first.top - GAP - wanted, maxHeight: Math.min(cap, above) };
  // Beside the mention, when the window is wide enough: the whole height of the viewport is free there.
  const all = { left: Math.min(first.left, last.left), right: Math.max(first.right, last.right), top: first.top, bottom: last.bottom };
  const tall = Math.min(wanted, view.height - 2 * MARGIN);
  const top = Math.max(MARGIN, Math.min(all.top, view.height - MARGIN - tall));
  if (Math.max(below, above) < Math.min(wanted, MIN_USEFUL_HEIGHT) || Math.max(below, above) < tall) {
    if (view.width - MARGIN - (all.right + GAP) >= width) return { left: all.right + GAP, top, maxHeight: Math.min(cap, view.height - 2 * MARGIN) };
    if (all.left - GAP - MARGIN >= width) return { left: all.left - GAP - width, top, maxHeight: Math.min(cap, view.height - 2 * MARGIN) };
  }
  // The side with more room, the card's height clamped to it (it scrolls inside).
  if (below >= above) return { left: clampLeft(last.left), top: last.bottom + GAP, maxHeight: Math.max(0, below) };
  const fit = Math.max(0, Math.min(wanted, above));
  return { left: clampLeft(first.left), top: first.top - GAP - fit, maxHeight: fit };
}
