// The toolbar popup, on one screen: whether DealLens is on for the site (a switch) and what it found
// on the active tab (counts; the page's deals; amounts grouped by value, with conversions; companies
// as chips; related deals). Each entry scrolls the page to its mention. `?tabId=N` points it at
// another tab (used when it is opened as a page). View-model logic is in popup-model.ts.

import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { normalizeUrl } from '../core/deals/merge-deals';
import type { CompanyRecord, DealRecord } from '../core/types';
import type { CompanyInfo, ConversionAnswer, MentionRef, PageInventory } from '../messages/contract';
import { sendToBackground, sendToTab } from '../messages/send';
import type { Settings } from '../platform/settings';
import { saveSettings } from '../platform/settings-storage';
import { annotatesAutomatically, grantsAllSites, allowedSites, siteHost, sitePatterns } from '../platform/site-rules';
import { dealInvestors, dealTitle } from '../ui/deal-summary';
import { isChineseLocale, namesFrom, withLocalNames, type NameOf } from '../ui/company-name';
import { dayLabel } from '../ui/day-label';
import { errorText } from '../platform/error-text';
import { qualifiedFigure, staleRateDate } from '../ui/converted-figure';
import { dateSourceLabel, rateSourceLabel } from '../ui/source-labels';
import { formatRange, formatRate, moneyFormatOf } from '../ui/format-money';
import { t, uiLocale } from '../platform/i18n';
import type { SimilarReason } from '../core/deals/related-deals';
import { currencyBasisText } from '../ui/currency-reason';
import { relatedReasonBadges } from '../ui/related-reason';
import {
  cannotRunKind, companyChips, companyIdsToLookUp, countsLine, groupAmounts, relatedToPage, RELATED_SHOWN,
  type AmountGroup, type NoRunKind,
} from './popup-model';

/** The tab the popup tells about: the active one, or `?tabId=N` when it is opened as a page on another. */
async function targetTab(): Promise<{ id: number; fromToolbar: boolean } | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return { id: fromQuery, fromToolbar: false };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, fromToolbar: true };
}

/** Conversions of every amount group into one currency (a row per group). */
type ConversionsTo = { to: string; rows: ConversionAnswer[][] };

/** Whether DealLens runs by itself on the page's site, and what the reader can change there. */
interface SiteState {
  host: string | null;
  granted: string[];
  settings: Settings;
}

interface Findings {
  inventory: PageInventory;
  groups: AmountGroup[];
  conversions: ConversionsTo[];
  nameOf: NameOf;
  related: ReturnType<typeof relatedToPage>;
}

type State =
  | { status: 'loading' }
  | { status: 'unavailable'; reason: string }
  | { status: 'cannot-run'; reason: string }
  | { status: 'not-running'; tabId: number; site: SiteState }
  | ({ status: 'ready'; tabId: number; site: SiteState } & Findings);

/** Pages no extension may annotate, and why. */
const CANNOT: Record<NoRunKind, () => string> = {
  browser: () => t('popupCannotBrowserPage'),
  store: () => t('popupCannotStore'),
  pdf: () => t('popupCannotPdf'),
};

const locale = uiLocale();
document.documentElement.lang = locale;
const dealsPage = browser.runtime.getURL('src/deals/deals.html');
const dealLink = (deal: DealRecord) => `${dealsPage}#deal=${encodeURIComponent(deal.id)}`;

/** Company records asked of the background so far (null: none), kept while the popup polls the page. */
const records = new Map<string, CompanyInfo | null>();

async function lookUpCompanies(inventory: PageInventory): Promise<void> {
  const ids = companyIdsToLookUp(inventory).filter((id) => !records.has(id));
  if (!ids.length) return;
  const answers = await sendToBackground('lookupCompanies', { ids }).catch(() => []);
  ids.forEach((id, i) => records.set(id, answers[i] ?? null));
}

/** Names alone (the records, without related deals) of the related deals' parties, in a Chinese interface. */
const names = new Map<string, CompanyRecord | null>();

