// The deals page: every deal in the local store (bundled, captured, imported, edited), searchable by
// every name of its companies and filterable on an investor, sorted as deal tables sort (amounts in
// the home currency at each deal's date), with edit, delete with undo, merge with a preview, and
// export and import in JSON and CSV. #deal=<id> in the address points at one deal; #company=<name> and
// #investor=<company id, or name:<name>> filter.
import { Fragment, render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CompanyRecord, Conversion, DealParty } from '../core/types';
import { allDeals } from '../messages/all-deals';
import { sendToBackground } from '../messages/send';
import { exportDealsCsv, exportDealsJson } from '../platform/deal-transfer';
import { t, uiLocale } from '../platform/i18n';
import { errorText } from '../platform/error-text';
import { companyTitle } from '../ui/company-name';
import { dealOriginLabel, dealTypeLabel } from '../ui/deal-summary';
import { withPartyRecords } from './company-lookup';
import { DealRow, type RowContext } from './deal-row';
import { dealSearchText, hasInvestor, matchesQuery, partyKey } from './deal-search';
import { nextSort, sortDeals, type DealSort, type SortKey } from './deal-sort';
import { createDeleteUndo } from './delete-undo';
import { EditForm } from './edit-form';
import { homeAmounts } from './home-amounts';
import { ImportPanel } from './import-panel';
import type { ListedDeal as Deal } from './listed-deal';
import { MergePreview } from './merge-preview';
import { keptFirst } from './merge-result';
import { roundLabel } from '../ui/round-label';

/** Most ids one deleteDeals request takes (MAX_IDS in messages/schemas.ts). */
const IDS_PER_DELETE = 1_000;

const locale = uiLocale();
document.documentElement.lang = locale;
document.title = t('dealsPageTitle');

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

