// A company the reader left out that opens an English sentence as its subject: "Harrowgate Analytics, the Leeds
// data consultancy, has found a buyer.", "Harlow Foods posted a 7% rise in annual profit … and said it had bought
// …". The grammar delimits it: a run of capitalised words right at the sentence's start (after a dateline or a
// round-up's lead-in, and what the company is), then an appositive or a finite verb from the table below. It stands for "it", "the company"
// and "the firm" in its own sentence and the next (extract-deals.ts), as a company the reader took does.
import { LEADING_STOP_WORDS, notCompanyReason } from '../companies/not-companies';
import { unknownId } from '../companies/unknown-companies';
import type { CompanyMention } from '../types';
import { OPENING_KIND } from './deal-frames';
import { leadInLength } from './en-lead-in';

/** Up to five capitalised words ("&" may join two: "Whiskers & Tails"). */
const RUN = /^(?:[A-Z][\w’'.-]*(?:\s+&)?\s+){0,4}[A-Z][\w’'.-]*/;
/** What a subject does next: a finite verb of company news, or an appositive then one. */
// (The verbs of the deals themselves too: "Corvane Systems scooped up Telluric Analytics for $240 million".)
const VERB = String.raw`(?:has|have|had|is|was|will|said|says|posted|posts|reported|reports|announced|announces|agreed|agrees|completed|completes|closed|closes|found|finds|became|becomes|made|makes|won|wins|signed|signs|struck|unveiled|named|hired|opened|launched|cut|cuts|expects|expected|bought|buys|acquired|acquires|snapped|scooped|scoops|picked|swallowed|sold|sells|raised|raises|merged|merges|took|takes|paid|pays|priced|listed|floated|debuted|landed|lands|secured|secures|inked|sealed|clinched|mopped|mops|raked|rakes|bagged|bags|netted|nets|gets|got|received|receives)`;
// ("Corvane Systems, which raised $40 million last month, has acquired …": or a relative clause on it.)
const AFTER_NAME = new RegExp(String.raw`^(?:,\s+(?:the|a|an)\s+[^,;.]{1,60},\s+|,\s+(?:which|who)\s+[^,;]{1,80},\s+|\s+)(?:(?:also|now|just|on \w+day)\s+)?${VERB}\b`);
/** A possessive, then the company's deal or shares: "Nestwell Health’s $276 million IPO priced …", "…’s Hong Kong listing raised". */
const OWN_DEAL_AFTER = /^(?:’s|'s)\s+(?:[\w$€£¥₹.,-]+\s+){0,3}?(?:shares|stock|IPO|initial public offering|listing|debut|float|flotation|offering|round|Series [A-Z]|seed|funding|acquisition|purchase|takeover|merger)\b/;
/** After a lone word, only an appositive says it is a company ("Quillstack, the note-taking app, …"). */
const APPOSITIVE_AFTER = /^,\s+(?:the|a|an)\s+[^,;.]{1,60},/;

/** The unread name that opens the sentence [start, end) as its subject, if the grammar says so. */
export function openingSubject(text: string, start: number, end: number, companies: readonly CompanyMention[]): CompanyMention | undefined {
  const opening = text.slice(start, Math.min(end, start + 200));
  const lead = /^\s*/.exec(opening)![0].length;
  const dateline = lead + leadInLength(opening.slice(lead));
  // ("Fintech Ramp said …", "Insurtech Tidewater has …": what the company is may come first.)
  const from = dateline + (OPENING_KIND.exec(opening.slice(dateline))?.[0].length ?? 0);
  const run = RUN.exec(opening.slice(from));
  if (!run) return undefined;
  // (A possessive is no part of the name: "Nestwell Health’s IPO" names Nestwell Health; words after it, "IPO", are not the name.)
  const possessive = /^(.*?[A-Za-z])(?:’s|'s)(?=\s|$)/.exec(run[0]);
  const name = possessive ? possessive[1]! : run[0];
  const rest = opening.slice(from + name.length);
  const words = name.split(/\s+/).filter((w) => w !== '&');
  // (The cheap test first: most sentences open with "The", "It", "But".)
  if (LEADING_STOP_WORDS.has(words[0]!.toLowerCase())) return undefined;
  const owns = OWN_DEAL_AFTER.test(rest);
  if (!owns && (!AFTER_NAME.test(rest) || (words.length === 1 && !APPOSITIVE_AFTER.test(rest)))) return undefined;
  if (notCompanyReason(words) !== undefined) return undefined;
  const at = start + from;
  if (companies.some((c) => c.start < at + name.length && c.end > at)) return undefined;
  return { start: at, end: at + name.length, text: name, name, id: unknownId(name) };
}