async function nameRelated(deals: readonly DealRecord[]): Promise<void> {
  if (!isChineseLocale(locale)) return;
  const ids = [...new Set(deals.flatMap((d) => [d.target, ...d.investors]).map((p) => p.id))].filter((id): id is string => !!id && !records.has(id) && !names.has(id));
  if (!ids.length) return;
  const answers = await sendToBackground('companyRecords', { ids }).catch(() => []);
  ids.forEach((id, i) => names.set(id, answers[i] ?? null));
}

async function load(): Promise<State> {
  const tab = await targetTab();
  if (tab === undefined) return { status: 'unavailable', reason: t('popupNoActiveTab') };
  const tabId = tab.id;
  // The URL is visible when the reader opened the popup on the tab (activeTab), the site is granted,
  // or the tab is one of DealLens's own pages.
  const url = (await browser.tabs.get(tabId).catch(() => undefined))?.url;
  const cannot = cannotRunKind(url, tab.fromToolbar);
  if (cannot) return { status: 'cannot-run', reason: CANNOT[cannot]() };
  const [settings, { origins: granted = [] }] = await Promise.all([sendToBackground('getSettings', {}), browser.permissions.getAll()]);
  let inventory: PageInventory;
  try {
    inventory = await sendToTab(tabId, 'getInventory', {});
  } catch {
    return { status: 'not-running', tabId, site: { host: url ? siteHost(url) : null, granted, settings } };
  }
  const site = { host: siteHost(inventory.url), granted, settings };
  const { homeCurrency, extraCurrencies } = settings;
  const groups = groupAmounts(inventory.money);
  const days = inventory.articleDate ? [inventory.articleDate.day, 'today' as const] : ['today' as const];
  const amounts = groups.map((g) => g.first);
  const [conversions] = await Promise.all([
    amounts.length
      ? Promise.all([homeCurrency, ...extraCurrencies].map(async (to) => ({ to, rows: await sendToBackground('convert', { amounts, to, days }) })))
      : [],
    lookUpCompanies(inventory),
  ]);
  const related = relatedToPage(inventory.deals, records);
  await nameRelated(related.map((r) => r.deal));
  const nameOf = namesFrom(new Map([...names, ...records]), locale);
  return { status: 'ready', tabId, site, inventory, groups, conversions, nameOf, related };
}

