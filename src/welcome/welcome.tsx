// First-run page, opened once on install: what DealLens does, where it runs (three choices, the
// current one checked), the reader's home currency, and a sample article to try it on. In Firefox
// host access is opt-in, and in Chrome DealLens asks for none at install, so the page works the
// same in both: nothing runs on a page by itself until the reader allows it here or from the
// toolbar button, or asks on one page.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t, uiLocale } from '../platform/i18n';
import type { Settings } from '../platform/settings';
import { saveSettings } from '../platform/settings-storage';
import { CURRENCY_CHOICES, currencyLabel } from '../ui/currency-choices';
import { useSettings } from '../ui/site-access-panel';
import { DEMO_ARTICLE_PATH } from './demo-article';
import { SiteChoices } from './site-choices';

document.documentElement.lang = uiLocale();
document.title = t('welcomeTitle');

/** Firefox alone has runtime.getBrowserInfo (the background tells the browsers apart the same way). */
const inFirefox = 'getBrowserInfo' in browser.runtime;

function HomeCurrency({ settings }: { settings: Settings }) {
  const [said, setSaid] = useState('');
  const choose = (homeCurrency: string) =>
    void saveSettings({ homeCurrency }).then(
      () => setSaid(t('welcomeCurrencySaved', currencyLabel(homeCurrency))),
      (error: unknown) => setSaid(t('optionsCouldNotSave', error instanceof Error ? error.message : String(error))),
    );
  return (
    <section aria-labelledby="currency-heading">
      <h2 id="currency-heading">{t('welcomeCurrency')}</h2>
      <p class="muted">{t('welcomeCurrencyHelp')}</p>
      <label>
        {t('optionsHomeCurrency')}{' '}
        <select id="home-currency" value={settings.homeCurrency} onChange={(e) => choose((e.currentTarget as HTMLSelectElement).value)}>
          {CURRENCY_CHOICES.map((c) => <option key={c} value={c}>{currencyLabel(c)}</option>)}
        </select>
      </label>
      <p id="home-currency-saved" class="ok" role="status">{said}</p>
    </section>
  );
}

function Welcome() {
  const settings = useSettings();
  return (
    <>
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <p>{t('welcomePrivacy')}</p>
      {settings ? <SiteChoices settings={settings} /> : <p class="muted">{t('loading')}</p>}
      {inFirefox && <p id="firefox-note" class="muted">{t('welcomeFirefox')}</p>}
      {settings && <HomeCurrency settings={settings} />}
      <section aria-labelledby="try-heading">
        <h2 id="try-heading">{t('welcomeTryHeading')}</h2>
        <p class="muted">{t('welcomeTryHelp')}</p>
        <p>
          <a id="try-sample" class="button-link" href={browser.runtime.getURL(DEMO_ARTICLE_PATH)} target="_blank" rel="noopener">{t('welcomeTry')}</a>
        </p>
      </section>
      <p>
        <a href={browser.runtime.getURL('src/options/options.html')} target="_blank" rel="noopener">{t('popupOptions')}</a>
      </p>
    </>
  );
}

render(<Welcome />, document.getElementById('app')!);
