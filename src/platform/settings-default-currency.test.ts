// The settings' default home currency follows the browser's languages, read when settings.ts loads:
// each case loads it afresh under the languages it gives.
import { afterEach, describe, expect, it, vi } from 'vitest';

type Browser = { languages?: readonly string[]; uiLanguage?: string };

async function settingsIn({ languages, uiLanguage }: Browser) {
  vi.resetModules();
  vi.stubGlobal('navigator', languages ? { languages } : undefined);
  if (uiLanguage) vi.stubGlobal('chrome', { i18n: { getUILanguage: () => uiLanguage, getMessage: () => '' } });
  return import('./settings');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('default home currency', () => {
  it.each([
    [{ languages: ['zh-CN', 'zh', 'en'] }, 'CNY'],
    [{ languages: ['zh-TW', 'zh'] }, 'TWD'],
    [{ languages: ['ja'] }, 'JPY'],
    [{ languages: ['en-GB', 'en'] }, 'GBP'],
    [{ languages: ['de-DE', 'de', 'en'] }, 'EUR'],
    [{ languages: ['en-US', 'en'] }, 'USD'],
    // The language list first (it names the country), the UI language after it.
    [{ languages: ['en-GB'], uiLanguage: 'en-US' }, 'GBP'],
    [{ languages: [], uiLanguage: 'fr' }, 'EUR'],
    [{ uiLanguage: 'ja' }, 'JPY'],
    // Nothing to read (Node): US dollars.
    [{}, 'USD'],
  ])('%j → %s, for the defaults and for settings with no currency stored', async (browser, currency) => {
    const { defaults, migrateSettings } = await settingsIn(browser);
    expect(defaults.homeCurrency).toBe(currency);
    expect(migrateSettings({}).homeCurrency).toBe(currency);
    expect(migrateSettings({ homeCurrency: 'bad' }).homeCurrency).toBe(currency);
  });

  it("keeps the reader's stored choice whatever the browser's language", async () => {
    const { migrateSettings } = await settingsIn({ languages: ['zh-CN'] });
    expect(migrateSettings({ homeCurrency: 'GBP' }).homeCurrency).toBe('GBP');
    expect(migrateSettings({ currency: 'USD' }).homeCurrency).toBe('USD');
  });
});
