// One batched MutationObserver for the page (after Dark Reader): small changes rescan only the
// blocks they touched, on idle; a burst (an infinite-scroll load, a re-render) rescans the page once.
// Highlights follow text that changes in place and disappear with removed nodes, and text that
// shows or hides (a menu opened, "read more", <details> opened or closed) is read again: see
// hidden-text.ts.
import { blockOf, isSkipped } from './collect-text';
import type { HiddenText } from './hidden-text';
import { ELEMENT_NODE, TEXT_NODE } from './node-constants';

/** More changed blocks than this in one batch: one full rescan is cheaper than many small ones. */
export const BURST_BLOCKS = 60;
/** Longest wait before a batch is handled even when the page never goes idle. */
const IDLE_TIMEOUT_MS = 300;
/** The attributes that show or hide text as pages use them (a class or style toggled, hidden, <details open>). */
const SHOWING_ATTRIBUTES = ['class', 'style', 'hidden', 'open'];

export interface WatchHandlers {
  /**
   * Called with the changed blocks of a batch (document order not guaranteed). `added`: every block
   * is new in the batch and nothing was removed or edited, so no mention found before has changed.
   */
  onBlocks: (blocks: Element[], added: boolean) => void;
  /** Called instead when a batch is a burst. */
  onBurst: () => void;
}

function isOurs(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === ELEMENT_NODE && (n as Element).localName.startsWith('deallens-')) return true;
  }
  return false;
}

function isInSkipped(element: Element, root: Element): boolean {
  for (let e: Element | null = element; e && e !== root; e = e.parentElement) if (isSkipped(e)) return true;
  return false;
}

/**
 * The blocks a batch of records touched, or null when it is a burst. A changed attribute touches the
 * blocks of the hidden text it showed, or of the read text it hid (`hidden`); others touch nothing.
 */
export function changedBlocks(records: readonly MutationRecord[], root: Element, hidden?: HiddenText): Set<Element> | null {
  const blocks = new Set<Element>();
  const restyled = new Set<Element>();
  const add = (node: Node | null) => {
    if (!node || isOurs(node)) return;
    const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (!element || !root.contains(element) || isInSkipped(element, root)) return;
    const block = node.nodeType === ELEMENT_NODE && blockOf(node, root) === node ? (node as Element) : blockOf(node.nodeType === TEXT_NODE ? node.parentNode : node, root);
    if (block) blocks.add(block);
  };
  for (const r of records) {
    if (r.type === 'characterData') add(r.target);
    else if (r.type === 'childList') {
      // Added blocks are read whole; text and inline elements make their parent's block dirty.
      r.addedNodes.forEach((n) => add(n.nodeType === ELEMENT_NODE && blockOf(n, root) === n ? n : r.target));
      if (r.removedNodes.length) add(r.target);
    } else if (r.type === 'attributes') restyled.add(r.target as Element);
    if (blocks.size > BURST_BLOCKS) return null;
  }
  if (hidden) {
    for (const target of restyled) for (const element of hidden.changedBy(target)) add(element);
    if (blocks.size > BURST_BLOCKS) return null;
  }
  blocks.delete(root);
  return blocks;
}

/**
 * Whether a batch only added nodes, and every changed block is one of them or inside one (changed
 * attributes count only through the blocks they touched, which were not added).
 */
export function onlyAdded(records: readonly MutationRecord[], blocks: ReadonlySet<Element>): boolean {
  const added = new Set<Node>();
  for (const r of records) {
    if (r.type === 'attributes') continue;
    if (r.type !== 'childList' || r.removedNodes.length) return false;
    r.addedNodes.forEach((n) => added.add(n));
  }
  for (const block of blocks) {
    let n: Node | null = block;
    while (n && !added.has(n)) n = n.parentNode;
    if (!n) return false;
  }
  return true;
}

/** `hidden`: the run's hidden elements (without it, changed attributes are not watched). */
export function watchPage(root: Element, handlers: WatchHandlers, signal: AbortSignal, hidden?: HiddenText): void {
  let pending: MutationRecord[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (signal.aborted || pending.length === 0) return;
    const records = pending;
    pending = [];
    const blocks = changedBlocks(records, root, hidden);
    if (blocks === null) handlers.onBurst();
    // Removals alone still call onBlocks (with no block), so highlights of removed text go.
    else if (blocks.size || records.some((r) => r.removedNodes.length)) handlers.onBlocks([...blocks], onlyAdded(records, blocks));
  };
  const observer = new MutationObserver((records) => {
    pending.push(...records);
    if (scheduled) return;
    scheduled = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(flush, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(flush, 50);
  });
  const attributes = hidden ? { attributes: true, attributeFilter: SHOWING_ATTRIBUTES } : {};
  observer.observe(root, { childList: true, characterData: true, subtree: true, ...attributes });
  // A class on <html> ("nav-open") shows text too; the card host there is ours (a child, not watched).
  if (hidden && root.ownerDocument.documentElement !== root) observer.observe(root.ownerDocument.documentElement, attributes);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
