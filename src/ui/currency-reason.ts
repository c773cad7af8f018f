// Why an amount was read in its currency is worth a reader's attention only when the text did not
// say it: "2.5 billion yuan", "US$342 million" and "RMB1.5bn" name their currency; a bare "$" or "¥",
// or a "$" on a Hong Kong page, is DealLens's reading, and the card says so in a sentence.
import { displayName } from './display-names';

/** Whether the amount's currency was inferred (a bare symbol, the page's country, a currency named nearby) rather than written. */
export function currencyInferred(reason: string): boolean {
  return !/^(?:word|symbol|code) /.test(reason);
}

/** The currency's name in the reader's language ("US dollars", "美元"), or its code when Intl has none. */
export function currencyName(code: string, locale: string): string {
  return displayName('currency', code, locale);
}
