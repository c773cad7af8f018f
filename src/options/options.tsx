// Options: home and extra currencies, live rates and their sources, refresh now with its status.
// Every change is saved at once to storage.sync; open pages pick it up on their next card.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { RatesStatus } from '../messages/contract';
import { sendToBackground } from '../messages/send';
import { defaults, withUserCompany, type Settings } from '../platform/settings';
import { loadSettings, saveSettings, settingsSaved } from '../platform/settings-storage';
import { CURRENCY_CHOICES, currencyLabel } from '../ui/currency-choices';

function RatesStatusLine({ status }: { status: RatesStatus | null }) {
  if (!status) return <p class="muted">Reading the rate status…</p>;
  return (
    <div id="rates-status">
      <p class={status.error ? 'warn' : 'ok'} data-state={status.error ? 'error' : status.fetchedAt ? 'ok' : 'never'}>
        {status.fetchedAt
          ? `Live ECB rates up to ${status.lastDay}, downloaded ${new Date(status.fetchedAt).toLocaleString()}.`
          : 'No live rates downloaded yet: conversions use the bundled daily history (to early 2025).'}
      </p>
      {status.error && <p class="warn">{status.error}</p>}
      {status.discarded && <p class="warn">{status.discarded}</p>}
    </div>
  );
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<RatesStatus | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void loadSettings().then(setSettings);
    void sendToBackground('ratesStatus', {}).then(setStatus);
  }, []);
  if (!settings) return <p class="muted">Loading…</p>;
  const update = (patch: Parameters<typeof saveSettings>[0]) => void saveSettings(patch).then(setSettings);
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
      <h1>DealLens options</h1>
      <fieldset>
        <legend>Currencies</legend>
        <label>
          Home currency{' '}
          <select id="home-currency" value={settings.homeCurrency} onChange={(e) => update({ homeCurrency: (e.currentTarget as HTMLSelectElement).value })}>
            {CURRENCY_CHOICES.map((c) => <option key={c} value={c}>{currencyLabel(c)}</option>)}
          </select>
        </label>
        <div class="inline" role="group" aria-label="Extra currencies shown beside the home currency">
          <span class="muted">Also show: </span>
          {CURRENCY_CHOICES.filter((c) => c !== settings.homeCurrency).map((c) => (
            <label key={c}>
              <input type="checkbox" name="extra" value={c} checked={settings.extraCurrencies.includes(c)} onChange={(e) => toggleExtra(c, (e.currentTarget as HTMLInputElement).checked)} />
              {c}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Your companies</legend>
        <p class="muted">Companies you added (also from the context menu on selected text, "Add to DealLens as a company"); matched on every page from then on.</p>
        <ul id="user-companies">
          {settings.userCompanies.map((c) => (
            <li key={c.name}>
              {c.name}
              {c.aliases.length > 0 && <span class="muted">{` (also ${c.aliases.join(', ')})`}</span>}{' '}
              <button type="button" onClick={() => update((current) => ({ userCompanies: current.userCompanies.filter((x) => x.name !== c.name) }))}>Remove</button>
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
            update((current) => ({ userCompanies: withUserCompany(current.userCompanies, name, aliases) }));
            (e.currentTarget as HTMLFormElement).reset();
          }}
        >
          <label>Name <input name="name" required minLength={2} maxLength={80} /></label>
          <label>Other names, comma-separated <input name="aliases" /></label>
          <button type="submit">Add company</button>
        </form>
      </fieldset>
      <fieldset>
        <legend>Deals</legend>
        <label>
          <input type="checkbox" id="capture-deals" checked={settings.captureDeals} onChange={(e) => update({ captureDeals: (e.currentTarget as HTMLInputElement).checked })} /> Keep
          the deals pages report in my local deal store (nothing leaves this browser)
        </label>
        <a href={browser.runtime.getURL('src/deals/deals.html')} target="_blank" rel="noopener">Open the deals page</a>
      </fieldset>
      <fieldset>
        <legend>Exchange rates</legend>
        <label>
          <input type="checkbox" id="live-rates" checked={settings.liveRates} onChange={(e) => update({ liveRates: (e.currentTarget as HTMLInputElement).checked })} /> Download
          the ECB's daily reference rates (twice a day at most; nothing about your reading is sent)
        </label>
        <RatesStatusLine status={status} />
        <button type="button" id="refresh-rates" disabled={busy || !settings.liveRates} onClick={() => void refresh()}>
          {busy ? 'Refreshing…' : 'Refresh rates now'}
        </button>
        <details>
          <summary>Rate sources</summary>
          {sourceField('ecbDaily', 'ECB daily file')}
          {sourceField('ecb90Days', 'ECB 90-day file')}
          {sourceField('fallback', 'Fallback for other past days ({from} and {to} are replaced by dates)')}
        </details>
      </fieldset>
    </>
  );
}

render(<Options />, document.getElementById('app')!);
