// English funding patterns. Each returns drafts for one sentence, or nothing when any part is unclear.
import type { CompanyMention, DealType } from '../types';
import { addInvestor, type DealDraft, type InvestorRole } from './deal-draft';
import { AND_GAP, COMMA_GAP, MONEY_TO_FUNDING_NOUN, VERB_TO_MONEY_GAP, cleanGap } from './gaps';
import { REPORT_DENIED, soundsUnsettled, wordsBefore } from './intent-check';
import { listAfter } from './role-phrases';
import { between, companiesBefore, moneyAfter, type IndexedMoney, type SentenceView } from './sentence-view';
import { findSubjectList } from './subject-list';
import { isInvestorGap, isRaiserGap } from './subject-gap';
import { companyAfterDescriptor, resolveTarget } from './target-phrase';
import { matchesOf } from '../text/matches-of';

export function newDraft(view: SentenceView, type: DealType, target: CompanyMention, anchor: number): DealDraft {
  return { type, target, investors: [], anchor, sentenceIndex: view.index, paragraph: view.paragraph, start: view.start, end: view.end };
}

const ROUND_WORDS = String.raw`(?:(?:series [a-z](?:\d|\+{1,2})?|pre-series [a-z]|seed|pre-seed|angel|pre-ipo|strategic|bridge|new|fresh|latest|additional|venture|equity|growth|funding|financing|investment)\s+)*`;

/** "raised a total of roughly" is the longest sensible lead-in; this also bounds regex work. */
const MAX_VERB_TO_MONEY_CHARS = 60;

/** The amount right after a verb ("raised a whopping 2.5 billion yuan"), if nothing else stands between. */
function moneyRightAfter(view: SentenceView, verbEnd: number): IndexedMoney | undefined {
  const money = moneyAfter(view, verbEnd);
  if (!money || money.mention.start - verbEnd > MAX_VERB_TO_MONEY_CHARS) return undefined;
  return VERB_TO_MONEY_GAP.test(cleanGap(between(view, verbEnd, money.mention.start))) ? money : undefined;
}

// ── "X raised/secured/closed AMOUNT (in a Series B round) (from Y)" ────────────────────────────────
const RAISE_VERBS =
  /\b(?:raised|raises|secured|secures|closed|closes|completed|completes|landed|lands|received|receives|obtained|obtains|bagged|bags|netted|nets|garnered|garners|picked up|picks up|pulled in|pulls in|snagged|snags|gets|got|mop(?:s|ped) up)\b/gi;
const IPO_SUBJECT = /^'s?\s+(?:[\w.]+\s+){0,2}?(?:IPO|initial public offering|listing|flotation|public offering)\s+(?:(?:has|have|had|also|just)\s+)*$/i;
const IPO_AFTER_MONEY =
  /^\s*(?:in|from|through|via|with)\s+(?:(?:its|an|the|a|their)\s+)?(?:[\w.-]+\s+){0,3}?(?:IPO|initial public offering|listing|flotation|public offering|share offering|debut)\b/i;
const DEBT_AFTER_MONEY =
  /^\s*(?:in|from|through|via|by selling|by issuing|with)\s+(?:(?:its|an|the|a|new)\s+)?(?:[\w-]+\s+){0,2}?(?:bonds?|notes|debt|loans?|credit facility|debentures|convertibles?)\b(?!\s+and\s+equity)/i;
const ROUND_WITHOUT_MONEY = new RegExp(String.raw`^\s*(?:its|a|an|the)\s+(?:new\s+|latest\s+)?(?:series [a-z](?:\d|\+{1,2})?|pre-series [a-z]|seed|angel|pre-ipo|strategic)\s+(?:funding\s+|financing\s+)?round\b`, 'i');
const WON_FOR_WORK = /^\s*(?:[\w-]+\s+){0,2}?(?:contracts?|orders?|awards?|tenders?|settlements?|fines?|judgments?|verdicts?|penalt(?:y|ies)|damages)\b/i;
const FROM_AFTER_MONEY = /^\s*(?:in [^,;.]{0,40}?\s+)?from\s+/i;

