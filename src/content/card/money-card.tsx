import { useEffect, useRef, useState } from 'preact/hooks';
import { checkEquivalent } from '../../core/fx/check-equivalent';
import { dayOf } from '../../core/text/article-date';
import type { DealRecord, MoneyMention } from '../../core/types';
import type { ConversionAnswer } from '../../messages/contract';
import { BackgroundUnreachableError, RETRY_READS, sendToBackground } from '../../messages/send';
import { dealInvestors, dealTitle } from '../../ui/deal-summary';
import { isChineseLocale, joinNames, withLocalNames } from '../../ui/company-name';
import { useLocalNames } from './local-names';
import { changeLabel, qualifiedFigure, staleRateDate } from '../../ui/converted-figure';
import { dayLabel } from '../../ui/day-label';
import { currencyBasisText } from '../../ui/currency-reason';
import { dateSourceLabel, rateSourceLabel } from '../../ui/source-labels';
import { ratesProblemText } from '../../ui/rates-problem-text';
import { formatMoney, formatRange, formatRate, type MoneyFormat } from '../../ui/format-money';
import { errorText } from '../../platform/error-text';
import { t, type MessageKey } from '../../platform/i18n';
import type { ArticleDate } from '../article-date';

interface Props {
  mention: MoneyMention;
  /** The amount this one restates, or that restates this one ("equivalent to …"). */
  partner: MoneyMention | null;
  /** The deal of the page this amount belongs to, if any. */
  deal: DealRecord | null;
  articleDate: ArticleDate | null;
  /** Home currency first, then the extra currencies the user picked. */
  currencies: string[];
  locale: string;
  /** How converted amounts are written (the reader's number format). */
  format?: MoneyFormat;
  /** The reader sets the date this page's amounts are converted at (null: back to the detected date). */
  onDateChange: (day: string | null) => void;
}

type Rows = { to: string; answers: ConversionAnswer[] }[];

const APPROX_LABEL: Record<NonNullable<MoneyMention['approx']>, MessageKey> = {
  about: 'approxAbout', over: 'approxOver', under: 'approxUnder', 'up-to': 'approxUpTo', 'at-least': 'approxAtLeast', vague: 'approxVague',
};

/** The source of a date the reader typed in the card (a marker, never shown: the card says "At the date you set"). */
export const SET_BY_READER = 'set by you';

