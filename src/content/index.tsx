// Content script: one run per page, owned by one AbortController. Reads the page once, asks the
// pure core what the text says, registers highlights and answers clicks, the keyboard walk and
// the popup. It never changes the page's own nodes.

import type { DealRecord, MoneyMention } from '../core/types';
import type { ContentContract, MentionRef } from '../messages/contract';
import { handleMessages } from '../messages/handle';
import { createPortRequester } from '../messages/port-requests';
import { RETRY_READS, sendToBackground } from '../messages/send';
import { defaults } from '../platform/settings';
import { loadSettings } from '../platform/settings-storage';
import browser from 'webextension-polyfill';
import { detectArticleDate, type ArticleDate } from './article-date';
import { detectSiteName } from './site-name';
import { CompanyCard, CompanyCardTitle, mentionedLabel } from './card/company-card';
import { createCardHost } from './card/card-host';
import { MoneyCard, SET_BY_READER } from './card/money-card';
import { createFirstHint, HINT_SHOWN_KEY } from './first-hint';
import { registerHighlights, setActive, supportsHighlights } from './highlight';
import { HiddenText } from './hidden-text';
import { hitTest } from './hit-test';
import { trackHover } from './hover';
import { createHoverCursor } from './hover-cursor';
import { buildInventory } from './inventory';
import { abortWhenOrphaned } from './extension-life';
import { trackNearby } from './nearby-ranges';
import { inPageOrder, rangeOf } from './mention-range';
import { findAgain, rememberMention } from './remap-mention';
import { BlockRescans } from './rescan-blocks';
import { watchPage } from './watch-page';
import { applyLiveSettings } from './live-settings';
import { moneyFormatOf } from '../ui/format-money';
import { highlightScopeFor } from '../ui/highlight-style';
import { scanPage, type FindMentions, type PageMention, type PageScan } from './scan-page';
import { stopWhenSwitchedOff } from './site-switch';
import { lastMark, pageMark, pageMeasure } from './page-marks';

/** Shared by every injection of this script into the page (registered, or on demand via scripting). */
const shared = globalThis as { deallensRun?: AbortController; deallensAsked?: boolean };

/**
 * `fail` reports an error of the run (or ends the run quietly when the extension is gone).
 * `injectedAt` is when the script started: the run's marks count from there, the wait for the
 * page's first frame included.
 */