/**
 * "On <site>": whether DealLens runs by itself there. Switching on asks the browser for the site
 * (first thing in the click: Firefox grants only inside the reader's input) and takes the site off
 * the denied list; switching off puts it on the denied list. Open pages of the site follow at once
 * (content/site-switch.ts off, the background's annotateOpenTabs on).
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
      <input type="checkbox" role="switch" id="site-switch" checked={on} onChange={(e) => toggle((e.currentTarget as HTMLInputElement).checked)} />
      {t('popupOnSite', host)}
    </label>
  );
}

function Header({ site, onChange }: { site?: SiteState; onChange?: () => void }) {
  return (
    <header>
      <h1>DealLens</h1>
      {site && onChange && <SiteSwitch site={site} onChange={onChange} />}
    </header>
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
      <Header site={state.site} onChange={onAnnotated} />
      <p data-deallens-not-running>{t('popupNotRunning')}</p>
      <button type="button" id="annotate-page" class="primary" disabled={busy} onClick={() => void annotate()}>
        {t('popupAnnotate')}
      </button>
      <p class="muted">{t('popupAnnotateHelp')}</p>
      {problem && <p class="warn" role="alert">{problem}</p>}
      <Links />
    </div>
  );
}

function Links() {
  return (
    <footer>
      <a id="all-deals" href={dealsPage} target="_blank" rel="noopener">{t('popupAllDeals')}</a> ·{' '}
      <a href={browser.runtime.getURL('src/options/options.html')} target="_blank" rel="noopener">{t('popupOptions')}</a>
    </footer>
  );
}

/** Rate, rate date and source of each conversion of one amount, in one quiet line. */
function RateLine({ conversions, index, from }: { conversions: ConversionsTo[]; index: number; from: string }) {
  // No line for a currency into itself ("1 USD = 1.00000 USD").
  const parts = conversions.filter(({ to }) => to !== from).flatMap(({ to, rows }) =>
    (rows[index] ?? []).flatMap((a) => (a.conversion ? [t('popupRate', from, formatRate(a.conversion.rate), to, dayLabel(a.conversion.rateDate, locale), rateSourceLabel(a.conversion.source))] : [])),
  );
  return parts.length ? <div class="rates muted">{[...new Set(parts)].join(' · ')}</div> : null;
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

/** A deal of the page: its title linked to the deals page, and its investors. */
function DealItem({ deal, nameOf }: { deal: DealRecord; nameOf: NameOf }) {
  const named = withLocalNames(deal, nameOf);
  return (
    <li class="deal">
      <a href={dealLink(deal)} target="_blank" rel="noopener">{dealTitle(named, locale)}</a>
      {named.investors.length > 0 && <div class="muted">{t('investorsList', dealInvestors(named, locale))}</div>}
    </li>
  );
}

/** A related deal on one line, why it is related in its tooltip. */
function RelatedItem({ deal, reason, nameOf }: { deal: DealRecord; reason: SimilarReason; nameOf: NameOf }) {
  return (
    <li class="deal related">
      <a href={dealLink(deal)} target="_blank" rel="noopener" title={relatedReasonBadges(reason, deal, locale, nameOf).join(' · ')}>{`${dayLabel(deal.date, locale)} · ${dealTitle(withLocalNames(deal, nameOf), locale)}`}</a>
    </li>
  );
}

/** One value the page gives, however often and in whatever words, with its conversions; each click reveals its next mention. */
function AmountItem({ group, index, conversions, format, reveal, rates }: { group: AmountGroup; index: number; conversions: ConversionsTo[]; format: ReturnType<typeof moneyFormatOf>; reveal: (ref: MentionRef) => void; rates: boolean }) {
  const next = useRef(0);
  const m = group.first;
  const value = formatRange(m.amount, m.amountMax, m.currency, locale);
  const count = group.indexes.length;
  const onClick = () => reveal({ kind: 'money', index: group.indexes[next.current++ % count]! });
  return (
    <li class="money" data-count={count}>
      <button type="button" data-money={m.index} onClick={onClick} title={[group.texts.join(' · '), currencyBasisText(m.currencyBasis, m.currency, locale)].filter(Boolean).join(' — ')}>
        <span class="name">
          <span class="chip">{m.approx ? qualifiedFigure(value, m.approx) : value}</span>
          {count > 1 && <span class="count">×{count}</span>}
        </span>
        <span class="conv">
          {conversions
            .filter((c) => c.to !== m.currency)
            .map(({ to, rows }) => (
              <div key={to} data-currency={to}>
                {(rows[index] ?? []).map((a) => {
                  const stale = staleRateDate(a);
                  return (
                    <div key={a.day} data-day={a.day === 'today' ? 'today' : 'article'} {...(stale && { 'data-stale': stale })}>
                      {a.conversion ? qualifiedFigure(formatRange(a.conversion.amount, a.conversion.amountMax, a.conversion.currency, locale, format), m.approx) : '—'}
                      <span class={stale ? 'warn' : 'muted'}>{` ${stale ? t('popupStaleToday', dayLabel(stale, locale)) : a.day === 'today' ? t('popupToday') : dayLabel(a.askedDay, locale)}`}</span>
                    </div>
                  );
                })}
              </div>
            ))}
        </span>
      </button>
      {rates && <RateLine conversions={conversions} index={index} from={m.currency} />}
    </li>
  );
}

function PageFindings({ state, again }: { state: Extract<State, { status: 'ready' }>; again: () => void }) {
  const { inventory, groups, conversions, nameOf, related, tabId } = state;
  const reveal = (ref: MentionRef) => void sendToTab(tabId, 'reveal', ref).catch(() => undefined);
  const nothing = !inventory.companies.length && !inventory.money.length && !inventory.deals.length;
  const header = <Header site={state.site} onChange={again} />;
  if (nothing) {
    // One empty state, once the page and its deals are read.
    const read = inventory.complete && inventory.dealsComplete;
    return (
      <>
        {header}
        <p id="nothing-found" class={read ? 'empty' : 'muted'}>{read ? t('popupNothingFound') : t('popupReading')}</p>
        <Links />
      </>
    );
  }
  const format = moneyFormatOf(state.site.settings);
  return (
    <>
      {header}
      <p id="counts">{countsLine(inventory)}</p>
      <p class="muted">
        {inventory.articleDate ? t('popupPublished', dayLabel(inventory.articleDate.day, locale), dateSourceLabel(inventory.articleDate.source)) : t('popupNoDate')}
      </p>
      {(inventory.deals.length > 0 || !inventory.dealsComplete) && (
        <section aria-labelledby="deals-heading">
          <h2 id="deals-heading">{t('popupDealsOnPage')}</h2>
          {inventory.deals.length === 0 && <p class="muted">{t('popupStillReading')}</p>}
          <ul id="deals">
            {inventory.deals.map((d) => <DealItem key={d.id} deal={d} nameOf={nameOf} />)}
          </ul>
        </section>
      )}
      <CaptureFailureLine pageUrl={inventory.url} read={inventory.dealsComplete} />
      {groups.length > 0 && (
        <section aria-labelledby="money-heading">
          <h2 id="money-heading">{t('popupAmounts')}</h2>
          <ul id="money">
            {/* Amounts of one currency share their rates: the line is given once, under the first. */}
            {groups.map((g, i) => <AmountItem key={g.first.index} group={g} index={i} conversions={conversions} format={format} reveal={reveal} rates={groups.findIndex((o) => o.first.currency === g.first.currency) === i} />)}
          </ul>
        </section>
      )}
      {inventory.companies.length > 0 && (
        <section aria-labelledby="companies-heading">
          <h2 id="companies-heading">{t('popupCompanies')}</h2>
          <ul id="companies" class="chips">
            {companyChips(inventory.companies, nameOf).map((c) => (
              <li class="company" key={c.id}>
                <button type="button" data-company={c.id} onClick={() => reveal({ kind: 'company', index: c.first })}>
                  <span class="chip">{c.title}</span>
                  {c.subtitle && <span class="sub">{c.subtitle}</span>}
                  {c.count > 1 && <span class="count">×{c.count}</span>}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {related.length > 0 && (
        <section id="related-section" aria-labelledby="related-heading">
          <h2 id="related-heading">{t('relatedDeals')}</h2>
          <ul id="related">
            {related.slice(0, RELATED_SHOWN).map(({ deal, reason }) => <RelatedItem key={deal.id} deal={deal} reason={reason} nameOf={nameOf} />)}
          </ul>
          {related.length > RELATED_SHOWN && (
            <details id="more-related">
              <summary>{t('popupMoreDeals', related.length - RELATED_SHOWN)}</summary>
              <ul>
                {related.slice(RELATED_SHOWN).map(({ deal, reason }) => <RelatedItem key={deal.id} deal={deal} reason={reason} nameOf={nameOf} />)}
              </ul>
            </details>
          )}
        </section>
      )}
      <Links />
    </>
  );
}

function Popup() {
  const [state, again] = usePageState();
  if (state.status === 'loading') return <p class="muted">{t('popupReading')}</p>;
  if (state.status === 'unavailable') return <p data-deallens-unavailable>{state.reason}</p>;
  if (state.status === 'cannot-run') {
    return (
      <div id="cannot-run">
        <Header />
        <p class="empty">{t('popupCannotRun')}</p>
        <p class="muted" data-deallens-unavailable>{state.reason}</p>
        <Links />
      </div>
    );
  }
  if (state.status === 'not-running') return <NotRunning state={state} onAnnotated={again} />;
  return <PageFindings state={state} again={again} />;
}

render(<Popup />, document.getElementById('app')!);
