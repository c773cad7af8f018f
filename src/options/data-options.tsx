// "Your data": export everything (settings and the deal store) as one JSON file, import such a file
// back (checked whole first; then all of it or nothing, restore-backup.ts), and clear everything
// after a confirmation. A backup's rate sources are not applied unless the reader confirms them.
import { useState } from 'preact/hooks';
import { allDeals } from '../messages/all-deals';
import { sendToBackground } from '../messages/send';
import { backupRateSources, exportBackup, parseBackupInSteps, type BackupRateSources, type RateSourceKey } from '../platform/backup';
import { canonicalDeal } from '../platform/deal-transfer/canonical-deal';
import { importFileTooLarge } from '../platform/deal-transfer';
import { defaults, type Settings } from '../platform/settings';
import { loadSettings, replaceSettings, saveSettings, settingsSaved } from '../platform/settings-storage';
import { errorText } from '../platform/error-text';
import { t, uiLocale, type MessageKey } from '../platform/i18n';
import { restoreBackup } from './restore-backup';

/** `sources`: what a restored backup would change in the rate sources, not applied unless the reader confirms. */
type Report = { kind: 'ok' | 'warn'; text: string; problems?: string[]; sources?: BackupRateSources };

const SOURCE_LABEL: Record<RateSourceKey, MessageKey> = { ecbDaily: 'optionsSourceEcbDaily', ecb90Days: 'optionsSourceEcb90Days', fallback: 'optionsSourceFallback' };

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** The sources of one kind (offered or refused) as a list: which file, and the address as text. */
function SourceList({ sources }: { sources: Partial<Settings['rateSources']> }) {
  return (
    <ul>
      {(Object.keys(sources) as RateSourceKey[]).map((key) => (
        <li key={key}>
          {`${t(SOURCE_LABEL[key])}: `}
          <code>{sources[key]}</code>
        </li>
      ))}
    </ul>
  );
}

/** `onChange` gets the settings after an import or a clear (the rates status may have changed too). */
export function DataOptions({ onChange }: { onChange: (settings: Settings) => void }) {
  const [report, setReport] = useState<Report | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const run = async (work: () => Promise<Report | null>) => {
    setBusy(true);
    try {
      setReport(await work());
    } catch (error) {
      setReport({ kind: 'warn', text: t('optionsImportFailed', errorText(error)) });
    } finally {
      setBusy(false);
    }
  };
  const onExport = () =>
    run(async () => {
      await settingsSaved();
      const [settings, deals] = await Promise.all([loadSettings(), allDeals((request) => sendToBackground('listDeals', request))]);
      const stamp = new Date().toISOString();
      download(`deallens-backup-${stamp.slice(0, 10)}.json`, exportBackup(settings, deals, stamp));
      return null;
    });
  const onImport = (file: File) =>
    run(async () => {
      const tooLarge = importFileTooLarge(file.size);
      if (tooLarge) return { kind: 'warn' as const, text: t('optionsImportRejected'), problems: [tooLarge] };
      const number = (n: number) => n.toLocaleString(uiLocale());
      const parsed = await parseBackupInSteps(await file.text(), (p) => setProgress(t('optionsImportChecking', number(p.checked), number(p.total)))).finally(() => setProgress(null));
      if (!parsed.ok) return { kind: 'warn' as const, text: t('optionsImportRejected'), problems: parsed.problems };
      await settingsSaved();
      // The reader's own rate sources stay; the backup's are offered below, to confirm.
      const current = await loadSettings();
      const sources = backupRateSources(current.rateSources, parsed.settings.rateSources);
      const count = await restoreBackup({ ...parsed.settings, rateSources: current.rateSources }, parsed.deals, {
        listDeals: async () => (await allDeals((request) => sendToBackground('listDeals', request))).map(canonicalDeal),
        replaceDeals: async (deals) => (await sendToBackground('replaceDeals', { deals })).deals,
        loadSettings,
        replaceSettings,
      });
      onChange(await loadSettings());
      return { kind: 'ok' as const, text: t('optionsImported', count), sources };
    });
  const onUseSources = (offered: Partial<Settings['rateSources']>) =>
    run(async () => {
      const next = await saveSettings((current) => ({ rateSources: { ...current.rateSources, ...offered } }));
      onChange(next);
      return { kind: 'ok' as const, text: t('optionsBackupSourcesApplied') };
    });
  const onClear = () =>
    run(async () => {
      setConfirming(false);
      await settingsSaved();
      await replaceSettings(defaults);
      const { deals } = await sendToBackground('resetData', {});
      onChange(await loadSettings());
      return { kind: 'ok' as const, text: t('optionsCleared', deals) };
    });
  return (
    <fieldset id="your-data">
      <legend>{t('optionsYourData')}</legend>
      <p class="muted">{t('optionsYourDataHelp')}</p>
      <div class="inline data-row">
        <button type="button" id="export-data" disabled={busy} onClick={() => void onExport()}>{t('optionsExportData')}</button>
        <label>
          {t('optionsImportData')}{' '}
          <input
            type="file"
            id="import-data"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) void onImport(file).finally(() => (input.value = ''));
            }}
          />
        </label>
      </div>
      {!confirming ? (
        <button type="button" id="clear-data" disabled={busy} onClick={() => setConfirming(true)}>{t('optionsClearData')}</button>
      ) : (
        <div role="alertdialog" aria-labelledby="clear-data-question" id="clear-data-confirmation">
          <p class="warn" id="clear-data-question">{t('optionsClearConfirm')}</p>
          <button type="button" id="clear-data-confirm" onClick={() => void onClear()}>{t('optionsClearYes')}</button>{' '}
          <button type="button" id="clear-data-cancel" onClick={() => setConfirming(false)} ref={(b) => b?.focus()}>{t('optionsCancel')}</button>
        </div>
      )}
      {progress && <p id="import-progress" class="muted" role="status">{progress}</p>}
      {report && (
        <div id="data-report" class={report.kind} data-state={report.kind} role="status">
          <p>{report.text}</p>
          {report.problems && <ul>{report.problems.map((p) => <li key={p}>{p}</li>)}</ul>}
          {report.sources && Object.keys(report.sources.offered).length > 0 && (
            <div id="backup-sources-offered">
              <p>{t('optionsBackupSourcesOffered')}</p>
              <SourceList sources={report.sources.offered} />
              <button type="button" id="use-backup-sources" disabled={busy} onClick={() => void onUseSources(report.sources!.offered)}>{t('optionsUseBackupSources')}</button>
            </div>
          )}
          {report.sources && Object.keys(report.sources.refused).length > 0 && (
            <div id="backup-sources-refused">
              <p>{t('optionsBackupSourcesRefused')}</p>
              <SourceList sources={report.sources.refused} />
            </div>
          )}
        </div>
      )}
    </fieldset>
  );
}