async function run(signal: AbortSignal, fail: (error: unknown) => void, injectedAt: number): Promise<void> {
  const startedAt = performance.now();
  pageMark('deallens:start', injectedAt);
  const settingsRead = loadSettings().catch(() => defaults);
  const detectedDate = detectArticleDate(document, location.href);
  let articleDate: ArticleDate | null = detectedDate;
  const locale = browser.i18n.getUILanguage();
  const siteName = detectSiteName(document);
  const context = {
    lang: document.documentElement.lang || navigator.language,
    domain: location.hostname,
    ...(articleDate && { date: articleDate.day }),
    ...(siteName && { siteName }),
  };
  const highlights = registerHighlights(signal);
  // Only mentions within a few screens of the viewport are registered (see nearby-ranges.ts).
  const nearby = trackNearby(highlights, document.body, signal);
  // Highlight style and ignored currencies follow the options live.
  const live = applyLiveSettings(nearby, settingsRead, signal, (css, previous) => sendToBackground('highlightCss', { css, previous }), fail, highlightScopeFor(__TARGET__));
  const card = createCardHost(document, signal);
  // Shown once per install, beside the first highlight the reader points at (first-hint.tsx).
  const hint = createFirstHint(
    document,
    {
      shown: async () => (await browser.storage.local.get(HINT_SHOWN_KEY))[HINT_SHOWN_KEY] === true,
      markShown: () => browser.storage.local.set({ [HINT_SHOWN_KEY]: true }),
    },
    signal,
  );
  let scan: PageScan | null = null;
  let activeMention: PageMention | null = null;
  // Each card opened afresh is a new session; a card opened again for the same mention (another date,
  // the mention found again after a re-read) keeps its session, so its state stays.
  let cardSession = 0;
  // Text nobody can see is not read; what shows later is (see hidden-text.ts).
  const hidden = new HiddenText();
  // The engine runs in the background (see mention-finder.ts) and keeps the deals it reads, with this
  // page as their source, when capture is on. A background restarting mid-page is asked again (a
  // deal captured twice is merged).
  const source = { url: location.href, title: document.title, date: articleDate?.day ?? new Date().toISOString().slice(0, 10) };
  const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const request = createPortRequester((name) => browser.runtime.connect({ name }), signal);
  const find: FindMentions = (text, from) => request('findMentions', { text, context, source, run, ...(from !== undefined && { from }) }, RETRY_READS);
  let dealsRead = false;

  // Page order comes from the ranges: offsets stop meaning anything once blocks are read again.
  const ordered = (): PageMention[] =>
    scan ? [...scan.money.filter(live.shows), ...scan.companies].sort(inPageOrder) : [];
  // The toolbar badge: how many highlights the page has (its top frame's; a frame inside it keeps quiet).
  let shownCount = -1;
  const showCount = (count = scan ? scan.companies.length + scan.money.filter(live.shows).length : 0) => {
    if (window !== window.top || count === shownCount) return;
    shownCount = count;
    sendToBackground('showCount', { count }).catch(() => undefined);
  };
  signal.addEventListener('abort', () => showCount(0), { once: true });

  const openCardFor = async (target: PageMention, focus: boolean, session = ++cardSession) => {
    hint.dismiss();
    activeMention = target;
    const anchor = rangeOf(target);
    setActive(highlights, anchor);
    const onClose = () => {
      if (activeMention === target) {
        activeMention = null;
        setActive(highlights, null);
      }
    };
    if (target.kind === 'company') {
      const count = scan?.companies.filter((c) => c.mention.id === target.mention.id).length ?? 1;
      card.open({ title: <CompanyCardTitle mention={target.mention} />, aside: mentionedLabel(count), kind: 'company', anchor, focus, onClose, body: <CompanyCard key={session} mention={target.mention} /> });
      return;
    }
    // Settings are read at every card, so a change in the options applies without a reload.
    // Read from storage here: the settings are an extension-page request, never answered to a page's world.
    const settings = await loadSettings().catch(() => defaults);
    if (signal.aborted || activeMention !== target) return;
    const m = target.mention;
    const money = scan?.money ?? [];
    const partner =
      m.equivalentOf !== undefined
        ? (money[m.equivalentOf]?.mention ?? null)
        : (money.find((other) => other.mention.equivalentOf === target.index)?.mention ?? null);
    const onDateChange = (day: string | null) => {
      articleDate = day ? { day, source: SET_BY_READER } : detectedDate;
      void openCardFor(target, false, session);
    };
    card.open({
      title: m.text,
      kind: 'money',
      anchor,
      focus,
      onClose,
      body: (
        <MoneyCard
          // One card per amount: another amount's card starts afresh, never from the last one's conversions.
          key={session}
          mention={m}
          partner={partner}
          deal={dealOfAmount(m)}
          articleDate={articleDate}
          currencies={[settings.homeCurrency, ...settings.extraCurrencies]}
          locale={locale}
          format={moneyFormatOf(settings)}
          onDateChange={onDateChange}
        />
      ),
    });
  };

  const reveal = (target: PageMention, openCard: boolean) => {
    target.startNode.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    nearby.show(target);
    if (openCard) void openCardFor(target, true);
    else {
      activeMention = target;
      setActive(highlights, rangeOf(target));
    }
  };

  /** The page's deal an amount belongs to: same amount and currency as the deal's. */
  const dealOfAmount = (m: MoneyMention): DealRecord | null =>
    (scan?.deals ?? []).find((d) => d.amount && d.amount.currency === m.currency && d.amount.amount === m.amount) ?? null;

  const mentionAt = ({ kind, index }: MentionRef): PageMention | undefined => (kind === 'money' ? scan?.money[index] : scan?.companies[index]);

  handleMessages<ContentContract>(
    {
      getInventory: () => ({ ...buildInventory(scan, articleDate, location.href, scan?.deals ?? [], dealsRead, live.shows), run, complete: (scan?.complete ?? false) && !rereading }),
      reveal(ref) {
        const target = mentionAt(ref);
        if (!target) return false;
        reveal(target, false);
        return true;
      },
      focusNext({ direction }) {
        const list = ordered();
        if (!list.length) return false;
        const at = activeMention ? list.indexOf(activeMention) : -1;
        const next = at < 0 ? (direction > 0 ? 0 : list.length - 1) : (at + direction + list.length) % list.length;
        reveal(list[next]!, true);
        return true;
      },
    },
    signal,
  );

  const hover = trackHover<PageMention>(
    document,
    {
      // The mentions painted now (registered: near the viewport and shown) are the only ones a pointer can be on.
      mentionAt: (x, y) => (nearby.registered.size ? hitTest(document, nearby.registered, x, y) : null),
      rangeOf,
      elementOf: (m) => m.startNode.parentElement,
      highlight: highlights.hover,
      cursor: createHoverCursor(document, signal),
      onEnter: (_, range) => hint.offer(range),
    },
    signal,
  );

  document.addEventListener(
    'click',
    (event) => {
      // Only the reader's own clicks: a page's script can dispatch clicks, and must not open cards.
      if (!event.isTrusted || !scan || card.contains(event) || event.button !== 0) return;
      // The hovered mention first: a click on its cursor boxes is not on the page's text.
      const hovered = hover.at(event.clientX, event.clientY);
      const hit = hovered && live.shows(hovered) ? hovered : hitTest(document, [...scan.money.filter(live.shows), ...scan.companies], event.clientX, event.clientY);
      // Its card open already (a double-click's second click): left as it is.
      if (hit && hit === activeMention && card.isOpen()) return;
      if (hit) void openCardFor(hit, false);
      else if (card.isOpen()) card.close(false);
    },
    { signal },
  );

  // Changes during the first read wait for it; after it, each batch rescans what it touched.
  const deferred = new Set<Element>();
  let rereading = false;
  const listOf = (of: Pick<PageScan, 'money' | 'companies'>, kind: PageMention['kind']): PageMention[] => (kind === 'money' ? of.money : of.companies);
  /**
   * After a read, the active mention (its card open, or reached by the walk) is found again among the
   * new mentions (remap-mention.ts), its card kept open on it; it is let go only when it is gone.
   * `before` holds the lists it was in before the read.
   */
  const followActive = (before: Pick<PageScan, 'money' | 'companies'>) => {
    const old = activeMention;
    if (!old || !scan || listOf(scan, old.kind).includes(old)) return;
    const found = findAgain(rememberMention(old, listOf(before, old.kind)), listOf(scan, old.kind), (n: Text) => n.isConnected);
    if (!found) {
      activeMention = null;
      setActive(highlights, null);
      card.close(false);
    } else if (card.isOpen()) void openCardFor(found, false, cardSession);
    else {
      activeMention = found;
      setActive(highlights, rangeOf(found));
    }
  };
  const rescans = new BlockRescans({ find, highlights: nearby, hidden });
  // An answer that comes while the whole page is read again is dropped: that read has the blocks too.
  const rescan = (blocks: Element[], added = false) => {
    // The lists as they are now (a rescan puts new lists in the scan), where the active mention was.
    const before = { money: scan?.money ?? [], companies: scan?.companies ?? [] };
    hover.recheck();
    return rescans
      .rescan(() => (rereading ? null : scan), blocks, added)
      .then((applied) => {
        followActive(before);
        hover.recheck();
        if (applied) readDealsSoon();
        showCount();
      })
      .catch(fail);
  };
  const rescanDeferred = async () => {
    if (!deferred.size) return;
    const blocks = [...deferred];
    deferred.clear();
    await rescan(blocks);
  };
  // The page's deals, read by the background from the same text after highlighting, are fetched
  // on idle (and again after changes). A background that restarted since has forgot the run: the
  // page is read again once, so its deals are read again.
  let dealsPending = false;
  let readAgainForDeals = true;
  const readDealsSoon = () => {
    if (dealsPending) return;
    dealsPending = true;
    whenIdle(signal, fail, async () => {
      dealsPending = false;
      const deals = await sendToBackground('pageDeals', { run }, RETRY_READS).catch(() => null);
      if (signal.aborted || !scan) return;
      if (deals) {
        scan.deals = deals;
        dealsRead = true;
      } else if (readAgainForDeals && !rereading) {
        readAgainForDeals = false;
        await readAgain();
      } else if (!rereading) {
        // Asked again and still forgotten: the page shows no deals rather than waiting for them.
        dealsRead = true;
      }
    });
  };
  const readAgain = async () => {
    rereading = true;
    // The open card stays (its anchor is a Range of its own) while the page is read, and follows its
    // mention once the read is over.
    nearby.clear();
    const before = scan ?? { money: [], companies: [] };
    scan = await scanPage(document.body, { find, highlights: nearby, signal, hidden, beforeAdd: () => nearby.flush() });
    pageMeasure('deallens:rescan', lastMark('deallens:burst'));
    rereading = false;
    followActive(before);
    hover.recheck();
    await rescanDeferred();
    readDealsSoon();
    showCount();
  };
  watchPage(
    document.body,
    {
      onBlocks(blocks, added) {
        if (!scan?.complete || rereading) {
          blocks.forEach((b) => deferred.add(b));
          return;
        }
        void rescan(blocks, added);
      },
      onBurst() {
        if (rereading) return;
        pageMark('deallens:burst');
        readAgain().catch(fail);
      },
    },
    signal,
    hidden,
  );

  scan = await scanPage(document.body, {
    find,
    highlights: nearby,
    signal,
    hidden,
    startedAt,
    beforeAdd: () => nearby.flush(),
    onSlice: (partial) => {
      scan = partial;
    },
  });
  await rescanDeferred();
  readDealsSoon();
  showCount();
  pageMark('deallens:highlighted');
  pageMeasure('deallens:scan', 'deallens:start', 'deallens:highlighted');
  requestAnimationFrame(() => {
    // The frame after registration is the one that paints the highlights.
    pageMark('deallens:painted');
    pageMeasure('deallens:paint', 'deallens:start', 'deallens:painted');
  });

}

