// Sentences that add investors to a deal reported just before, without being a deal themselves:
//   "The round was led by Sequoia." / "本轮融资由红杉领投。"  (an anaphoric role phrase)
//   "Sequoia led the round." / "Hillhouse also participated."
//   "…such as Ant Group, Xiaomi and Meituan to back Beijing Zhipu Huazhang Technology Co." (same target)
// Only deals close by are touched, and "back" only when the backed company is that deal's target.
import { addInvestor, type DealDraft, type InvestorRole } from './deal-draft';
import type { SentenceView } from './sentence-view';
import { listAfter, type RolePhrase } from './role-phrases';
import { findSubjectList } from './subject-list';
import { isInvestorGap } from './subject-gap';
import { companyAfterDescriptor } from './target-phrase';
import { matchesOf } from '../text/matches-of';

/** How far back a follow-up may reach: sentences, and paragraph breaks crossed. */
const ROLE_WINDOW_SENTENCES = 2;
const BACKING_WINDOW_SENTENCES = 3;
const BACKING_WINDOW_PARAGRAPHS = 1;

// "Other backers include …": the round's other investors, named after its lead.
// ("It was led by Accel" right after a round: "it" is the round.)
const ROUND_ANAPHORA = /^\s*It\s+was\s+(?:co-)?led\s+by\b|\b(?:the|this|that|its)\s+(?:latest\s+|new\s+|funding\s+|financing\s+|investment\s+|equity\s+|growth\s+|seed\s+|series\s+[a-z]\+?\s+)*(?:round|financing|funding|investment|raise|deal)\b|\bother (?:investors|backers|participants) (?:include|included|including|were|are)\b|本轮|本次|该轮|此轮/i;
/** "The Series A was led by …", "The seed round was co-led by …": a sentence that opens on the round by its name. */
const ROUND_NAMED = /^\s*The\s+((?:pre-)?(?:Series\s+[A-Z]\d?|seed))(?:\s+(?:round|financing|funding))?\s+(?:was|is|has been)\s+(?:co-)?led\s+by\b/i;
/** "Existing backer Global Ventures also took part": backers named by a role cue who joined the round just told. */
const ALSO_TOOK_PART = /\b(?:also|too)\s+(?:took part|participated|invested|joined|chipped in|came in|returned)\b|\b(?:took part|participated|invested|joined)\s+(?:too|as well)\b/i;
// ("led the equity round", "led the Series B round": the round may be named by its kind, beside a debt facility.)
const LED_THE_ROUND = /\b(?:led|co-led|anchored|(?:returned|came back|stepped up|moved) to (?:co-)?lead)\s+the\s+(?:(?:latest|new|equity|growth|seed|series\s+[a-z]\+?)\s+){0,2}(?:round|financing|investment|raise)\b/gi;
const JOINED_THE_ROUND =
  /\b(?:participated|joined|invested)\s+(?:in\s+)?the\s+(?:latest\s+|new\s+)?(?:round|financing|investment|raise)\b|\balso (?:participated|invested|took part|chipped in)\b/gi;
// ("Kelvara Health has raised $30 million in a Series B round. It was backed by …": "it", opening the sentence right
// after a round, is the round.)
const ROUND_BACKED_BY = /\b(?:the|this|that)\s+(?:latest\s+|new\s+)?(?:round|financing|funding|investment|raise)\s+(?:was|is|has been)\s+(?:also\s+)?(?:backed|funded|financed|supported)\s+by\s+|^\s*It\s+was\s+(?:also\s+)?(?:backed|funded|financed)\s+by\s+/gi;
// "to back X", "backed X" — but not "Microsoft-backed OpenAI" (no space before the verb).
const BACKING = /(?<=\s)(?:back|backs|backed|invest in|invested in|invests in)\s+/gi;

// "The consortium also includes SK Hynix and Apple": members of a buyer group named just before.
const CONSORTIUM_MEMBERS =
  /\b(?:the|this|that)\s+(?:consortium|buyer group|investor group|buying group|group|club)\s+(?:also\s+)?(?:includes|included|comprises|comprised|is made up of|was made up of|counts)\b|\bother members of the (?:consortium|group) (?:include|are|were)\b|财团(?:的)?(?:其他)?成员(?:还|也)?(?:包括|有|为)/gi;