function DealsPage() {
  const [deals, setDeals] = useState<Deal[] | null>(null);
  const [companies, setCompanies] = useState<ReadonlyMap<string, CompanyRecord>>(new Map());
  const [home, setHome] = useState<{ currency: string; amounts: Map<string, Conversion> } | null>(null);
  const [query, setQuery] = useState(() => hashParam('company') ?? '');
  const [investor, setInvestor] = useState<string | null>(() => hashParam('investor'));
  const [sort, setSort] = useState<DealSort>({ key: 'date', descending: true });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const [merging, setMerging] = useState<[Deal, Deal] | null>(null);
  const [waiting, setWaiting] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const target = hashParam('deal');

  const reload = () => allDeals((request) => sendToBackground('listDeals', request)).then(setDeals);
  const undo = useMemo(
    () =>
      createDeleteUndo({
        onChange: (ids) => setWaiting(new Set(ids ?? [])),
        async commit(ids) {
          const gone = new Set(ids);
          setDeals((list) => list && list.filter((d) => !gone.has(d.id)));
          try {
            for (let from = 0; from < ids.length; from += IDS_PER_DELETE) await sendToBackground('deleteDeals', { ids: ids.slice(from, from + IDS_PER_DELETE) });
          } catch (e) {
            setProblem(t('dealsDeleteFailed', errorText(e)));
            await reload();
          }
        },
      }),
    [],
  );
  useEffect(() => void reload(), []);
  useEffect(() => {
    if (target && deals) document.getElementById(`deal-${target}`)?.scrollIntoView({ block: 'center' });
  }, [deals === null]);
  // Names and amounts for what is listed: the company records the page lacks, and every amount in the home currency at its deal's date.
  useEffect(() => {
    if (!deals) return;
    let current = true;
    void withPartyRecords(deals, companies, (request) => sendToBackground('companyRecords', request))
      .then((records) => current && setCompanies(records))
      .catch(() => undefined);
    void (async () => {
      const { homeCurrency } = await sendToBackground('getSettings', {});
      const amounts = await homeAmounts(deals, homeCurrency, (request) => sendToBackground('convertEach', request));
      if (current) setHome({ currency: homeCurrency, amounts });
    })().catch(() => undefined);
    return () => void (current = false);
  }, [deals]);

  const titleOf = (party: DealParty) => companyTitle({ name: party.name, zh: party.id ? companies.get(party.id)?.zh : undefined }, locale);
  const searchText = useMemo(
    () => new Map((deals ?? []).map((d) => [d.id, dealSearchText(d, companies, [dealTypeLabel(d.type), dealOriginLabel(d.origin), ...(d.round ? [roundLabel(d.round)] : [])])])),
    [deals, companies],
  );
  const listed = useMemo(() => (deals ?? []).filter((d) => !waiting.has(d.id)), [deals, waiting]);
  const shown = useMemo(() => {
    const found = listed.filter((d) => (!investor || hasInvestor(d, investor)) && (!query.trim() || matchesQuery(searchText.get(d.id) ?? '', query.trim())));
    return sortDeals(found, sort, {
      homeAmount: (d) => home?.amounts.get(d.id)?.amount,
      title: (d) => titleOf(d.target).title,
      typeLabel: (d) => dealTypeLabel(d.type),
      originLabel: (d) => dealOriginLabel(d.origin),
      locale,
    });
  }, [listed, searchText, query, investor, sort, home, companies]);

  if (!deals) return <p class="muted">{t('dealsLoading')}</p>;

  const remove = (ids: string[]) => {
    setSelected(new Set());
    undo.remove(ids);
  };
  const merge = () => {
    const [a, b] = deals.filter((d) => selected.has(d.id));
    if (a && b) setMerging(keptFirst(a, b));
  };
  const confirmMerge = async ([keep, drop]: [Deal, Deal]) => {
    await sendToBackground('mergeDeals', { keepId: keep.id, dropId: drop.id });
    setMerging(null);
    setSelected(new Set());
    await reload();
  };
  const restoreBundled = async () => {
    try {
      await sendToBackground('restoreBundledDeals', {});
      await reload();
    } catch (e) {
      setProblem(t('dealsRestoreFailed', errorText(e)));
    }
  };
  const clearFilters = () => {
    setQuery('');
    setInvestor(null);
  };
  const filtered = Boolean(query.trim() || investor);
  const investorName = (key: string) => {
    for (const d of deals) for (const p of d.investors) if (partyKey(p) === key) return titleOf(p).title;
    return key;
  };
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const header = (key: SortKey, label: string, title?: string) => (
    <th aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'} class={key === 'date' ? 'date' : ''}>
      <button type="button" data-sort={key} title={title} onClick={() => setSort(nextSort(sort, key))}>
        {label}
        <span class="arrow" aria-hidden="true">{sort.key === key ? (sort.descending ? '▼' : '▲') : ''}</span>
      </button>
    </th>
  );
  const ctx = (d: Deal): RowContext => ({
    locale,
    titleOf,
    home: home && { currency: home.currency, conversion: home.amounts.get(d.id) },
    investorKey: investor,
    onInvestor: (party) => setInvestor((now) => (now === partyKey(party) ? null : partyKey(party))),
    onCompany: setQuery,
  });
  const importPanel = <ImportPanel existingIds={() => new Set(deals.map((d) => d.id))} locale={locale} onImported={reload} />;
  const toast = (
    <div class="toast-region" role="status">
      {waiting.size > 0 && (
        <div class="toast" id="undo-toast">
          {t(waiting.size === 1 ? 'dealsDeletedOne' : 'dealsDeleted', waiting.size)} <button type="button" id="undo-delete" onClick={() => undo.undo()}>{t('dealsUndo')}</button>
        </div>
      )}
    </div>
  );

  if (deals.length === 0) {
    return (
      <>
        <h1>{t('dealsHeading', 0)}</h1>
        {problem && <p class="warn" role="alert">{problem}</p>}
        <section id="empty-state" class="empty" aria-labelledby="empty-heading">
          <h2 id="empty-heading">{t('dealsEmptyHeading')}</h2>
          <p>{t('dealsEmptyText')}</p>
          <p><button type="button" id="restore-bundled" onClick={() => void restoreBundled()}>{t('dealsRestoreBundled')}</button></p>
          {importPanel}
        </section>
        {toast}
      </>
    );
  }

  return (
    <>
      <h1>{t('dealsHeading', listed.length)}</h1>
      <div class="toolbar">
        <input type="search" id="search" placeholder={t('dealsSearchPlaceholder')} value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} aria-label={t('dealsSearchLabel')} />
        {investor && (
          <span class="filter" id="investor-filter">
            {t('dealsInvestorFilter', investorName(investor))}{' '}
            <button type="button" aria-label={t('dealsInvestorFilterClear')} title={t('dealsInvestorFilterClear')} onClick={() => setInvestor(null)}>×</button>
          </span>
        )}
        <button type="button" id="merge" disabled={selected.size !== 2} onClick={merge} title={t('dealsMergeTitle')}>{t('dealsMerge')}</button>
        <button type="button" id="delete-selected" disabled={!selected.size} onClick={() => remove([...selected])}>{t('dealsDeleteSelected')}</button>
        <button type="button" id="export-json" onClick={() => download('deallens-deals.json', exportDealsJson(deals), 'application/json')}>{t('dealsExportJson')}</button>
        <button type="button" id="export-csv" onClick={() => download('deallens-deals.csv', exportDealsCsv(deals), 'text/csv')}>{t('dealsExportCsv')}</button>
      </div>
      {importPanel}
      {problem && <p class="warn" role="alert">{problem}</p>}
      <p id="deal-count" class="muted" role="status">{filtered ? t('dealsCount', shown.length.toLocaleString(locale), listed.length.toLocaleString(locale)) : ''}</p>
      {merging && (
        <MergePreview
          keep={merging[0]}
          drop={merging[1]}
          locale={locale}
          nameOf={(p) => titleOf(p).title}
          onSwap={() => setMerging([merging[1], merging[0]])}
          onCancel={() => setMerging(null)}
          onConfirm={() => confirmMerge(merging)}
        />
      )}
      <table class="deals">
        <thead>
          <tr>
            <th><span class="muted">{t('dealsColSelect')}</span></th>
            {header('date', t('dealsColDate'))}
            {header('target', t('dealsColCompany'))}
            {header('type', t('dealsColDeal'))}
            {header('amount', t('dealsColAmount'), home ? t('dealsAmountSortTitle', home.currency) : undefined)}
            <th>{t('dealsColInvestors')}</th>
            <th>{t('dealsColSources')}</th>
            {header('origin', t('dealsColOrigin'))}
            <th><span class="muted">{t('dealsColActions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {shown.map((d) => (
            <Fragment key={d.id}>
              <DealRow deal={d} ctx={ctx(d)} isTarget={d.id === target} selected={selected.has(d.id)} onSelect={() => toggle(d.id)} onEdit={() => setEditing(d.id)} onDelete={() => remove([d.id])} />
              {editing === d.id && (
                <tr key={`${d.id}-edit`}>
                  <td colSpan={9}><EditForm deal={d} onDone={(saved) => { setEditing(null); if (saved) void reload(); }} /></td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {filtered && shown.length === 0 && (
        <p id="no-match" class="no-match">
          {query.trim() ? t('dealsNoMatchQuery', query.trim()) : t('dealsNoMatch')}{' '}
          <button type="button" onClick={clearFilters}>{t('dealsClearFilters')}</button>
        </p>
      )}
      {toast}
    </>
  );
}

render(<DealsPage />, document.getElementById('app')!);
