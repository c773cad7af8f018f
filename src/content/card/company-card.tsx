import { useEffect, useState } from 'preact/hooks';
import type { CompanyMention } from '../../core/types';
import type { CompanyInfo } from '../../messages/contract';
import { sendToBackground } from '../../messages/send';

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
          <section>
            <div class="muted">Deals in your store</div>
            {info.deals.length ? (
              <ul>{info.deals.map((d) => <li key={d.id}>{`${d.date ? `${d.date}: ` : ''}${d.title}`}</li>)}</ul>
            ) : (
              <p class="muted">None yet.</p>
            )}
          </section>
        </>
      )}
      <p class="muted">{`Mentioned ${count} ${count === 1 ? 'time' : 'times'} on this page.`}</p>
    </>
  );
}
