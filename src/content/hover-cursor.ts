// The pointer cursor over the highlight under the mouse. A highlight is no element: no style rule can
// give the text of a range a cursor, and a style on the page's element would be a change to the page.
// So DealLens lays transparent boxes of its own (a <deallens-hover> host, own-host.ts) over the
// mention's line boxes, with cursor: pointer, while the pointer is on it.
//
// The trade-off: the boxes take the pointer's events over the mention. A click there opens the card
// (index.tsx asks the hover first: the click's target is the box, not the text), but the page's own
// listeners on the text's elements do not see the click, a press there starts no text selection, and
// a right click there shows the menu of no text. So once clicked, the boxes let events through
// (pointer-events: none) until the pointer moves to another mention: a double-click's second press
// selects the word, as on any text. (Letting them through at the press instead loses the click in
// Chromium 156: it fires none when the press and the release are on different elements.) Mentions
// the page already shows a pointer over (in a link) get no boxes (hover.ts): the page's cursor says
// it, and its link keeps its clicks.
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
