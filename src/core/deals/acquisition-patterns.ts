// English acquisition patterns. The acquirer is listed as an investor without a role: roles describe a
// position in a funding syndicate, and an acquisition has none ("lead" would read as a lead investor).
import type { CompanyMention, DealType } from '../types';
import { addInvestor, type DealDraft } from './deal-draft';
import { isBrandMakerGap } from './en-brand-maker';
import { cleanGap, isDescriptorGap } from './gaps';
import { newDraft } from './funding-patterns';
import { heldUp, soundsUnsettled, underScrutiny, undoneLater, wordsBefore } from './intent-check';
import { listAfter } from './role-phrases';
import { between, companiesBefore, type SentenceView } from './sentence-view';
import { findSubjectList } from './subject-list';
import { isAcquirerGap, isPassiveTargetGap } from './subject-gap';
import { isWholeCompanyObject, priceAfter } from './target-phrase';
import { matchesOf } from '../text/matches-of';

// Base forms ("acquire") count only after "to"/"will" — "agreed to acquire", headline "Y to buy X";
// "plans to acquire" is then refused by the acquirer gap, which has no room for "plans".
const ACTIVE_VERBS =
  /\b(?:acquired|acquires|acquire|bought|buys|buy|purchased|purchases|purchase|took over|takes over|take over|snapped up|snaps up|snap up)\b/gi;
const BASE_FORM = /^(?:acquire|buy|purchase|take over|snap up)$/i;
const STAKE_OBJECT =
  /^\s*(?:a|an|the)?\s*(?:(?:\d+(?:\.\d+)?\s*(?:%|percent|per cent)|majority|minority|controlling|significant|small|further)\s+)*stake\s+in\s+/i;

export function matchAcquiredActive(view: SentenceView): DealDraft[] {
  const drafts: DealDraft[] = [];
  const sentence = view.text.slice(view.start, view.end);
  for (const m of matchesOf(ACTIVE_VERBS, sentence)) {
    const verbStart = view.start + m.index;
    const verbEnd = verbStart + m[0].length;
    if (BASE_FORM.test(m[0]) && !/\b(?:to|will)\s+$/i.test(view.text.slice(view.start, verbStart))) continue;
    const acquirers = findSubjectList(view, verbStart, isAcquirerGap);
    // ("…, but the deal collapsed in March": a purchase undone later in the sentence.)
    if (acquirers.length === 0 || undoneLater(view.text.slice(verbEnd, Math.min(view.end, verbEnd + 200)))) continue;
    const object = view.companies.find((c) => c.start >= verbEnd);
    // ("a majority stake in Ugandan microinsurer Kinga Cover": a word read as a company that only says where the company
    // named after it is from; the frames read that name.)
    if (!object || MODIFIER_OF_NAME.test(view.text.slice(object.end, Math.min(view.end, object.end + 50)))) continue;
    const gap = cleanGap(between(view, verbEnd, object.start));
    let type: DealType;
    const stake = STAKE_OBJECT.exec(gap);
    // ("a 77% stake in Teck Resources’ coal unit, Elk Valley Resources": a stake in something of the company's; the frames read it.)
    // ("a 100% stake in": all of it is the company.)
    if (stake && /\b100\s*(?:%|percent|per cent)/i.test(stake[0]) && isDescriptorGap(gap.slice(stake[0].length), 4)) type = 'acquisition';
    else if (stake && isDescriptorGap(gap.slice(stake[0].length), 4) && !POSSESSIVE_AFTER.test(cleanGap(view.text.slice(object.end, object.end + 4)))) type = 'stake-sale';
    else if ((isDescriptorGap(gap, 5) || isBrandMakerGap(gap)) && isWholeCompanyObject(view, object)) type = 'acquisition';
    else continue;
    if (acquirers.some((a) => a.id === object.id)) continue;
    const draft = newDraft(view, type, object, verbEnd);
    for (const a of acquirers) addInvestor(draft, a);
    const price = priceAfter(view, object.end) ?? priceAfter(view, object.end + (OBJECT_TAIL.exec(view.text.slice(object.end, Math.min(view.end, object.end + 90)))?.[0].length ?? 0));
    if (price) draft.money = price.index;
    drafts.push(draft);
  }
  return drafts;
}

