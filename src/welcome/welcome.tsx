// First-run page, opened once on install: what DealLens reads, where, and how to choose. In
// Firefox host access is opt-in, and in Chrome DealLens asks for none at install, so the page
// works the same in both: nothing runs on a page until the reader allows it here, per site from
// the toolbar button, or asks on one page.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { SiteAccessPanel } from '../ui/site-access-panel';
import { t, uiLocale } from '../platform/i18n';

document.documentElement.lang = uiLocale();
document.title = t('welcomeTitle');

function Welcome() {
  return (
    <>
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <p>{t('welcomePrivacy')}</p>
      <fieldset>
        <legend>{t('welcomeChoose')}</legend>
        <SiteAccessPanel firstRun />
      </fieldset>
      <h2>{t('welcomeWays')}</h2>
      <ul>
        <li>{t('welcomeWayAllSites')}</li>
        <li>{t('welcomeWayOneSite')}</li>
        <li>{t('welcomeWayAsk')}</li>
      </ul>
      <p class="muted">{t('welcomeFirefox')}</p>
      <p>
        <a href={browser.runtime.getURL('src/options/options.html')} target="_blank" rel="noopener">{t('popupOptions')}</a>
      </p>
    </>
  );
}

render(<Welcome />, document.getElementById('app')!);
