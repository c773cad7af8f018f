// The card: a <deallens-card> host of DealLens's own (own-host.ts), placed next to the mention
// (card-placement.ts) and placed again whenever its content changes size.

import { render, type ComponentChildren } from 'preact';
import { t, uiLocale } from '../../platform/i18n';
import { createOwnHost } from '../own-host';
import cardCss from './card.css?inline';
import { placeCard } from './card-placement';

/** The tallest a card gets (it scrolls inside beyond): as card.css says, min(70vh, 520px). */
const cardCap = () => Math.min(520, innerHeight * 0.7);

export interface OpenCardOptions {
  /** Text, or a component that names the company in the reader's language. */
  title: ComponentChildren;
  /** A short note beside the title ("Mentioned 3 times"). */
  aside?: string;
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

export function createCardHost(doc: Document, signal: AbortSignal): CardHost {
  const own = createOwnHost(doc, 'deallens-card', cardCss);
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let current: (OpenCardOptions & { returnFocus: Element | null }) | null = null;
  let frame = 0;

  const ensureHost = (): { host: HTMLElement; root: ShadowRoot } => {
    const made = own.attach();
    if (!root) made.root.addEventListener('keydown', onKeyDown as EventListener);
    ({ host, root } = made);
    return made;
  };

  const place = () => {
    frame = 0;
    const card = root?.querySelector('.card') as HTMLElement | null;
    if (!current || !host || !card) return;
    const boxes = current.anchor.getClientRects();
    const first = boxes[0] ?? current.anchor.getBoundingClientRect();
    const last = boxes[boxes.length - 1] ?? first;
    // The natural height is the content's (scrollHeight), not the height a clamp left it.
    const p = placeCard(first, last, { width: innerWidth, height: innerHeight }, card.offsetWidth, card.scrollHeight, cardCap());
    card.style.setProperty('max-height', `${Math.floor(p.maxHeight)}px`);
    host.style.setProperty('transform', `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`);
  };
  // The card grows when its conversions or deals arrive: placed again each time (once a frame).
  const grows = new MutationObserver(() => schedulePlace());
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
              <h2 id="deallens-title">
                {options.title}
                {options.aside && <span class="aside">{` ${options.aside}`}</span>}
              </h2>
            </div>
            <button class="close" type="button" aria-label={t('cardClose')} onClick={() => api.close(true)}>×</button>
          </header>
          {options.body}
        </div>,
        root,
      );
      grows.disconnect();
      grows.observe(root, { childList: true, subtree: true, characterData: true });
      place();
      schedulePlace();
      if (options.focus) (root.querySelector('.card') as HTMLElement | null)?.focus();
    },
    close(restoreFocus) {
      if (!current) return;
      const { returnFocus, onClose } = current;
      current = null;
      grows.disconnect();
      if (root) render(null, root);
      own.detach();
      onClose();
      if (restoreFocus && returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
    },
    isOpen: () => current !== null,
    contains: own.contains,
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
