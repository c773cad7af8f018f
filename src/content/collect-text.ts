// Reads the visible text of a page in one TreeWalker pass and joins it block by block, so that a
// mention split across inline elements ("<b>Alibaba</b> Group") is one string for the core, while an
// offset map leads every character back to its text node. Text nobody can see is left out
// (hidden-text.ts). Nothing is written to the page.

import { flattenLineBreaks, INLINE_TAGS, SKIPPED_TAGS } from '../core/text/html-blocks';
import { HiddenText } from './hidden-text';
import { DOCUMENT_POSITION_CONTAINED_BY, DOCUMENT_POSITION_PRECEDING } from './node-constants';

export interface PageText {
  /** Blocks joined with "\n"; line breaks inside a node are turned into spaces (same length). */
  text: string;
  /**
   * The offset map: each text node read, and the offset of its first character in `text` (two arrays
   * rather than an object per node: a live blog has 30,000). Emptied once a page scan has placed
   * every mention (see scanPage).
   */
  nodes: Text[];
  starts: number[];
  /** Offsets in `text` where a block starts, ascending (for slicing the work). */
  blockStarts: number[];
}

/** Elements whose text is never read, whether seen or not: code, form fields, editable regions. */
export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** The elements isSkipped() says yes to, as one selector (type selectors match SVG's lowercase names). */
const SKIPPED_SELECTOR = [...[...SKIPPED_TAGS].map((tag) => tag.toLowerCase()), '[contenteditable]:not([contenteditable="false"])'].join(',');

/** Text with something other than white space in it. */
const NOT_ONLY_SPACE = /\S/;

/**
 * Reads a root's text in steps, so a long page can be read between other work: `step(n)` takes up
 * to n more text nodes. `page` grows as it reads; `complete` says the walk is over.
 */
export class TextCollector {
  readonly page: PageText = { text: '', nodes: [], starts: [], blockStarts: [] };
  complete = false;
  // The text is kept as parts until the walk ends, then joined once: growing one string with += and
  // slicing it as it grows made V8 keep a flattened copy per slice alive (measured: 4× the memory).
  private readonly parts: string[] = [];
  private readonly partStarts: number[] = [];
  private length = 0;
  private currentBlock: Element | null = null;
  private lastParent: Node | null = null;
  /** Whether the last parent's text is hidden (see HiddenText.reader). */
  private lastHidden = false;
  private readonly hides: (parent: Element, block: Element | null) => boolean;
  private readonly walker: TreeWalker;
  // The walk sees text nodes only: a filter called back for every element (creating a wrapper for
  // each in the content script's world) made the walk ~10× a bare text walk (live blog, isolated
  // world, 2026-11-29). Skipped subtrees and <br>s are found once, by selector, instead.
  private readonly skipped: Element[];
  private skippedAt = 0;
  private readonly afterBreak = new Set<Node>();
  // White space after a <br> that was read: the next text starts a line (block) of its own.
  private breakPending = false;

  /** `hidden` remembers the hidden elements met, for the page's watch (see HiddenText). */
  constructor(private readonly root: Element, hidden: HiddenText = new HiddenText()) {
    this.walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    this.hides = hidden.reader(root);
    // (One collection per tag costs as much on the live blog, ~7 ms, and each stays cached on its
    // root: on every block a rescan reads, 2026-11-29.)
    this.skipped = [...root.querySelectorAll(SKIPPED_SELECTOR)];
    for (const br of root.querySelectorAll('br')) if (br.nextSibling) this.afterBreak.add(br.nextSibling);
  }

  /** Whether a text node is inside a skipped element (text nodes come in document order). */
  private inSkipped(node: Text): boolean {
    const { skipped } = this;
    for (; this.skippedAt < skipped.length; this.skippedAt++) {
      const position = skipped[this.skippedAt]!.compareDocumentPosition(node);
      if (position & DOCUMENT_POSITION_CONTAINED_BY) return true;
      // Still ahead of the node: the next text nodes may be inside it.
      if (position & DOCUMENT_POSITION_PRECEDING) return false;
    }
    return false;
  }

  /** Offset where the block being read starts: text before it is whole blocks. */
  get settledLength(): number {
    return this.complete ? this.length : (this.page.blockStarts.at(-1) ?? 0);
  }

  /** Text from `from` to `to` (both within what has been read). */
  textOf(from: number, to: number): string {
    if (this.complete) return this.page.text.slice(from, to);
    const starts = this.partStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= from) lo = mid;
      else hi = mid - 1;
    }
    const pieces: string[] = [];
    for (let i = lo; i < starts.length && starts[i]! < to; i++) pieces.push(this.parts[i]!);
    const joined = pieces.join('');
    return joined.slice(from - (starts[lo] ?? 0), to - (starts[lo] ?? 0));
  }

  private push(part: string): void {
    this.parts.push(part);
    this.partStarts.push(this.length);
    this.length += part.length;
  }

  step(maxNodes = Infinity): boolean {
    const { page } = this;
    let taken = 0;
    for (let node = taken < maxNodes ? this.walker.nextNode() : null; node; node = ++taken < maxNodes ? this.walker.nextNode() : null) {
      const textNode = node as Text;
      const data = textNode.data;
      if (data.length === 0 || this.inSkipped(textNode)) continue;
      // White space alone (40% of a live blog's text nodes: the indentation between elements) is one
      // space of the current block: no mention starts or ends in it, so it needs no place in the
      // offset map, and where it sits between two blocks it changes nothing to go with the first.
      if (!NOT_ONLY_SPACE.test(data)) {
        if (this.afterBreak.size > 0 && this.afterBreak.has(textNode)) this.breakPending = true;
        if (this.length > 0) this.push(' ');
        continue;
      }
      const parent = textNode.parentNode;
      let block: Element | null = this.currentBlock;
      if (parent !== this.lastParent) {
        block = blockOf(parent, this.root);
        this.lastParent = parent;
        this.lastHidden = this.hides(parent as Element, block);
      }
      if (this.lastHidden) continue;
      // (A Set lookup gives each text node's wrapper an identity hash: only when the page has <br>s.)
      if (block !== this.currentBlock || this.breakPending || (this.afterBreak.size > 0 && this.afterBreak.has(textNode))) {
        if (this.length > 0) this.push('\n');
        page.blockStarts.push(this.length);
        this.currentBlock = block;
        this.breakPending = false;
      }
      page.nodes.push(textNode);
      page.starts.push(this.length);
      this.push(flattenLineBreaks(data));
    }
    if (taken < maxNodes) {
      this.complete = true;
      page.text = this.parts.join('');
      this.parts.length = 0;
      this.partStarts.length = 0;
    }
    return this.complete;
  }
}

export function collectText(root: Element, hidden?: HiddenText): PageText {
  const collector = new TextCollector(root, hidden);
  collector.step();
  return collector.page;
}

/** INLINE_TAGS as local names (lowercase in HTML documents): no string made per element looked at. */
const INLINE_NAMES: ReadonlySet<string> = new Set([...INLINE_TAGS].map((tag) => tag.toLowerCase()));

/**
 * The block element a node's text belongs to (its nearest ancestor that is not inline), within root.
 * Only elements have a local name (a text node's, a document's is undefined), so it is the one property
 * asked of each node: in a Firefox content script every property read crosses a wrapper (~2 µs), and
 * this ran for each of a live blog's text nodes (Gecko profiler, 2026-12-07: 152 ms a load).
 */
export function blockOf(node: Node | null, root: Element): Element | null {
  let current = node;
  while (current && current !== root && INLINE_NAMES.has((current as Element).localName)) current = current.parentNode;
  return current as Element | null;
}

/**
 * Index of the text node holding an offset of the joined text (the last start at or before it), or
 * -1 before the first; `from` is a lower bound on the answer (an end looked up after its start).
 */
export function nodeAt(starts: readonly number[], offset: number, from = 0): number {
  let lo = Math.max(from, 0);
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
