// The first-run page's three choices of where DealLens runs, as cards that are radio buttons:
// on all sites (the optional host permission for all sites, and the automatic mode), on the sites
// the reader chooses (the automatic mode; access to all sites, if given, is taken back), and only
// when asked (the mode, which keeps the grants for later). The checked card is the state itself,
// read from the browser's grants and the settings, so it follows changes made elsewhere too.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t, type MessageKey } from '../platform/i18n';
import { saveSettings } from '../platform/settings-storage';
import { ALL_SITES, siteChoice, type SiteChoice } from '../platform/site-rules';
import type { Settings } from '../platform/settings';
import { siteAccessState, useGrants } from '../ui/site-access-panel';

const CHOICES: { choice: SiteChoice; title: MessageKey; help: MessageKey }[] = [
  { choice: 'all-sites', title: 'welcomeChoiceAll', help: 'welcomeChoiceAllHelp' },
  { choice: 'chosen-sites', title: 'welcomeChoiceSites', help: 'welcomeChoiceSitesHelp' },
  { choice: 'on-demand', title: 'welcomeChoiceAsk', help: 'welcomeChoiceAskHelp' },
];

/** Makes `choice` the state; resolves to what to tell the reader ('' when the state line says it all). */
function makeChoice(choice: SiteChoice, allSitesGranted: boolean): Promise<string> {
  if (choice === 'all-sites') {
    // First, synchronously inside the reader's input: Firefox grants only there, and the browser shows its own prompt.
    return browser.permissions
      .request({ origins: ALL_SITES })
      .then(async (ok) => (ok ? (await saveSettings({ siteMode: 'automatic' }), t('siteAccessGrantedAll')) : t('siteAccessDeclined')));
  }
  if (choice === 'on-demand') return saveSettings({ siteMode: 'on-demand' }).then(() => '');
  const taken = allSitesGranted ? browser.permissions.remove({ origins: ALL_SITES }) : Promise.resolve(true);
  return taken.then(() => saveSettings({ siteMode: 'automatic' })).then(() => '');
}

export function SiteChoices({ settings }: { settings: Settings }) {
  const [granted, reload] = useGrants();
  const [message, setMessage] = useState('');
  if (!granted) return <p class="muted">{t('loading')}</p>;
  const current = siteChoice(granted, settings);
  const choose = (choice: SiteChoice) => {
    setMessage('');
    void makeChoice(choice, current === 'all-sites')
      .then(setMessage, (error: unknown) => setMessage(t('optionsCouldNotSave', error instanceof Error ? error.message : String(error))))
      // The grants read again re-render the cards: a declined choice shows the state it left unchanged.
      .finally(reload);
  };
  return (
    <>
      <fieldset id="site-choices" class="choices" data-choice={current}>
        <legend>{t('welcomeChoose')}</legend>
        {CHOICES.map(({ choice, title, help }) => (
          <label key={choice} class="choice">
            <input
              type="radio"
              name="site-choice"
              value={choice}
              checked={choice === current}
              onChange={() => choose(choice)}
              aria-labelledby={`${choice}-title`}
              aria-describedby={`${choice}-help`}
            />
            <span class="choice-title" id={`${choice}-title`}>{t(title)}</span>
            <span class="choice-help" id={`${choice}-help`}>{t(help)}</span>
          </label>
        ))}
      </fieldset>
      <p id="site-access-state" role="status">{siteAccessState(granted, settings)}</p>
      {message && <p id="site-choice-message" class="muted">{message}</p>}
    </>
  );
}
