// The toolbar popup: what DealLens found on the active tab, with conversions; each entry scrolls
// the page to its mention. `?tabId=N` points it at another tab (used when it is opened as a page).

import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { normalizeUrl } from '../core/deals/merge-deals';
import type { DealRecord } from '../core/types';
import type { ConversionAnswer, MentionRef, PageInventory } from '../messages/contract';
import { sendToBackground, sendToTab } from '../messages/send';
import type { Settings } from '../platform/settings';
import { saveSettings } from '../platform/settings-storage';
import { annotatesAutomatically, grantsAllSites, allowedSites, pageKind, siteHost, sitePatterns, type PageKind } from '../platform/site-rules';
import { dealInvestors, dealTitle } from '../ui/deal-summary';
import { currencyBasisText } from '../ui/currency-reason';
import { relatedReasonBadges } from '../ui/related-reason';
import { qualifiedFigure, rateDayLabel, staleRateDate } from '../ui/converted-figure';
import { dateSourceLabel, rateSourceLabel } from '../ui/source-labels';
import { formatRange, formatRate, moneyFormatOf } from '../ui/format-money';
import { errorText } from '../platform/error-text';
import { t, uiLocale } from '../platform/i18n';

async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Conversions of every amount into one currency. */
type ConversionsTo = { to: string; rows: ConversionAnswer[][] };

/** Whether DealLens runs by itself on the page's site, and what the reader can change there. */
interface SiteState {
  host: string | null;
  granted: string[];
  settings: Settings;
}

type State =
  | { status: 'loading' }
  | { status: 'unavailable'; reason: string }
  | { status: 'not-running'; tabId: number; site: SiteState }
  | { status: 'ready'; tabId: number; site: SiteState; inventory: PageInventory; conversions: ConversionsTo[]; related: { deal: DealRecord; reason: string }[] };

/** Pages no extension may annotate, and why. */
const CANNOT: Partial<Record<PageKind, () => string>> = {
  browser: () => t('popupCannotBrowserPage'),
  store: () => t('popupCannotStore'),
  pdf: () => t('popupCannotPdf'),
};

const locale = uiLocale();
document.documentElement.lang = locale;
const dealsPage = browser.runtime.getURL('src/deals/deals.html');

async function load(): Promise<State> {
  const tabId = await targetTabId();
  if (tabId === undefined) return { status: 'unavailable', reason: t('popupNoActiveTab') };
  // The URL is visible when the reader opened the popup on the tab (activeTab) or the site is granted.
  const url = (await browser.tabs.get(tabId).catch(() => undefined))?.url;
  const cannot = CANNOT[pageKind(url)];
  if (cannot) return { status: 'unavailable', reason: cannot() };
  const [settings, { origins: granted = [] }] = await Promise.all([sendToBackground('getSettings', {}), browser.permissions.getAll()]);
  let inventory: PageInventory;
  try {
    inventory = await sendToTab(tabId, 'getInventory', {});
  } catch {
    return { status: 'not-running', tabId, site: { host: url ? siteHost(url) : null, granted, settings } };
  }
  const site = { host: siteHost(inventory.url), granted, settings };
  const { homeCurrency, extraCurrencies } = settings;
  const days = inventory.articleDate ? [inventory.articleDate.day, 'today' as const] : ['today' as const];
  const conversions = inventory.money.length
    ? await Promise.all([homeCurrency, ...extraCurrencies].map(async (to) => ({ to, rows: await sendToBackground('convert', { amounts: inventory.money, to, days }) })))
    : [];
  return { status: 'ready', tabId, site, inventory, conversions, related: await relatedToPage(inventory) };
}

/**
 * "Always on this site": on where DealLens runs by itself here. Switching on asks the browser for
 * the site (first thing in the click: Firefox grants only inside the reader's input) and takes the
 * site off the denied list; switching off puts it on the denied list, which stops open pages at once.
 */
function SiteSwitch({ site, onChange }: { site: SiteState; onChange: () => void }) {
  const { host, granted, settings } = site;
  if (!host) return null;
  if (settings.siteMode === 'on-demand') return <p class="muted" id="site-mode-note">{t('popupOnDemandMode')}</p>;
  // Sites are granted for both schemes (sitePatterns), so one of them tells.
  const on = annotatesAutomatically(`https://${host}/`, granted, settings);
  const toggle = (next: boolean) => {
    if (next) {
      const covered = grantsAllSites(granted) || allowedSites(granted).includes(host);
      const asked = covered ? Promise.resolve(true) : browser.permissions.request({ origins: sitePatterns(host) });
      void asked
        .then((ok) => (ok ? saveSettings((s) => ({ deniedSites: s.deniedSites.filter((d) => d !== host) })) : undefined))
        .then(onChange, onChange);
    } else {
      void saveSettings((s) => ({ deniedSites: [...s.deniedSites, host] })).then(onChange, onChange);
    }
  };
  return (
    <label class="switch">
      <input type="checkbox" id="site-switch" checked={on} onChange={(e) => toggle((e.currentTarget as HTMLInputElement).checked)} />{' '}
      {t('popupAlwaysOnSite', host)}
    </label>
  );
}

