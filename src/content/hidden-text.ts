// Text nobody can see is not read (issue 20, item 5): a closed menu or hovercard, a collapsed "read
// more", the body of a closed <details>, a display:none span inside a paragraph. Read, its mentions
// were listed in the popup, walked to from the keyboard and captured as deals, and never highlighted.
//
// Seen or not is the browser's own answer (Element.checkVisibility, visibility:hidden counted as
// hidden), asked once per block, of inline elements only when they may hide (see reader), and not
// at all inside an element already found hidden. Not hidden:
// aria-hidden (hidden from assistive technology, not from sight), opacity 0 (where many fade-ins
// start), text moved off screen or clipped to a pixel, content-visibility:auto (drawn once near).
//
// Text that shows later: the elements found hidden are remembered, and a change of class, style,
// hidden or open at or above one that shows it has it read again (watch-page.ts); a change that hides
// text that was read has that text read again, which drops its mentions. What shows with no change
// to the DOM (a menu opened by CSS :hover, a media query) stays as it was read.

/** visibility:hidden counts as hidden (both names: `checkVisibilityCSS` before Chromium 121). */
const SEEN = { visibilityProperty: true, checkVisibilityCSS: true } as CheckVisibilityOptions;

/** A closed <details> and hidden="until-found" keep a box of their own while their content is skipped. */
function hidesOwnContent(element: Element): boolean {
  // (One question, not three: each crosses a wrapper in a Firefox content script.)
  return element.matches(OWN_CONTENT_HIDDEN);
}
const OWN_CONTENT_HIDDEN = 'details:not([open]),[hidden="until-found"]';

/** Whether an element's text can be seen (as far as its style says: it may be scrolled away or covered). */
export function isShown(element: Element): boolean {
  if (hidesOwnContent(element)) return false;
  // (Every browser with the Highlight API has checkVisibility: Chromium 105, Firefox 106.)
  if (typeof element.checkVisibility !== 'function' || element.checkVisibility(SEEN)) return true;
  // display:contents has no box of its own, so checkVisibility says no: its content shows where its parent's does.
  const parent = element.parentElement;
  return element.ownerDocument.defaultView?.getComputedStyle(element).display === 'contents' && (parent === null || isShown(parent));
}

/** The attributes through which an inline element may hide its text (else it shows where its block does). */
const MAY_HIDE = '[style],[hidden],[class]';
const STYLED = '[style],[hidden]';

/** The outermost hidden element holding `element` (itself included), within `root`. */
function outermostHidden(element: Element, root: Element): Element {
  let top = element;
  while (top !== root && top.parentElement && !isShown(top.parentElement)) top = top.parentElement;
  return top;
}

/**
 * The hidden elements whose text a page run did not read, and the checks that find them. One per
 * page run, shared by its reads (the first, a re-read, block rescans) and its watch of the page.
 */
export class HiddenText {
  /** The outermost element of each hidden stretch met, kept until it shows or leaves the page. */
  private readonly found = new Set<Element>();

  /** How many hidden elements are remembered. */
  get size(): number {
    return this.found.size;
  }

  /**
   * The check for one read of `root`'s text, in document order: whether a text node, given its parent
   * element and its block (blockOf), is hidden. Asked when the parent differs from the last node's.
   *
   * A block is asked of the browser once (~1.6 µs a question in a content script: the live blog's
   * 9,400 blocks cost ~15 ms). An inline element between the text and its block is asked only when
   * it has a style or hidden attribute of its own, or a class not yet seen shown in this read (once
   * per class: "span.tag" on every live-blog entry is asked once); one with neither (<b>, <a href>)
   * shows where its block does: hidden by a rule about its tag alone, it would be read.
   * What is hidden is taken to hide its content (true of display:none; visibility:hidden lets a
   * child show itself with visibility:visible, which is not looked for).
   */
  reader(root: Element): (parent: Element, block: Element | null) => boolean {
    this.forgetRemoved();
    let region: Element | null = null;
    let lastBlock: Element | null | undefined;
    let blockShown = true;
    const shownClasses = new Set<string>();
    const inlineShown = (parent: Element, block: Element | null): boolean => {
      for (let e: Element | null = parent; e && e !== block; e = e.parentElement) {
        // One question of the page for the common case, an element with none of these (<b>, <a href>).
        if (!e.matches(MAY_HIDE)) continue;
        // (The browser's answer covers the element's ancestors too: nothing above it is looked at.)
        if (e.matches(STYLED)) return isShown(e);
        const kind = `${e.localName}.${e.getAttribute('class')}`;
        if (shownClasses.has(kind)) continue;
        const shown = isShown(e);
        if (shown) shownClasses.add(kind);
        return shown;
      }
      return true;
    };
    return (parent, block) => {
      if (region) {
        if (region.contains(parent)) return true;
        region = null;
      }
      if (block !== lastBlock) {
        lastBlock = block;
        blockShown = block === null || isShown(block);
      }
      const hidden = !blockShown ? block : parent !== block && !inlineShown(parent, block) ? parent : null;
      if (!hidden) return false;
      region = outermostHidden(hidden, root);
      this.found.add(region);
      return true;
    };
  }

  /**
   * What to read again after `target`'s class, style, hidden or open changed: the hidden elements at
   * or under it that show now, or `target` itself when it hides now and is not inside an element
   * known to be hidden (text that was read, or was not there: read again once, then remembered).
   */
  changedBy(target: Element): Element[] {
    const shown: Element[] = [];
    let within = false;
    for (const element of this.found) {
      if (!element.isConnected) this.found.delete(element);
      else if (target.contains(element) && isShown(element)) {
        shown.push(element);
        this.found.delete(element);
      } else if (element.contains(target)) within = true;
    }
    if (shown.length || within || !target.isConnected || isShown(target)) return shown;
    this.found.add(target);
    return [target];
  }

  private forgetRemoved(): void {
    for (const element of this.found) if (!element.isConnected) this.found.delete(element);
  }
}
