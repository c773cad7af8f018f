import { useEffect, useState } from 'preact/hooks';
import type { CompanyMention } from '../../core/types';
import type { DealRecord } from '../../core/types';
import type { CompanyInfo, RelatedDeals } from '../../messages/contract';
import { sendToBackground } from '../../messages/send';
import { dealInvestors, dealTitle, sourceLink } from '../../ui/deal-summary';

const KIND_LABEL = { company: 'Company', investor: 'Investor', both: 'Company and investor' } as const;

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
  useEffect(() => {
    sendToBackground('lookupCompanies', { ids: [mention.id] }).then(
      ([found]) => setInfo(found ?? null),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [mention.id]);

  const otherNames = info
    ? [...new Set([...(info.legalNames ?? []), ...(info.shortNames ?? []), ...(info.aliases ?? []), ...(info.zh ?? [])])].filter((n) => n !== info.name)
    : [];
  const site = info?.domain ? safeHttpUrl(info.domain) : null;
  return (
    <>
      {error && <p class="warn">{`Could not look up this company: ${error}`}</p>}
      {info === undefined && !error && <p class="muted">Looking up…</p>}
      {info === null && <p class="muted">Not in DealLens' company data.</p>}
      {info && (
        <>
          {info.description && <p data-deallens-description>{info.description}</p>}
          <dl>
            <dt>Kind</dt>
            <dd>{KIND_LABEL[info.kind]}</dd>
            {info.country && (<><dt>Country</dt><dd>{info.country}</dd></>)}
            {otherNames.length > 0 && (<><dt>Also</dt><dd>{otherNames.join(' · ')}</dd></>)}
            {info.formerNames?.length ? (<><dt>Formerly</dt><dd>{info.formerNames.join(' · ')}</dd></>) : null}
            {info.tickers?.length ? (<><dt>Tickers</dt><dd>{info.tickers.join(', ')}</dd></>) : null}
            {site && (<><dt>Website</dt><dd><a href={site} target="_blank" rel="noopener noreferrer">{info.domain}</a></dd></>)}
          </dl>
          <RelatedDealsView related={info.related} />
        </>
      )}
      <p class="muted">{`Mentioned ${count} ${count === 1 ? 'time' : 'times'} on this page.`}</p>
    </>
  );
}

function DealLine({ deal, note }: { deal: DealRecord; note?: string }) {
  const link = sourceLink(deal);
  const source = deal.sources[0];
  return (
    <li data-deal={deal.id}>
      {`${deal.date} · ${dealTitle(deal)}`}
      {deal.investors.length > 0 && <div class="muted">{`Investors: ${dealInvestors(deal)}`}</div>}
      {note && <div class="muted">{note}</div>}
      <button type="button" class="link" onClick={() => void sendToBackground('openDealsPage', { dealId: deal.id })}>
        Open in deals page
      </button>
      {link ? (
        <a href={link} target="_blank" rel="noopener noreferrer">{`${source?.publisher ?? 'Source'}, ${source?.date ?? ''}`}</a>
      ) : (
        source && <div class="muted">{`Source: ${source.publisher}, ${source.date}`}</div>
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
        <p class="muted">No deals of this company in your store yet.</p>
      </section>
    );
  }
  return (
    <>
      {timeline.length > 0 && (
        <section data-deallens-section="timeline">
          <div class="muted">Deals</div>
          <ul>{timeline.slice(0, 6).map((d) => <DealLine key={d.id} deal={d} />)}</ul>
        </section>
      )}
      {investorDeals.some((g) => g.deals.length) && (
        <section data-deallens-section="investors">
          <div class="muted">Its investors' other deals</div>
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
          <div class="muted">Related deals</div>
          <ul>{similar.slice(0, 4).map(({ deal, reason }) => <DealLine key={deal.id} deal={deal} note={reason} />)}</ul>
        </section>
      )}
    </>
  );
}