export function MoneyCard({ mention, partner, deal, articleDate, currencies, locale, format, onDateChange }: Props) {
  const [rows, setRows] = useState<Rows | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Bumped by "Refresh rates" to convert again with what the background just downloaded.
  const [ratesVersion, setRatesVersion] = useState(0);
  const [refresh, setRefresh] = useState<{ busy: boolean; problem: string | null }>({ busy: false, problem: null });
  // Converting a dollar amount to dollars says nothing; show the partner's currency instead.
  const targets = [...new Set(currencies.map((c) => (c === mention.currency && partner ? partner.currency : c)))].filter((c) => c !== mention.currency);
  const what = `${targets.join(',')}|${articleDate?.day ?? ''}`;
  const shown = useRef(what);
  useEffect(() => {
    const days = articleDate ? [articleDate.day, 'today' as const] : ['today' as const];
    // New rates for the same conversions replace the old ones in place (the focus stays on "Refresh
    // rates"); other conversions start from "Converting…" (another amount is another card: see its key).
    if (shown.current !== what) setRows(null);
    shown.current = what;
    setError(null);
    // A service worker stopped mid-request is asked again (RETRY_READS) before the card gives up.
    Promise.all(targets.map((to) => sendToBackground('convert', { amounts: [mention], to, days }, RETRY_READS).then((r) => ({ to, answers: r[0] ?? [] })))).then(
      setRows,
      (e: unknown) =>
        setError(e instanceof BackgroundUnreachableError ? t('cardBackgroundUnreachable', e.attempts) : t('moneyConvertFailed', errorText(e))),
    );
  }, [mention, what, ratesVersion]);

  const refreshRates = () => {
    if (refresh.busy) return; // not disabled while busy: a disabled button would drop the keyboard focus
    setRefresh({ busy: true, problem: null });
    sendToBackground('refreshRates', {}).then(
      (status) => {
        setRefresh({ busy: false, problem: status.error && ratesProblemText(status.error, locale) });
        setRatesVersion((v) => v + 1);
      },
      (e: unknown) => setRefresh({ busy: false, problem: t('moneyRefreshFailed', errorText(e)) }),
    );
  };
  // The check compares the article's own conversion with the rate of the article's date, not another day's.
  const checkable = articleDate?.source !== SET_BY_READER;
  const dayCount = articleDate ? 2 : 1;
  // Answers by day (0: the article's or the reader's date, then today), each with its currency.
  const byDay = (i: number) => (rows ?? []).map((r) => ({ to: r.to, answer: r.answers[i] })).filter((r): r is { to: string; answer: ConversionAnswer } => !!r.answer);
  const figure = (answer: ConversionAnswer, to: string) =>
    answer.conversion ? qualifiedFigure(formatRange(answer.conversion.amount, answer.conversion.amountMax, to, locale, format), mention.approx) : null;
  const original = formatRange(mention.amount, mention.amountMax, mention.currency, locale);
  const main = rows ? byDay(0) : [];
  const today = rows && dayCount === 2 ? byDay(1) : [];
  const mainDay = main[0]?.answer.askedDay;
  // "Today" only when the rate is recent: an old rate is said to be one, with a way to refresh.
  // The oldest stale rate among the currencies, so the heading never overstates how recent they are.
  const stale = (dayCount === 1 ? main : today).map((e) => staleRateDate(e.answer)).filter((d) => d !== null).sort()[0] ?? null;
  const staleNotice = stale && (
    <div class="warn">
      {`${t('moneyTodayStale', dayLabel(stale, locale))} `}
      <button type="button" class="link" aria-busy={refresh.busy} onClick={refreshRates}>
        {refresh.busy ? t('moneyRefreshing') : t('moneyRefreshRates')}
      </button>
      {refresh.problem && <div data-deallens-refresh-problem>{refresh.problem}</div>}
    </div>
  );
  // How the home currency's figure moved from the article's date to today ("+0.1%").
  const change = changeLabel(main[0]?.answer.conversion?.amount, today.find((e) => e.to === main[0]?.to)?.answer.conversion?.amount, locale);
  const partnerAnswer = partner && dayCount === 2 && checkable ? main.find((e) => e.to === partner.currency)?.answer : undefined;
  const inferred = currencyBasisText(mention.currencyBasis, mention.currency, locale);
  return (
    <>
      {/* The qualifier, and the currency only when DealLens inferred it (a bare "$"): the text said the rest. */}
      {(mention.approx || inferred) && <p class="muted">{[mention.approx ? t(APPROX_LABEL[mention.approx]) : '', inferred ?? ''].filter(Boolean).join(' · ')}</p>}
      {error && <p class="warn" data-deallens-error>{error}</p>}
      {!rows && !error && <p class="muted">{t('moneyConverting')}</p>}
      {rows && targets.length === 0 && <p class="muted">{t('moneyAlreadyIn', mention.currency)}</p>}
      {main.length > 0 && (
        // The converted figure first and largest, at the article's date (or the reader's, or today).
        <section data-deallens-conversion={dayCount === 2 ? 'article' : 'today'} {...(dayCount === 1 && stale && { 'data-deallens-stale': stale })}>
          {main.map(({ to, answer }, i) =>
            answer.conversion ? (
              <div key={to} data-currency={to} class={i === 0 ? 'hero' : 'big'}>
                {figure(answer, to)}
                {i === 0 && mainDay && dayCount === 2 && <span class="muted">{` ${t('moneyHeroDay', dayLabel(mainDay, locale))}`}</span>}
              </div>
            ) : (
              <div key={to} class="warn">{answer.problem}</div>
            ),
          )}
          <div class="muted" data-deallens-original>
            {dayCount === 1
              ? t('moneyFromToday', original)
              : articleDate?.source === SET_BY_READER
                ? t('moneyFromYourDate', original)
                : t('moneyFromArticleDate', original, dateSourceLabel(articleDate?.source ?? ''))}
          </div>
          {main.map(({ answer }) => answer.note && <div class="warn">{answer.note}</div>)}
          {dayCount === 1 && staleNotice}
        </section>
      )}
      {today.length > 0 && (
        <section data-deallens-conversion="today" {...(stale && { 'data-deallens-stale': stale })}>
          {staleNotice}
          <div>
            {t(
              stale ? 'moneyAtLastRate' : 'moneyTodayLine',
              today.map(({ to, answer }) => figure(answer, to) ?? answer.problem ?? '').join(' · '),
            )}
            {change && mainDay && <span class="muted">{` · ${t('moneyChangeSince', change, dayLabel(mainDay, locale))}`}</span>}
          </div>
        </section>
      )}
      {partner && partnerAnswer && <EquivalentCheck mention={mention} partner={partner} answer={partnerAnswer} locale={locale} />}
      {rows && main.length > 0 && (
        // Where each day's figures come from: one muted line per day.
        <section class="provenance muted" data-deallens-provenance>
          {[main, today].filter((entries) => entries.some((e) => e.answer.conversion)).map((entries) => {
            const converted = entries.filter((e) => e.answer.conversion);
            const first = converted[0]!.answer;
            const rateDate = first.conversion!.rateDate;
            const latest = rateDate < first.askedDay && first.day === 'today';
            // Rates are listed, not joined as a sentence ("… EUR, 1 CNY = … HKD"; "…；…" in Chinese).
            const rates = converted.map(({ to, answer }) => `1 ${mention.currency} = ${formatRate(answer.conversion!.rate)} ${to}`).join(isChineseLocale(locale) ? '；' : ', ');
            const sources = [...new Set(converted.map((e) => rateSourceLabel(e.answer.conversion!.source)))];
            return <div key={first.day}>{t(latest ? 'moneyProvenanceLatest' : 'moneyProvenance', dayLabel(rateDate, locale), rates, joinNames(sources, locale))}</div>;
          })}
        </section>
      )}
      {!articleDate && <p class="muted">{t('moneyNoDate')}</p>}
      {deal && <PageDeal deal={deal} locale={locale} />}
      <DateOverride articleDate={articleDate} onDateChange={onDateChange} />
    </>
  );
}

