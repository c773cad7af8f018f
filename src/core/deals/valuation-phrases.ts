// A company's stated valuation, read next to the deal that sets it:
//   "at a valuation of $2 billion", "at a $2 billion valuation", "valuing the company at $2 billion",
//   "Acme, valued at $2 billion, …", "a post-money valuation of $2 billion" (post), "pre-money valuation
//   of …" (pre), "投后估值200亿元" (post), "投前估值…" (pre), "估值达30亿美元", "以30亿美元估值…".
// A valuation is a fact about the company, not money that changed hands, so it is never a deal's amount.
// Precision first: the valued thing must be the deal's target (named, or "it", "the company", an
// anaphoric "the round values …"); "the market is valued at", "a round valued at $50 million" (the round's
// size), a past valuation ("valued at $1 billion last year", "此前估值…") and a hoped-for one ("expected
// to be valued at", "有望…估值") are not read.
import type { CompanyMention, DealType } from '../types';
import type { DealDraft } from './deal-draft';
import { ZH_INTENT_WORDS } from './gaps';
import { soundsUnsettled } from './intent-check';
import { between, type IndexedMoney, type SentenceView } from './sentence-view';

export type ValuationBasis = 'pre' | 'post';

export interface ValuationPhrase {
  money: IndexedMoney;
  basis?: ValuationBasis;
  /** Where the phrase starts: an unnamed owner means the deal whose cue precedes it. */
  cueStart: number;
  /** The company the phrase says is valued; absent when the phrase points at the deal ("it", "at a valuation of"). */
  owner?: CompanyMention;
  /** A Chinese 估值 (a worth, never a price: a purchase states its price as 作价 or 对价), which a purchase may carry too. */
  zhWorth?: true;
}

/** Cheap gate: a sentence without these is not read for valuations. */
export const VALUATION_WORD = /valu|估值|企业价值/i;

/** How far before an amount a valuation lead-in may start ("giving the Shanghai-based company a post-money valuation of about"). */
const MAX_LEAD_CHARS = 120;

const QUALIFIERS = String.raw`(?:(?:about|around|roughly|approximately|nearly|almost|some|more than|over|at least|as much as|up to|an estimated|a reported|close to|just over|just under|less than|under|US)\s+)*`;
const MODIFIERS = String.raw`(?:(?:new|implied|reported|higher|record|latest|fresh|total|overall|estimated|combined)\s+)*`;
const BASIS = String.raw`(?:(post|pre)[- ]money\s+)?`;
/**
 * What a valuation may be of without being the company: "the market", "the stake", "the deal" (its
 * size is the deal's amount), "the shares"…
 */
const NOT_THE_COMPANY = String.raw`(?:markets?|sectors?|industry|industries|stakes?|shares?|stock|deals?|transactions?|rounds?|offers?|bids?|prices?|portfolios?|assets?|units?|divisions?|propert(?:y|ies)|contracts?|debt|loans?|funds?|bonds?|notes?|sale|listing|ipo|float|pipe|spac)`;
/**
 * "it", "the company", "the São Paulo-based company", "the social network", "India’s largest e-commerce
 * company": words that point back at the deal's target — "the" or a possessive, up to six words, and
 * any head but one of NOT_THE_COMPANY.
 */
const WORD = String.raw`[^\s,;:()]+`;
const PRONOUN = String.raw`(?:it|itself|(?:the|${WORD}['’]s) (?:${WORD}(?:,|\s+and)?\s+){0,6}?(?!${NOT_THE_COMPANY}\b)${WORD})`;
const OBJECT_SLOT = String.raw`(?<object>${PRONOUN}|[^,;:()]{1,60}?)`;

