// Where DealLens may read pages, as the options page shows it (the first-run page offers the same as three choices): the mode
// (automatic on allowed sites, or only when asked), access to all sites, the sites allowed one by
// one (optional host permissions: the browser's own record) and the sites switched off (settings).
// permissions.request is called first thing in each click handler: Firefox grants only inside
// the user's input handler.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Settings } from '../platform/settings';
import { loadSettings, saveSettings, watchSettings } from '../platform/settings-storage';
import { ALL_SITES, allowedSites, grantsAllSites, siteHost, sitePatterns } from '../platform/site-rules';
import { errorText } from '../platform/error-text';
import { t } from '../platform/i18n';

async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

/** The current grants, kept up to date while the page is open; the function reads them again. */
export function useGrants(): [string[] | null, () => void] {
  const [granted, setGranted] = useState<string[] | null>(null);
  const reload = () => void grantedOrigins().then(setGranted);
  useEffect(() => {
    reload();
    browser.permissions.onAdded.addListener(reload);
    browser.permissions.onRemoved.addListener(reload);
    return () => {
      browser.permissions.onAdded.removeListener(reload);
      browser.permissions.onRemoved.removeListener(reload);
    };
  }, []);
  return [granted, reload];
}

/** The settings, kept up to date while the page is open. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then(setSettings);
    watchSettings(setSettings, controller.signal);
    return () => controller.abort();
  }, []);
  return settings;
}

/** Where DealLens runs now, in one sentence. */
export function siteAccessState(granted: readonly string[], settings: Settings): string {
  if (settings.siteMode === 'on-demand') return t('siteAccessStateOnDemand');
  if (grantsAllSites(granted)) return t('siteAccessStateAll');
  const sites = allowedSites(granted).length;
  return sites ? t(sites === 1 ? 'siteAccessStateSomeOne' : 'siteAccessStateSome', sites) : t('siteAccessStateNone');
}

export function SiteAccessPanel() {
  const [granted, reload] = useGrants();
  const settings = useSettings();
  const [message, setMessage] = useState('');
  if (!granted || !settings) return <p class="muted">{t('loading')}</p>;
  const all = grantsAllSites(granted);
  const sites = allowedSites(granted);
  const request = (origins: string[], done: string) => {
    // First, synchronously inside the click: the browser shows its own prompt.
    const asked = browser.permissions.request({ origins });
    void asked.then(
      (ok) => {
        setMessage(ok ? done : t('siteAccessDeclined'));
        reload();
      },
      (e: unknown) => setMessage(errorText(e)),
    );
  };
  const remove = (origins: string[]) => void browser.permissions.remove({ origins }).then(reload);
  const setMode = (siteMode: Settings['siteMode']) => void saveSettings({ siteMode });
  return (
    <div id="site-access" data-all-sites={String(all)} data-mode={settings.siteMode}>
      <p id="site-access-state" role="status">{siteAccessState(granted, settings)}</p>
      <div role="radiogroup" aria-label={t('siteAccessMode')}>
        <label>
          <input type="radio" name="site-mode" value="automatic" checked={settings.siteMode === 'automatic'} onChange={() => setMode('automatic')} />{' '}
          {t('siteAccessModeAutomatic')}
        </label>
        <label>
          <input type="radio" name="site-mode" value="on-demand" checked={settings.siteMode === 'on-demand'} onChange={() => setMode('on-demand')} />{' '}
          {t('siteAccessModeOnDemand')}
        </label>
      </div>
      <p class="muted">{t('siteAccessOnDemandHelp')}</p>
      {all ? (
        <button type="button" id="revoke-all-sites" onClick={() => remove(ALL_SITES)}>{t('siteAccessRevokeAll')}</button>
      ) : (
        <button type="button" id="grant-all-sites" onClick={() => request(ALL_SITES, t('siteAccessGrantedAll'))}>
          {t('siteAccessGrantAll')}
        </button>
      )}
      {message && <p id="site-access-message" class="muted">{message}</p>}
      <h3>{t('siteAccessAllowed')}</h3>
      <p class="muted">{t('siteAccessAllowedHelp')}</p>
      <ul id="allowed-sites">
        {sites.map((host) => (
          <li key={host}>
            {host}{' '}
            <button type="button" aria-label={t('siteAccessRemoveSite', host)} onClick={() => remove(sitePatterns(host))}>{t('optionsRemove')}</button>
          </li>
        ))}
      </ul>
      <SiteForm id="allow-site" label={t('siteAccessAllowSite')} onSite={(host) => request(sitePatterns(host), t('siteAccessGrantedSite', host))} />
      <h3>{t('siteAccessDenied')}</h3>
      <p class="muted">{t('siteAccessDeniedHelp')}</p>
      <ul id="denied-sites">
        {settings.deniedSites.map((host) => (
          <li key={host}>
            {host}{' '}
            <button type="button" aria-label={t('siteAccessRemoveSite', host)} onClick={() => void saveSettings((s) => ({ deniedSites: s.deniedSites.filter((d) => d !== host) }))}>
              {t('optionsRemove')}
            </button>
          </li>
        ))}
      </ul>
      <SiteForm id="deny-site" label={t('siteAccessDenySite')} onSite={(host) => saveSettings((s) => ({ deniedSites: [...s.deniedSites, host] }))} />
    </div>
  );
}

/** `onSite` may return the save: the field is emptied once it is done, and keeps what was typed beside the reason when it is refused. */
function SiteForm({ id, label, onSite }: { id: string; label: string; onSite: (host: string) => void | Promise<unknown> }) {
  const [error, setError] = useState('');
  return (
    <form
      id={id}
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget as HTMLFormElement;
        const host = siteHost(String(new FormData(form).get('site') ?? ''));
        if (!host) {
          setError(t('siteAccessBadSite'));
          return;
        }
        setError('');
        void Promise.resolve(onSite(host)).then(
          () => form.reset(),
          (e: unknown) => setError(t('optionsCouldNotSave', errorText(e))),
        );
      }}
    >
      <label>
        {label} <input name="site" required placeholder="example.com" aria-invalid={error ? 'true' : undefined} />
      </label>
      <button type="submit">{label}</button>
      {error && <p class="warn" role="alert">{error}</p>}
    </form>
  );
}
