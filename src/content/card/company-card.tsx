import { useEffect, useState } from 'preact/hooks';
import type { CompanyMention } from '../../core/types';
import type { DealRecord } from '../../core/types';
import type { CompanyInfo, RelatedDeals } from '../../messages/contract';
import { BackgroundUnreachableError, RETRY_READS, sendToBackground } from '../../messages/send';
import { dealTitle } from '../../ui/deal-summary';
import { withLocalNames, type NameOf } from '../../ui/company-name';
import { dayLabel, monthLabel } from '../../ui/day-label';
import { useLocalNames } from './local-names';
import { displayName } from '../../ui/display-names';
import { relatedReasonBadges } from '../../ui/related-reason';
import { linkedSources, sourceHost } from '../../ui/source-labels';
import { errorText } from '../../platform/error-text';
import { t, uiLocale, type MessageKey } from '../../platform/i18n';

const KIND_LABEL: Record<CompanyInfo['kind'], MessageKey> = { company: 'companyKindCompany', investor: 'companyKindInvestor', both: 'companyKindBoth' };

/** Deals shown in each section of the card; the rest are on the deals page. */
const SHOWN = 3;

/** Only http(s) links ever reach the page; a domain from the data becomes https://domain. */
export function safeHttpUrl(value: string): string | null {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** How often the page names the company, for beside the card's title. */
export function mentionedLabel(count: number): string {
  return count === 1 ? t('companyMentionedOnceShort', count) : t('companyMentionedTimesShort', count);
}

/**
 * The company card: what the data knows as a line and chips, then the company's own rounds ("Raised"),
 * then its investments and purchases ("Invested in"), then the top related deals with their reasons.
 */
export function CompanyCard({ mention }: { mention: CompanyMention }) {
  const [info, setInfo] = useState<CompanyInfo | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState(false);
  useEffect(() => {
    sendToBackground('lookupCompanies', { ids: [mention.id] }, RETRY_READS).then(
      ([found]) => setInfo(found ?? null),
      (e: unknown) =>
        setError(e instanceof BackgroundUnreachableError ? t('cardBackgroundUnreachable', e.attempts) : t('companyLookupFailed', errorText(e))),
    );
  }, [mention.id]);

  const locale = uiLocale();
  const otherNames = info
    ? [...new Set([...(info.legalNames ?? []), ...(info.shortNames ?? []), ...(info.aliases ?? []), ...(info.zh ?? [])])].filter((n) => n !== info.name)
    : [];
  const site = info?.domain ? safeHttpUrl(info.domain) : null;
  return (
    <>
      {error && <p class="warn" data-deallens-error>{error}</p>}
      {info === undefined && !error && <p class="muted">{t('companyLookingUp')}</p>}
      {info === null && (
        <>
          <p class="muted">{t('companyUnknown')}</p>
          {added ? (
            <p class="ok">{t('companyAdded')}</p>
          ) : (
            <button type="button" class="link" onClick={() => void sendToBackground('addCompany', { name: mention.name }).then(() => setAdded(true), (e: unknown) => setError(t('companyLookupFailed', errorText(e))))}>
              {t('companyAdd')}
            </button>
          )}
        </>
      )}
      {info && (
        <>
          {/* The data's descriptions are written in English: a reader of another language gets the facts below without it. */}
          {info.description && /^en\b/i.test(locale) && <p class="description" data-deallens-description>{info.description}</p>}
          <ul class="chips" aria-label={t('companyFacts')}>
            <li>{t(KIND_LABEL[info.kind])}</li>
            {info.country && <li>{displayName('region', info.country, locale)}</li>}
            {info.tickers?.slice(0, 2).map((ticker) => <li key={ticker}>{ticker}</li>)}
            {site && (
              <li>
                <a href={site} target="_blank" rel="noopener noreferrer">{`${info.domain} ↗`}</a>
              </li>
            )}
          </ul>
          {otherNames.length > 0 && <p class="muted">{t('companyFieldAlso', otherNames.slice(0, 6).join(' · '))}</p>}
          {info.formerNames?.length ? <p class="muted">{t('companyFieldFormerly', info.formerNames.join(' · '))}</p> : null}
          <RelatedDealsView companyId={mention.id} related={info.related} />
        </>
      )}
    </>
  );
}

/** One deal on one line, in the same style whether or not its source has a link: "Oct 2023 · Zhipu AI · funding CN¥2.5B  reuters.com ↗ · Open", with why it is related as badges below; the company's own rounds leave its name out. */
function DealLine({ deal, nameOf, badges, ownRound }: { deal: DealRecord; nameOf: NameOf; badges?: string[]; ownRound?: boolean }) {
  const locale = uiLocale();
  const link = linkedSources(deal, locale)[0];
  const source = deal.sources[0];
  const title = dealTitle(withLocalNames(deal, nameOf), locale, { target: !ownRound });
  return (
    <li data-deal={deal.id}>
      <div class="deal-line">
        <span class="what" title={`${dayLabel(deal.date, locale)} · ${title}`}>{`${monthLabel(deal.date, locale)} · ${title}`}</span>
        <span class="muted links">
          {link ? (
            <a href={link.url} target="_blank" rel="noopener noreferrer" title={link.label}>{`${sourceHost(link.url)} ↗`}</a>
          ) : (
            source && <span title={t('sourceAndDate', source.publisher, dayLabel(source.date, locale))}>{source.publisher}</span>
          )}
          {' · '}
          <button type="button" class="link" title={t('openInDealsPage')} onClick={() => void sendToBackground('openDealsPage', { dealId: deal.id })}>
            {t('dealOpen')}
          </button>
        </span>
      </div>
      {badges?.length ? (
        <ul class="chips reason" aria-label={t('relatedWhy')}>
          {badges.map((badge) => <li key={badge}>{badge}</li>)}
        </ul>
      ) : null}
    </li>
  );
}

/** The company's rounds, its investments, then the related deals with why each is related. */
function RelatedDealsView({ companyId, related }: { companyId: string; related: RelatedDeals }) {
  const { timeline, investorDeals, similar } = related;
  const raised = timeline.filter((d) => d.target.id === companyId);
  const invested = timeline.filter((d) => d.target.id !== companyId);
  const own = new Set(timeline.map((d) => d.id));
  // Related: deals like the company's own first (ranked, with why), then its investors' other deals; each deal once.
  const locale = uiLocale();
  const nameOf = useLocalNames([...timeline, ...similar.map((s) => s.deal), ...investorDeals.flatMap((g) => g.deals)].flatMap((d) => [d.target, ...d.investors]), locale);
  const others = similar.map(({ deal, reason }) => ({ deal, badges: relatedReasonBadges(reason, deal, locale, nameOf) }));
  for (const g of investorDeals) for (const deal of g.deals) others.push({ deal, badges: [t('companyRelatedByInvestor', nameOf(g.investor).title)] });
  const seen = new Set<string>();
  const relatedDeals = others.filter(({ deal }) => !own.has(deal.id) && !seen.has(deal.id) && seen.add(deal.id));
  const total = own.size + relatedDeals.length;
  if (total === 0) {
    return (
      <section>
        <p class="muted">{t('companyNoDeals')}</p>
      </section>
    );
  }
  return (
    <>
      {raised.length > 0 && (
        <section data-deallens-section="raised">
          <div class="muted">{t('companyRaised')}</div>
          <ul class="deals">{raised.slice(0, SHOWN).map((d) => <DealLine key={d.id} deal={d} nameOf={nameOf} ownRound />)}</ul>
        </section>
      )}
      {invested.length > 0 && (
        <section data-deallens-section="invested">
          <div class="muted">{t('companyInvestedIn')}</div>
          <ul class="deals">{invested.slice(0, SHOWN).map((d) => <DealLine key={d.id} deal={d} nameOf={nameOf} />)}</ul>
        </section>
      )}
      {relatedDeals.length > 0 && (
        <section data-deallens-section="related">
          <div class="muted">{t('relatedDeals')}</div>
          <ul class="deals">{relatedDeals.slice(0, SHOWN).map(({ deal, badges }) => <DealLine key={deal.id} deal={deal} nameOf={nameOf} badges={badges} />)}</ul>
        </section>
      )}
      <section>
        <button type="button" class="link" data-deallens-see-all onClick={() => void sendToBackground('openDealsPage', { company: companyId })}>
          {t('companySeeAllDeals', total)}
        </button>
      </section>
    </>
  );
}

/** The card's title: the company under the name the reader knows, the other language's name beside it. */
export function CompanyCardTitle({ mention }: { mention: Pick<CompanyMention, 'id' | 'name'> }) {
  const locale = uiLocale();
  const { title, subtitle } = useLocalNames([mention], locale)(mention);
  return (
    <>
      {title}
      {subtitle && <span class="subtitle" lang="en">{` ${subtitle}`}</span>}
    </>
  );
}