const NAMES_CONSORTIUM = /\bconsortium\b|\b(?:group|club) (?:of (?:investors|buyers|firms) )?(?:led|headed|fronted) by\b|财团/i;

/** Adds this sentence's investors to a recent deal; returns true if it did. */
export function applyFollowUp(view: SentenceView, roles: readonly RolePhrase[], drafts: readonly DealDraft[]): boolean {
  const recentFunding = [...drafts]
    .reverse()
    .find((d) => d.type === 'funding' && d.paragraph === view.paragraph && view.index - d.sentenceIndex <= ROLE_WINDOW_SENTENCES);
  const sentence = view.text.slice(view.start, view.end);
  let applied = false;

  // "Fleetbase has raised $16 million. The Series A was led by Kindred Ventures": the round the next sentence names.
  const named = recentFunding && recentFunding.round === undefined ? ROUND_NAMED.exec(sentence) : null;
  if (named && recentFunding) recentFunding.round = named[1]!.replace(/^series/i, 'Series').replace(/^Seed$/, 'seed');
  if (recentFunding && roles.length > 0 && (ROUND_ANAPHORA.test(sentence) || ALSO_TOOK_PART.test(sentence) || named)) {
    for (const phrase of roles) for (const m of phrase.members) addInvestor(recentFunding, m.company, m.role);
    applied = true;
  }
  // "The round was backed by Accel, Index Ventures and Greylock": the round's backers, after "by".
  if (recentFunding) {
    for (const m of matchesOf(ROUND_BACKED_BY, sentence)) {
      for (const c of listAfter(view, view.start + m.index + m[0].length, view.end)) {
        addInvestor(recentFunding, c, 'participant');
        applied = true;
      }
    }
  }
  if (recentFunding) {
    applied = addSubjects(view, LED_THE_ROUND, 'lead', recentFunding) || applied;
    applied = addSubjects(view, JOINED_THE_ROUND, 'participant', recentFunding) || applied;
  }
  for (const m of matchesOf(CONSORTIUM_MEMBERS, sentence)) {
    const deal = [...drafts]
      .reverse()
      .find((d) => (d.type === 'acquisition' || d.type === 'stake-sale') && d.paragraph === view.paragraph && view.index - d.sentenceIndex <= ROLE_WINDOW_SENTENCES && NAMES_CONSORTIUM.test(view.text.slice(d.start, d.end)));
    if (!deal) continue;
    const from = view.start + m.index + m[0].length;
    const stop = view.text.slice(from, view.end).search(/[;；]/);
    const to = stop < 0 ? view.end : from + stop;
    for (const c of view.companies) if (c.start >= from && c.end <= to && c.id !== deal.target.id) addInvestor(deal, c);
    applied = true;
  }
  for (const m of matchesOf(BACKING, sentence)) {
    const verbStart = view.start + m.index;
    const backed = companyAfterDescriptor(view, verbStart + m[0].length, 3);
    if (!backed) continue;
    const deal = [...drafts]
      .reverse()
      .find(
        (d) =>
          d.target.id === backed.id &&
          view.index - d.sentenceIndex <= BACKING_WINDOW_SENTENCES &&
          view.paragraph - d.paragraph <= BACKING_WINDOW_PARAGRAPHS,
      );
    if (!deal) continue;
    for (const c of findSubjectList(view, verbStart, isInvestorGap)) addInvestor(deal, c);
    applied = true;
  }
  return applied;
}

function addSubjects(view: SentenceView, cue: RegExp, role: InvestorRole, draft: DealDraft): boolean {
  let added = false;
  for (const m of matchesOf(cue, view.text.slice(view.start, view.end))) {
    for (const c of findSubjectList(view, view.start + m.index, isInvestorGap)) {
      addInvestor(draft, c, role);
      added = true;
    }
  }
  return added;
}
