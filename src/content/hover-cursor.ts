// The pointer cursor over the highlight under the mouse. A highlight is no element: no style rule can
// give the text of a range a cursor, and a style on the page's element would be a change to the page.
// So DealLens lays transparent boxes of its own (a <deallens-hover> host, own-host.ts) over the
// mention's line boxes, with cursor: pointer, while the pointer is on it.
//
// The trade-off: the boxes take the pointer's events over the mention. A click there still opens the
// card (index.tsx asks the hover first), but the page's own listeners on the text's elements do not
// see the press, and a press on the boxes starts no text selection. So a press lets the boxes go
// through (pointer-events: none) until the pointer moves to another mention: the press still starts
// nothing, but the release, a double-click's second press (selecting the word) and the click reach
// the page's text (the click's target is then <html>, the nearest element holding both the box and
// the text). Mentions the page already shows a pointer over (in a link) get no boxes (hover.ts): the
// page's cursor says it, and its link keeps its clicks.
import { createOwnHost } from './own-host';

const HOVER_CSS = `
:host { all: initial; position: fixed; top: 0; left: 0; z-index: 2147483646; cursor: pointer; }
div { position: fixed; cursor: pointer; }
.through div { pointer-events: none; }
`;

export interface HoverCursor {
  /** Boxes over these line boxes (viewport pixels); `through`: they let the pointer's events pass. */
  show(rects: ArrayLike<DOMRectReadOnly>, through: boolean): void;
  hide(): void;
  /** Whether an event happened on the boxes. */
  contains(event: Event): boolean;
}

export function createHoverCursor(doc: Document, signal: AbortSignal): HoverCursor {
  const own = createOwnHost(doc, 'deallens-hover', HOVER_CSS);
  let layer: HTMLElement | null = null;
  // What the boxes show now, to write nothing when a frame changes nothing.
  let shown = '';
  const api: HoverCursor = {
    show(rects, through) {
      const boxes = Array.from(rects, (r) => [r.left, r.top, r.width, r.height]);
      const key = `${through}:${boxes.join(';')}`;
      if (key === shown) return;
      shown = key;
      // The host stays in the page once there: each hover changes only its shadow tree, which no
      // observer of the page sees.
      const { root } = own.attach();
      if (!layer) layer = root.appendChild(doc.createElement('div'));
      layer.className = through ? 'through' : '';
      layer.replaceChildren(
        ...boxes.map(([left, top, width, height]) => {
          const box = doc.createElement('div');
          box.style.setProperty('left', `${left}px`);
          box.style.setProperty('top', `${top}px`);
          box.style.setProperty('width', `${width}px`);
          box.style.setProperty('height', `${height}px`);
          return box;
        }),
      );
    },
    hide() {
      if (!shown) return;
      shown = '';
      layer?.replaceChildren();
    },
    contains: own.contains,
  };
  signal.addEventListener('abort', () => own.detach(), { once: true });
  return api;
}