const POSSESSIVE_AFTER = /^(?:'s?\b|'\s)/;
/** After a word read as a company, what the company named next is: " microinsurer Kinga Cover", " lift maker Kone". */
const MODIFIER_OF_NAME = /^\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z][\w&’'-]*)(?!(?:In|On|At|For|By|The|A|An)\b)/;

/** After the company bought, before its price: "snack nut business from Kraft Heinz Co." ("… for $3.35 billion"). */
const OBJECT_TAIL = /^(?:\s+(?:[a-z][\w-]*\s+){0,3}(?:business|brand|unit|division|operations))?(?:\s+from\s+(?:the\s+)?(?:[A-Z][\w&’'-]*\.?\s*){1,5}?(?=\s*for\b))?/;

// ── "X was acquired by Y (for AMOUNT)" ──────────────────────────────────────────────────────────────
const PASSIVE =
  /\b(?:was|were|has been|had been|is being|will be|is to be|agreed to be|has agreed to be|have agreed to be)\s+(?:acquired|bought|purchased|taken over|snapped up)\s+by\s+/gi;

export function matchAcquiredPassive(view: SentenceView): DealDraft[] {
  const drafts: DealDraft[] = [];
  const sentence = view.text.slice(view.start, view.end);
  for (const m of matchesOf(PASSIVE, sentence)) {
    const cueStart = view.start + m.index;
    const cueEnd = cueStart + m[0].length;
    const target = companiesBefore(view, cueStart)[0];
    if (!target || !isPassiveTargetGap(cleanGap(between(view, target.end, cueStart)))) continue;
    const acquirers = listAfter(view, cueEnd, view.end);
    if (acquirers.length === 0) continue;
    const draft = newDraft(view, 'acquisition', target, cueStart);
    for (const a of acquirers) addInvestor(draft, a);
    const price = priceAfter(view, acquirers[acquirers.length - 1]!.end);
    if (price) draft.money = price.index;
    drafts.push(draft);
  }
  return drafts;
}

// ── "Y's (AMOUNT) acquisition of X", "Y completed its acquisition of X", "the takeover of X by Y" ────
const ACQUISITION_NOUN = /\b(?:acquisition|takeover|purchase|buyout)\s+of\s+/gi;
const COMPLETION_VERB =
  /\b(?:completed|completes|closed|closes|finalized|finalised|finalizes|finalises|announced|announces|sealed|seals)\s+(?:its|their|the)\s+$/i;

export function matchAcquisitionNoun(view: SentenceView): DealDraft[] {
  const drafts: DealDraft[] = [];
  const sentence = view.text.slice(view.start, view.end);
  for (const m of matchesOf(ACQUISITION_NOUN, sentence)) {
    const nounStart = view.start + m.index;
    const nounEnd = nounStart + m[0].length;
    if (soundsUnsettled(wordsBefore(view.text, view.start, nounStart, 60)) || underScrutiny(wordsBefore(view.text, view.start, nounStart, 60)) || heldUp(view.text.slice(nounEnd, view.end)) || undoneLater(view.text.slice(nounEnd, Math.min(view.end, nounEnd + 200)))) continue;
    const target = view.companies.find((c) => c.start >= nounEnd);
    if (!target || !isDescriptorGap(cleanGap(between(view, nounEnd, target.start)), 4)) continue;
    if (!isWholeCompanyObject(view, target)) continue;

    // The amount may sit before the noun: "Y's $69 billion acquisition of X", "completed its $1 billion purchase of X".
    const before = moneyBeforeNoun(view, nounStart);
    const head = before ? before.mention.start : nounStart;
    let acquirers: CompanyMention[] = [];
    const owner = companiesBefore(view, head)[0];
    if (owner && /^'s?\s+(?:[\w-]+\s+){0,2}$/.test(cleanGap(between(view, owner.end, head)))) acquirers = [owner];
    else {
      const verb = COMPLETION_VERB.exec(view.text.slice(view.start, head));
      if (verb) acquirers = findSubjectList(view, view.start + verb.index, isAcquirerGap);
    }
    if (acquirers.length === 0) {
      const by = /^\s*by\s+/i.exec(view.text.slice(target.end, view.end));
      if (by) acquirers = listAfter(view, target.end + by[0].length, view.end);
    }
    if (acquirers.length === 0 || acquirers.some((a) => a.id === target.id)) continue;
    const draft = newDraft(view, 'acquisition', target, nounStart);
    for (const a of acquirers) addInvestor(draft, a);
    const price = before ?? priceAfter(view, target.end);
    if (price) draft.money = price.index;
    drafts.push(draft);
  }
  return drafts;
}

/** "$69 billion " (optionally "all-cash ") right before the acquisition noun. */
function moneyBeforeNoun(view: SentenceView, nounStart: number) {
  const money = [...view.money].reverse().find((m) => m.mention.end <= nounStart);
  if (!money) return undefined;
  return /^\s*(?:[\w-]+\s+)?$/.test(between(view, money.mention.end, nounStart)) &&
    !/\b(?:in|of|for|from|and)\s+$/i.test(between(view, money.mention.end, nounStart))
    ? money
    : undefined;
}

