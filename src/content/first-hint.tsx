// The first-run hint, "Click a highlight for details": shown once per install (remembered in
// storage.local, which goes with the extension), beside the first highlight the reader points at and
// never over it (placed as a card is, card-placement.ts), in a <deallens-hint> host of DealLens's own.
// It goes when the reader closes it (× or Esc) or opens a card, which is what it asked for.
import { render } from 'preact';
import { t, uiLocale } from '../platform/i18n';
import { placeCard } from './card/card-placement';
import hintCss from './first-hint.css?inline';
import { createOwnHost } from './own-host';

/** Where the hint's showing is remembered. */
export interface HintMemory {
  shown(): Promise<boolean>;
  markShown(): Promise<unknown>;
}

export interface FirstHint {
  /** Shows the hint beside `anchor`, unless it was shown before on this install or this page is done with it. */
  offer(anchor: Range): void;
  /** Takes the hint away for the rest of this page. */
  dismiss(): void;
}

/** storage.local's flag (the content script may read and write it). */
export const HINT_SHOWN_KEY = 'hintShown';

export function createFirstHint(doc: Document, memory: HintMemory, signal: AbortSignal): FirstHint {
  const own = createOwnHost(doc, 'deallens-hint', hintCss);
  // 'idle' until the first offer, 'asking' storage, 'shown', then 'done' for the rest of the page.
  let state: 'idle' | 'asking' | 'shown' | 'done' = 'idle';
  let anchor: Range | null = null;
  let frame = 0;

  const place = () => {
    frame = 0;
    const hint = anchor ? own.root?.querySelector<HTMLElement>('.hint') : null;
    if (!hint || !anchor || !own.host) return;
    const boxes = anchor.getClientRects();
    const first = boxes[0] ?? anchor.getBoundingClientRect();
    const last = boxes[boxes.length - 1] ?? first;
    const p = placeCard(first, last, { width: innerWidth, height: innerHeight }, hint.offsetWidth, hint.offsetHeight, hint.offsetHeight);
    own.host.style.setProperty('transform', `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`);
  };
  const schedulePlace = () => {
    if (state === 'shown' && !frame) frame = requestAnimationFrame(place);
  };

  const show = (at: Range) => {
    state = 'shown';
    anchor = at;
    const { root } = own.attach();
    render(
      <div class="hint" role="status" lang={uiLocale()}>
        <span>{t('hintClickHighlight')}</span>
        <button type="button" aria-label={t('hintDismiss')} title={t('hintDismiss')} onClick={api.dismiss}>×</button>
      </div>,
      root,
    );
    place();
  };

  const api: FirstHint = {
    offer(at) {
      if (state !== 'idle') return;
      state = 'asking';
      memory
        .shown()
        .then((shown) => {
          if (state !== 'asking' || signal.aborted) return;
          if (shown) state = 'done';
          else {
            show(at);
            void memory.markShown().catch(() => undefined);
          }
        })
        .catch(() => {
          state = 'done';
        });
    },
    dismiss() {
      const wasShown = state === 'shown';
      state = 'done';
      anchor = null;
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      if (!wasShown) return;
      if (own.root) render(null, own.root);
      own.detach();
    },
  };

  doc.addEventListener('keydown', (e) => e.key === 'Escape' && state === 'shown' && api.dismiss(), { signal });
  addEventListener('scroll', schedulePlace, { passive: true, capture: true, signal });
  addEventListener('resize', schedulePlace, { passive: true, signal });
  signal.addEventListener('abort', () => api.dismiss(), { once: true });
  return api;
}
