// The toolbar popup: what DealLens found on the active tab, with conversions; each entry scrolls
// the page to its mention. `?tabId=N` points it at another tab (used when it is opened as a page).

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { DealRecord } from '../core/types';
import type { ConversionAnswer, MentionRef, PageInventory } from '../messages/contract';
import { sendToBackground, sendToTab } from '../messages/send';
import { dealInvestors, dealTitle } from '../ui/deal-summary';
import { formatRange, formatRate, moneyFormatOf, type MoneyFormat } from '../ui/format-money';
import { t, uiLocale } from '../ui/i18n';

async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Conversions of every amount into one currency. */
type ConversionsTo = { to: string; rows: ConversionAnswer[][] };

type State =
  | { status: 'loading' }
  | { status: 'unavailable'; reason: string }
  | { status: 'ready'; tabId: number; inventory: PageInventory; conversions: ConversionsTo[]; related: { deal: DealRecord; reason: string }[]; format: MoneyFormat };

const locale = uiLocale();
document.documentElement.lang = locale;
const dealsPage = browser.runtime.getURL('src/deals/deals.html');

async function load(): Promise<State> {
  const tabId = await targetTabId();
  if (tabId === undefined) return { status: 'unavailable', reason: t('popupNoActiveTab') };
  let inventory: PageInventory;
  try {
    inventory = await sendToTab(tabId, 'getInventory', {});
  } catch {
    return {
      status: 'unavailable',
      reason: t('popupCannotRead'),
    };
  }
  const settings = await sendToBackground('getSettings', {});
  const { homeCurrency, extraCurrencies } = settings;
  const days = inventory.articleDate ? [inventory.articleDate.day, 'today' as const] : ['today' as const];
  const conversions = inventory.money.length
    ? await Promise.all([homeCurrency, ...extraCurrencies].map(async (to) => ({ to, rows: await sendToBackground('convert', { amounts: inventory.money, to, days }) })))
    : [];
  return { status: 'ready', tabId, inventory, conversions, related: await relatedToPage(inventory), format: moneyFormatOf(settings) };
}

/** Rate, rate date and source of each conversion of one amount, in one quiet line. */
function RateLine({ conversions, index, from }: { conversions: ConversionsTo[]; index: number; from: string }) {
  const parts = conversions.flatMap(({ to, rows }) =>
    (rows[index] ?? []).flatMap((a) => (a.conversion ? [t('popupRate', from, formatRate(a.conversion.rate), to, a.conversion.rateDate, a.conversion.source)] : [])),
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
    .slice(0, 5);
}

const INVENTORY_RETRY_MS = 400;
const INVENTORY_RETRIES = 25;

function Popup() {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    // A page still being read (or whose deals are still being read) is asked again shortly.
    let timer = 0;
    let tries = 0;
    const refresh = () =>
      load().then(
        (next) => {
          setState(next);
          if (next.status === 'ready' && (!next.inventory.complete || !next.inventory.dealsComplete) && ++tries < INVENTORY_RETRIES) {
            timer = window.setTimeout(refresh, INVENTORY_RETRY_MS);
          }
        },
        (e: unknown) => setState({ status: 'unavailable', reason: e instanceof Error ? e.message : String(e) }),
      );
    void refresh();
    return () => clearTimeout(timer);
  }, []);
  if (state.status === 'loading') return <p class="muted">{t('popupReading')}</p>;
  if (state.status === 'unavailable') return <p data-deallens-unavailable>{state.reason}</p>;
  const { inventory, conversions, tabId } = state;
  const reveal = (ref: MentionRef) => void sendToTab(tabId, 'reveal', ref).catch(() => undefined);
  return (
    <>
      <h1>DealLens</h1>
      <p class="muted">
        {inventory.articleDate ? t('popupPublished', inventory.articleDate.day, inventory.articleDate.source) : t('popupNoDate')}
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
            <button type="button" data-money={m.index} onClick={() => reveal({ kind: 'money', index: m.index })} title={m.currencyReason}>
              <span class="name"><span class="chip">{m.text}</span></span>
              <span class="conv">
                {conversions
                  .filter((c) => c.to !== m.currency)
                  .map(({ to, rows }) => (
                    <div key={to} data-currency={to}>
                      {(rows[i] ?? []).map((a) => (
                        <div key={a.day} data-day={a.day === 'today' ? 'today' : 'article'}>
                          {a.conversion ? t('approxAmount', formatRange(a.conversion.amount, a.conversion.amountMax, a.conversion.currency, locale, state.format)) : '—'}
                          <span class="muted">{` ${a.day === 'today' ? t('popupToday') : a.askedDay}`}</span>
                        </div>
                      ))}
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
      <p><a id="all-deals" href={dealsPage} target="_blank" rel="noopener">{t('popupAllDeals')}</a> · <a href={browser.runtime.getURL('src/options/options.html')} target="_blank" rel="noopener">{t('popupOptions')}</a></p>
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
