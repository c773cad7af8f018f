// Mergers: "X and Y (have) agreed to merge", "X will merge with Y", "X merged with Y", "the merger of
// X and Y", "X与Y合并". The first party named is the deal's target and the others its counterparties
// (listed as investors without a role), so a merger reads like the acquisition of its first party.
import { LEADING_STOP_WORDS, notCompanyReason } from '../companies/not-companies';
import { unknownId } from '../companies/unknown-companies';
import type { CompanyMention } from '../types';
import { addInvestor, type DealDraft } from './deal-draft';
import { orientMerger } from './en-merger-direction';
import { soundsUnsettled, underScrutiny, undoneLater, wordsBefore } from './intent-check';
import { cleanGap, isDescriptorGap } from './gaps';
import { newDraft } from './funding-patterns';
import { listAfter } from './role-phrases';
import { between, type SentenceView } from './sentence-view';
import { findSubjectList } from './subject-list';
import { isAcquirerGap } from './subject-gap';
import { priceAfter } from './target-phrase';
import { matchesOf } from '../text/matches-of';

// Base form ("merge") only after "to"/"will" ("agreed to merge"); "plans to merge" fails the subject gap.
const MERGE_VERB = /\b(merge|merged|merges)\b(\s+with\s+)?/gi;
const MERGER_NOUN = /\b(?:merger|combination)\s+(?:of|between)\s+/gi;
const UNDONE_AFTER = /\b(?:collapsed|fell through|was (?:blocked|terminated|scrapped|called off|abandoned|rejected|voted down)|has been (?:blocked|terminated|scrapped|called off|abandoned)|(?:is|was) (?:proposed|planned|expected|under review))\b/i;
const ZH_MERGE = /(?:与|和|同)([^，。；\n]{0,4})(?:合并|完成合并)/g;

function draftFor(view: SentenceView, parties: CompanyMention[], anchor: number): DealDraft | null {
  const [target, ...others] = parties;
  if (!target || others.length === 0 || others.some((o) => o.id === target.id)) return null;
  const draft = newDraft(view, 'merger', target, anchor);
  for (const other of others) addInvestor(draft, other);
  const price = priceAfter(view, parties[parties.length - 1]!.end);
  if (price) draft.money = price.index;
  orientMerger(view, draft);
  return draft;
}

/** Two capitalised names joined by "and", each of up to four words, and what may follow the pair. */
const NAME = String.raw`((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)`;
const PAIR = new RegExp(String.raw`^${NAME}\s+(?:and|&)\s+${NAME}(?=\s+(?:was|were|is|has|have|had|closed|completed|will|would|created|creates|in|on|last|this|earlier)\b|\s*[,.;]|$)`);

/** The two names after "the merger of" that the company reader left out, never a stop word, a place or a person. */
function unreadPair(view: SentenceView, from: number): CompanyMention[] {
  const m = PAIR.exec(view.text.slice(from, Math.min(view.end, from + 100)));
  if (!m || view.companies.some((c) => c.start < from + m[0].length && c.end > from)) return [];
  const names = [m[1]!, m[2]!];
  if (names.some((n) => LEADING_STOP_WORDS.has(n.split(/\s+/)[0]!.toLowerCase()) || notCompanyReason(n.split(/\s+/)) !== undefined)) return [];
  const second = from + m[0].length - m[2]!.length;
  return [
    { start: from, end: from + m[1]!.length, text: m[1]!, name: m[1]!, id: unknownId(m[1]!) },
    { start: second, end: second + m[2]!.length, text: m[2]!, name: m[2]!, id: unknownId(m[2]!) },
  ];
}

export function matchMerger(view: SentenceView): DealDraft[] {
  const drafts: DealDraft[] = [];
  const sentence = view.text.slice(view.start, view.end);
  for (const m of matchesOf(MERGE_VERB, sentence)) {
    const verbStart = view.start + m.index;
    const verbEnd = verbStart + m[0].length;
    if (m[1]!.toLowerCase() === 'merge' && !/\b(?:to|will)\s+$/i.test(view.text.slice(view.start, verbStart))) continue;
    const subjects = findSubjectList(view, verbStart, isAcquirerGap);
    // ("… agreed to merge in 2024, but the deal was blocked": a merger undone later in the sentence.)
    if (subjects.length === 0 || undoneLater(view.text.slice(verbEnd, Math.min(view.end, verbEnd + 200)))) continue;
    let parties = subjects;
    if (m[2]) {
      const other = view.companies.find((c) => c.start >= verbEnd);
      if (!other || !isDescriptorGap(cleanGap(between(view, verbEnd, other.start)), 4)) continue;
      parties = [...subjects, other];
    }
    const draft = draftFor(view, parties, verbEnd);
    if (draft) drafts.push(draft);
  }
  for (const m of matchesOf(MERGER_NOUN, sentence)) {
    const cueEnd = view.start + m.index + m[0].length;
    // "Regulators blocked the merger of X and Y", "The merger of X and Y collapsed last week": a merger undone, or
    // only planned, is none.
    if (soundsUnsettled(wordsBefore(view.text, view.start, view.start + m.index, 60)) || underScrutiny(wordsBefore(view.text, view.start, view.start + m.index, 60)) || UNDONE_AFTER.test(view.text.slice(cueEnd, Math.min(view.end, cueEnd + 120)))) continue;
    const parties = listAfter(view, cueEnd, view.end);
    // "The merger of X and Y closed on Friday": the second party is the noun's, though a verb follows it.
    const second = parties.length === 1 ? view.companies.find((c) => c.start >= parties[0]!.end) : undefined;
    if (second && /^\s+(?:and|&)\s+$/.test(view.text.slice(parties[0]!.end, second.start))) parties.push(second);
    // ("The merger of Corvane Systems and Telluric Analytics was completed on Monday": two names the reader left out.)
    const pair = parties.length === 0 ? unreadPair(view, cueEnd) : [];
    const draft = parties.length >= 2 ? draftFor(view, parties, cueEnd) : pair.length === 2 ? draftFor(view, pair, cueEnd) : null;
    if (draft) drafts.push(draft);
  }
  for (const m of matchesOf(ZH_MERGE, sentence)) {
    const cue = view.start + m.index;
    const first = [...view.companies].reverse().find((c) => c.end <= cue && cue - c.end <= 1);
    const second = view.companies.find((c) => c.start >= cue + 1 && c.start - cue <= 2);
    const draft = first && second ? draftFor(view, [first, second], cue) : null;
    if (draft) drafts.push(draft);
  }
  return drafts;
}
