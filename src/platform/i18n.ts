// UI strings through the WebExtension i18n API (public/_locales/<lang>/messages.json). In src/platform,
// not src/ui, because the background words some of its answers too (rate notes, the user's company),
// and the layer rules of eslint.config.js let the background use platform but not UI code.
// The API is read lazily from the global (`browser.i18n` in Firefox, `chrome.i18n` in Chrome), not
// through webextension-polyfill, which throws when imported outside an extension: this module is
// imported by Node tests and the CLI. Without the API (Node) the English messages are used, so
// tests read the same text as an en-US browser; with the API, a message it does not know shows
// its key rather than a blank. The built extension always has the API, so the English catalogue
// is left out of its bundles (import.meta.env.PROD is true only in a Vite build).
import en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

function api(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

type Message = { message: string; placeholders?: Record<string, { content: string }> };

/** What getMessage does with one message: $NAME$ placeholders, then $1…$9, then $$ for a dollar sign. */
export function formatMessage(entry: Message, substitutions: string[]): string {
  const placeholders = entry.placeholders ?? {};
  const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()]?.content ?? whole);
  return withPlaceholders.replace(/\$(?:([1-9])|(\$+))/g, (_, index: string | undefined, dollars: string | undefined) =>
    index ? (substitutions[Number(index) - 1] ?? '') : dollars!,
  );
}

/** The message `key` in the UI language, with $1… replaced by the substitutions in order. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const strings = substitutions.map(String);
  const i18n = api();
  if (!i18n) {
    const english: Record<string, Message> = import.meta.env?.PROD ? {} : en;
    return formatMessage(english[key] ?? { message: key }, strings);
  }
  return i18n.getMessage(key, strings.length ? strings : undefined) || key;
}

/** The browser's UI language ("en-US", "zh-CN"), for number, currency and date formatting; "en" outside an extension. */
export function uiLocale(): string {
  return api()?.getUILanguage() || 'en';
}
