// The deals page: every deal in the local store (bundled, captured, imported, edited), searchable
// and sortable, with company and investor views (click a name), edit, delete, merge, and export and
// import in JSON and CSV. #deal=<id> in the address points at one deal; #company=<id> filters.
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DealRecord, DealType } from '../core/types';
import { allDeals } from '../messages/all-deals';
import { sendToBackground } from '../messages/send';
import { checkEditedDeal, exportDealsCsv, exportDealsJson, importDealsInSteps, importFileTooLarge, type ImportProgress } from '../platform/deal-transfer';
import { dealInvestors, dealOriginLabel, dealTypeLabel } from '../ui/deal-summary';
import { roundLabel } from '../ui/round-label';
import { linkedSources } from '../ui/source-labels';
import { formatMoney } from '../ui/format-money';
import { errorText } from '../platform/error-text';
import { t, uiLocale } from '../platform/i18n';

type Deal = DealRecord & { firstSeen: string };
type SortKey = 'date' | 'target' | 'type' | 'amount' | 'origin';

const DEAL_TYPES: DealType[] = ['funding', 'acquisition', 'merger', 'ipo', 'stake-sale', 'debt'];

const locale = uiLocale();
document.documentElement.lang = locale;
document.title = t('dealsPageTitle');

function matches(deal: Deal, query: string): boolean {
  if (!query) return true;
  // The stored words and the shown labels both match ("ipo" and "IPO", "funding" and 融资).
  const hay = [deal.target.name, deal.target.id, deal.type, dealTypeLabel(deal.type), deal.round, deal.round && roundLabel(deal.round), deal.sector, deal.date, deal.origin, dealOriginLabel(deal.origin), ...deal.investors.flatMap((i) => [i.name, i.id])]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return query.toLowerCase().split(/\s+/).every((word) => hay.includes(word));
}

function compare(a: Deal, b: Deal, key: SortKey): number {
  switch (key) {
    case 'amount':
      return (a.amount?.amount ?? -1) - (b.amount?.amount ?? -1);
    case 'target':
      return a.target.name.localeCompare(b.target.name);
    default:
      return String(a[key]).localeCompare(String(b[key]));
  }
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

function hashParam(name: string): string | null {
  return new URLSearchParams(location.hash.slice(1)).get(name);
}

function EditForm({ deal, onDone }: { deal: Deal; onDone: (saved: boolean) => void }) {
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const amount = Number(text('amount'));
    const edited: DealRecord = {
      ...deal,
      type: text('type') as DealType,
      date: text('date'),
      target: { ...deal.target, name: text('target') || deal.target.name },
      investors: text('investors')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => {
          const [name, role] = line.split('|').map((p) => p.trim());
          const known = deal.investors.find((i) => i.name === name);
          return { ...(known?.id && { id: known.id }), name: name!, ...(role === 'lead' || role === 'participant' || role === 'existing' ? { role } : {}) };
        }),
      ...(text('round') ? { round: text('round') } : { round: undefined }),
      ...(text('amount') && amount > 0 ? { amount: { ...deal.amount, amount, currency: text('currency').toUpperCase() || deal.amount?.currency || 'USD' } } : { amount: undefined }),
    };
    if (!/^\d{4}-\d{2}(-\d{2})?$/.test(edited.date)) return setError(t('dealsDateInvalid'));
    try {
      // What an import would refuse is refused here too, before it is sent (the background checks again).
      const { firstSeen: _, ...record } = JSON.parse(JSON.stringify(edited)) as Deal;
      await sendToBackground('saveDeal', { deal: checkEditedDeal(record) });
      onDone(true);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <form class="edit" onSubmit={(e) => void submit(e)} aria-label={t('dealsEditLabel', deal.id)}>
      <label for="e-target">{t('dealsFieldTarget')}</label>
      <input id="e-target" name="target" value={deal.target.name} />
      <label for="e-type">{t('dealsFieldType')}</label>
      <select id="e-type" name="type" value={deal.type}>{DEAL_TYPES.map((type) => <option key={type} value={type}>{dealTypeLabel(type)}</option>)}</select>
      <label for="e-date">{t('dealsFieldDate')}</label>
      <input id="e-date" name="date" value={deal.date} />
      <label for="e-round">{t('dealsFieldRound')}</label>
      <input id="e-round" name="round" value={deal.round ?? ''} />
      <label for="e-amount">{t('dealsFieldAmount')}</label>
      <input id="e-amount" name="amount" inputMode="decimal" value={deal.amount?.amount ?? ''} />
      <label for="e-currency">{t('dealsFieldCurrency')}</label>
      <input id="e-currency" name="currency" value={deal.amount?.currency ?? ''} maxLength={3} />
      <label for="e-investors">{t('dealsFieldInvestors')}</label>
      <textarea id="e-investors" name="investors" rows={4} value={deal.investors.map((i) => (i.role ? `${i.name} | ${i.role}` : i.name)).join('\n')} />
      <span />
      <span>
        <button type="submit">{t('dealsSave')}</button> <button type="button" onClick={() => onDone(false)}>{t('dealsCancel')}</button>
        {error && <span class="warn"> {error}</span>}
      </span>
    </form>
  );
}

