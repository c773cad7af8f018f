// Import on the deals page: the file input, the template CSV beside it, progress for a long file, and
// the report. Nothing is written unless every row passes; a rejected row is told in the reader's
// words (import-problems.ts), the import's exact reasons folded under "Technical detail".
import { useMemo, useState } from 'preact/hooks';
import type { DealRecord } from '../core/types';
import { sendToBackground } from '../messages/send';
import { importDealsInSteps, importFileTooLarge, type ImportProgress, type ImportRejection } from '../platform/deal-transfer';
import { t } from '../platform/i18n';
import { importProblemText } from './import-problems';
import { TEMPLATE_FILE_NAME, templateCsv } from './import-template';

/** Rows listed in a report; a file of thousands of bad rows is summed up by its count. */
const MAX_ROWS_LISTED = 50;

interface Report {
  text: string;
  ok: boolean;
  rejected: ImportRejection[];
  /** An error's own message, for the technical detail. */
  detail?: string;
}

export function ImportPanel({ existingIds, locale, onImported }: { existingIds: () => ReadonlySet<string>; locale: string; onImported: () => Promise<void> }) {
  const [report, setReport] = useState<Report | null>(null);
  const [importing, setImporting] = useState<string | null>(null);
  const templateUrl = useMemo(() => URL.createObjectURL(new Blob([templateCsv()], { type: 'text/csv' })), []);

  const onImport = async (file: File) => {
    const tooLarge = importFileTooLarge(file.size);
    if (tooLarge) return setReport({ text: t('dealsImportFailed', tooLarge), ok: false, rejected: [] });
    const format = /\.csv$/i.test(file.name) ? 'csv' : 'json';
    const number = (n: number) => n.toLocaleString(locale);
    const shown = (p: ImportProgress) => (p.stage === 'reading' ? t('dealsImportReading', number(p.rows)) : t('dealsImportChecking', number(p.rows), number(p.total)));
    setImporting(t('dealsImportReading', 0));
    const result = await importDealsInSteps(await file.text(), format, existingIds(), (p) => setImporting(shown(p))).finally(() => setImporting(null));
    const toWrite: DealRecord[] = [...result.accepted, ...result.updates];
    if (result.rejected.length) return setReport({ text: t(result.rejected.length === 1 ? 'dealsNothingImportedOne' : 'dealsNothingImported', result.rejected.length), ok: false, rejected: result.rejected });
    try {
      const { imported } = toWrite.length ? await sendToBackground('importDeals', { deals: toWrite }) : { imported: 0 };
      setReport({ text: t(imported === 1 ? 'dealsImportedOne' : 'dealsImported', imported, result.updates.length), ok: true, rejected: [] });
    } catch (e) {
      setReport({ text: t('dealsImportFailed', t('dealsImportWriteFailed')), ok: false, rejected: [], detail: (e as Error).message });
    }
    await onImported();
  };

  const listed = report?.rejected.slice(0, MAX_ROWS_LISTED) ?? [];
  return (
    <div class="import">
      <label>
        {t('dealsImport')} <input type="file" id="import" accept=".json,.csv,application/json,text/csv" disabled={importing !== null} onChange={(e) => { const f = (e.currentTarget as HTMLInputElement).files?.[0]; if (f) void onImport(f); }} />
      </label>
      <a id="template-csv" href={templateUrl} download={TEMPLATE_FILE_NAME} title={t('dealsTemplateCsvTitle')}>{t('dealsTemplateCsv')}</a>
      {importing && <p id="import-progress" class="muted" role="status">{importing}</p>}
      {report && (
        <div class="report" id="import-report" role="status">
          <p class={report.ok ? 'ok' : 'warn'}>{report.text}</p>
          {listed.length > 0 && <ul>{listed.map((r) => <li key={r.row}>{rowText(r, importProblemText(r.reason))}</li>)}</ul>}
          {(listed.length > 0 || report.detail) && (
            <details>
              <summary>{t('dealsImportTechnical')}</summary>
              <ul class="technical">
                {listed.map((r) => <li key={r.row}>{rowText(r, r.reason)}</li>)}
                {report.detail && <li>{report.detail}</li>}
              </ul>
            </details>
          )}
        </div>
      )}
    </div>
  );
}

function rowText(r: ImportRejection, reason: string): string {
  return r.id ? t('dealsRejectedRowWithId', r.row, r.id, reason) : t('dealsRejectedRow', r.row, reason);
}
