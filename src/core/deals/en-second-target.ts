// One English purchase verb, two companies bought, each with its price: "will acquire Ching’s Secret maker
// Capital Foods for an enterprise value of Rs 5,100 crore and Fabindia-backed Organic India for Rs 1,900
// crore". The second company is bought by the same buyers, for the price that follows it.
import type { CompanyMention } from '../types';
import type { DealDraft } from './deal-draft';
import { cleanGap, isDescriptorGap } from './gaps';
import type { SentenceView } from './sentence-view';

/** Between the first purchase's price and the next company: " and ", ", and " (a short description may follow). */
const AND_NEXT = /^(?:\s+in\s+(?:cash|stock|cash and stock|shares))?\s*,?\s+and\s+$/i;
/** A company named as a modifier: "Fabindia-backed", "Tata-owned". */
const MODIFIER_AFTER = /^-(?:backed|owned|controlled|led|based|funded)\b/;
/** After the second company: its own price. */
const FOR_PRICE = /^\s*for\s+(?:(?:about|around|roughly|nearly|some|an estimated|more than|over|up to)\s+)*$/i;

/** The purchases the verb of `first` names after its first company and price. */
export function englishSecondTargets(view: SentenceView, first: DealDraft): DealDraft[] {
  if ((first.type !== 'acquisition' && first.type !== 'stake-sale') || first.money === undefined) return [];
  const price = view.money.find((m) => m.index === first.money);
  if (!price || price.mention.start < first.target.end) return [];
  const rest = view.companies.filter((c) => c.start >= price.mention.end && !MODIFIER_AFTER.test(view.text.slice(c.end, c.end + 12)));
  const next: CompanyMention | undefined = rest[0];
  if (!next || next.id === first.target.id || first.investors.some((i) => i.id === next.id)) return [];
  const gap = view.text.slice(price.mention.end, next.start);
  const and = /^(?:\s+in\s+(?:cash|stock|cash and stock|shares))?\s*,?\s+and\s+/i.exec(gap);
  if (!and || !AND_NEXT.test(gap.slice(0, and[0].length)) || !isDescriptorGap(cleanGap(stripModifiers(view, price.mention.end + and[0].length, next.start)), 4)) return [];
  const own = view.money.find((m) => m.mention.start >= next.end && m.mention.start - next.end <= 30 && FOR_PRICE.test(view.text.slice(next.end, m.mention.start)));
  if (!own) return [];
  return [{ ...first, target: next, money: own.index, investors: first.investors.map((i) => ({ ...i })), anchor: first.anchor + 1 }];
}

/** The words between `from` and `to` with any company named as a modifier ("Fabindia-backed") taken out. */
function stripModifiers(view: SentenceView, from: number, to: number): string {
  let words = '';
  let at = from;
  for (const c of view.companies) {
    if (c.start < from || c.end > to) continue;
    const modifier = MODIFIER_AFTER.exec(view.text.slice(c.end, c.end + 12));
    if (!modifier) continue;
    words += view.text.slice(at, c.start);
    at = c.end + modifier[0].length;
  }
  return words + view.text.slice(at, to);
}

/** After the first sale's price: "and its fiber business to " (the same seller's next unit, and its buyer). */
const AND_ITS_UNIT = /^\s*,?\s+and\s+(?:its|their)\s+((?:[\w&.-]+\s+){0,4}?(?:business(?:es)?|division|unit|arm|operations|assets|portfolio))\s+to\s+/i;
const FOR_ANOTHER = /^\s*for\s+(?:(?:another|a further|about|around|roughly|nearly|some|an estimated|more than|over|up to)\s+)*$/i;

/**
 * One seller, two sales in one sentence: "Crown Castle will sell its small cells business to EQT for $4.25
 * billion and its fiber business to Zayo Group for another $4.25 billion". The second unit goes to the
 * company after its "to", for the price after that company; `unitAt` names the unit as the seller's.
 */
export function englishSecondSales(view: SentenceView, first: DealDraft, unitAt: (start: number, end: number) => CompanyMention | undefined): DealDraft[] {
  if (first.type !== 'acquisition' || first.money === undefined) return [];
  const price = view.money.find((m) => m.index === first.money);
  if (!price || price.mention.start < first.target.end) return [];
  const m = AND_ITS_UNIT.exec(view.text.slice(price.mention.end, Math.min(view.end, price.mention.end + 80)));
  if (!m) return [];
  const unitStart = price.mention.end + m[0].indexOf(m[1]!, m[0].search(/\b(?:its|their)\b/i));
  const unit = unitAt(unitStart, unitStart + m[1]!.length);
  const toEnd = price.mention.end + m[0].length;
  const buyer = view.companies.find((c) => c.start >= toEnd);
  if (!unit || !buyer || buyer.start - toEnd > 40 || !isDescriptorGap(cleanGap(view.text.slice(toEnd, buyer.start)), 4)) return [];
  const own = view.money.find((x) => x.mention.start >= buyer.end && x.mention.start - buyer.end <= 30 && FOR_ANOTHER.test(view.text.slice(buyer.end, x.mention.start)));
  const { money: _first, ...rest } = first;
  return [{ ...rest, target: unit, ...(own ? { money: own.index } : {}), investors: [{ id: buyer.id, name: buyer.name }], anchor: first.anchor + 1 }];
}
