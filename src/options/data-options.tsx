// "Your data": export everything (settings and the deal store) as one JSON file, import such a file
// back (checked whole first; then all of it or nothing), and clear everything after a confirmation.
import { useState } from 'preact/hooks';
import { sendToBackground } from '../messages/send';
import { exportBackup, parseBackup } from '../platform/backup';
import { defaults, type Settings } from '../platform/settings';
import { loadSettings, replaceSettings, settingsSaved } from '../platform/settings-storage';
import { t } from '../platform/i18n';

type Report = { kind: 'ok' | 'warn'; text: string; problems?: string[] };

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Restores a checked backup: settings first, then the deals in one transaction; settings go back if the deals fail. */
async function restore(settings: Settings, deals: Parameters<typeof exportBackup>[1]): Promise<number> {
  await settingsSaved();
  const previous = await loadSettings();
  await replaceSettings(settings);
  try {
    return (await sendToBackground('replaceDeals', { deals: [...deals] })).deals;
  } catch (error) {
    await replaceSettings(previous);
    throw error;
  }
}

/** `onChange` gets the settings after an import or a clear (the rates status may have changed too). */
export function DataOptions({ onChange }: { onChange: (settings: Settings) => void }) {
  const [report, setReport] = useState<Report | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<Report | null>) => {
    setBusy(true);
    try {
      setReport(await work());
    } catch (error) {
      setReport({ kind: 'warn', text: t('optionsImportFailed', error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };
  const onExport = () =>
    run(async () => {
      await settingsSaved();
      const [settings, deals] = await Promise.all([loadSettings(), sendToBackground('listDeals', {})]);
      const stamp = new Date().toISOString();
      download(`deallens-backup-${stamp.slice(0, 10)}.json`, exportBackup(settings, deals, stamp));
      return null;
    });
  const onImport = (file: File) =>
    run(async () => {
      const parsed = parseBackup(await file.text());
      if (!parsed.ok) return { kind: 'warn' as const, text: t('optionsImportRejected'), problems: parsed.problems };
      const count = await restore(parsed.settings, parsed.deals);
      onChange(parsed.settings);
      return { kind: 'ok' as const, text: t('optionsImported', count) };
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
      {report && (
        <div id="data-report" class={report.kind} data-state={report.kind} role="status">
          <p>{report.text}</p>
          {report.problems && <ul>{report.problems.map((p) => <li key={p}>{p}</li>)}</ul>}
        </div>
      )}
    </fieldset>
  );
}