function DealsPage() {
  const [deals, setDeals] = useState<Deal[] | null>(null);
  const [query, setQuery] = useState(() => hashParam('company') ?? '');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'date', descending: true });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const [report, setReport] = useState<{ text: string; rejected: { row: number; id?: string; reason: string }[] } | null>(null);
  const [importing, setImporting] = useState<string | null>(null);
  const target = hashParam('deal');

  const reload = () => allDeals((request) => sendToBackground('listDeals', request)).then(setDeals);
  useEffect(() => void reload(), []);
  useEffect(() => {
    if (target && deals) document.getElementById(`deal-${target}`)?.scrollIntoView({ block: 'center' });
  }, [deals === null]);

  const shown = useMemo(() => {
    const list = (deals ?? []).filter((d) => matches(d, query));
    list.sort((a, b) => compare(a, b, sort.key) * (sort.descending ? -1 : 1));
    return list;
  }, [deals, query, sort]);

  if (!deals) return <p class="muted">{t('dealsLoading')}</p>;

  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : key === 'date' })}>{label}</button>
    </th>
  );
  const remove = async (ids: string[]) => {
    await sendToBackground('deleteDeals', { ids });
    setSelected(new Set());
    await reload();
  };
  const merge = async () => {
    const [keepId, dropId] = [...selected];
    if (!keepId || !dropId) return;
    await sendToBackground('mergeDeals', { keepId, dropId });
    setSelected(new Set());
    await reload();
  };
  const onImport = async (file: File) => {
    const tooLarge = importFileTooLarge(file.size);
    if (tooLarge) return setReport({ text: t('dealsImportFailed', tooLarge), rejected: [] });
    const format = /\.csv$/i.test(file.name) ? 'csv' : 'json';
    const number = (n: number) => n.toLocaleString(locale);
    const shown = (p: ImportProgress) => (p.stage === 'reading' ? t('dealsImportReading', number(p.rows)) : t('dealsImportChecking', number(p.rows), number(p.total)));
    setImporting(t('dealsImportReading', 0));
    const result = await importDealsInSteps(await file.text(), format, new Set(deals.map((d) => d.id)), (p) => setImporting(shown(p))).finally(() => setImporting(null));
    const toWrite = [...result.accepted, ...result.updates];
    try {
      const { imported } = toWrite.length && !result.rejected.length ? await sendToBackground('importDeals', { deals: toWrite }) : { imported: 0 };
      setReport({
        text: result.rejected.length
          ? t('dealsNothingImported', result.rejected.length)
          : t('dealsImported', imported, result.updates.length),
        rejected: result.rejected,
      });
    } catch (e) {
      setReport({ text: t('dealsImportFailed', errorText(e)), rejected: [] });
    }
    await reload();
  };

  return (
    <>
      <h1>{t('dealsHeading', deals.length)}</h1>
      <div class="toolbar">
        <input type="search" id="search" placeholder={t('dealsSearchPlaceholder')} value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} aria-label={t('dealsSearchLabel')} />
        <button type="button" disabled={selected.size !== 2} onClick={() => void merge()} title={t('dealsMergeTitle')}>{t('dealsMerge')}</button>
        <button type="button" disabled={!selected.size} onClick={() => void remove([...selected])}>{t('dealsDeleteSelected')}</button>
        <button type="button" id="export-json" onClick={() => download('deallens-deals.json', exportDealsJson(deals), 'application/json')}>{t('dealsExportJson')}</button>
        <button type="button" id="export-csv" onClick={() => download('deallens-deals.csv', exportDealsCsv(deals), 'text/csv')}>{t('dealsExportCsv')}</button>
        <label>
          {t('dealsImport')} <input type="file" id="import" accept=".json,.csv,application/json,text/csv" disabled={importing !== null} onChange={(e) => { const f = (e.currentTarget as HTMLInputElement).files?.[0]; if (f) void onImport(f); }} />
        </label>
      </div>
      {importing && <p id="import-progress" class="muted" role="status">{importing}</p>}
      {report && (
        <div class="report" id="import-report" role="status">
          <p class={report.rejected.length ? 'warn' : 'ok'}>{report.text}</p>
          {report.rejected.length > 0 && (
            <ul>{report.rejected.slice(0, 50).map((r) => <li key={r.row}>{r.id ? t('dealsRejectedRowWithId', r.row, r.id, r.reason) : t('dealsRejectedRow', r.row, r.reason)}</li>)}</ul>
          )}
        </div>
      )}
      <table>
        <thead>
          <tr>
            <th><span class="muted">{t('dealsColSelect')}</span></th>
            {header('date', t('dealsColDate'))}
            {header('target', t('dealsColCompany'))}
            {header('type', t('dealsColDeal'))}
            {header('amount', t('dealsColAmount'))}
            <th>{t('dealsColInvestors')}</th>
            <th>{t('dealsColSources')}</th>
            {header('origin', t('dealsColOrigin'))}
            <th><span class="muted">{t('dealsColActions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {shown.map((d) => (
            <>
              <tr key={d.id} id={`deal-${d.id}`} class={d.id === target ? 'target' : ''} data-deal={d.id}>
                <td><input type="checkbox" aria-label={t('dealsSelectRow', d.id)} checked={selected.has(d.id)} onChange={() => toggle(d.id)} /></td>
                <td>{d.date}</td>
                <td><a href={`#company=${encodeURIComponent(d.target.name)}`} onClick={() => setQuery(d.target.name)}>{d.target.name}</a></td>
                <td>{`${dealTypeLabel(d.type)}${d.round ? ` · ${roundLabel(d.round)}` : ''}`}</td>
                <td class="num">{d.amount ? formatMoney(d.amount.amount, d.amount.currency, { locale }) : '—'}</td>
                <td>{dealInvestors(d, 6)}</td>
                <td>
                  {d.sources.map((s, i) => {
                    const link = linkedSources({ sources: [s] })[0];
                    return link ? <div key={i}><a href={link.url} target="_blank" rel="noopener noreferrer">{link.label}</a></div> : <div key={i} class="muted">{t('sourceAndDate', s.publisher, s.date)}</div>;
                  })}
                </td>
                <td>{dealOriginLabel(d.origin)}</td>
                <td>
                  <button type="button" onClick={() => setEditing(d.id)}>{t('dealsEdit')}</button> <button type="button" onClick={() => void remove([d.id])}>{t('dealsDelete')}</button>
                </td>
              </tr>
              {editing === d.id && (
                <tr key={`${d.id}-edit`}>
                  <td colSpan={9}><EditForm deal={d} onDone={(saved) => { setEditing(null); if (saved) void reload(); }} /></td>
                </tr>
              )}
            </>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p class="muted">{t('dealsNoMatch')}</p>}
    </>
  );
}

render(<DealsPage />, document.getElementById('app')!);
