// Options: home and extra currencies, live rates and their sources, refresh now with its status,
// how pages look (display-options.tsx) and the reader's data (data-options.tsx). Every change is
// saved at once to storage.sync; open pages follow it at once or on their next card.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { RatesStatus } from '../messages/contract';
import { sendToBackground } from '../messages/send';
import { defaults, withUserCompany, type Settings } from '../platform/settings';
import { loadSettings, saveSettings, settingsSaved } from '../platform/settings-storage';
import { CURRENCY_CHOICES, currencyLabel } from '../ui/currency-choices';
import { errorText } from '../platform/error-text';
import { t, uiLocale } from '../platform/i18n';
import { DataOptions } from './data-options';
import { DisplayOptions } from './display-options';
import { StoreStatusLine } from './store-status';
import { SiteAccessPanel } from '../ui/site-access-panel';
import { ratesDiscardedText, ratesProblemText } from '../ui/rates-problem-text';

const locale = uiLocale();
document.documentElement.lang = locale;
document.title = t('optionsTitle');

function RatesStatusLine({ status }: { status: RatesStatus | null }) {
  if (!status) return <p class="muted">{t('optionsReadingRates')}</p>;
  return (
    <div id="rates-status">
      <p class={status.error ? 'warn' : 'ok'} data-state={status.error ? 'error' : status.fetchedAt ? 'ok' : 'never'}>
        {status.fetchedAt
          ? t('optionsRatesLive', status.lastDay ?? '', new Date(status.fetchedAt).toLocaleString(locale))
          : t('optionsRatesNone')}
      </p>
      {status.error && <p class="warn" data-problem={`${status.error.source} ${status.error.kind}`}>{ratesProblemText(status.error, locale)}</p>}
      {status.discarded && <p class="warn" data-problem="discarded">{ratesDiscardedText(status.discarded, locale)}</p>}
    </div>
  );
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<RatesStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState('');
  useEffect(() => {
    void loadSettings().then(setSettings);
    void sendToBackground('ratesStatus', {}).then(setStatus);
  }, []);
  if (!settings) return <p class="muted">{t('loading')}</p>;
  /** Saves a change; a refused one (a list at its limit, the sync quota) is said at the top of the page and the form stays as it was. */
  const save = (patch: Parameters<typeof saveSettings>[0]): Promise<boolean> =>
    saveSettings(patch).then(
      (next) => (setSettings(next), setSaveError(''), true),
      (error: unknown) => (setSaveError(t('optionsCouldNotSave', errorText(error))), false),
    );
  const update = (patch: Parameters<typeof saveSettings>[0]) => void save(patch);
  const refresh = async () => {
    setBusy(true);
    try {
      // A source edited a moment ago must be saved before the background reads it.
      await settingsSaved();
      setStatus(await sendToBackground('refreshRates', {}));
    } finally {
      setBusy(false);
    }
  };
  const toggleExtra = (code: string, on: boolean) =>
    update((current) => ({ extraCurrencies: on ? [...current.extraCurrencies, code] : current.extraCurrencies.filter((c) => c !== code) }));
  const sourceField = (key: keyof Settings['rateSources'], label: string) => (
    <label>
      {label}
      <input
        type="url"
        name={key}
        value={settings.rateSources[key]}
        onChange={(e) => {
          const value = (e.currentTarget as HTMLInputElement).value.trim() || defaults.rateSources[key];
          update((current) => ({ rateSources: { ...current.rateSources, [key]: value } }));
        }}
      />
    </label>
  );
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      {saveError && <p id="save-error" class="warn" role="alert" style={{ position: 'sticky', top: 0, background: 'Canvas', padding: '0.5em 0', zIndex: 1 }}>{saveError}</p>}
      <fieldset>
        <legend>{t('optionsSites')}</legend>
        <SiteAccessPanel />
      </fieldset>
      <fieldset>
        <legend>{t('optionsCurrencies')}</legend>
        <label>
          {t('optionsHomeCurrency')}{' '}
          <select id="home-currency" value={settings.homeCurrency} onChange={(e) => update({ homeCurrency: (e.currentTarget as HTMLSelectElement).value })}>
            {CURRENCY_CHOICES.map((c) => <option key={c} value={c}>{currencyLabel(c)}</option>)}
          </select>
        </label>
        <div class="inline" role="group" aria-label={t('optionsExtraCurrencies')}>
          <span class="muted">{`${t('optionsAlsoShow')} `}</span>
          {CURRENCY_CHOICES.filter((c) => c !== settings.homeCurrency).map((c) => (
            <label key={c}>
              <input type="checkbox" name="extra" value={c} checked={settings.extraCurrencies.includes(c)} onChange={(e) => toggleExtra(c, (e.currentTarget as HTMLInputElement).checked)} />
              {c}
            </label>
          ))}
        </div>
      </fieldset>
      <DisplayOptions settings={settings} update={update} locale={locale} />
      <fieldset>
        <legend>{t('optionsYourCompanies')}</legend>
        <p class="muted">{t('optionsYourCompaniesHelp')}</p>
        <ul id="user-companies">
          {settings.userCompanies.map((c) => (
            <li key={c.name}>
              {c.name}
              {c.aliases.length > 0 && <span class="muted">{` ${t('optionsAlsoNamed', c.aliases.join(', '))}`}</span>}{' '}
              <button type="button" onClick={() => update((current) => ({ userCompanies: current.userCompanies.filter((x) => x.name !== c.name) }))}>{t('optionsRemove')}</button>
            </li>
          ))}
        </ul>
        <form
          id="add-company"
          onSubmit={(e) => {
            e.preventDefault();
            const form = new FormData(e.currentTarget as HTMLFormElement);
            const name = String(form.get('name') ?? '');
            const aliases = String(form.get('aliases') ?? '').split(',').map((a) => a.trim()).filter(Boolean);
            const added = e.currentTarget as HTMLFormElement;
            void save((current) => ({ userCompanies: withUserCompany(current.userCompanies, name, aliases) })).then((ok) => ok && added.reset());
          }}
        >
          <label>{t('optionsCompanyName')} <input name="name" required minLength={2} maxLength={80} /></label>
          <label>{t('optionsCompanyAliases')} <input name="aliases" /></label>
          <button type="submit">{t('optionsAddCompany')}</button>
        </form>
      </fieldset>
      <fieldset>
        <legend>{t('optionsDeals')}</legend>
        <label>
          <input type="checkbox" id="capture-deals" checked={settings.captureDeals} onChange={(e) => update({ captureDeals: (e.currentTarget as HTMLInputElement).checked })} />{' '}
          {t('optionsCaptureDeals')}
        </label>
        <a href={browser.runtime.getURL('src/deals/deals.html')} target="_blank" rel="noopener">{t('optionsOpenDealsPage')}</a>
        <StoreStatusLine locale={locale} />
      </fieldset>
      <fieldset>
        <legend>{t('optionsExchangeRates')}</legend>
        <label>
          <input type="checkbox" id="live-rates" checked={settings.liveRates} onChange={(e) => update({ liveRates: (e.currentTarget as HTMLInputElement).checked })} />{' '}
          {t('optionsLiveRates')}
        </label>
        <RatesStatusLine status={status} />
        <button type="button" id="refresh-rates" disabled={busy || !settings.liveRates} onClick={() => void refresh()}>
          {busy ? t('optionsRefreshing') : t('optionsRefreshNow')}
        </button>
        <details>
          <summary>{t('optionsRateSources')}</summary>
          {sourceField('ecbDaily', t('optionsSourceEcbDaily'))}
          {sourceField('ecb90Days', t('optionsSourceEcb90Days'))}
          {sourceField('fallback', t('optionsSourceFallback'))}
        </details>
      </fieldset>
      <DataOptions
        onChange={(next) => {
          setSettings(next);
          void sendToBackground('ratesStatus', {}).then(setStatus);
        }}
      />
    </>
  );
}

render(<Options />, document.getElementById('app')!);
