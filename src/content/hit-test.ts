// Finds the mention under a point: the caret position gives the text node and offset, then the
// mention whose range holds that point and whose boxes contain the point (the caret snaps to the
// nearest character even in blank space, so the boxes are checked too).

import { rangeOf } from './mention-range';
import type { Placed } from './scan-page';

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const r = legacy?.call(doc, x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Whether a point is in one of the range's line boxes (a pixel of slack around each). */
export function boxesContain(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** Whether a point of the page is inside the mention (without making a Range for mentions in other nodes). */
function holds(m: Placed, node: Node, offset: number): boolean {
  if (m.startNode === m.endNode) return node === m.startNode && offset >= m.startOffset && offset <= m.endOffset;
  return rangeOf(m).isPointInRange(node, offset);
}

export function hitTest<T extends Placed>(doc: Document, mentions: Iterable<T>, x: number, y: number): T | null {
  const caret = caretAt(doc, x, y);
  if (caret && caret.node.nodeType === Node.TEXT_NODE) {
    for (const m of mentions) {
      try {
        if (holds(m, caret.node, caret.offset) && boxesContain(rangeOf(m), x, y)) return m;
      } catch {
        // A range whose nodes left the document: not a hit.
      }
    }
  }
  return null;
}