// Lead-ins that end right before the amount; the `object` or `owner` group (when present) names what is valued.
const EN_LEADS: RegExp[] = [
  // "at a (post-money) valuation of $X", "with a valuation of", "giving it a valuation of", "implying a valuation of"
  new RegExp(String.raw`\b(?:at|with|implying|implies|(?:giving|gives|gave) ${OBJECT_SLOT})\s+an?\s+${MODIFIERS}${BASIS}valuation\s+(?:of\s+)?${QUALIFIERS}$`, 'id'),
  // "valuing the company at $X", "which values Acme at", "the round valued it at"
  new RegExp(String.raw`\b(?:valuing|values|valued)\s+${OBJECT_SLOT}\s+at\s+${QUALIFIERS}$`, 'id'),
  // "bringing its valuation to $X", "lifting Acme's valuation to", "that pegs its valuation at"
  new RegExp(String.raw`\b(?:bringing|brings|lifting|lifts|pushing|pushes|taking|takes|boosting|boosts|putting|puts|pegging|pegs|pegged|raising|tripling|triples|doubling|doubles|quadrupling|more than doubling|more than tripling)\s+(?:its|their|(?<object>[^,;:()]{1,60}?)['’]s?)\s+${MODIFIERS}${BASIS}valuation\s+(?:to|at|past|above|beyond|over)\s+${QUALIFIERS}$`, 'id'),
  // "Uber’s valuation stays at about $X", "its valuation now stands at", "Acme's valuation rose to"
  new RegExp(String.raw`\b(?:its|their|(?<object>[^,;:()]{1,60}?)['’]s?)\s+${MODIFIERS}${BASIS}valuation\s+(?:now\s+)?(?:stays|stayed|stands|stood|remains|remained|is|was|rose|rises|jumped|jumps|climbed|climbs|reached|reaches|hit|hits|grew|grows|soared|surged)\s+(?:(?:at|to)\s+)?${QUALIFIERS}$`, 'id'),
  // "Its post-money valuation is $X", "a pre-money valuation of $X" (the basis names a deal's valuation)
  new RegExp(String.raw`\b(post|pre)[- ]money\s+valuation\s+(?:of|is|was|stands at|stood at|came to|reached|at)\s+${QUALIFIERS}$`, 'i'),
];
/** A purchase named right before "that values …": its figure is the price (a round's or a merger's "deal" values the company). */
const DEAL_BEFORE_VALUES = /\b(?:deal|transaction|offer|takeover|acquisition|purchase|bid|buyout)(?:,?\s+(?:that|which))?\s*$/i;
const PURCHASE_ONLY = (sentence: string): boolean =>
  /\b(?:buy|buys|bought|buying|acquire[sd]?|acquiring|purchase[sd]?|take over|takes over|took over)\b/i.test(sentence) && !/\b(?:merger|merge|raised|raises|round|funding|investment|invest(?:ed|s)?|stake)\b/i.test(sentence);
// "…valued at $X": the subject right before decides whose valuation it is.
const VALUED_AT = new RegExp(String.raw`\bvalued\s+at\s+${QUALIFIERS}$`, 'i');
// "at a $2 billion (post-money) valuation", "giving it a $2 billion valuation"
const BEFORE_MONEY_NOUN = new RegExp(String.raw`\b(?:at|with|implying|(?:giving|gives|gave) ${OBJECT_SLOT})\s+an?\s+${MODIFIERS}${QUALIFIERS}$`, 'id');
const MONEY_NOUN = /^\s*(?:(post|pre)[- ]money\s+)?valuation\b/i;
/** Between the valued subject and "valued at": ", which is now", "has been". */
const SUBJECT_TAIL = /\s*[,—–]?\s*(?:(?:which|that|is|was|are|were|has|have|had|been|now|currently|already|newly)\s+)*$/i;
/** A relative clause between the valued subject and its verb: ", which Adobe had tried to buy for $20 billion,". */
const RELATIVE_TAIL = /,\s+(?:which|who|whose)\s+[^,;]{1,100}$/i;
const PRONOUN_END = new RegExp(String.raw`(?:^|\s)${PRONOUN}$`, 'i');
const PRONOUN_ONLY = new RegExp(String.raw`^${PRONOUN}$`, 'i');
/** A valuation of an earlier round, or a moment ago, is not the deal's. */
const PAST_MARKER = /\b(?:last|previous(?:ly)?|prior|earlier|ago|once|peak|in (?:19|20)\d\d|at the time|before)\b/i;

// ("交易对应环球音乐的企业价值为300亿欧元": the value a purchase puts on the whole company.)
const ZH_LEAD = /(?<owner>[^，,。；;：:]{0,20}?)(投后|投前)?(?:估值|企业价值)(?:已经?)?(?:达到|达|为|约为|约|超过|超|逾|近|接近|突破|升至|增至|至|高达|已达|或达)?约?$/;
const ZH_MONEY_NOUN = /^的?(投后|投前)?估值/;
/** Before 估值: the round just closed ("本轮融资后", "融资完成后公司"), so the worth is post-money. */
const ZH_AFTER_THE_ROUND_CLAUSE = /(?:本轮|此轮|本次|该轮)(?:融资|投资|增资)(?:完成)?后[，,]$/;
const ZH_AFTER_THE_ROUND = /(?:本轮|此轮|本次|该轮)?(?:融资|投资|增资)(?:完成)?后(?:的)?(?:公司|其)?(?:的)?$/;
const ZH_PAST_MARKER = /此前|之前|上一轮|上轮|曾|去年|前一轮/;

