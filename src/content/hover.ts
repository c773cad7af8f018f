// The highlight under the mouse: painted as the 'deallens-hover' highlight, with a pointer cursor over
// it (hover-cursor.ts), so the reader sees a highlight can be clicked. Pointer moves are handled once
// a frame (per-frame.ts): one hit-test at most, and none while the pointer stays on the mention
// already hovered (its line boxes are enough to tell), against the registered mentions only (a few
// hundred at most). Nothing of the page is changed: the highlight is a registry entry, the cursor boxes
// are DealLens's own element. Live blog, mouse moving (pages bench, 2026-12-07): ~0.15 ms of script a
// frame, most of it the browser's caretPositionFromPoint.
import { boxesContain } from './hit-test';
import type { HoverCursor } from './hover-cursor';
import { perFrame } from './per-frame';

export interface HoverOptions<M> {
  /** The painted mention at a point of the page, or null. */
  mentionAt(x: number, y: number): M | null;
  rangeOf(mention: M): Range;
  /** The element the mention's text is in (whose cursor the page already sets, a link's). */
  elementOf(mention: M): Element | null;
  /** Where the hovered mention is painted. */
  highlight: Highlight;
  cursor: HoverCursor;
  /** A mention came under the pointer. */
  onEnter?(mention: M, range: Range): void;
}

export interface Hover<M> {
  /** The hovered mention, when its text holds the point (a click on the cursor boxes lands on them, not on the text). */
  at(x: number, y: number): M | null;
  /** Looks again at the pointer's last place in the next frame (the page changed under it). */
  recheck(): void;
}

interface Point {
  x: number;
  y: number;
  /** The pointer is on DealLens's own UI. */
  own: boolean;
}

export function trackHover<M>(doc: Document, options: HoverOptions<M>, signal: AbortSignal): Hover<M> {
  const { highlight, cursor } = options;
  let current: M | null = null;
  let range: Range | null = null;
  /** Whether the page already shows a pointer over the current mention (no boxes then). */
  let pageCursor = false;
  /** Clicked on the boxes: they let events through until another mention is hovered. */
  let through = false;
  let pressed = false;
  let last: Point | null = null;

  const set = (mention: M | null) => {
    if (mention !== current) {
      current = mention;
      highlight.clear();
      range = mention === null ? null : options.rangeOf(mention);
      through = false;
      if (mention !== null && range) {
        highlight.add(range);
        const element = options.elementOf(mention);
        pageCursor = element !== null && getComputedStyle(element).cursor === 'pointer';
        options.onEnter?.(mention, range);
      }
    }
    if (range && !pageCursor) cursor.show(range.getClientRects(), through);
    else cursor.hide();
  };

  const look = (point: Point | null) => {
    if (signal.aborted) return;
    if (!point || pressed || point.own) set(null);
    else if (current !== null && range && boxesContain(range, point.x, point.y)) set(current);
    else set(options.mentionAt(point.x, point.y));
  };
  const frame = perFrame(look);
  const leave = () => {
    last = null;
    frame.cancel();
    set(null);
  };

  const listen = { capture: true, passive: true, signal };
  doc.addEventListener(
    'pointermove',
    (event) => {
      // The reader's own mouse or pen: a page's script can dispatch moves, and touch has no hover.
      if (!event.isTrusted || event.pointerType === 'touch') return;
      pressed = event.buttons !== 0;
      // DealLens's own UI (the card, the hint) is a <deallens-…> element (its shadow tree is hidden
      // from here), the cursor boxes are <deallens-hover>.
      const tag = (event.target as Element | null)?.localName ?? '';
      last = { x: event.clientX, y: event.clientY, own: tag.startsWith('deallens-') && tag !== 'deallens-hover' };
      frame.schedule(last);
    },
    listen,
  );
  doc.addEventListener('pointerdown', () => (pressed = true), listen);
  doc.addEventListener(
    'click',
    (event) => {
      if (current === null || !cursor.contains(event)) return;
      through = true;
      set(current);
    },
    listen,
  );
  for (const type of ['pointerup', 'pointercancel'] as const) doc.addEventListener(type, () => (pressed = false), listen);
  // Out of the window (relatedTarget null), or the page moved under a still pointer: a hover is taken
  // again at the next move.
  doc.addEventListener('pointerout', (event) => event.relatedTarget === null && leave(), listen);
  addEventListener('scroll', leave, listen);
  addEventListener('resize', leave, listen);
  signal.addEventListener('abort', leave, { once: true });

  return {
    at: (x, y) => (current !== null && range && boxesContain(range, x, y) ? current : null),
    recheck() {
      if (last) frame.schedule(last);
    },
  };
}