function NotRunning({ state, onAnnotated }: { state: Extract<State, { status: 'not-running' }>; onAnnotated: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const annotate = async () => {
    setBusy(true);
    const result = await sendToBackground('annotateTab', { tabId: state.tabId }).catch((e: unknown) => ({ ok: false as const, reason: errorText(e) }));
    setBusy(false);
    if (result.ok) onAnnotated();
    else setProblem(t('popupAnnotateFailed', result.reason));
  };
  return (
    <div id="not-running">
      <h1>DealLens</h1>
      <p data-deallens-not-running>{t('popupNotRunning')}</p>
      <button type="button" id="annotate-page" class="primary" disabled={busy} onClick={() => void annotate()}>
        {t('popupAnnotate')}
      </button>
      <p class="muted">{t('popupAnnotateHelp')}</p>
      {problem && <p class="warn" role="alert">{problem}</p>}
      <SiteSwitch site={state.site} onChange={onAnnotated} />
      <Links />
    </div>
  );
}

function Links() {
  return (
    <p>
      <a id="all-deals" href={dealsPage} target="_blank" rel="noopener">{t('popupAllDeals')}</a> ·{' '}
      <a href={browser.runtime.getURL('src/options/options.html')} target="_blank" rel="noopener">{t('popupOptions')}</a>
    </p>
  );
}

/** Rate, rate date and source of each conversion of one amount, in one quiet line. */
function RateLine({ conversions, index, from }: { conversions: ConversionsTo[]; index: number; from: string }) {
  // No line for a currency into itself ("1 USD = 1.00000 USD").
  const parts = conversions.filter(({ to }) => to !== from).flatMap(({ to, rows }) =>
    (rows[index] ?? []).flatMap((a) => (a.conversion ? [t('popupRate', from, formatRate(a.conversion.rate), to, a.conversion.rateDate, rateSourceLabel(a.conversion.source))] : [])),
  );
  return parts.length ? <div class="rates muted">{[...new Set(parts)].join(' · ')}</div> : null;
}

/** Deals in the store related to the page's deals (same investors, sector and stage), without the page's own. */
async function relatedToPage(inventory: PageInventory): Promise<{ deal: DealRecord; reason: string }[]> {
  const targets = [...new Set(inventory.deals.map((d) => d.target.id).filter((id): id is string => !!id))].slice(0, 3);
  if (!targets.length) return [];
  const infos = await sendToBackground('lookupCompanies', { ids: targets }).catch(() => []);
  const own = new Set(inventory.deals.map((d) => d.id));
  const seen = new Set<string>();
  return infos
    .flatMap((info) => info?.related.similar ?? [])
    .filter(({ deal }) => !own.has(deal.id) && !targets.includes(deal.target.id ?? '') && !seen.has(deal.id) && seen.add(deal.id))
    .slice(0, 5)
    .map(({ deal, reason }) => ({ deal, reason: relatedReasonBadges(reason, deal, uiLocale()).join(' · ') }));
}

const INVENTORY_RETRY_MS = 400;
const INVENTORY_RETRIES = 25;

/** Asks the page again while it is still being read, or until a script just injected answers. */
function usePageState(): [State, () => void] {
  const [state, setState] = useState<State>({ status: 'loading' });
  const poll = useRef({ timer: 0, tries: 0, awaitingRun: false });
  const refresh = () => {
    const p = poll.current;
    clearTimeout(p.timer);
    void load().then(
      (next) => {
        setState(next);
        const reading = next.status === 'ready' && (!next.inventory.complete || !next.inventory.dealsComplete);
        const starting = next.status === 'not-running' && p.awaitingRun;
        if ((reading || starting) && ++p.tries < INVENTORY_RETRIES) p.timer = window.setTimeout(refresh, INVENTORY_RETRY_MS);
        if (next.status === 'ready') p.awaitingRun = false;
      },
      (e: unknown) => setState({ status: 'unavailable', reason: errorText(e) }),
    );
  };
  useEffect(() => {
    refresh();
    return () => clearTimeout(poll.current.timer);
  }, []);
  const again = () => {
    poll.current.tries = 0;
    poll.current.awaitingRun = true;
    refresh();
  };
  return [state, again];
}

/** Says so when this page's deals could not be saved in the deal store (its last capture failed). */
function CaptureFailureLine({ pageUrl, read }: { pageUrl: string; read: boolean }) {
  const [reason, setReason] = useState<string | null>(null);
  useEffect(() => {
    // Asked again once the page's deals are read: their capture has then been tried.
    void sendToBackground('storeStatus', {}).then(({ captureFailure: f }) => setReason(f?.url && f.url === normalizeUrl(pageUrl) ? f.reason : null), () => undefined);
  }, [pageUrl, read]);
  return reason ? <p class="warn" id="capture-failure">{t('popupCaptureFailed', reason)}</p> : null;
}

function Popup() {
  const [state, again] = usePageState();
  if (state.status === 'loading') return <p class="muted">{t('popupReading')}</p>;
  if (state.status === 'unavailable') return <p data-deallens-unavailable>{state.reason}</p>;
  if (state.status === 'not-running') return <NotRunning state={state} onAnnotated={again} />;
  const { inventory, conversions, tabId } = state;
  const format = moneyFormatOf(state.site.settings);
  const reveal = (ref: MentionRef) => void sendToTab(tabId, 'reveal', ref).catch(() => undefined);
  return (
    <>
      <h1>DealLens</h1>
      <SiteSwitch site={state.site} onChange={again} />
      <p class="muted">
        {inventory.articleDate ? t('popupPublished', inventory.articleDate.day, dateSourceLabel(inventory.articleDate.source)) : t('popupNoDate')}
      </p>
      <h2>{t('popupCompanies', inventory.companies.length)}</h2>
      {inventory.companies.length === 0 && <p class="muted">{t('popupNoneFound')}</p>}
      <ul id="companies">
        {inventory.companies.map((c) => (
          <li class="company" key={c.id}>
            <button type="button" data-company={c.id} onClick={() => reveal({ kind: 'company', index: c.first })}>
              <span class="name"><span class="chip">{c.name}</span></span>
              <span class="count">×{c.count}</span>
            </button>
          </li>
        ))}
      </ul>
      <h2>{t('popupAmounts', inventory.money.length)}</h2>
      {inventory.money.length === 0 && <p class="muted">{t('popupNoneFound')}</p>}
      <ul id="money">
        {inventory.money.map((m, i) => (
          <li class="money" key={m.index}>
            <button type="button" data-money={m.index} onClick={() => reveal({ kind: 'money', index: m.index })} title={currencyBasisText(m.currencyBasis, m.currency, uiLocale()) ?? undefined}>
              <span class="name"><span class="chip">{m.text}</span></span>
              <span class="conv">
                {conversions
                  .filter((c) => c.to !== m.currency)
                  .map(({ to, rows }) => (
                    <div key={to} data-currency={to}>
                      {(rows[i] ?? []).map((a) => {
                        const stale = staleRateDate(a);
                        return (
                          <div key={a.day} data-day={a.day === 'today' ? 'today' : 'article'} {...(stale && { 'data-stale': stale })}>
                            {a.conversion ? qualifiedFigure(formatRange(a.conversion.amount, a.conversion.amountMax, a.conversion.currency, locale, format), m.approx) : '—'}
                            <span class={stale ? 'warn' : 'muted'}>{` ${stale ? t('popupStaleToday', rateDayLabel(stale, locale)) : a.day === 'today' ? t('popupToday') : a.askedDay}`}</span>
                          </div>
                        );
                      })}
                    </div>
                  ))}
              </span>
            </button>
            <RateLine conversions={conversions} index={i} from={m.currency} />
          </li>
        ))}
      </ul>
      <h2>{t('popupDealsOnPage', inventory.deals.length)}</h2>
      {inventory.deals.length === 0 && <p class="muted">{inventory.dealsComplete ? t('popupNoneFound') : t('popupStillReading')}</p>}
      <CaptureFailureLine pageUrl={inventory.url} read={inventory.dealsComplete} />
      <ul id="deals">
        {inventory.deals.map((d) => (
          <li class="deal" key={d.id}>
            <div>{dealTitle(d, locale)}</div>
            {d.investors.length > 0 && <div class="muted">{t('investorsList', dealInvestors(d))}</div>}
            <a href={`${dealsPage}#deal=${encodeURIComponent(d.id)}`} target="_blank" rel="noopener">{t('openInDealsPage')}</a>
          </li>
        ))}
      </ul>
      {state.related.length > 0 && (
        <>
          <h2>{t('relatedDeals')}</h2>
          <ul id="related">
            {state.related.map(({ deal, reason }) => (
              <li class="deal" key={deal.id}>
                <div>{`${deal.date} · ${dealTitle(deal, locale)}`}</div>
                <div class="muted">{reason}</div>
                <a href={`${dealsPage}#deal=${encodeURIComponent(deal.id)}`} target="_blank" rel="noopener">{t('openInDealsPage')}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <Links />
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