/** Every valuation the sentence states, in order. */
export function findValuations(view: SentenceView): ValuationPhrase[] {
  if (!VALUATION_WORD.test(view.text.slice(view.start, view.end))) return [];
  const found: ValuationPhrase[] = [];
  for (const money of view.money) {
    const phrase = englishLead(view, money) ?? chineseLead(view, money);
    if (phrase) found.push(phrase);
  }
  return found;
}

function englishLead(view: SentenceView, money: IndexedMoney): ValuationPhrase | undefined {
  const windowStart = Math.max(view.start, money.mention.start - MAX_LEAD_CHARS);
  const before = view.text.slice(windowStart, money.mention.start);
  const after = view.text.slice(money.mention.end, view.end);

  for (const lead of EN_LEADS) {
    const m = lead.exec(before);
    if (!m) continue;
    // "in a deal that values the rival railroad at about $85 billion": the price of a purchase, not a worth.
    if (/^(?:valuing|values|valued)\b/i.test(m[0]) && DEAL_BEFORE_VALUES.test(before.slice(0, m.index)) && PURCHASE_ONLY(view.text.slice(view.start, view.end))) return undefined;
    const owner = slotOwner(view, m, windowStart);
    if (owner === null) return undefined;
    const cueStart = windowStart + m.index;
    return settled(view, cueStart, money, after) ? phrase(money, basisOf(m[0], after), cueStart, owner) : undefined;
  }

  const valued = VALUED_AT.exec(before);
  // "an all-stock deal valued at $26 billion": the price of a deal, not what a company is worth.
  if (valued && /\b(?:deal|transaction|merger|offer|takeover|acquisition|purchase|bid|buyout)\s*,?\s*$/i.test(before.slice(0, valued.index))) return undefined;
  if (valued) {
    const cueStart = windowStart + valued.index;
    // ("The design software maker, which Adobe had tried to buy …, is valued at": past a relative clause.)
    const subject = view.text.slice(view.start, cueStart).replace(SUBJECT_TAIL, '').replace(RELATIVE_TAIL, '');
    const subjectEnd = view.start + subject.length;
    // "Acme, valued at", "Acme Inc. is valued at": the company ends the subject (a legal suffix's dot aside).
    const company = view.companies.find((c) => c.end <= subjectEnd && /^\.?$/.test(between(view, c.end, subjectEnd)));
    if (!company && !PRONOUN_END.test(subject)) return undefined;
    return settled(view, cueStart, money, after) ? phrase(money, AFTER_THE_ROUND.test(after) ? 'post' : basisOf('', after), cueStart, company) : undefined;
  }

  const noun = MONEY_NOUN.exec(after);
  if (noun) {
    const m = BEFORE_MONEY_NOUN.exec(before);
    if (!m) return undefined;
    const owner = slotOwner(view, m, windowStart);
    if (owner === null) return undefined;
    const cueStart = windowStart + m.index;
    return settled(view, cueStart, money, after.slice(noun[0].length)) ? phrase(money, basisOf(noun[0]), cueStart, owner) : undefined;
  }
  return undefined;
}

