// One row of the deals table: the company under the name the reader knows (智谱, with Zhipu AI
// beneath, in a Chinese interface), the amount with its value in the home currency at the deal's
// date, and the investors as buttons that filter the table on them, joined as the language joins a list.
import { useState } from 'preact/hooks';
import type { Conversion, DealParty } from '../core/types';
import { t } from '../platform/i18n';
import type { CompanyTitle } from '../ui/company-name';
import { dealKindLabel, dealOriginLabel } from '../ui/deal-summary';
import { formatMoney } from '../ui/format-money';
import { linkedSources, rateSourceLabel } from '../ui/source-labels';
import { partyKey } from './deal-search';
import { listParts } from './list-parts';
import type { ListedDeal } from './listed-deal';
import { dayLabel } from '../ui/day-label';

/** Investors shown before "N more". */
const INVESTORS_SHOWN = 6;
/** Sources shown before "N more". */
const SOURCES_SHOWN = 3;

export interface RowContext {
  locale: string;
  titleOf: (party: DealParty) => CompanyTitle;
  /** The home currency and the deal's amount in it, when known. */
  home: { currency: string; conversion?: Conversion } | null;
  /** The investor the table is filtered on (partyKey), if any. */
  investorKey: string | null;
  onInvestor: (party: DealParty) => void;
  onCompany: (name: string) => void;
}

export function DealRow({ deal, ctx, isTarget, selected, onSelect, onEdit, onDelete }: { deal: ListedDeal; ctx: RowContext; isTarget: boolean; selected: boolean; onSelect: () => void; onEdit: () => void; onDelete: () => void }) {
  const company = ctx.titleOf(deal.target);
  const conversion = ctx.home?.conversion;
  return (
    <tr id={`deal-${deal.id}`} class={isTarget ? 'target' : ''} data-deal={deal.id}>
      <td><input type="checkbox" aria-label={t('dealsSelectRow', `${company.title} · ${dayLabel(deal.date, ctx.locale)}`)} checked={selected} onChange={onSelect} /></td>
      <td class="date"><time dateTime={deal.date}>{dayLabel(deal.date, ctx.locale)}</time></td>
      <td>
        <a href={`#company=${encodeURIComponent(deal.target.name)}`} onClick={() => ctx.onCompany(deal.target.name)}>{company.title}</a>
        {company.subtitle && <div class="sub" lang="en">{company.subtitle}</div>}
      </td>
      <td>{dealKindLabel(deal)}</td>
      <td class="num" data-home-amount={conversion?.amount}>
        {deal.amount ? formatMoney(deal.amount.amount, deal.amount.currency, { locale: ctx.locale }) : '—'}
        {deal.amount && conversion && ctx.home && deal.amount.currency !== ctx.home.currency && (
          <div class="sub" title={t('dealsAmountRate', ctx.home.currency, dayLabel(conversion.rateDate, ctx.locale), rateSourceLabel(conversion.source))}>
            ≈ {formatMoney(conversion.amount, ctx.home.currency, { locale: ctx.locale })}
          </div>
        )}
      </td>
      <td><Investors deal={deal} ctx={ctx} /></td>
      <td><Sources deal={deal} locale={ctx.locale} /></td>
      <td>{dealOriginLabel(deal.origin)}</td>
      <td class="actions">
        <button type="button" data-action="edit" onClick={onEdit}>{t('dealsEdit')}</button> <button type="button" data-action="delete" onClick={onDelete}>{t('dealsDelete')}</button>
      </td>
    </tr>
  );
}

/** A deal's sources, the first few shown: a deal a dozen pages reported lists a dozen links. */
function Sources({ deal, locale }: { deal: ListedDeal; locale: string }) {
  const [all, setAll] = useState(false);
  const shown = all ? deal.sources : deal.sources.slice(0, SOURCES_SHOWN);
  const more = deal.sources.length - shown.length;
  return (
    <>
      {shown.map((s, i) => {
        const link = linkedSources({ sources: [s] }, locale)[0];
        return link ? <div key={i}><a href={link.url} target="_blank" rel="noopener noreferrer">{link.label}</a></div> : <div key={i} class="muted">{t('sourceAndDate', s.publisher, dayLabel(s.date, locale))}</div>;
      })}
      {more > 0 && <button type="button" class="link" data-more-sources onClick={() => setAll(true)}>{t('dealsSourcesMore', more)}</button>}
    </>
  );
}

function Investors({ deal, ctx }: { deal: ListedDeal; ctx: RowContext }) {
  const [all, setAll] = useState(false);
  const shown = all ? deal.investors : deal.investors.slice(0, INVESTORS_SHOWN);
  const more = deal.investors.length - shown.length;
  const items: (DealParty | null)[] = more ? [...shown, null] : shown;
  const name = (p: DealParty) => ctx.titleOf(p).title;
  return (
    <>
      {listParts(items, (p) => (p ? name(p) : t('dealsInvestorsMore', more)), ctx.locale).map((part, i) => {
        if (typeof part === 'string') return part;
        if (part === null) return <button key="more" type="button" class="link" onClick={() => setAll(true)}>{t('dealsInvestorsMore', more)}</button>;
        const key = partyKey(part);
        // A link, not a button: it flows and wraps like the text around it, and opens the filtered page in a new tab too.
        return (
          <a key={i} href={`#investor=${encodeURIComponent(key)}`} class="investor" data-investor={key} aria-current={ctx.investorKey === key ? 'true' : undefined} title={t('dealsInvestorChipTitle', name(part))} onClick={(e) => (e.preventDefault(), ctx.onInvestor(part))}>
            {part.role === 'lead' ? t('investorLead', name(part)) : name(part)}
          </a>
        );
      })}
    </>
  );
}
