// The one place DealLens writes into a page: a <deallens-card> host with a closed shadow root,
// styled by a constructable stylesheet (no inline <style>, so a strict page CSP does not block it),
// placed next to the mention and kept inside the viewport.

import { render, type ComponentChildren } from 'preact';
import { t, uiLocale } from '../../platform/i18n';
import cardCss from './card.css?inline';

const CARD_WIDTH_PX = 360;
const GAP_PX = 6;

export interface OpenCardOptions {
  title: string;
  kind: 'money' | 'company';
  anchor: Range;
  body: ComponentChildren;
  /** Focus the card (keyboard walk); a mouse click leaves focus where it is until Tab. */
  focus: boolean;
  onClose: () => void;
}

export interface CardHost {
  open(options: OpenCardOptions): void;
  close(restoreFocus: boolean): void;
  isOpen(): boolean;
  /** True when the event happened inside the card. */
  contains(event: Event): boolean;
}

function adoptStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cardCss);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts can refuse a sheet built in the isolated world; a <style> in our
    // own shadow root is the fallback.
    const style = root.ownerDocument.createElement('style');
    style.textContent = cardCss;
    root.append(style);
  }
}

export function createCardHost(doc: Document, signal: AbortSignal): CardHost {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let current: (OpenCardOptions & { returnFocus: Element | null }) | null = null;
  let frame = 0;

  const ensureHost = (): { host: HTMLElement; root: ShadowRoot } => {
    if (!host || !root) {
      host = doc.createElement('deallens-card');
      root = host.attachShadow({ mode: 'closed' });
      adoptStyles(root);
      root.addEventListener('keydown', onKeyDown as EventListener);
    }
    if (!host.isConnected) doc.documentElement.append(host);
    return { host, root };
  };

  const place = () => {
    frame = 0;
    if (!current || !host) return;
    // Below the mention's last line box, or above its first when there is no room below.
    const boxes = current.anchor.getClientRects();
    const first = boxes[0] ?? current.anchor.getBoundingClientRect();
    const last = boxes[boxes.length - 1] ?? first;
    const card = root?.querySelector('.card') as HTMLElement | null;
    const height = card?.offsetHeight ?? 200;
    const width = Math.min(CARD_WIDTH_PX, innerWidth - 16);
    const fitsBelow = last.bottom + GAP_PX + height <= innerHeight - 8;
    const fitsAbove = first.top - GAP_PX - height >= 8;
    const anchor = fitsBelow || !fitsAbove ? last : first;
    const top = fitsBelow || !fitsAbove ? last.bottom + GAP_PX : first.top - GAP_PX - height;
    const left = Math.max(8, Math.min(anchor.left, innerWidth - width - 8));
    host.style.setProperty('transform', `translate(${Math.round(left)}px, ${Math.round(Math.max(8, Math.min(top, innerHeight - height - 8)))}px)`);
  };
  const schedulePlace = () => {
    if (!frame) frame = requestAnimationFrame(place);
  };

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      api.close(true);
    } else if (event.key === 'Tab' && root) {
      // Keep Tab inside the dialog while it is open.
      const focusables = [...root.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex="0"]')];
      const first = focusables[0];
      const last = focusables[focusables.length - 1];
      if (!first || !last) return;
      const active = root.activeElement;
      if (event.shiftKey && (active === first || active === root.querySelector('.card'))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    }
  }

  const api: CardHost = {
    open(options) {
      const returnFocus = current?.returnFocus ?? doc.activeElement;
      const { root } = ensureHost();
      current = { ...options, returnFocus };
      render(
        <div class="card" lang={uiLocale()} role="dialog" aria-modal="false" aria-labelledby="deallens-title" tabIndex={-1} data-kind={options.kind}>
          <header>
            <div style={{ flex: 1 }}>
              <div class="kind">{options.kind === 'money' ? t('cardKindAmount') : t('cardKindCompany')} · DealLens</div>
              <h2 id="deallens-title">{options.title}</h2>
            </div>
            <button class="close" type="button" aria-label={t('cardClose')} onClick={() => api.close(true)}>×</button>
          </header>
          {options.body}
        </div>,
        root,
      );
      place();
      schedulePlace();
      if (options.focus) (root.querySelector('.card') as HTMLElement | null)?.focus();
    },
    close(restoreFocus) {
      if (!current) return;
      const { returnFocus, onClose } = current;
      current = null;
      if (root) render(null, root);
      host?.remove();
      onClose();
      if (restoreFocus && returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
    },
    isOpen: () => current !== null,
    contains: (event) => host !== null && event.composedPath().includes(host),
  };

  // Esc also works while focus is still in the page (after a mouse click).
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && current) api.close(true);
  }, { signal });
  addEventListener('scroll', schedulePlace, { passive: true, capture: true, signal });
  addEventListener('resize', schedulePlace, { passive: true, signal });
  signal.addEventListener('abort', () => api.close(false), { once: true });
  return api;
}