function chineseLead(view: SentenceView, money: IndexedMoney): ValuationPhrase | undefined {
  const clauseStart = lastClauseBreak(view, money.mention.start);
  const before = view.text.slice(clauseStart, money.mention.start);
  const after = view.text.slice(money.mention.end, view.end);
  let basis: ValuationBasis | undefined;
  let cueStart: number;
  const lead = ZH_LEAD.exec(before);
  const noun = ZH_MONEY_NOUN.exec(after);
  if (lead) {
    // "本轮融资后估值达60亿美元", "融资完成后公司估值超过10亿美元": the worth once the round is in, post-money.
    // ("本轮融资完成后，公司估值超过3亿美元": so in the clause before.)
    const roundBefore = ZH_AFTER_THE_ROUND.test(lead.groups!.owner!) || (/^(?:公司|其|该公司)?(?:的)?$/.test(lead.groups!.owner!) && ZH_AFTER_THE_ROUND_CLAUSE.test(view.text.slice(Math.max(view.start, clauseStart - 14), clauseStart)));
    basis = lead[2] === '投后' || (!lead[2] && roundBefore) ? 'post' : lead[2] === '投前' ? 'pre' : undefined;
    cueStart = clauseStart + lead.index + lead.groups!.owner!.length;
  } else if (noun) {
    basis = noun[1] === '投后' ? 'post' : noun[1] === '投前' ? 'pre' : undefined;
    cueStart = money.mention.start;
  } else return undefined;
  const clause = view.text.slice(clauseStart, money.mention.end + (noun ? noun[0].length : 0));
  if (ZH_PAST_MARKER.test(clause) || ZH_INTENT_WORDS.test(clause)) return undefined;
  // "智谱估值达…", "智谱的估值…": a company right before 估值 owns it; "公司估值…" points at the deal.
  const owner = view.companies.filter((c) => c.start >= clauseStart && c.end <= cueStart).pop();
  const ownerGap = owner ? between(view, owner.end, cueStart) : '';
  const found = phrase(money, basis, cueStart, owner && /^(?:的|整体|目前|当前)*$/.test(ownerGap) ? owner : undefined);
  // ("交易对优酷土豆的估值约为56亿美元", "对应金沙酒业整体估值约222.9亿元": what the purchase says the company is worth.)
  if (/估值/.test(view.text.slice(cueStart, money.mention.start + (noun ? noun[0].length + (money.mention.end - money.mention.start) : 0)))) found.zhWorth = true;
  return found;
}

/**
 * What the lead's object slot names: undefined for a pronoun or no slot (the deal's target), the
 * company when the slot is one company (with a short descriptor or legal suffix), null when it names
 * anything else ("valuing the market at", "giving Acme's rival a valuation").
 */
