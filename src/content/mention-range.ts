// Ranges of mentions, made when needed: a registered mention keeps its live Range; any other gets a
// fresh one for the moment (a card's anchor, a click, the active highlight).
import type { Placed } from './scan-page';
import { DOCUMENT_POSITION_FOLLOWING } from './node-constants';

/** The mention's live Range if it is registered, else a new one over its place. */
export function rangeOf(m: Placed): Range {
  if (m.range) return m.range;
  const range = m.startNode.ownerDocument.createRange();
  range.setStart(m.startNode, Math.min(m.startOffset, m.startNode.length));
  range.setEnd(m.endNode, Math.min(m.endOffset, m.endNode.length));
  return range;
}

/**
 * Whether the mention's text left the page. Text changed in place is in a block the page watch reads
 * again, which replaces the block's mentions.
 */
export function isStale(m: Placed): boolean {
  return !m.startNode.isConnected || !m.endNode.isConnected || m.endOffset > m.endNode.length;
}

/** Page order of two mentions by where they start (a DOM call only when they start in different nodes). */
export function inPageOrder(a: Placed, b: Placed): number {
  if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
  return a.startNode.compareDocumentPosition(b.startNode) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