function start(): void {
  const injectedAt = performance.now();
  if (!supportsHighlights() || !(document.documentElement instanceof HTMLElement) || !document.body) return;
  // Injected again (the reader asked on a page where DealLens already runs): one run is enough.
  if (shared.deallensRun && !shared.deallensRun.signal.aborted) return;
  const controller = new AbortController();
  shared.deallensRun = controller;
  stopWhenSwitchedOff(controller, () => shared.deallensAsked === true);
  // Torn down when the page is left (bfcache) and restarted when it comes back, and when the
  // extension is reloaded, updated or disabled under it.
  addEventListener('pagehide', () => controller.abort(), { once: true });
  abortWhenOrphaned(controller);
  controller.signal.addEventListener('abort', () => pageMark('deallens:teardown'), { once: true });
  // The page renders first: injected early, before the page's first frame, the run would sit in
  // that frame's way (measured on the live-blog bench: a 105 ms first layout grew to 141 ms).
  // Meanwhile the background gets ready (its matcher loaded, the engine's code compiled): the wait
  // for the frame is its time, not the first slice's (see mention-finder.ts, prepare).
  sendToBackground('prepare', {}).catch(() => undefined);
  const fail = (error: unknown) => {
    if (String(error).includes('Extension context invalidated')) controller.abort();
    else if (!controller.signal.aborted) console.warn('DealLens:', error);
  };
  afterFirstFrame()
    .then(() => (controller.signal.aborted ? undefined : run(controller.signal, fail, injectedAt)))
    .catch(fail);
}

/** Runs `task` when the page is idle (or within 2 s), unless the run is over by then. */
function whenIdle(signal: AbortSignal, fail: (error: unknown) => void, task: () => Promise<void>): void {
  const go = () => {
    if (!signal.aborted) task().catch(fail);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(go, { timeout: 2_000 });
  else setTimeout(go, 50);
}

/** Resolves once the page has rendered a frame (or soon, in a hidden tab where no frame comes). */
function afterFirstFrame(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

addEventListener('pageshow', (event) => {
  if (event.persisted) start();
});
start();