function slotOwner(view: SentenceView, m: RegExpExecArray, offset: number): CompanyMention | undefined | null {
  const slot = m.groups?.object;
  const span = m.indices?.groups?.object;
  if (slot === undefined || span === undefined) return undefined;
  if (PRONOUN_ONLY.test(slot.trim())) return undefined;
  const [from, to] = [offset + span[0], offset + span[1]];
  const inside = view.companies.filter((c) => c.start >= from && c.end <= to);
  if (inside.length !== 1) return null;
  const company = inside[0]!;
  const head = between(view, from, company.start).trim();
  const tail = between(view, company.end, to).trim();
  const shortDescriptor = /^(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(head ? `${head} ` : '');
  return shortDescriptor && /^(?:(?:Inc|Ltd|Corp|Co|Group|Holdings)\.?\s*)*$/i.test(tail) ? company : null;
}

/** Neither hoped for nor in the past: "expected to be valued at", "valued at $1 billion last year". */
function settled(view: SentenceView, cueStart: number, money: IndexedMoney, after: string): boolean {
  // ("after pricing shares at $40, above the expected range, valuing …": a range expected is no hope for the valuation.)
  const clauseBefore = view.text.slice(Math.max(view.start, cueStart - 40), cueStart).replace(/\b(?:expected|marketed|indicated|targeted)\s+(?:price\s+)?range\b/gi, 'range');
  if (soundsUnsettled(clauseBefore) || soundsUnsettled(view.text.slice(cueStart, money.mention.start))) return false;
  // (Up to the clause's end: "…at about $82 billion — well short of the figure floated last year".)
  // ("Wiz was valued at $12bn when it raised $1bn last May": a time in the clause of the round it was valued in dates
  // that round, the deal read here, and no earlier worth.)
  const tail = /^[^,;.—–]*/.exec(after)![0];
  const ofTheRound = ROUND_CLAUSE.test(tail);
  return (ofTheRound || !PAST_MARKER.test(tail)) && !PAST_MARKER.test(view.text.slice(cueStart, money.mention.start));
}

const ROUND_CLAUSE = /^\s*when\s+(?:it|they|the (?:company|startup|start-up|firm))\s+(?:raised|closed|secured|landed|took in)\b/i;

/** "valued at €310 million after the round": the worth once the money is in, post-money. */
const AFTER_THE_ROUND = /^\s*(?:after|following|post|with)\s+(?:the|this|its)\s+(?:latest\s+|new\s+)?(?:round|raise|investment|financing|injection)\b/i;

/** The basis in the lead-in ("a post-money valuation of") or right after the amount ("at €11.7bn post-money"). */
function basisOf(words: string, after = ''): ValuationBasis | undefined {
  const m = /\b(post|pre)[- ]money/i.exec(words) ?? /^\s*\(?(post|pre)[- ]money\b/i.exec(after);
  return m ? (m[1]!.toLowerCase() as ValuationBasis) : undefined;
}

function phrase(money: IndexedMoney, basis: ValuationBasis | undefined, cueStart: number, owner: CompanyMention | undefined): ValuationPhrase {
  const found: ValuationPhrase = { money, cueStart };
  if (basis) found.basis = basis;
  if (owner) found.owner = owner;
  return found;
}

function lastClauseBreak(view: SentenceView, pos: number): number {
  for (let i = pos - 1; i >= view.start; i--) if (/[，,；;：:。]/.test(view.text[i]!)) return i + 1;
  return view.start;
}

// ── Attaching valuations to deals ───────────────────────────────────────────────────────────────────
// Funding rounds, IPOs and stake sales state the company's valuation beside the amount. In an acquisition
// or merger a "valued at" figure is the price or the combined company's size, which the acquisition
// patterns already read as the deal's amount ("in a deal valued at $1 billion"), so those take none.
const VALUED_TYPES = new Set<DealType>(['funding', 'ipo', 'stake-sale', 'merger']);

/** Gives each valuation of the sentence to its deal: the named owner's, else the nearest cue before it. */
export function attachValuations(own: readonly DealDraft[], valuations: readonly ValuationPhrase[]): void {
  for (const found of valuations) {
    const candidates = own.filter((d) => (VALUED_TYPES.has(d.type) || (found.zhWorth && d.type === 'acquisition')) && d.valuation === undefined && d.money !== found.money.index);
    const owner = found.owner;
    const draft = owner
      ? candidates.find((d) => d.target.id === owner.id)
      : ([...candidates].reverse().find((d) => d.anchor <= found.cueStart) ?? candidates[0]);
    if (draft) draft.valuation = toValuation(found);
  }
}

/**
 * "Acme raised $100 million. The round values the company at $1 billion.": a sentence with no deal of
 * its own gives its valuation to the deal of the sentence right before, in the same paragraph, when it
 * names no company but that deal's target and investors.
 */
/** A sentence about the round just told: "本轮融资完成后", "此轮", "the round". */
const ROUND_NAMED = /本轮|此轮|该轮|本次融资|\bthe (?:round|raise|financing)\b/i;

export function attachFollowUpValuations(view: SentenceView, valuations: readonly ValuationPhrase[], drafts: readonly DealDraft[]): void {
  if (valuations.length === 0) return;
  // ("…完成Pre-A轮融资。本轮由A领投，B跟投。本轮融资完成后，公司估值超过3亿美元。": a sentence naming the round
  // reaches past the one that listed its backers.)
  const reach = ROUND_NAMED.test(view.text.slice(view.start, view.end)) ? 2 : 1;
  const near = drafts.filter((d) => d.paragraph === view.paragraph && d.sentenceIndex < view.index && d.sentenceIndex >= view.index - reach);
  const last = near.length === 0 ? -1 : Math.max(...near.map((d) => d.sentenceIndex));
  const previous = near.filter((d) => d.sentenceIndex === last);
  // "Northpay raised €45 million … . Existing backers … also participated. Northpay, which was valued at €400 million in the
  // round, plans to …": two sentences on, a valuation that names the round's company is still its.
  if (previous.length === 0) {
    const earlier = drafts.filter((d) => d.paragraph === view.paragraph && d.sentenceIndex === view.index - 2 && VALUED_TYPES.has(d.type) && d.valuation === undefined);
    for (const draft of earlier.reverse()) {
      const named = valuations.find((v) => v.owner?.id === draft.target.id && v.money.index !== draft.money);
      if (named) {
        draft.valuation = toValuation(named);
        return;
      }
    }
    return;
  }
  for (const draft of previous.reverse()) {
    if (!VALUED_TYPES.has(draft.type) || draft.valuation !== undefined) continue;
    const parties = new Set([draft.target.id, ...draft.investors.map((i) => i.id ?? i.name)]);
    // (A valuation that names the deal's target as what is valued is its, whoever else the sentence names.)
    const named = valuations.find((v) => v.owner?.id === draft.target.id && v.money.index !== draft.money);
    if (!named && view.companies.some((c) => !parties.has(c.id))) return;
    const found = named ?? valuations.find((v) => (!v.owner || v.owner.id === draft.target.id) && v.money.index !== draft.money);
    if (found) draft.valuation = toValuation(found);
    return;
  }
}

function toValuation(found: ValuationPhrase): NonNullable<DealDraft['valuation']> {
  return found.basis ? { money: found.money.index, basis: found.basis } : { money: found.money.index };
}
