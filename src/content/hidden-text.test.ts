import { describe, expect, it } from 'vitest';
import { HiddenText, isShown } from './hidden-text';

/**
 * Stand-in elements with what HiddenText reads: the tree (parentElement, contains, isConnected), a
 * few attributes, and a style of their own (display, visibility) from which checkVisibility answers
 * as the browser does: no box under display:none, inherited visibility. Counts checkVisibility calls.
 */
class FakeElement {
  parentElement: FakeElement | null = null;
  isConnected = true;
  readonly attributes = new Map<string, string>();
  static checks = 0;
  constructor(
    readonly localName: string,
    public display = 'block',
    public visibility: 'visible' | 'hidden' | 'inherit' = 'inherit',
  ) {}
  readonly ownerDocument = { defaultView: { getComputedStyle: (e: FakeElement) => ({ display: e.display }) } };
  append(...children: FakeElement[]): this {
    for (const child of children) child.parentElement = this;
    return this;
  }
  contains(other: FakeElement): boolean {
    for (let e: FakeElement | null = other; e; e = e.parentElement) if (e === this) return true;
    return false;
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }
  /** The selectors hidden-text.ts asks, joined by commas: "[a]", '[a="v"]' and "tag:not([a])". */
  matches(selector: string): boolean {
    return selector.split(',').some((s) => {
      const without = /^([a-z]+):not\(\[([a-z-]+)\]\)$/.exec(s);
      if (without) return this.localName === without[1] && !this.attributes.has(without[2]!);
      const attribute = /^\[([a-z-]+)(?:="([^"]*)")?\]$/.exec(s);
      return !!attribute && this.attributes.has(attribute[1]!) && (attribute[2] === undefined || this.attributes.get(attribute[1]!) === attribute[2]);
    });
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  checkVisibility(options?: { visibilityProperty?: boolean }): boolean {
    FakeElement.checks++;
    const [self, ...ancestors] = lineage(this);
    if (self!.display === 'none' || self!.display === 'contents' || ancestors.some((e) => e.display === 'none' || (e.localName === 'details' && !e.hasAttribute('open')))) return false;
    // Inherited: the nearest element that sets it decides.
    const visibility = lineage(this).find((e) => e.visibility !== 'inherit')?.visibility ?? 'visible';
    return !options?.visibilityProperty || visibility === 'visible';
  }
}

/** An element and its ancestors, nearest first. */
function lineage(element: FakeElement): FakeElement[] {
  const chain: FakeElement[] = [];
  for (let e: FakeElement | null = element; e; e = e.parentElement) chain.push(e);
  return chain;
}

const el = (name: string, display?: string, visibility?: 'visible' | 'hidden', attributes: Record<string, string> = {}) => {
  const element = new FakeElement(name, display, visibility);
  for (const [key, value] of Object.entries(attributes)) element.attributes.set(key, value);
  return element;
};
const asElement = (e: FakeElement) => e as unknown as Element;

describe('isShown', () => {
  it('says no under display:none, visibility:hidden, a closed <details> and hidden=until-found', () => {
    const body = el('body');
    const gone = el('div', 'none');
    const inGone = el('p');
    const invisible = el('div', 'block', 'hidden');
    const inInvisible = el('p');
    const details = el('details');
    const inDetails = el('p');
    const untilFound = el('div');
    untilFound.attributes.set('hidden', 'until-found');
    const seen = el('p');
    body.append(gone.append(inGone), invisible.append(inInvisible), details.append(inDetails), untilFound, seen);
    expect([gone, inGone, invisible, inInvisible, details, inDetails, untilFound].map((e) => isShown(asElement(e)))).toEqual([false, false, false, false, false, false, false]);
    expect(isShown(asElement(seen))).toBe(true);
    details.attributes.set('open', '');
    expect(isShown(asElement(inDetails))).toBe(true);
  });
  it('says yes to display:contents (no box of its own) when its parent shows, and counts no aria-hidden', () => {
    const body = el('body');
    const contents = el('div', 'contents');
    contents.attributes.set('aria-hidden', 'true');
    body.append(contents);
    expect(isShown(asElement(contents))).toBe(true);
    const gone = el('div', 'none');
    const inner = el('div', 'contents');
    body.append(gone.append(inner));
    expect(isShown(asElement(inner))).toBe(false);
  });
});

describe('HiddenText.reader', () => {
  /** A page: a hidden menu of 50 links, a paragraph with a hidden inline span, a visible paragraph. */
  const page = () => {
    const body = el('body');
    const nav = el('nav', 'none');
    const items = Array.from({ length: 50 }, () => el('li'));
    const links = items.map((li) => {
      const a = el('a', 'inline');
      li.append(a);
      return a;
    });
    nav.append(el('ul').append(...items));
    const p = el('p');
    const b = el('b', 'inline');
    const secret = el('span', 'none', undefined, { style: 'display:none' });
    p.append(b, secret);
    const lede = el('p');
    body.append(nav, p, lede);
    return { body, nav, links, p, b, secret, lede };
  };

  it('says which text is hidden: a hidden block, a hidden inline element inside a shown block', () => {
    const { body, links, p, b, secret, lede } = page();
    const hidden = new HiddenText();
    const hides = hidden.reader(asElement(body));
    const ask = (parent: FakeElement, block: FakeElement) => hides(asElement(parent), asElement(block));
    expect(links.map((a) => ask(a, a.parentElement!))).toEqual(links.map(() => true));
    expect([ask(p, p), ask(b, p), ask(secret, p), ask(p, p), ask(lede, lede)]).toEqual([false, false, true, false, false]);
  });

  it('asks about an inline element only when it has a style, a hidden attribute or a class not seen shown yet', () => {
    const body = el('body');
    const entries = Array.from({ length: 20 }, () => el('li', 'block', undefined, { class: 'entry' }));
    const tags = entries.map((li) => {
      const tag = el('span', 'inline', undefined, { class: 'tag' });
      const b = el('b', 'inline');
      const a = el('a', 'inline', undefined, { href: '#' });
      li.append(tag, a.append(b));
      return { li, tag, b };
    });
    const tip = el('span', 'none', undefined, { class: 'tip' });
    const last = el('p').append(tip);
    body.append(el('ol').append(...entries), last);
    const hides = new HiddenText().reader(asElement(body));
    FakeElement.checks = 0;
    const answers = tags.flatMap(({ li, tag, b }) => [hides(asElement(tag), asElement(li)), hides(asElement(b), asElement(li))]);
    expect(answers.every((hidden) => !hidden)).toBe(true);
    // Each entry's block once, and "span.tag" once: not the <b>s or the <a href>s.
    expect(FakeElement.checks).toBe(entries.length + 1);
    // A class that hides is asked, and found hidden.
    expect(hides(asElement(tip), asElement(last))).toBe(true);
  });

  it('asks the browser once for a hidden region and remembers its outermost element', () => {
    const { body, nav, links } = page();
    const hidden = new HiddenText();
    const hides = hidden.reader(asElement(body));
    FakeElement.checks = 0;
    for (const a of links) hides(asElement(a), asElement(a.parentElement!));
    // The first link's block, then up to the menu (li, ul, nav, body): not once per link.
    expect(FakeElement.checks).toBeLessThanOrEqual(4);
    expect(hidden.size).toBe(1);
    expect(hidden.changedBy(asElement(body))).toEqual([]);
    nav.display = 'block';
    expect(hidden.changedBy(asElement(body))).toEqual([nav]);
    expect(hidden.size).toBe(0);
  });
});

describe('HiddenText.changedBy', () => {
  it('gives the hidden elements a change shows, at or under the changed element', () => {
    const body = el('body');
    const menu = el('div', 'none');
    const other = el('div', 'none');
    body.append(menu, other);
    const hidden = new HiddenText();
    const hides = hidden.reader(asElement(body));
    hides(asElement(menu), asElement(menu));
    hides(asElement(other), asElement(other));
    expect(hidden.changedBy(asElement(menu))).toEqual([]); // a class toggled, still hidden
    menu.display = 'block';
    expect(hidden.changedBy(asElement(menu))).toEqual([menu]);
    expect(hidden.changedBy(asElement(menu))).toEqual([]); // read again once, not at every change
    expect(hidden.size).toBe(1);
  });

  it('gives a shown element that hides now once, then remembers it hidden', () => {
    const body = el('body');
    const card = el('div');
    body.append(card);
    const hidden = new HiddenText();
    expect(hidden.changedBy(asElement(card))).toEqual([]);
    card.visibility = 'hidden';
    expect(hidden.changedBy(asElement(card))).toEqual([card]);
    expect(hidden.changedBy(asElement(card))).toEqual([]);
    card.visibility = 'visible';
    expect(hidden.changedBy(asElement(card))).toEqual([card]);
  });

  it('forgets elements that left the page', () => {
    const body = el('body');
    const menu = el('div', 'none');
    body.append(menu);
    const hidden = new HiddenText();
    hidden.reader(asElement(body))(asElement(menu), asElement(menu));
    menu.isConnected = false;
    expect(hidden.changedBy(asElement(body))).toEqual([]);
    expect(hidden.size).toBe(0);
  });
});
