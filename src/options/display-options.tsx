// Options for how pages look: highlight colour and fill per kind, the number format of converted
// amounts, and currencies whose amounts are not highlighted. Open pages follow at once
// (content/live-settings.ts); cards and the popup read the number format when they open.
import { HIGHLIGHT_COLOURS, MONEY_DIGITS, type HighlightColour, type Settings } from '../platform/settings';
import type { saveSettings } from '../platform/settings-storage';
import { IGNORABLE_CURRENCIES } from '../ui/currency-choices';
import { formatMoney } from '../ui/format-money';
import { HIGHLIGHT_PALETTE } from '../ui/highlight-style';
import { t, type MessageKey } from '../platform/i18n';

const COLOUR_LABEL: Record<HighlightColour, MessageKey> = {
  blue: 'optionsColourBlue',
  amber: 'optionsColourAmber',
  green: 'optionsColourGreen',
  purple: 'optionsColourPurple',
  pink: 'optionsColourPink',
  grey: 'optionsColourGrey',
};

/** The example amount of the number format choices (the reference article's $342 million, as converted). */
const EXAMPLE_AMOUNT = 342_137_676;

type Update = (patch: Parameters<typeof saveSettings>[0]) => void;
type Kind = keyof Settings['highlightStyle'];

function KindStyle({ kind, label, settings, update }: { kind: Kind; label: string; settings: Settings; update: Update }) {
  const style = settings.highlightStyle[kind];
  const set = (patch: Partial<Settings['highlightStyle'][Kind]>) =>
    update((current) => ({ highlightStyle: { ...current.highlightStyle, [kind]: { ...current.highlightStyle[kind], ...patch } } }));
  const { fill, line } = HIGHLIGHT_PALETTE[style.colour];
  return (
    <div class="inline" role="group" aria-label={label} id={`style-${kind}`}>
      <span class="sample">
        <span style={style.fill ? { backgroundColor: fill } : { textDecoration: `underline 3px ${line}`, textUnderlineOffset: '3px' }}>{label}</span>
      </span>
      <label>
        {t('optionsColour')}{' '}
        <select name={`${kind}-colour`} value={style.colour} onChange={(e) => set({ colour: (e.currentTarget as HTMLSelectElement).value as HighlightColour })}>
          {HIGHLIGHT_COLOURS.map((c) => <option key={c} value={c}>{t(COLOUR_LABEL[c])}</option>)}
        </select>
      </label>
      <label>
        <input type="radio" name={`${kind}-fill`} value="fill" checked={style.fill} onChange={() => set({ fill: true })} />
        {t('optionsFill')}
      </label>
      <label>
        <input type="radio" name={`${kind}-fill`} value="underline" checked={!style.fill} onChange={() => set({ fill: false })} />
        {t('optionsUnderlineOnly')}
      </label>
    </div>
  );
}

export function DisplayOptions({ settings, update, locale }: { settings: Settings; update: Update; locale: string }) {
  const example = (notation: Settings['moneyNotation']) => formatMoney(EXAMPLE_AMOUNT, settings.homeCurrency, { locale, format: { notation, digits: settings.moneyDigits } });
  const digits = Array.from({ length: MONEY_DIGITS.max - MONEY_DIGITS.min + 1 }, (_, i) => MONEY_DIGITS.min + i);
  const toggleIgnored = (code: string, on: boolean) =>
    update((current) => ({ ignoredCurrencies: on ? [...current.ignoredCurrencies, code] : current.ignoredCurrencies.filter((c) => c !== code) }));
  return (
    <fieldset id="display">
      <legend>{t('optionsDisplay')}</legend>
      <KindStyle kind="company" label={t('optionsHighlightCompanies')} settings={settings} update={update} />
      <KindStyle kind="money" label={t('optionsHighlightMoney')} settings={settings} update={update} />
      <div class="inline" role="group" aria-label={t('optionsNumberFormat')}>
        <span class="muted">{`${t('optionsNumberFormat')} `}</span>
        {(['compact', 'full'] as const).map((notation) => (
          <label key={notation}>
            <input type="radio" name="notation" value={notation} checked={settings.moneyNotation === notation} onChange={() => update({ moneyNotation: notation })} />
            {t(notation === 'compact' ? 'optionsNotationCompact' : 'optionsNotationFull', example(notation))}
          </label>
        ))}
        <label>
          {t('optionsDigits')}{' '}
          <select id="money-digits" value={String(settings.moneyDigits)} onChange={(e) => update({ moneyDigits: Number((e.currentTarget as HTMLSelectElement).value) })}>
            {digits.map((n) => <option key={n} value={String(n)}>{n}</option>)}
          </select>
        </label>
      </div>
      <div class="inline" role="group" aria-label={t('optionsIgnoredCurrencies')}>
        <span class="muted">{`${t('optionsIgnoredCurrencies')} `}</span>
        {IGNORABLE_CURRENCIES.map((c) => (
          <label key={c}>
            <input type="checkbox" name="ignored" value={c} checked={settings.ignoredCurrencies.includes(c)} onChange={(e) => toggleIgnored(c, (e.currentTarget as HTMLInputElement).checked)} />
            {c}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
