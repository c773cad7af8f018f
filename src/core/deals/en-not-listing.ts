// What an English sentence says that makes a listing or a raise read in it no deal of the story (issue 17:
// IPO precision). Each cue is a table row with the text it is for; the reader asks them of each IPO or
// round drafted in a sentence, so a listing read by any pattern or trigger is held to them alike:
//   recalled    a listing named to measure from: "have doubled since it went public in March", "rose 12%, a
//               month after its $500 million IPO", "a year after its initial public offering";
//   arranger    a bank or adviser that worked on someone's listing: "Goldman Sachs, which led Kestrel Pay's IPO";
//   planned     a listing told with a modal after it, or opened, aimed at or moved: "Kestrel Pay's IPO could value it
//               at $5 billion", "launched its IPO on Monday, aiming to raise", "will transfer its listing to the NYSE";
//   debt        bonds or notes that list or trade: "its $500 million of green bonds, sold in March, began
//               trading on the Luxembourg Stock Exchange";
//   follow-on   a listed company selling more shares: "sold 8 million shares in a follow-on offering", "raising $250
//               million, eight months after its Nasdaq listing"; an offer still open ("was subscribed 40 times");
//   anchor book the part of an offer placed before it opens: "raised ₹375 crore from anchor investors";
//   comparison  a listing named as the record to beat: "the biggest since Arm raised $4.87 billion in its IPO".
// A cue that names another deal's money ("Kestrel Pay's debut comes a week after Nestwell Health raised $276
// million") leaves the listing without that amount (amountOfAnother).

import type { DealDraft } from './deal-draft';

const LISTING_NOUN = /^(?:IPO|initial public offering|public offering|listing|flotation|float|debut|stock market debut|market debut|trading debut|went public|listed|floated|direct listing)\b/i;

