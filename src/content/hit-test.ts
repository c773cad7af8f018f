// Finds the mention under a point: the caret position gives the text node and offset, then the
// mention whose range holds that point and whose boxes contain the point (the caret snaps to the
// nearest character even in blank space, so the boxes are checked too).

export interface Hittable {
  range: Range;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const r = legacy?.call(doc, x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function boxesContain(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

export function hitTest<T extends Hittable>(doc: Document, mentions: readonly T[], x: number, y: number): T | null {
  const caret = caretAt(doc, x, y);
  if (caret && caret.node.nodeType === Node.TEXT_NODE) {
    for (const m of mentions) {
      try {
        if (m.range.isPointInRange(caret.node, caret.offset) && boxesContain(m.range, x, y)) return m;
      } catch {
        // A range whose nodes left the document: not a hit.
      }
    }
  }
  return null;
}