export function matchRaised(view: SentenceView): DealDraft[] {
  const drafts: DealDraft[] = [];
  const sentence = view.text.slice(view.start, view.end);
  for (const m of matchesOf(RAISE_VERBS, sentence)) {
    const verbStart = view.start + m.index;
    const verbEnd = verbStart + m[0].length;
    // "raised $X" is funding by itself; "closed $X", "gets $X" need a funding noun or backers ("gets $40 million from X").
    const strong = /^(?:rais|mop)/i.test(m[0]);
    let type: DealType = 'funding';
    let target: CompanyMention | undefined;
    for (const candidate of companiesBefore(view, verbStart).slice(0, 3)) {
      const gap = cleanGap(between(view, candidate.end, verbStart));
      if (strong && IPO_SUBJECT.test(gap)) {
        type = 'ipo';
        target = candidate;
        break;
      }
      if (isRaiserGap(gap)) {
        target = candidate;
        break;
      }
    }
    if (!target || isListItem(view, target)) continue;
    if (soundsUnsettled(wordsBefore(view.text, view.start, target.start, 40)) || REPORT_DENIED.test(view.text.slice(view.start, target.start))) continue;

    const money = moneyRightAfter(view, verbEnd);
    if (!money) {
      if (!ROUND_WITHOUT_MONEY.test(view.text.slice(verbEnd, view.end))) continue;
      drafts.push(newDraft(view, type, target, verbEnd));
      continue;
    }
    const after = cleanGap(view.text.slice(money.mention.end, Math.min(view.end, money.mention.end + 100)));
    // ("picked up a $240 million contract from …": money a company wins for work is no round.)
    if (WON_FOR_WORK.test(after)) continue;
    if (type === 'funding' && IPO_AFTER_MONEY.test(after)) type = 'ipo';
    else if (type === 'funding' && DEBT_AFTER_MONEY.test(after)) type = 'debt';
    const fundingWordBefore = /\b(?:round|funding|financing|series|seed|angel)\b/i.test(between(view, verbEnd, money.mention.start));
    const from = FROM_AFTER_MONEY.exec(view.text.slice(money.mention.end, view.end));
    const backers = from ? listAfter(view, money.mention.end + from[0].length, view.end) : [];
    // "received $4 billion from Amazon": money from named companies is funding even without the noun.
    if (!strong && type === 'funding' && !fundingWordBefore && !MONEY_TO_FUNDING_NOUN.test(after) && backers.length === 0) continue;

    const draft = newDraft(view, type, target, verbEnd);
    draft.money = money.index;
    for (const c of backers) addInvestor(draft, c);
    drafts.push(draft);
  }
  return drafts;
}

/**
 * "Alibaba and Zhipu raised…": the verb has several subjects, so no single target is clear. A lone
 * ", and" joins clauses ("…led by Tencent, and Zhipu raised…") unless an earlier comma makes a list.
 */
function isListItem(view: SentenceView, company: CompanyMention): boolean {
  const [previous, beforePrevious] = companiesBefore(view, company.start);
  if (!previous) return false;
  const gap = cleanGap(between(view, previous.end, company.start));
  if (COMMA_GAP.test(gap)) return true;
  if (!AND_GAP.test(gap)) return false;
  if (!/^\s*,/.test(gap)) return true;
  return !!beforePrevious && COMMA_GAP.test(cleanGap(between(view, beforePrevious.end, previous.start)));
}

// ── "Y and Z infuse/invest/inject/put AMOUNT into (the AI startup) X" ─────────────────────────────
const INVEST_VERBS =
  /\b(?:infuse[sd]?|invest(?:s|ed)?|inject(?:s|ed)?|put|puts|pour(?:s|ed)?|pump(?:s|ed)?|plough(?:s|ed)?|plow(?:s|ed)?|sank|sinks?|funnel(?:l?ed|s)?)\b/gi;
const INTO_TARGET = /^\s*(?:(?:of|in)\s+(?:new\s+|fresh\s+)?(?:funding|financing|capital|cash|equity)\s+)?(?:into|in)\s+/i;

export function matchInvested(view: SentenceView): DealDraft[] {
  const drafts: DealDraft[] = [];
  const sentence = view.text.slice(view.start, view.end);
  for (const m of matchesOf(INVEST_VERBS, sentence)) {
    const verbStart = view.start + m.index;
    const verbEnd = verbStart + m[0].length;
    const money = moneyRightAfter(view, verbEnd);
    if (!money) continue;
    const target = targetAfterPreposition(view, money.mention.end, INTO_TARGET);
    if (!target) continue;
    const investors = findSubjectList(view, verbStart, isInvestorGap);
    if (investors.length === 0 && soundsUnsettled(wordsBefore(view.text, view.start, verbStart))) continue;
    const draft = newDraft(view, 'funding', target, verbEnd);
    draft.money = money.index;
    for (const c of investors) addInvestor(draft, c);
    drafts.push(draft);
  }
  return drafts;
}

/** The company after `from` introduced by `preposition` and a short descriptor, resolved through appositives. */
function targetAfterPreposition(view: SentenceView, from: number, preposition: RegExp): CompanyMention | undefined {
  const rest = view.text.slice(from, view.end);
  // Skip a parenthetical restatement: "2.5 billion yuan (equivalent to $342 million) into …"
  const paren = /^\s*[(（][^()（）]*[)）]/.exec(rest);
  const start = from + (paren ? paren[0].length : 0);
  const lead = preposition.exec(view.text.slice(start, view.end));
  if (!lead) return undefined;
  const company = companyAfterDescriptor(view, start + lead[0].length);
  return company ? resolveTarget(view, company) : undefined;
}

// ── "Y led a AMOUNT round in X" / "Y led X's AMOUNT Series B" ───────────────────────────────────────
const LED_VERBS = /\b(?:led|leads|co-led|co-leads|spearheaded)\b(?!\s+by)/gi;
const ROUND_NOUN = new RegExp(String.raw`^\s*${ROUND_WORDS}(?:round|investment|financing|funding|raise|fundraising|series [a-z](?:\d|\+{1,2})?(?![\w+]))`, 'i');

