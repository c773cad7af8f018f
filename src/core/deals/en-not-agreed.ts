// Words before an English purchase or merger that say its terms are not yet binding: "Corvane Systems has signed heads
// of terms to acquire Telluric Analytics", "named preferred bidder for", "entered exclusive negotiations to buy", "a
// non-binding indicative offer", "signed a letter of intent to merge with". Such a deal is a plan, not a deal reported.
import type { DealDraft } from './deal-draft';

const PRELIMINARY = /\b(?:heads of terms|letters? of intent|memorandum of understanding|MoU|term sheet|non-binding|indicative (?:offer|proposal|bid)|preferred bidder|exclusivity|exclusive (?:talks|negotiations|discussions))\b/i;

/** Whether the clause before the draft's verb says its terms are only preliminary. */
export function notYetAgreed(text: string, start: number, draft: DealDraft): boolean {
  if (draft.type !== 'acquisition' && draft.type !== 'stake-sale' && draft.type !== 'merger') return false;
  const before = text.slice(Math.max(start, draft.anchor - 100), draft.anchor).replace(/^.*[;]/, '');
  return PRELIMINARY.test(before);
}