/** Before a listing word: it is recalled to date or measure something else. */
// ("since its $748 million IPO" is read by deal-frames.ts; these are the shapes it leaves.)
const RECALLED_BEFORE =
  /\bsince\s+(?:it|they|the company)\s+(?:first\s+)?$|\b(?:days?|weeks?|months?|years?|decades?)\s+(?:after|since|before)\s+(?:its|their|the company[’']s)\s+(?:[\w$€£¥₹.,-]+\s+){0,4}$/i;

/**
 * Between a company and "IPO": it worked on the listing (a bank, a law firm), not listed; unless the company does
 * what a company listing does in that gap ("Lodestar Horizon Acquisition Corp., a SPAC sponsored by two former
 * energy traders, raised $230 million in an upsized IPO").
 */
const ARRANGER_GAP = /\b(?:led|co-led|leads|leading|managed|co-managed|manages|underwrote|underwrites|underwriting|underwriters?|advised|advises|advising|arranged|arranges|ran|runs|bookrunners?|sponsors?|worked on|handled|handles)\b/i;
const LISTS_ITSELF = /\b(?:raised|raises|raising|priced|prices|pricing|made|makes|launched|completed|closed|sold|listed|floated|debuted|went)\b/i;

/** Banks chosen for a listing: "picked Morgan Stanley and JPMorgan to lead its". */
const BANKS_CHOSEN_BEFORE = /\b(?:picked|picks|hired|hires|appointed|appoints|mandated|mandates|chose|chosen|selected|selects|tapped|taps)\b[^.;]{0,70}?\bto\s+(?:lead|run|manage|arrange|underwrite|advise on|work on|handle)\s+(?:its|their|the|a|an)\s+(?:[\w$€£¥₹.,-]+\s+){0,3}$/i;
/** A listing word, found after an amount a draft starts at. */
const LISTING_WORD = /\b(?:IPO|initial public offering|listing|flotation|float|debut)\b/;
/** After a listing word: the book is still open. */
const BOOK_OPEN_AFTER = /^\s+(?:was|is|has been|had been|got|gets)\s+(?:\w+\s+)?(?:subscribed|oversubscribed|covered)\b/i;
/** The sentence says the shares trade. */
const TRADES = /\b(?:listed|lists|debuted|debut|began trading|started trading|first day of trading|opened at|closed at)\b/i;
/** A listing told as past, in a sentence whose raise came after it ("…, raising $250 million, eight months after its Nasdaq listing"). */
const AFTER_OWN_LISTING = /\b(?:days?|weeks?|months?|years?)\s+(?:after|since)\s+(?:its|their)\s+(?:[\w$€£¥₹.,-]+\s+){0,4}?(?:IPO|initial public offering|listing|debut|flotation|float)\b/i;
/** Right after a listing word: what it may do, not what it did ("…, aiming to raise $500 million": what it hopes to). */
const MODAL_AFTER = /^(?:\s+(?:on|this|next|last)\s+\w+|\s+today)?(?:\s+(?:could|would|might|may|will|is expected to|was expected to|is set to|is likely to|is slated to|is scheduled to|aims to|seeks to|is due to)|\s*,\s*(?:aiming|seeking|hoping|looking|targeting|expecting)\b|\s*,\s*which\s+(?:could|would|might|may|is expected to|aims to|seeks to)\b)/i;

/**
 * Right before a listing word: an offer opened or marketed, a listing aimed at or moved ("launched its IPO on Monday",
 * "is targeting a valuation of $5 billion in its US IPO", "will transfer its listing to the New York Stock Exchange").
 */
const NOT_DONE_BEFORE = /\b(?:launched|launches|launching|kicked off|kicks off|set terms for|sets terms for|targeting|targets|aiming|aims|seeking|seeks|transfer(?:s|red|ring)?|mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?|shift(?:s|ed|ing)?)\s+(?:[^.;,]{0,50}?\s)?(?:its|their|an?|the)\s+(?:[\w$€£¥₹.,-]+\s+){0,4}$/i;

const DEBT_NOUN = /\b(?:bonds?|notes|debentures|sukuk|loans?|commercial paper)\b/i;
/** "listing of its green bonds", "offering of convertible senior notes". */
const DEBT_AFTER = /^(?:listing|offering|debut|flotation)\s+of\s+(?:[\w$€£¥₹.,%-]+\s+){0,5}?(?:bonds?|notes|debentures|sukuk)\b/i;

/** A listed company selling more stock (a "secondary listing" is a listing, and is no cue here). */
const FOLLOW_ON = /\b(?:follow-on|secondary|subsequent|additional|further|repeat|accelerated|overnight|block|at-the-market|rights)\s+(?:share\s+|stock\s+|equity\s+)?(?:offering|sale|placing|placement|issue|trade)\b|\bsold\s+(?:[\d.,]+\s+(?:million\s+)?)?(?:more|additional|further)\s+shares\b/i;
const ROUND_WORDS = /\b(?:Series [A-Z]|seed|pre-seed|angel|pre-IPO|funding round|financing round)\b/i;

/** The part of an Indian or Hong Kong offer placed before it opens. */
const ANCHOR_BOOK = /\bfrom\s+(?:[\w-]+\s+){0,2}?(?:anchor|cornerstone)\s+investors\b|\b(?:anchor|cornerstone)\s+(?:book|portion|tranche|allocation)\b/i;

/** "the biggest since", "the largest listing since": the company named next set the record. */
const RECORD_BEFORE = /\b(?:biggest|largest|first|best|busiest|strongest|worst|smallest|most|highest|lowest)\b[^.;]{0,60}?\b(?:since|than)\s+(?:the\s+)?$/i;

/**
 * Between a listing and an amount: a clause of another company's raise, named by its name ("… a week after Nestwell
 * Health raised"; not "after the design software company raised", which is the same company).
 */
const ANOTHER_RAISE = /\b(?:since|than|after|before|while|whereas|following)\s+(?!(?:It|They|The|This|That|Its)\b)[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4}\s+(?:(?:has|had|also)\s+)?(?:raised|priced|fetched|sold)\b/;

/**
 * Whether the draft (an IPO, or a round) is no deal of the story by one of the cues above. `text` is the whole
 * text, [start, end) the draft's sentence.
 */
export function notAListing(text: string, start: number, end: number, draft: DealDraft): boolean {
  if (draft.type !== 'ipo' && draft.type !== 'funding') return false;
  const sentence = text.slice(start, end);
  const at = draft.anchor;
  const atListing = LISTING_NOUN.test(text.slice(at, Math.min(end, at + 30)));
  if (draft.type === 'ipo') {
    if (atListing && RECALLED_BEFORE.test(text.slice(Math.max(start, at - 60), at))) return true;
    // ("Kestrel Pay’s $500 million IPO is expected to price": the listing word may follow an amount the draft starts at.)
    const noun = atListing ? { index: 0 } : LISTING_WORD.exec(text.slice(at, Math.min(end, at + 40)));
    if (noun && MODAL_AFTER.test(text.slice(at + noun.index, Math.min(end, at + noun.index + 60)).replace(/^\S+(?:\s+public\s+offering)?/i, ''))) return true;
    // ("… IPO was subscribed 40 times on the final day of bidding": an offer still open.)
    // (Not once the shares trade: "listed at a premium … after its ₹11,327 crore IPO was subscribed 3.6 times".)
    if (noun && BOOK_OPEN_AFTER.test(text.slice(at + noun.index, Math.min(end, at + noun.index + 60)).replace(/^\S+(?:\s+public\s+offering)?/i, '')) && !TRADES.test(sentence)) return true;
    if (atListing && NOT_DONE_BEFORE.test(text.slice(Math.max(start, at - 90), at))) return true;
    // ("has picked Morgan Stanley and JPMorgan to lead its IPO": banks chosen for a listing still to come.)
    if (atListing && BANKS_CHOSEN_BEFORE.test(text.slice(Math.max(start, at - 90), at))) return true;
    if (DEBT_AFTER.test(text.slice(at, Math.min(end, at + 80)))) return true;
    const gap = draft.target.end <= at && at - draft.target.end <= 100 ? text.slice(draft.target.end, at) : '';
    if (gap && ARRANGER_GAP.test(gap) && !LISTS_ITSELF.test(gap)) return true;
    if (gap && DEBT_NOUN.test(gap) && !/[;]/.test(gap)) return true;
  }
  if (RECORD_BEFORE.test(text.slice(Math.max(start, draft.target.start - 80), draft.target.start))) return true;
  // (A raise in the sentence that dates itself after the company's own listing is a later share sale.)
  const after = AFTER_OWN_LISTING.exec(sentence);
  if (after && !ROUND_WORDS.test(sentence) && (at < start + after.index || at >= start + after.index + after[0].length)) return true;
  if (FOLLOW_ON.test(sentence) && !ROUND_WORDS.test(sentence)) return true;
  return draft.type === 'funding' && ANCHOR_BOOK.test(sentence);
}

/** Whether the draft's amount stands past a clause that tells another company's raise (the listing keeps no amount then). */
export function amountOfAnother(text: string, draft: DealDraft, moneyStart: number): boolean {
  return draft.type === 'ipo' && moneyStart > draft.anchor && ANOTHER_RAISE.test(text.slice(draft.anchor, moneyStart));
}