export function matchLed(view: SentenceView): DealDraft[] {
  const drafts: DealDraft[] = [];
  const sentence = view.text.slice(view.start, view.end);
  for (const m of matchesOf(LED_VERBS, sentence)) {
    const verbStart = view.start + m.index;
    const verbEnd = verbStart + m[0].length;
    const found = roundObject(view, verbEnd);
    if (!found) continue;
    const investors = findSubjectList(view, verbStart, isInvestorGap);
    if (investors.length === 0) continue;
    const draft = newDraft(view, 'funding', found.target, verbEnd);
    if (found.money) draft.money = found.money.index;
    for (const c of investors) addInvestor(draft, c, 'lead');
    drafts.push(draft);
  }
  return drafts;
}

/** "a $50 million round in X", "the Series B of X", "X's $50 million Series B round". */
function roundObject(view: SentenceView, from: number): { target: CompanyMention; money?: IndexedMoney } | undefined {
  const rest = view.text.slice(from, view.end);
  // Possessive form: "led X's (AMOUNT) round".
  const owner = companyAfterDescriptor(view, from, 2);
  if (owner) {
    const possessive = /^['’]s?\s+/.exec(view.text.slice(owner.end, view.end));
    if (possessive) {
      const afterOwner = owner.end + possessive[0].length;
      const money = moneyRightAfter(view, afterOwner);
      const nounFrom = money ? money.mention.end : afterOwner;
      if (ROUND_NOUN.test(view.text.slice(nounFrom, view.end))) return money ? { target: owner, money } : { target: owner };
    }
  }
  // Article form: "led a (AMOUNT) round in|into|for|of X".
  const article = /^\s*(?:a|an|the|its)\s+/i.exec(rest);
  if (!article) return undefined;
  const money = moneyRightAfter(view, from);
  const nounFrom = money ? money.mention.end : from + article[0].length;
  const noun = ROUND_NOUN.exec(view.text.slice(nounFrom, view.end));
  if (!noun) return undefined;
  const target = targetAfterPreposition(view, nounFrom + noun[0].length, /^\s*(?:in|into|for|of)\s+/i);
  if (!target) return undefined;
  return money ? { target, money } : { target };
}

// ── "AMOUNT funding round for X", "Y's AMOUNT investment in X", "X's AMOUNT Series B", "X's AMOUNT IPO" ─
const NOUN_AFTER_MONEY = new RegExp(String.raw`^\s*${ROUND_WORDS}(round|funding|financing|investment|raise|fundraise|fundraising|effort|drive|injection|backing|IPO|initial public offering|listing)\b(?:\s+(?:round|effort|drive))?`, 'i');
const STRONG_FUNDING_WORD = /round|funding|financing|investment|raise|fund|series|seed|angel|injection|backing|ipo|initial public offering|listing/i;
const PARTICIPATED_BEFORE = /\b(participated|participates|joined|invested)\s+in\s+(?:a|an|the)\s+$/i;

export function matchFundingNoun(view: SentenceView): DealDraft[] {
  const drafts: DealDraft[] = [];
  for (const money of view.money) {
    const noun = NOUN_AFTER_MONEY.exec(view.text.slice(money.mention.end, view.end));
    if (!noun || !STRONG_FUNDING_WORD.test(noun[0])) continue;
    if (soundsUnsettled(wordsBefore(view.text, view.start, money.mention.start, 60))) continue;
    const isIpo = /ipo|public offering|listing/i.test(noun[1]!);
    const nounEnd = money.mention.end + noun[0].length;
    const possessor = possessorBefore(view, money.mention.start);
    const target = targetAfterPreposition(view, nounEnd, /^\s*(?:in|into|for)\s+/i);

    let draft: DealDraft;
    if (target) {
      draft = newDraft(view, isIpo ? 'ipo' : 'funding', target, money.mention.start);
      // "Google's $2 billion investment in Anthropic": the possessor is the investor.
      if (possessor && !isIpo) addInvestor(draft, possessor);
    } else if (possessor && !/investment|injection|backing/i.test(noun[1]!)) {
      // "Zhipu's $300 million Series B round", "Arm's $4.87 billion IPO".
      draft = newDraft(view, isIpo ? 'ipo' : 'funding', possessor, money.mention.start);
    } else continue;
    draft.money = money.index;
    const participated = PARTICIPATED_BEFORE.exec(between(view, view.start, money.mention.start));
    if (participated) {
      const verbStart = view.start + participated.index;
      const role: InvestorRole | undefined = /^(?:participat|join)/i.test(participated[1]!) ? 'participant' : undefined;
      for (const c of findSubjectList(view, verbStart, isInvestorGap)) addInvestor(draft, c, role);
    }
    drafts.push(draft);
  }
  return drafts;
}

/** "Zhipu's " right before an amount (or "Zhipu's latest "). */
function possessorBefore(view: SentenceView, pos: number): CompanyMention | undefined {
  const company = companiesBefore(view, pos)[0];
  if (!company) return undefined;
  return /^'s?\s+(?:(?:new|latest|recent|fresh|first|second|third)\s+)?$/i.test(cleanGap(between(view, company.end, pos)))
    ? company
    : undefined;
}
