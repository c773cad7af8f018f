// DealLens's own elements in a page (the card, the hover's pointer boxes, the first-run hint): each a
// <deallens-…> host appended to <html>, outside the page's body (which the page watch and most of the
// page's own observers look at), with a closed shadow root, styled by a constructable stylesheet (no
// inline <style>, so a strict page CSP does not block it). What changes inside a shadow root is seen
// by no observer of the page's document.

export interface OwnHost {
  /** The host and its root, made on first use, and put (back) in the page. */
  attach(): { host: HTMLElement; root: ShadowRoot };
  /** Takes the host out of the page (kept for the next attach). */
  detach(): void;
  /** The host and its shadow root, once made (in the page or not). */
  readonly host: HTMLElement | null;
  readonly root: ShadowRoot | null;
  /** Whether an event happened inside the host. */
  contains(event: Event): boolean;
}

function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts can refuse a sheet built in the isolated world; a <style> in our
    // own shadow root is the fallback.
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

export function createOwnHost(doc: Document, tag: `deallens-${string}`, css: string): OwnHost {
  let made: { host: HTMLElement; root: ShadowRoot } | null = null;
  return {
    attach() {
      if (!made) {
        const host = doc.createElement(tag);
        const root = host.attachShadow({ mode: 'closed' });
        adoptStyles(root, css);
        made = { host, root };
      }
      if (!made.host.isConnected) doc.documentElement.append(made.host);
      return made;
    },
    detach: () => made?.host.remove(),
    get host() {
      return made?.host ?? null;
    },
    get root() {
      return made?.root ?? null;
    },
    contains: (event) => made !== null && event.composedPath().includes(made.host),
  };
}
