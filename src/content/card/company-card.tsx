import { useEffect, useState } from 'preact/hooks';
import type { CompanyMention } from '../../core/types';
import type { DealRecord } from '../../core/types';
import type { CompanyInfo, RelatedDeals } from '../../messages/contract';
import { BackgroundUnreachableError, RETRY_READS, sendToBackground } from '../../messages/send';
import { dealInvestors, dealTitle, sourceLink } from '../../ui/deal-summary';
import { t, uiLocale, type MessageKey } from '../../platform/i18n';

const KIND_LABEL: Record<CompanyInfo['kind'], MessageKey> = { company: 'companyKindCompany', investor: 'companyKindInvestor', both: 'companyKindBoth' };

/** Only http(s) links ever reach the page; a domain from the data becomes https://domain. */
export function safeHttpUrl(value: string): string | null {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function CompanyCard({ mention, count }: { mention: CompanyMention; count: number }) {
  const [info, setInfo] = useState<CompanyInfo | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState(false);
  useEffect(() => {
    sendToBackground('lookupCompanies', { ids: [mention.id] }, RETRY_READS).then(
      ([found]) => setInfo(found ?? null),
      (e: unknown) =>
        setError(e instanceof BackgroundUnreachableError ? t('cardBackgroundUnreachable', e.attempts) : t('companyLookupFailed', e instanceof Error ? e.message : String(e))),
    );
  }, [mention.id]);

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
            <button type="button" class="link" onClick={() => void sendToBackground('addCompany', { name: mention.name }).then(() => setAdded(true), (e: unknown) => setError(t('companyLookupFailed', String(e))))}>
              {t('companyAdd')}
            </button>
          )}
        </>
      )}
      {info && (
        <>
          {info.description && <p data-deallens-description>{info.description}</p>}
          <dl>
            <dt>{t('companyFieldKind')}</dt>
            <dd>{t(KIND_LABEL[info.kind])}</dd>
            {info.country && (<><dt>{t('companyFieldCountry')}</dt><dd>{info.country}</dd></>)}
            {otherNames.length > 0 && (<><dt>{t('companyFieldAlso')}</dt><dd>{otherNames.join(' · ')}</dd></>)}
            {info.formerNames?.length ? (<><dt>{t('companyFieldFormerly')}</dt><dd>{info.formerNames.join(' · ')}</dd></>) : null}
            {info.tickers?.length ? (<><dt>{t('companyFieldTickers')}</dt><dd>{info.tickers.join(', ')}</dd></>) : null}
            {site && (<><dt>{t('companyFieldWebsite')}</dt><dd><a href={site} target="_blank" rel="noopener noreferrer">{info.domain}</a></dd></>)}
          </dl>
          <RelatedDealsView related={info.related} />
        </>
      )}
      <p class="muted">{count === 1 ? t('companyMentionedOnce', count) : t('companyMentionedTimes', count)}</p>
    </>
  );
}

function DealLine({ deal, note }: { deal: DealRecord; note?: string }) {
  const link = sourceLink(deal);
  const source = deal.sources[0];
  return (
    <li data-deal={deal.id}>
      {`${deal.date} · ${dealTitle(deal, uiLocale())}`}
      {deal.investors.length > 0 && <div class="muted">{t('investorsList', dealInvestors(deal))}</div>}
      {note && <div class="muted">{note}</div>}
      <button type="button" class="link" onClick={() => void sendToBackground('openDealsPage', { dealId: deal.id })}>
        {t('openInDealsPage')}
      </button>
      {link ? (
        <a href={link} target="_blank" rel="noopener noreferrer">{t('sourceAndDate', source?.publisher ?? t('companySource'), source?.date ?? '')}</a>
      ) : (
        source && <div class="muted">{t('companySourceLine', source.publisher, source.date)}</div>
      )}
    </li>
  );
}

/** Funding history, investors' other deals and similar deals, each with why it is listed. */
function RelatedDealsView({ related }: { related: RelatedDeals }) {
  const { timeline, investorDeals, similar } = related;
  if (!timeline.length && !similar.length) {
    return (
      <section>
        <p class="muted">{t('companyNoDeals')}</p>
      </section>
    );
  }
  return (
    <>
      {timeline.length > 0 && (
        <section data-deallens-section="timeline">
          <div class="muted">{t('companyDeals')}</div>
          <ul>{timeline.slice(0, 6).map((d) => <DealLine key={d.id} deal={d} />)}</ul>
        </section>
      )}
      {investorDeals.some((g) => g.deals.length) && (
        <section data-deallens-section="investors">
          <div class="muted">{t('companyInvestorDeals')}</div>
          <ul>
            {investorDeals
              .filter((g) => g.deals.length)
              .slice(0, 4)
              .map((g) => (
                <li key={g.investor.id ?? g.investor.name}>
                  {`${g.investor.name}: `}
                  {g.deals.slice(0, 3).map((d) => `${d.target.name} (${d.date})`).join(', ')}
                </li>
              ))}
          </ul>
        </section>
      )}
      {similar.length > 0 && (
        <section data-deallens-section="similar">
          <div class="muted">{t('relatedDeals')}</div>
          <ul>{similar.slice(0, 4).map(({ deal, reason }) => <DealLine key={deal.id} deal={deal} note={reason} />)}</ul>
        </section>
      )}
    </>
  );
}
