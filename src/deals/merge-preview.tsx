// Merge, shown before it is done: the two selected deals side by side and the deal the store will
// keep (merge-result.ts, the store's own merge), as deal tables show a merge of duplicates. The
// reader can keep the other one instead, then confirms or cancels.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DealParty, DealRecord } from '../core/types';
import { t } from '../platform/i18n';
import { joinNames } from '../ui/company-name';
import { dealKindLabel, dealOriginLabel } from '../ui/deal-summary';
import { formatMoney } from '../ui/format-money';
import { mergedDeal } from './merge-result';
import { dayLabel } from '../ui/day-label';
import { errorText } from '../platform/error-text';

interface MergePreviewProps {
  keep: DealRecord;
  drop: DealRecord;
  locale: string;
  /** A party's name as the page shows it. */
  nameOf: (party: DealParty) => string;
  onSwap: () => void;
  onCancel: () => void;
  /** Merges; a thrown error is shown in the preview. */
  onConfirm: () => Promise<void>;
}

export function MergePreview({ keep, drop, locale, nameOf, onSwap, onCancel, onConfirm }: MergePreviewProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const result = mergedDeal(keep, drop);

  const rows: [string, (d: DealRecord) => string][] = [
    [t('dealsFieldId'), (d) => d.id],
    [t('dealsFieldTarget'), (d) => nameOf(d.target)],
    [t('dealsFieldType'), (d) => dealKindLabel(d)],
    [t('dealsFieldDate'), (d) => dayLabel(d.date, locale)],
    [t('dealsFieldAmount'), (d) => (d.amount ? formatMoney(d.amount.amount, d.amount.currency, { locale }) : '—')],
    [t('dealsColInvestors'), (d) => joinNames(d.investors.map((p) => (p.role === 'lead' ? t('investorLead', nameOf(p)) : nameOf(p))), locale) || '—'],
    [t('dealsColSources'), (d) => d.sources.map((s) => t('sourceAndDate', s.publisher, dayLabel(s.date, locale))).join('\n') || '—'],
    [t('dealsColOrigin'), (d) => dealOriginLabel(d.origin)],
  ];
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } catch (e) {
      setError(t('dealsMergeFailed', errorText(e)));
      setBusy(false);
    }
  };

  return (
    <section id="merge-preview" class="merge" aria-labelledby="merge-heading">
      <h2 id="merge-heading" tabIndex={-1} ref={heading}>{t('dealsMergeHeading')}</h2>
      <p class="muted">{t('dealsMergeNote')}</p>
      <table>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('dealsMergeKept')}</th>
            <th scope="col">{t('dealsMergeDropped')}</th>
            <th scope="col">{t('dealsMergeResult')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cell]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td data-side="keep">{cell(keep)}</td>
              <td data-side="drop">{cell(drop)}</td>
              <td data-side="result" class={cell(result) !== cell(keep) ? 'changed' : ''}>{cell(result)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" id="merge-confirm" disabled={busy} onClick={() => void confirm()}>{t('dealsMergeConfirm')}</button>{' '}
        <button type="button" id="merge-swap" disabled={busy} onClick={onSwap}>{t('dealsMergeSwap')}</button>{' '}
        <button type="button" id="merge-cancel" disabled={busy} onClick={onCancel}>{t('dealsCancel')}</button>
        {error && <span class="warn" role="alert"> {error}</span>}
      </p>
    </section>
  );
}
