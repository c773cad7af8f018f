// Money in the currencies the reader ignores is kept in the page's scan (deals still read it, and
// un-ignoring needs no re-read) but is neither painted, clicked, walked to nor listed in the popup.
import type { MoneyMention } from '../core/types';

interface MoneyLike<R> {
  kind: 'money';
  mention: Pick<MoneyMention, 'currency'>;
  range: R;
}

/** The slice of a Highlight this needs (a Set in unit tests). */
export interface RangeSet<R> {
  has(range: R): boolean;
  add(range: R): unknown;
  delete(range: R): boolean;
}

/** Whether a mention is shown: companies always, money unless its currency is ignored. */
export function showsMention(ignored: ReadonlySet<string>, m: { kind: string; mention: object }): boolean {
  return m.kind !== 'money' || !ignored.has((m.mention as Pick<MoneyMention, 'currency'>).currency);
}

/**
 * Brings the money highlight in line with the ignored currencies: ranges of ignored amounts are
 * taken out; with `restore`, ranges of amounts no longer ignored are put back. Returns how many
 * ranges in `highlight` are not in `money` (added by a read whose scan is not out yet).
 */
export function applyIgnored<R>(highlight: RangeSet<R> & { size: number }, money: readonly MoneyLike<R>[], ignored: ReadonlySet<string>, restore: boolean): number {
  let known = 0;
  for (const m of money) {
    const painted = highlight.has(m.range);
    if (ignored.has(m.mention.currency)) {
      if (painted) highlight.delete(m.range);
    } else if (painted) known++;
    else if (restore) {
      highlight.add(m.range);
      known++;
    }
  }
  return highlight.size - known;
}