function DateOverride({ articleDate, onDateChange }: Pick<Props, 'articleDate' | 'onDateChange'>) {
  // A plain YYYY-MM-DD field, applied on Enter or when left: it reads the same in every locale and
  // browser, where a native date field's parts and their order differ (and fire a change per part).
  const apply = (input: HTMLInputElement) => {
    const day = dayOf(input.value);
    input.setAttribute('aria-invalid', String(input.value.trim() !== '' && (!day || day < '2000-01-01')));
    if (day && day >= '2000-01-01' && day !== articleDate?.day) onDateChange(day);
  };
  return (
    <section>
      <label class="muted">
        {`${t('moneyOtherDate')} `}
        <input
          type="text"
          inputMode="numeric"
          name="deallens-date"
          placeholder="YYYY-MM-DD"
          size={10}
          maxLength={10}
          // Not controlled: conversions arriving while the reader types re-render the card, and a
          // controlled value would put the article's date back under their fingers.
          key={articleDate?.day ?? ''}
          defaultValue={articleDate?.day ?? ''}
          onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
          onKeyDown={(e) => e.key === 'Enter' && apply(e.currentTarget as HTMLInputElement)}
          onBlur={(e) => apply(e.currentTarget as HTMLInputElement)}
        />
      </label>
      {articleDate?.source === SET_BY_READER && (
        <button type="button" class="link" onClick={() => onDateChange(null)}>
          {t('moneyUsePageDate')}
        </button>
      )}
    </section>
  );
}

function EquivalentCheck({ mention, partner, answer, locale }: { mention: MoneyMention; partner: MoneyMention; answer: ConversionAnswer; locale: string }) {
  const check = answer.conversion && checkEquivalent(mention, partner, answer.conversion);
  if (!check) return null;
  const percent = `${check.difference >= 0 ? '+' : ''}${(check.difference * 100).toFixed(1)}%`;
  const stated = formatMoney(partner.amount, partner.currency, { locale });
  return (
    <p class={check.consistent ? 'ok' : 'warn'} data-deallens-check={check.consistent ? 'consistent' : 'inconsistent'}>
      {check.consistent
        ? t('moneyCheckMatches', stated, percent, check.tolerance * 100)
        : t('moneyCheckDiffers', stated, percent, check.tolerance * 100, mention.currency, formatRate(check.impliedRate), partner.currency)}
    </p>
  );
}

/** The deal the page reports with this amount, its parties named in the reader's language. */
function PageDeal({ deal, locale }: { deal: DealRecord; locale: string }) {
  const named = withLocalNames(deal, useLocalNames([deal.target, ...deal.investors], locale));
  return (
    <section data-deallens-section="deal">
      <div class="muted">{t('moneyDeal')}</div>
      <div>{dealTitle(named, locale)}</div>
      {named.investors.length > 0 && <div class="muted">{t('investorsList', dealInvestors(named, locale))}</div>}
    </section>
  );
}
