// Money in the currencies the reader ignores is kept in the page's scan (deals still read it, and
// un-ignoring needs no re-read) but is neither painted, clicked, walked to nor listed in the popup.
import type { MoneyMention } from '../core/types';

/** Whether a mention is shown: companies always, money unless its currency is ignored. */
export function showsMention(ignored: ReadonlySet<string>, m: { kind: string; mention: object }): boolean {
  return m.kind !== 'money' || !ignored.has((m.mention as Pick<MoneyMention, 'currency'>).currency);
}
