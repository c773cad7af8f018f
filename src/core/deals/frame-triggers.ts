// The registry of deal triggers (issue 17, item 4): each entry is one way news states a deal, with
// the examples that are its tests (frame-triggers.test.ts reads them). The cheap keyword gate of the
// deal reader is built from these expressions, so a new trigger needs no second edit.
//
// A trigger says where the deal's parts sit around it:
//   target   'subject': the company before the trigger ("Kelvara has raised …");
//            'object': the first company after it ("… agreed to buy Splunk");
//            'passive': the company before it, the party after it ("Twitter was acquired by …")
//            'transfer': "A向B转让C的股份": the buyers between 向 and the verb, what is sold after it
//            ("转让公司23%股份": 公司 is the company whose announcement it is)
//            'owner': the company whose round follows ("led Kelvara’s Series B", "leading the start-up’s
//            €1.7bn round": a description stands for the company named before it)
//   party    the role of the subject or passive agent: acquirer (acquisitions), lead/participant
//            (investors that "poured money into" the target), none (the subject is the target)

import type { DealType } from '../types';
import { holdsAny, type Holds, type Needs } from './needs';

export type TargetSide = 'subject' | 'object' | 'passive' | 'owner' | 'transfer';

export interface DealTrigger {
  id: string;
  type: DealType;
  lang: 'en' | 'zh';
  /** Global expression; the match is the trigger. */
  pattern: RegExp;
  /** Words one of which the lower-cased sentence holds wherever the expression matches (needs.ts). */
  needs: Needs;
  target: TargetSide;
  /** Role of the other side (the subject of an object trigger, the agent of a passive one). */
  party?: 'acquirer' | 'participant' | 'lead';
  /** A stake rather than the whole company when the object phrase says so ("a 49% stake in"). */
  stake?: boolean;
  /** The subject is the company right before the verb, when there is one ("…, two days after Lenskart listed"). */
  adjacentSubject?: boolean;
  /** "sold X to Y": the buyer is named after "to"; the subject is the seller, never an investor. */
  buyerAfterTo?: boolean;
  /** Extra test on the words after the trigger and whether a deal amount follows it. */
  confirm?: (trigger: string, after: string, amountFollows: boolean) => boolean;
  /** Sentences the trigger reads, each with the deal expected: "type|target as written|a party as written". */
  examples: readonly [string, string][];
}

/** A budget's words after what is funded: a public programme's money, not a round ("funding for Artemis in fiscal year 2020"). */
const PUBLIC_BUDGET_AFTER = /^[^.;]{0,60}?\b(?:fiscal (?:year|20\d\d)|FY\s?\d{2,4}|appropriations?|budget)\b/i;

// "raised $6 billion" is a round by itself; "secured", "closed", "received" only with a funding noun
// ("closed at HK$300", "secured a $480 million contract" are not rounds).
// ("above the already-raised range": a hyphenated participle is no verb.)
const SUBJECT_FUNDING =
  /\b(?<!-)(?:raised|raises|raising|netted|nets|pulled in|pocketed|garnered|bagged|bags|picked up|picks up|drew|draws|collected|snagged|landed|lands|secured|secures|securing|closed|closes|closing|received|receives|obtained|completed|announced|attracted|scored|disclosed|unveiled|revealed|mop(?:s|ped|ping) up|rak(?:es|ed|ing) in|scoop(?:s|ed)(?! up))\b/g;
// ("mops up ₹40 crore", "raked in $27 million", "scooped $6.5 million": the press's words for a raise.)
const STRONG_RAISE = /^(?:raised|raises|raising|netted|nets|pulled in|pocketed|garnered|bagged|bags|picked up|picks up|drew|draws|collected|snagged|mop(?:s|ped|ping) up|rak(?:es|ed|ing) in|scoop(?:s|ed))$/;
const FUNDING_NOUN = /^(?:[^.;]|\.(?=\d)){0,100}?\b(?:round|funding|financing|investment|seed|pre-seed|Series [A-Z]|capital injection|venture debt|from (?:investors|backers))\b/;
// ("raised its full-year forecast", "raised its offer for Telluric Analytics to $260 million": a word or two may stand before what was raised.)
const NOT_RAISED = /^\s*(?:its|their|the)?\s*(?:[\w-]+\s+){0,2}?(?:prices?|forecast|guidance|outlook|dividend|rates?|target|estimate|stake|concerns?|questions?|doubts?|fees?|wages?|pay|awareness|bids?|offers?|proposals?|orders|demand|subscriptions?|applications|criticism|range)\b/i;
/** "has picked up Marlow Foods for $240 million": a company picked up is bought, not money raised. */
/** "picked up a $240 million contract", "won a £30m order": money won for work. */
const MONEY_FOR_WORK = /^\s*(?:an?\s+)?(?:[A-Z]{0,3}[$€£¥₹])?[\d.,]+\s*(?:billion|million|bn|mn|m|crore)?\s+(?:[\w-]+\s+){0,2}?(?:contracts?|orders?|awards?|tenders?|settlements?|fines?|judgments?|verdicts?|damages)\b/i;
const PICKED_COMPANY = /^\s+(?:(?:rival|peer|startup|start-up|smaller|larger|local)\s+)?[A-Z][a-z]/;

/** "into Crunchwell’s better-for-you division", "into Tandem’s workspace product": a unit or product of a company. */
const INTO_A_UNIT = /^\s+(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?:’s|'s|’|')\s+(?:[\w-]+\s+){0,3}?(?:division|unit|arm|business|segment|product|platform|app|brand|portfolio|range|team|operations|suite|service)\b/;

/** After an agreement: it was undone ("…that regulators later blocked"). */
const UNDONE = /\b(?:blocked|terminated|scrapped|called off|collapsed|abandoned|fell through|walked away)\b/i;

export const DEAL_TRIGGERS: readonly DealTrigger[] = [
  {
    id: 'en-subject-raised',
    type: 'funding',
    lang: 'en',
    pattern: SUBJECT_FUNDING,
    needs: ['rais', 'netted', 'nets', 'pulled in', 'pocketed', 'garnered', 'bagged', 'bags', 'picked up', 'picks up', 'drew', 'draws', 'collected', 'snagged', 'landed', 'lands', 'secur', 'clos', 'received', 'receives', 'obtained', 'completed', 'announced', 'attracted', 'scored', 'disclosed', 'unveiled', 'revealed', 'mop', 'raked in', 'rakes in', 'raking in', 'scoop'],
    target: 'subject',
    confirm: (trigger, after, amountFollows) => !NOT_RAISED.test(after) && !(/^pick/.test(trigger) && PICKED_COMPANY.test(after)) && !MONEY_FOR_WORK.test(after) && (FUNDING_NOUN.test(after) || (STRONG_RAISE.test(trigger) && amountFollows)),
    examples: [
      ['Berlin-based Kelvara has picked up €12m in a Series A led by Feldberg Ventures.', 'funding|Kelvara'],
      ['Elon Musk’s startup xAI said it had raised $6 billion in a Series B round.', 'funding|xAI'],
      ['Tallinn-based Bolt has raised €628m in a funding round led by Sequoia Capital.', 'funding|Bolt'],
      ['Pune-based CodeYatra mops up ₹40 crore from Blume Ventures and Kae Capital.', 'funding|CodeYatra'],
      ['Quarry has raked in $27 million in Series A funding led by Greylock.', 'funding|Quarry'],
    ],
  },
  {
    id: 'en-poured-into',
    type: 'funding',
    lang: 'en',
    pattern: /\b(?<!-)(?:invest(?:ed|s|ing)?|put|puts|putting|pour(?:ed|s|ing)?|pump(?:ed|s|ing)|inject(?:ed|s|ing)?|infus(?:e|ed|es|ing)|plough(?:ed|s)?|sank|sunk|funnel(?:l?ed|s)?|committed|commits)\b(?:[^.;,]|[.,](?=\d)){0,60}?\b(?:in|into)\b/g,
    needs: ['invest', 'put', 'pour', 'pump', 'inject', 'infus', 'plough', 'sank', 'sunk', 'funnel', 'commit'],
    target: 'object',
    party: 'participant',
    examples: [
      ['Amazon will invest another $4 billion in Anthropic.', 'funding|Anthropic|Amazon'],
      ['Tencent and Sequoia have lined up alongside other investors to infuse $300 million into Baichuan.', 'funding|Baichuan|Tencent'],
    ],
  },
  {
    id: 'en-backed-with',
    type: 'funding',
    lang: 'en',
    // "Harbor Lake Capital has backed Corvane Systems with $40 million in Series B funding": who backs a company with money.
    pattern: /\b(?:backed|backs|funded|funds|financed)\s+(?=[^.;]{1,60}?\s+with\s+(?:an?\s+)?(?:[A-Z]{0,3}[$€£¥₹]|Rs\.?\s?)[\d.,]+)/g,
    needs: ['backed', 'backs', 'funded', 'funds', 'financed'],
    target: 'object',
    party: 'participant',
    examples: [['Harbor Lake Capital has backed Corvane Systems with $40 million in Series B funding.', 'funding|Corvane Systems|Harbor Lake Capital']],
  },
  {
    id: 'en-round-for',
    type: 'funding',
    lang: 'en',
    pattern: /\b(?:round|funding|financing|investment|seed|Series [A-Z]\+?)\s+(?:round\s+)?(?:in|for|into)\b/g,
    needs: ['round', 'funding', 'financing', 'investment', 'seed', 'series'],
    target: 'object',
    // "full funding for Artemis in fiscal year 2020": a programme's budget line, not a company's round.
    confirm: (_trigger, after) => !PUBLIC_BUDGET_AFTER.test(after),
    examples: [['Accel led a $25 million Series B round in Rapido.', 'funding|Rapido|Accel']],
  },
  {
    id: 'en-led-round',
    type: 'funding',
    lang: 'en',
    // "ASML … after leading the French start-up’s €1.7bn Series C": the subject led the round of the owner.
    pattern: /\b(?:led|leads|leading|co-led|co-leads|co-leading|headed|heading)\s+(?=(?:[^.;’']{1,60}?)(?:’s|'s|(?<=s)[’'])\s+(?:[^.;]|\.(?=\d)){0,30}?\b(?:round|Series [A-Z]|seed|funding|financing|raise)\b)/g,
    needs: ['led', 'leads', 'leading', 'headed', 'heading'],
    target: 'owner',
    party: 'lead',
    examples: [
      ['Feldberg Ventures led Kelvara’s €12m Series A.', 'funding|Kelvara|Feldberg Ventures'],
      // A name ending in s takes a bare apostrophe.
      ['Harbor Lake Capital led Corvane Systems’ $40 million Series B.', 'funding|Corvane Systems|Harbor Lake Capital'],
      ['ASML has become the largest shareholder in Mistral AI after leading the French start-up’s €1.7bn Series C.', 'funding|Mistral AI|ASML'],
    ],
  },
  {
    id: 'en-stealth-launch',
    type: 'funding',
    lang: 'en',
    // "Periodic Labs emerged from stealth with a $300 million seed round": a company's first round, announced with its launch.
    // ("came out of stealth on Tuesday with": a day may stand between.)
    pattern: /\b(?:emerged|emerges|emerging|came|comes|coming|stepped|steps)\s+(?:out\s+of|from)\s+stealth\s+(?:(?:on|last|this)\s+\w+\s+)?with\b/g,
    needs: ['stealth'],
    target: 'subject',
    confirm: (_trigger, after, amountFollows) => amountFollows || FUNDING_NOUN.test(after),
    examples: [
      ['Periodic Labs, founded by former OpenAI and Google DeepMind researchers, emerged from stealth with a $300 million seed round led by Andreessen Horowitz.', 'funding|Periodic Labs|Andreessen Horowitz'],
    ],
  },
  {
    id: 'en-debt',
    type: 'debt',
    lang: 'en',
    pattern: /\b(?:credit facility|credit line|line of credit|revolving credit|term loan|venture debt|debt financing|debt facility|loan facility)\b/g,
    needs: ['credit', 'loan', 'debt'],
    target: 'subject',
    examples: [['OpenAI has secured a $4 billion revolving credit facility from a group of banks.', 'debt|OpenAI']],
  },
  {
    id: 'en-ipo',
    type: 'ipo',
    lang: 'en',
    // A "pre-IPO round" is a round before a listing, not the listing.
    pattern: /\b(?:(?<![Pp]re-)IPO|initial public offering|public offering|listing|stock market debut|market debut|trading debut|debut(?:ed)?|flotation|went public|direct listing|(?<=\b(?:their|its) )first day of (?:conditional )?(?:dealings|trading)|(?:began|begins|started|starts) trading(?=\s+(?:on|in)\s+(?:the\s+)?[A-Z]))\b|\bfloat\b(?<=\b(?:an?|its|the)\s+(?:[A-Z]{0,3}[$€£¥][\d.,]+\s*(?:billion|million|bn|m)?\s+)?(?:[A-Z]{2,5}\s+|stock market\s+|sharemarket\s+|share\s+)?float)/g,
    needs: ['ipo', 'public offering', 'listing', 'debut', 'flotation', 'went public', 'float', 'first day of', 'trading'],
    target: 'subject',
    // "buy $500 million of stock … at the IPO price": a buyer at a listing, not the company listed.
    // ("Reddit's IPO was oversubscribed five times": demand while the book is open says nothing was sold yet.)
    confirm: (_trigger, after) => !/^\s*(?:price|range|lock-up|window|pipeline|filing|prospectus|documents?|plans?|talks|roadshow|(?:was|is|has been|had been)\s+(?:(?:already|fully|heavily)\s+)?(?:\d+\s+times\s+)?(?:oversubscribed|covered)\b)/i.test(after),
    examples: [
      ['Arm Holdings raised $4.87 billion in its IPO after pricing shares at $51.', 'ipo|Arm Holdings'],
      ['Kuaishou’s listing in Hong Kong raised HK$41.3 billion.', 'ipo|Kuaishou'],
      ['Quokka Minerals raised $350 million in an ASX float last September.', 'ipo|Quokka Minerals'],
      // ("after a A$685 million float": the float's size may stand before it.)
      ['Virgin Australia returned to the ASX on Wednesday after a A$685 million float.', 'ipo|Virgin Australia'],
      // The company after "Shares of", before what its shares did.
      ['Shares of Bajaj Housing Finance more than doubled on their market debut after the Rs 6,560-crore IPO.', 'ipo|Bajaj Housing Finance'],
      // A company's (not a year's) first day of trading is its debut.
      ['Shares in Royal Mail soared 38 per cent on their first day of conditional dealings.', 'ipo|Royal Mail'],
      // Trading begun on an exchange is a debut.
      ['Reddit began trading on the New York Stock Exchange on Thursday after raising $748 million.', 'ipo|Reddit'],
    ],
  },
  {
    id: 'en-listed',
    type: 'ipo',
    lang: 'en',
    // "Lenskart listed following its Rs 7,278-crore offer", "Arm listed on Nasdaq on Thursday": a listing as an
    // event (not "is listed on", "which listed in 2019", ", listed on Nasdaq,").
    // ("Sunvolt floated on the ASX on Thursday after raising A$95 million": the British and Australian word.)
    pattern: /\b(?:listed|floated)\b(?<!\b(?:is|are|was|were|been|be|being|already|dual|publicly|newly|which|that|who)\s+(?:listed|floated))(?<!,\s*(?:listed|floated))(?=\s+(?:on|in)\s+(?:the\s+)?[A-Z]|\s+(?:following|after)\s+(?:its|an?|the)\s)/g,
    needs: ['listed', 'floated'],
    target: 'subject',
    adjacentSubject: true,
    examples: [
      ['Groww rose on its debut, two days after eyewear retailer Lenskart listed following its Rs 7,278-crore offer.', 'ipo|Lenskart'],
      ['Arm Holdings listed on Nasdaq on Thursday after raising $4.87 billion.', 'ipo|Arm Holdings'],
      ['Brisbane solar installer Sunvolt floated on the ASX on Thursday after raising A$95 million at A$1.25 a share.', 'ipo|Sunvolt'],
    ],
  },
  {
    id: 'en-acquire',
    type: 'acquisition',
    lang: 'en',
    pattern: /\b(?:(?:bought|buys|buying|will buy|to buy|agreed to buy) out(?= [A-Z])|agreed to (?:buy|acquire|purchase|take over|absorb)|agrees to (?:buy|acquire|purchase)|(?:will|to|would) (?:buy|acquire|purchase|take over|absorb)|acquired|acquires|bought|buys|purchased|purchases|snapped up|snaps up|took over|takes over|absorbed|absorbs|is buying|is acquiring|is taking over|swooped on|swoops on|completed (?:its |the )?(?:acquisition|purchase|takeover) of|closed (?:its |the )?(?:acquisition|purchase) of|struck a deal to (?:buy|acquire)|(?<=\b(?:has|have|had) )taken over|(?:picked|picks|scooped|scoops) up(?= (?:[a-z-]+ ){0,3}[A-Z][a-z])|swallowed(?= (?:[a-z-]+ ){0,3}[A-Z][a-z])|(?<=,\s)(?:buying|acquiring)(?= (?:[a-z-]+ ){0,3}[A-Z][a-z]))\b/g,
    needs: ['buy', 'acqui', 'purchas', 'absorb', 'bought', 'snap', 'took over', 'takes over', 'take over', 'taking over', 'swoop', 'taken over', 'picked up', 'picks up', 'scooped up', 'scoops up', 'swallowed'],
    target: 'object',
    party: 'acquirer',
    examples: [
      ['Cisco agreed to buy Splunk for $28 billion in cash.', 'acquisition|Splunk|Cisco'],
      // Reported speech of a deal agreed ("said … it would acquire") is no plan.
      ['Palo Alto Networks said on Wednesday it would acquire CyberArk in a deal valued at about $25 billion.', 'acquisition|CyberArk|Palo Alto Networks'],
      ['Geely bought Volvo Cars from Ford for $1.8 billion.', 'acquisition|Volvo Cars|Geely'],
      // A unit of a company, even one the data does not hold, is what changes hands; its owner is no party.
      ['Danaher is buying GE’s biopharma business for $21.4 billion in cash.', 'acquisition|biopharma business|Danaher'],
      // "is taking over", "bought out", the British "swooped on".
      ['Kestrel Holdings is taking over Marlow Foods in a £900m deal.', 'acquisition|Marlow Foods|Kestrel Holdings'],
      ['Kestrel Holdings bought out Marlow Foods for $1.2 billion.', 'acquisition|Marlow Foods|Kestrel Holdings'],
      ['Kestrel Holdings has swooped on Marlow Foods for £900m.', 'acquisition|Marlow Foods|Kestrel Holdings'],
      // "has taken over", and the press's "picked up", "scooped up", "swallowed" before a name.
      ['Kestrel Holdings has taken over rival Marlow Foods in a £900m deal.', 'acquisition|Marlow Foods|Kestrel Holdings'],
      ['Kestrel Holdings has picked up Marlow Foods for $240 million.', 'acquisition|Marlow Foods|Kestrel Holdings'],
      ['Kestrel Holdings scooped up Marlow Foods for $240 million.', 'acquisition|Marlow Foods|Kestrel Holdings'],
      // A participle after a comma: the sentence's subject buys ("made its third acquisition of the year, buying …").
      ['Kestrel Holdings made its third acquisition of the year on Monday, buying Marlow Foods for $45 million.', 'acquisition|Marlow Foods|Kestrel Holdings'],
    ],
  },
  {
    id: 'en-tender-offer',
    type: 'acquisition',
    lang: 'en',
    // "KDDI has completed its tender offer for Lawson", "completed its tender offer for the shares of Aspen
    // Technology it did not already own": a tender offer is a purchase once it succeeds (one launched,
    // withdrawn or rejected is not yet, or never, one).
    pattern: /\b(?:completed|closed|concluded|won|wins|succeeded in)\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}?tender offer for\s+(?:(?:the|all)\s+(?:remaining\s+|outstanding\s+)?(?:shares|stock)\s+(?:of|in)\s+)?/g,
    needs: ['tender offer'],
    target: 'object',
    party: 'acquirer',
    examples: [
      ['TOKYO — KDDI has completed its tender offer for convenience store chain Lawson, paying 10,360 yen per share.', 'acquisition|Lawson|KDDI'],
      ['Emerson Electric said it has completed its tender offer for the shares of Aspen Technology it did not already own.', 'acquisition|Aspen Technology|Emerson Electric'],
    ],
  },
  {
    id: 'en-took-control',
    type: 'acquisition',
    lang: 'en',
    pattern: /\b(?:took|takes|take|taken|taking|gained|gains|won|wins|assumed|assumes) (?:full |majority )?control of\b/g,
    needs: ['control of'],
    target: 'object',
    party: 'acquirer',
    examples: [['Geely took control of Volvo Cars in August 2010, paying Ford $1.5 billion.', 'acquisition|Volvo Cars|Geely']],
  },
  {
    id: 'en-take-private',
    type: 'acquisition',
    lang: 'en',
    // "has agreed to take Shinkai Systems private in a ¥120 billion deal": a buyout of a listed company.
    pattern: /\b(?:take|takes|took|taking|taken) (?=[^.;,]{1,60}? private\b)/g,
    needs: ['private'],
    target: 'object',
    party: 'acquirer',
    examples: [['Kanda Capital has agreed to take Shinkai Systems private in a ¥120 billion deal.', 'acquisition|Shinkai Systems|Kanda Capital']],
  },
  {
    id: 'en-pay-for',
    type: 'acquisition',
    lang: 'en',
    pattern: /\b(?:is paying|will pay|paid|pays|agreed to pay|to pay)\b(?:[^.;]|\.(?=\d)){0,60}?\bfor\b/g,
    needs: ['pay', 'paid'],
    target: 'object',
    party: 'acquirer',
    examples: [['Roche is paying $114.50 a share, or about $4.3 billion, for gene therapy developer Spark Therapeutics.', 'acquisition|Spark Therapeutics|Roche']],
  },
  {
    id: 'en-deal-for',
    type: 'acquisition',
    lang: 'en',
    // "Exxon Mobil struck a $59.5 billion all-stock deal for Pioneer Natural Resources": a deal struck for a
    // company is its purchase (only the kinds of deal a purchase is: a supply deal for chips names no target).
    pattern: /\b(?:struck|strikes|strike|striking|reached|reaches|signed|signs|inked|inks|clinched|clinches|sealed|seals)\s+(?:(?:an?|its|their)\s+)?(?:(?:[$€£¥]|A\$|C\$|US\$)[\d.,]+\s*(?:billion|million|bn|mn|m|b)?\s+|[\d.,]+\s*(?:billion|million)\s+(?:dollars?|euros?|pounds?|yen)\s+)?(?:(?:all-stock|all-cash|cash-and-stock|stock-and-cash|cash|stock|takeover|buyout)\s+)?deal\s+(?:for|to buy|to acquire|to take over)\b|\b(?:agreed|agrees)\s+(?:to\s+)?(?:a|an)\s+(?:[A-Z]{0,3}[$€£¥][\d.,]+\s*(?:billion|million|bn|mn|m)?\s+)?(?:recommended\s+)?(?:(?:all-)?cash\s+|all-share\s+|all-stock\s+|cash-and-share\s+)?(?:offer|takeover)\s+for\b/g,
    needs: ['deal for', 'deal to', 'offer for'],
    target: 'object',
    party: 'acquirer',
    // ("reached a deal for Arm in 2020 that regulators later blocked": a deal struck and undone is none.)
    confirm: (_trigger, after) => !UNDONE.test(after),
    examples: [
      ['Chevron agreed to buy Hess, less than two weeks after Exxon Mobil struck a $59.5 billion all-stock deal for shale producer Pioneer Natural Resources.', 'acquisition|Pioneer Natural Resources|Exxon Mobil'],
      ['Kanda Capital has signed a deal to buy Shinkai Systems for ¥120 billion.', 'acquisition|Shinkai Systems|Kanda Capital'],
      // The British "agreed a recommended cash offer for": the offer the target's board backs.
      ['Corvane Systems has agreed a £240m recommended cash offer for Telluric Analytics.', 'acquisition|Telluric Analytics|Corvane Systems'],
    ],
  },
  {
    id: 'en-sale-to',
    type: 'acquisition',
    lang: 'en',
    // ("said it would sell …": reported speech of a sale agreed; "would sell" alone is a plan, refused as intent.)
    pattern: /\b(?:sale of|agreed to sell|will sell|would sell|to sell|sold|sells|selling|divest(?:s|ed|ing)?|offload(?:s|ed)?|spun off)\b/g,
    needs: ['sale of', 'sell', 'sold', 'divest', 'offload', 'spun off'],
    target: 'object',
    buyerAfterTo: true,
    // ("agreed to sell Marlow Foods to Brightwater Capital …, but the deal collapsed in March": a sale undone is none.)
    confirm: (_trigger, after) => !UNDONE.test(after),
    examples: [
      ['Ford sold Volvo Cars to Geely for $1.8 billion.', 'acquisition|Volvo Cars|Geely'],
      ['Broadcom agreed to sell VMware’s End-User Computing division, maker of the Horizon desktop, to KKR for $4 billion.', 'acquisition|End-User Computing division|KKR'],
      ['The firm advised Altamira on the sale of its portfolio company Brightwater Foods Group to Cordell Brands plc.', 'acquisition|Brightwater Foods Group|Cordell Brands plc'],
      ['Harlow Brands agreed to buy a plant and said it would sell its hair-care unit, Strandline, to private equity firm Oakmere Capital for $430 million.', 'acquisition|Strandline|Oakmere Capital'],
    ],
  },
  {
    id: 'en-acquired-by',
    type: 'acquisition',
    lang: 'en',
    // ("has been swallowed up by", "is to be swallowed by", "was gobbled up by": the press's words for a purchase.)
    // ("has been bought out of administration by", "was acquired last week by": a word on how or when may stand before "by".)
    pattern: /\b(?:was|is|has been|have been|had been|will be|were|being|to be) (?:acquired|bought(?: out)?|purchased|taken over|taken private|snapped up|swallowed(?: up)?|gobbled up|scooped up)(?:\s+(?:out of (?:administration|bankruptcy|receivership|insolvency|liquidation)|(?:last|earlier this) (?:week|month|year)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?\s+by\b/g,
    needs: ['acquired', 'bought', 'purchased', 'taken over', 'taken private', 'snapped up', 'swallowed', 'gobbled up', 'scooped up'],
    target: 'passive',
    party: 'acquirer',
    examples: [
      ['Twitter was acquired by Elon Musk’s X Holdings for $44 billion.', 'acquisition|Twitter|X Holdings'],
      ['Toshiba was taken private by a consortium led by Japan Industrial Partners in a 2 trillion yen deal.', 'acquisition|Toshiba|Japan Industrial Partners'],
      ['Tampa accounting firm Gulfline CPAs has been swallowed up by national advisory group Meridian Ledger Partners.', 'acquisition|Gulfline CPAs|Meridian Ledger Partners'],
      ['Pet-supply chain Whiskers & Tails has been bought out of administration by Moorgate Retail Partners, saving 64 of its 90 shops.', 'acquisition|Whiskers & Tails|Moorgate Retail Partners'],
      // ("The founders of X have been bought out by Y": the owners of the company sell it.)
      ['The founders of Milwaukee HVAC contractor Badger Climate Services have been bought out by private equity firm Lakefront Capital Partners.', 'acquisition|Badger Climate Services|Lakefront Capital Partners'],
    ],
  },
  {
    id: 'en-become-part-of',
    type: 'acquisition',
    lang: 'en',
    // "Quillfeather Labs will become part of Brightmoor Analytics", "… became a wholly owned subsidiary of Kestrel": the
    // company named before is bought, its buyer after "of".
    pattern: /\b(?:will become|is to become|to become|becomes|became|has become|have become)\s+(?:a\s+)?(?:part|(?:wholly[- ]owned\s+)?(?:subsidiary|unit|division))\s+of\b/g,
    needs: ['part of', 'subsidiary of', 'unit of', 'division of'],
    target: 'passive',
    party: 'acquirer',
    // (Only of a company named right after "of": "part of the FTSE 100 index", "part of Europe’s largest bank" name no buyer.)
    confirm: (_trigger, after) => !UNDONE.test(after) && /^\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4}(?=[\s,.;]|$)(?!\s+(?:index|indexes|indices|benchmarks?|family|universe|portfolio)\b)/.test(after) && !/^\s+\S+[’']s?\s/.test(after),
    examples: [
      ['In a deal announced Monday, Quillfeather Labs will become part of Brightmoor Analytics.', 'acquisition|Quillfeather Labs|Brightmoor Analytics'],
      ['Marlow Foods became a wholly owned subsidiary of Kestrel Holdings on Friday.', 'acquisition|Marlow Foods|Kestrel Holdings'],
    ],
  },
  {
    id: 'en-takeover-by',
    type: 'acquisition',
    lang: 'en',
    // "Deliveroo shareholders approved the £2.9bn takeover by DoorDash", "… voted in favour of the takeover of the
    // food delivery company by DoorDash": the company named before is bought (deal-frames.ts asks for a word that the
    // takeover was approved, agreed or done).
    pattern: /\b(?:takeover|acquisition|buyout)\s+(?:of\s+(?:the|its)\s+(?:[\w-]+\s+){0,4}?(?:company|group|firm|business|maker|platform|lender|retailer|operator|chain|provider|developer|miner|producer|bank|insurer)\s+)?by\b/g,
    needs: ['takeover', 'acquisition', 'buyout'],
    target: 'passive',
    party: 'acquirer',
    confirm: (_trigger, after) => !UNDONE.test(after),
    examples: [
      ['Deliveroo shareholders approved the £2.9bn takeover by DoorDash.', 'acquisition|Deliveroo|DoorDash'],
      ['Deliveroo shareholders have voted in favour of the £2.9bn takeover of the food delivery company by DoorDash.', 'acquisition|Deliveroo|DoorDash'],
    ],
  },
  {
    id: 'en-sold-own-stake',
    type: 'stake-sale',
    lang: 'en',
    // "Ashanti Beans has sold a 40% stake to Swiss trader Bernhof Commodities": a stake in itself (no "in X"), its buyer
    // after "to" (deal-frames.ts); "sold its 40% stake to" is a holding in something else, told before.
    pattern: /\b(?:sold|sells|has sold|agreed to sell|will sell|is selling)\s+(?:an?\s+)?(?:\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)|minority|majority|significant|strategic)\s+(?:equity\s+)?stake\s+to\b/g,
    needs: ['stake to'],
    target: 'subject',
    party: 'acquirer',
    examples: [['Ghanaian cocoa processor Ashanti Beans has sold a 40% stake to Swiss trader Bernhof Commodities for $85 million.', 'stake-sale|Ashanti Beans|Bernhof Commodities']],
  },
  {
    id: 'en-sold-to',
    type: 'acquisition',
    lang: 'en',
    // "Marlow Foods has been sold to Kestrel Holdings for $1.2 billion": the company sold, its buyer after "to".
    pattern: /\b(?:was|is|has been|had been|have been|will be|were|being|to be|is being|agreed to be) sold to\b/g,
    needs: ['sold to'],
    target: 'passive',
    party: 'acquirer',
    confirm: (_trigger, after) => !UNDONE.test(after),
    examples: [
      ['Marlow Foods has been sold to Kestrel Holdings for $1.2 billion.', 'acquisition|Marlow Foods|Kestrel Holdings'],
      // A consortium's leader the company reader left out; a place may open its name.
      ['Property developer Merlion Land is being sold to a consortium led by Hong Kong’s Kowloon Bay Capital for S$1.3 billion.', 'acquisition|Merlion Land|Kowloon Bay Capital'],
      // A buyer the company reader left out, after what it is, with a particle in its name.
      ['Pennine Cheese Company is being sold to French dairy cooperative Laiterie Val d’Or for £62m.', 'acquisition|Pennine Cheese Company|Laiterie Val d’Or'],
    ],
  },
  {
    id: 'en-agreed-to-sale',
    type: 'acquisition',
    lang: 'en',
    // "Hess has agreed to sell itself to Chevron", "Discover Financial agreed to a $35 billion takeover by Capital
    // One": the company that agrees is bought, its buyer after "to" or "by".
    // ("Holborn Talent has agreed a £230m sale to Keystone Workforce": the British leave out "to".)
    pattern: /\b(?:agreed|agrees|agreeing)\s+(?:to\s+sell\s+itself\s+to|(?:to\s+)?an?\s+(?:[^.;,]{0,40}?\s)?(?:takeover|buyout|acquisition|sale)\s+(?:by|to))\b/g,
    needs: ['agree'],
    target: 'passive',
    party: 'acquirer',
    confirm: (_trigger, after) => !UNDONE.test(after),
    examples: [
      ['Hess has agreed to sell itself to Chevron for $53 billion.', 'acquisition|Hess|Chevron'],
      ['Discover Financial agreed to a $35 billion takeover by Capital One.', 'acquisition|Discover Financial|Capital One'],
      ['Recruitment firm Holborn Talent has agreed a £230m sale to US staffing group Keystone Workforce.', 'acquisition|Holborn Talent|Keystone Workforce'],
    ],
  },
  {
    id: 'en-accepted-offer',
    type: 'acquisition',
    lang: 'en',
    // "Juniper Networks accepted a $14 billion takeover offer from Hewlett Packard Enterprise": an offer accepted
    // is a purchase agreed (one made, weighed or rejected is not).
    pattern: /\b(?:accepted|accepts|agreed to)\s+(?:an?|the)\s+(?:[^.;,]{0,40}?\s)?(?:takeover|buyout|acquisition|cash|all-cash|all-stock)\s+offer\s+from\b/g,
    needs: ['offer from'],
    target: 'passive',
    party: 'acquirer',
    confirm: (_trigger, after) => !UNDONE.test(after),
    examples: [['Juniper Networks accepted a $14 billion takeover offer from Hewlett Packard Enterprise.', 'acquisition|Juniper Networks|Hewlett Packard Enterprise']],
  },
  {
    id: 'en-acquisition-of',
    type: 'acquisition',
    lang: 'en',
    pattern: /\b(?:acquisition|purchase|takeover|buyout)\s+of\b/g,
    needs: ['acquisition', 'purchase', 'takeover', 'buyout'],
    target: 'object',
    party: 'acquirer',
    examples: [['Microsoft’s $69 billion acquisition of Activision Blizzard closed on Friday.', 'acquisition|Activision Blizzard|Microsoft']],
  },
  {
    id: 'en-stake',
    type: 'stake-sale',
    lang: 'en',
    // "the remaining 80% of Resolution Life": a share of a company, with or without the word stake.
    // ("all the issued shares of Marlow Mining": all of a company is the company; deal-frames.ts reads it as a purchase.)
    pattern: /\ball\s+(?:of\s+)?(?:the\s+)?(?:(?:issued|outstanding|remaining)\s+)*(?:shares|stock)\s+(?:of|in)\b|\b(?:stake|holding|interest|shares)\s+in\b|\b\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+(?:stake\s+)?(?:of|in)\b/g,
    needs: ['stake', 'holding', 'interest', 'shares', '%', 'cent'],
    target: 'object',
    party: 'acquirer',
    stake: true,
    examples: [
      ['Meta bought a 9.99% stake in Jio Platforms for $5.7 billion.', 'stake-sale|Jio Platforms|Meta'],
      ['Nippon Life Insurance will buy the remaining 80% of Resolution Life for about $8.2 billion.', 'stake-sale|Resolution Life|Nippon Life Insurance'],
      ['Tata Motors completed the acquisition of a 60% stake in Iveco Group for 3.8 billion euros.', 'stake-sale|Iveco Group|Tata Motors'],
      // A nationality the company reader took for a name says where the company after it is from.
      ['Kenyan insurer Jubilant Assurance has acquired a majority stake in Ugandan microinsurer Kinga Cover.', 'stake-sale|Kinga Cover|Jubilant Assurance'],
      // All of a company's shares are the company.
      ['Kestrel Resources agreed to buy all outstanding shares of Marlow Mining for $480 million.', 'acquisition|Marlow Mining|Kestrel Resources'],
      // "its sale of a stake in X to Y": the seller's subject; the buyer after "to".
      ['Teck Resources completed its sale of a 77% stake in Elk Valley Resources to Glencore PLC for US$6.9 billion.', 'stake-sale|Elk Valley Resources|Glencore PLC'],
    ],
  },
  {
    id: 'en-merge-with',
    type: 'merger',
    lang: 'en',
    pattern: /\b(?:agreed to merge with|will merge with|merged with|merges with|merging with|to merge with|merger with|combination with|combine with)\b/g,
    needs: ['merg', 'combin'],
    target: 'subject',
    party: 'participant',
    examples: [
      ['Sprint merged with T-Mobile US in April.', 'merger|Sprint|T-Mobile US'],
      ['Woodside Petroleum will merge with BHP’s oil and gas business in an all-scrip deal.', 'merger|oil and gas business|Woodside Petroleum'],
    ],
  },
  {
    id: 'en-merge-into',
    type: 'merger',
    lang: 'en',
    // "HDFC will merge into HDFC Bank": the company after "into" survives and absorbs the subject.
    pattern: /\b(?:will merge|to merge|merged|merges|is merging|agreed to merge|be merged|been merged|was merged|is being merged|fold(?:ed|s)?|be folded) into\b/g,
    needs: ['merg', 'fold'],
    target: 'subject',
    party: 'acquirer',
    // ("Maple Ridge will be folded into Crunchwell’s better-for-you division": a company bought, folded into a unit of its
    // buyer, is the purchase told before, not a merger with the unit.)
    confirm: (_trigger, after) => !INTO_A_UNIT.test(after),
    examples: [
      ['Housing Development Finance Corporation will merge into HDFC Bank in an all-stock deal.', 'merger|Housing Development Finance Corporation|HDFC Bank'],
      ['Snack maker Crunchwell Foods has bought Maple Ridge Oats. Maple Ridge will be folded into Crunchwell’s better-for-you division.', 'acquisition|Maple Ridge Oats|Crunchwell Foods'],
    ],
  },
  {
    id: 'en-x-and-y-merge',
    type: 'merger',
    lang: 'en',
    // ("have signed a definitive merger agreement": the agreement signed is the merger agreed.)
    // ("Hartwell Supplies and Pennine Timber are to merge in an all-share tie-up", "A and B are joining forces in a
    // merger": the British "are to", a tie-up, forces joined in a merger.)
    pattern: /\b(?:agreed to merge|will merge|have merged|(?:are|is) to merge|are merging|(?:completed|closed) (?:their|a|the) (?:[\w-]+ ){0,2}?merger|(?:said|say|announced)(?: on \w+day)?,? (?:that )?they (?:would|will|had agreed to|have agreed to) (?:merge|combine)|(?:have|has) tied up|(?:are|is) (?:to )?tie up|merger of equals|all-(?:stock|share|scrip) (?:merger|tie-up)|to combine|will combine|have combined|are combining|(?:are joining|have joined|joined|will join) forces in (?:a|an) (?:[\w-]+ )?merger|(?:signed|entered into|reached|struck) (?:a |an )?(?:definitive |binding |formal )?(?:merger agreement|agreement to merge|agreement (?:for|on) (?:a |an )?(?:[\w-]+ )?merger))\b/g,
    needs: ['merg', 'combin', 'tied up', 'tie up', 'tie-up'],
    target: 'subject',
    party: 'participant',
    // ("signed a merger agreement in 2019 that regulators later blocked": an agreement undone is none.)
    // ("Barclays and HSBC are to merge their card units", "Unilever will merge its two divisions": what they own merges,
    // not the companies; "will combine their businesses in a tie-up" is the companies.)
    confirm: (_trigger, after) => !UNDONE.test(after) && !/^\s+(?:its|their|the two|both|some|parts? of)\b(?!\s+(?:businesses|operations|companies|firms|groups)\b)/i.test(after),
    examples: [
      ['Dow Chemical and DuPont agreed to merge in an all-stock deal.', 'merger|Dow Chemical|DuPont'],
      ['Kestrel Holdings and Marlow Foods will combine in an all-share merger.', 'merger|Kestrel Holdings|Marlow Foods'],
      ['Builders’ merchants Hartwell Supplies and Pennine Timber are to merge in an all-share tie-up.', 'merger|Hartwell Supplies|Pennine Timber'],
      ['Two open-source database companies, Pebblebase and Driftwood Data, are joining forces in a merger.', 'merger|Pebblebase|Driftwood Data'],
      ['Pinecrest Bancshares and Lakeshore Financial have signed a definitive merger agreement in a stock deal valued at about $180 million.', 'merger|Pinecrest Bancshares|Lakeshore Financial'],
      // ("have completed their previously announced merger", "said they would merge", "have tied up": reported and done.)
      ['Pinecrest Bancshares and Lakeshore Financial have completed their previously announced merger.', 'merger|Pinecrest Bancshares|Lakeshore Financial'],
      ['Pinecrest Bancshares and Lakeshore Financial said on Monday they would merge to create a lender with $9 billion in assets.', 'merger|Pinecrest Bancshares|Lakeshore Financial'],
      ['Pinecrest Bancshares and Lakeshore Financial have tied up in an all-share deal.', 'merger|Pinecrest Bancshares|Lakeshore Financial'],
      // ("will combine their businesses": the companies themselves.)
      ['Two Gulf insurers, Falcon Mutual and Pearl Takaful, will combine their businesses in a tie-up announced on Sunday.', 'merger|Falcon Mutual|Pearl Takaful'],
    ],
  },
  {
    id: 'zh-funding',
    type: 'funding',
    lang: 'zh',
    // (拿下, the press's "took": "它又拿下了B轮融资".)
    // ("公司拿到了由IDG资本领投的A轮": a round named without the word for funding.)
    pattern: /(?:宣布)?(?:完成|获得?|斩获|拿到|拿下|收获)[^，。；]{0,30}?(?:融资|投资|注资|轮募资|(?:Pre-?)?[A-F]\+{0,2}轮(?!融资|投资|募资|[\u4e00-\u9fff]))|(?:融资|投资)金额/g,
    needs: ['融资', '投资', '注资', '募资', '轮'],
    target: 'subject',
    // "相继获得大额融资" (one after another, large sums) reports no particular round.
    confirm: (trigger, after, amountFollows) => amountFollows || /轮|战略|天使|种子|领投|跟投|投资方/.test(trigger + after.slice(0, 40)),
    examples: [
      ['台湾AI新创宇晟智能宣布完成A轮募资，金额达新台币3亿元。', 'funding|宇晟智能'],
      ['智谱AI完成25亿元融资，由阿里巴巴领投。', 'funding|智谱AI'],
      ['月之暗面获阿里巴巴投资10亿美元。', 'funding|月之暗面'],
      ['2023年，极光出行拿到了由IDG资本领投的A轮。', 'funding|极光出行|IDG资本'],
      // The clauses before name the backers; the company right before 完成 raises.
      ['红杉中国领投，高瓴资本跟投，澜海科技完成5亿元C轮融资。', 'funding|澜海科技|红杉中国'],
    ],
  },
  {
    id: 'zh-capital-increase',
    type: 'funding',
    lang: 'zh',
    // "控股子公司联创超导完成增资扩股，新引入投资者…，合计增资6亿元": a capital increase done funds the company that
    // makes it; the investors it brings in are read from the list after 引入.
    pattern: /(?:完成|实施完毕)了?增资扩股|增资扩股(?:已经?|正式)?(?:完成|实施完毕|落地)/g,
    needs: ['增资扩股'],
    target: 'subject',
    examples: [['联创超导完成增资扩股，引入国能资本、江投资本等战略投资者，合计增资6亿元。', 'funding|联创超导|国能资本']],
  },
  {
    id: 'zh-debt',
    type: 'debt',
    lang: 'zh',
    // "发行中期票据，发行规模30亿元", "成功发行50亿元公司债": a bond the subject issues (not 发行价, a share price).
    pattern: /发行(?=[^，。；]{0,16}?(?:中期票据|公司债|企业债|金融债|债券|短期融资券|永续债|绿色债|可转债|可转换公司债))/g,
    needs: ['发行'],
    target: 'subject',
    examples: [
      ['华为投资控股有限公司首次在境内发行中期票据，发行规模30亿元。', 'debt|华为投资控股有限公司'],
      ['比亚迪成功发行50亿元公司债券，票面利率2.8%。', 'debt|比亚迪'],
    ],
  },
  {
    id: 'zh-invest-of',
    type: 'funding',
    lang: 'zh',
    // "长川汽车完成对清陶新能的战略投资": the company between 对 and 的 is funded; the subject invests.
    // ("完成对具身智能公司灵巧动力的独家投资": the sole investment, too.)
    pattern: /对(?=[^，。；]{1,24}?的(?:战略|新一轮|首轮|A轮|B轮|C轮|D轮|Pre-[A-D]轮|天使轮|独家)?(?:投资|增资|注资))/g,
    needs: ['对'],
    target: 'object',
    party: 'participant',
    examples: [['长川汽车宣布完成对固态电池企业清陶新能的战略投资，投资金额为10亿元。', 'funding|清陶新能|长川汽车']],
  },
  {
    id: 'zh-invest-dui',
    type: 'funding',
    lang: 'zh',
    // "腾讯对智谱进行战略投资", "以5亿元对其进行战略投资": the company after 对 (or the one 其 stands for) is funded.
    pattern: /对(?=[^，。；]{1,16}?(?:进行|完成|实施)了?(?:战略|新一轮|首轮|追加|二次)?(?:投资|增资|注资))/g,
    needs: ['对'],
    target: 'object',
    party: 'participant',
    examples: [
      ['腾讯以3亿元对星衡动力进行战略投资。', 'funding|星衡动力|腾讯'],
      ['珠海华发集团与智谱签约，以5亿元对其进行战略投资。', 'funding|智谱|珠海华发集团'],
    ],
  },
  {
    id: 'zh-invest-with',
    type: 'funding',
    lang: 'zh',
    // "京东以27亿元人民币投资唯品会": the subject puts a stated sum into the company right after the verb.
    pattern: /以[^，。；]{1,20}?(?:战略)?投资了?(?!方|者|人|机构|基金|公司|金额|总额|规模|收益|回报|建设|设立|于|项目)/g,
    needs: ['投资'],
    target: 'object',
    party: 'participant',
    confirm: (trigger, after) => /^[^，。；]{0,6}?[\u4e00-\u9fffA-Za-z]/.test(after) && /\d|[一二三四五六七八九十两百千万亿]/.test(trigger),
    examples: [['京东以27亿元人民币投资唯品会，持股约7.5%。', 'funding|唯品会|京东']],
  },
  {
    id: 'zh-subscribe',
    type: 'funding',
    lang: 'zh',
    // "CYVN将以每股7.50美元的价格认购蔚来新发行的A类普通股": new shares subscribed fund the company that issues them.
    // ("将以3888亿日元认购夏普新股": new shares of a company, named right before 新股.)
    // ("認購矽睿電子私募普通股": a Taiwan private placement is new shares too.)
    pattern: /认购(?=[^，。；]{1,16}?(?:(?:新发行|增发|定向发行|定向增发|非公开发行|向特定对象发行|新增|私募(?:发行)?)的?[^，。；]{0,8}?(?:股份|新股|普通股|股票|A股)|[\u4e00-\u9fffA-Za-z]新股))/g,
    needs: ['认购'],
    target: 'object',
    party: 'participant',
    examples: [
      ['澄湖资本以20亿元认购远驰汽车新发行的普通股，持股约15%。', 'funding|远驰汽车|澄湖资本'],
      ['格力电器以现金30亿元认购闻泰科技非公开发行股份。', 'funding|闻泰科技|格力电器'],
      // A stake stated after the new shares makes it a stake bought.
      ['鸿海集团与夏普正式签约，将以3888亿日元认购夏普新股，取得约66%股权。', 'stake-sale|夏普|鸿海集团'],
      ['联颖科技已完成以新台币12.75亿元认购矽睿电子私募普通股1,500万股，取得约18%股权。', 'stake-sale|矽睿电子|联颖科技'],
    ],
  },
  {
    id: 'zh-inject',
    type: 'funding',
    lang: 'zh',
    // (Not the end of a seller's name: "向三峡集团、三峡投资、云能投购买…", "向三峡投资购买".)
    pattern: /向(?=[^，。；]{1,20}?(?:注资|增资|投资)(?![、和及与等]|购买|收购|受让|持有))/g,
    needs: ['向'],
    target: 'object',
    party: 'participant',
    examples: [
      ['阿里巴巴向百川智能注资3亿美元。', 'funding|百川智能|阿里巴巴'],
      // 其 (it): the company named before that is not the one acting.
      ['珠海华发集团看好智谱的发展前景，向其注资5亿元。', 'funding|智谱|珠海华发集团'],
    ],
  },
  {
    id: 'zh-increase-into',
    type: 'funding',
    lang: 'zh',
    // "海川资本以2亿元增资华锐精密": new capital put into the company named right after the verb.
    pattern: /(?:增资|注资)(?!扩股|完成|后|前|的|款|协议|计划|方案|事项|入股|金额|价格|对象)(?=[\u4e00-\u9fffA-Za-z])/g,
    needs: ['增资', '注资'],
    target: 'object',
    party: 'participant',
    examples: [
      ['海川资本以2亿元增资华锐精密。', 'funding|华锐精密|海川资本'],
      // For a stated share of the company, as other rounds that buy one.
      ['海川资本以2亿元增资华锐精密，增资完成后持有其20%股权。', 'stake-sale|华锐精密|海川资本'],
    ],
  },
  {
    id: 'zh-join-placement',
    type: 'funding',
    lang: 'zh',
    // "中国平安以约75.95亿元参与汇丰控股配售": taking part in a listed company's placement of new shares funds it.
    pattern: /(?:参与|认购)(?=[^，。；]{1,16}?(?:的)?(?:配售|定增|定向增发|非公开发行|增发|供股))/g,
    needs: ['参与', '认购'],
    target: 'object',
    party: 'participant',
    examples: [['中国平安以约75.95亿元参与汇丰控股配售，持股比例提升至8.4%。', 'funding|汇丰控股|中国平安']],
  },
  {
    id: 'zh-join-round',
    type: 'funding',
    lang: 'zh',
    // "华泰创新投资以1.5亿元参与了芯驰半导体的新一轮融资": taking part in a company's round funds it.
    // (Not a portfolio recalled: "此前还参与了禾赛科技、纵目科技等自动驾驶企业的融资".)
    // ("以新台币30亿元参与车用光学新创昱光科技之现金增资": 之, the written 的, and a capital increase in cash.)
    // ("參與越南電池廠VinBattery現金增資": a capital increase in cash needs no 的.)
    pattern: /参与了?(?=[^，。；、等]{1,24}?(?:[的之](?:新一轮|首轮|本轮|最新一轮|[A-Za-z0-9+-]{1,6}轮|天使轮|种子轮|战略|现金)?(?:融资|增资)|现金增资))/g,
    needs: ['参与'],
    target: 'object',
    party: 'participant',
    examples: [
      ['华泰证券旗下华泰创新投资以1.5亿元参与了芯驰半导体的新一轮融资，成为其第五大股东。', 'funding|芯驰半导体|华泰创新投资'],
      ['鸿准精密以新台币18亿元参与越南电池厂VinBattery现金增资。', 'funding|VinBattery'],
    ],
  },
  {
    id: 'zh-lead-round',
    type: 'funding',
    lang: 'zh',
    // "市天使投资引导基金以5000万元领投本土半导体企业芯瞳微电子的A轮融资": leading a company's round funds it, and the
    // subject leads (a subject the company reader took; the round is read whether or not it did).
    pattern: /领投了?(?=[^，。；、等]{1,24}?[的之](?:新一轮|首轮|本轮|最新一轮|[A-Za-z0-9+-]{1,6}轮|天使轮|种子轮|战略)?融资)/g,
    needs: ['领投'],
    target: 'object',
    party: 'lead',
    examples: [['市天使投资引导基金以5000万元领投本土半导体企业芯瞳微电子的A轮融资，区产业基金跟投。', 'funding|芯瞳微电子']],
  },
  {
    id: 'zh-new-holder',
    type: 'funding',
    lang: 'zh',
    // "工商信息显示，优傲智能近日新增股东宁德时代，持股比例约5%": a new holder in the company registry has put money in.
    // ("燧光科技的股东名单中新增了国家集成电路产业投资基金二期": so in the list of holders.)
    pattern: /(?:新增(?:了)?(?:股东|投资方|投资人)|股东(?:名单|名册)中?新增(?:了)?)(?=[\u4e00-\u9fffA-Za-z])/g,
    needs: ['新增'],
    target: 'subject',
    party: 'participant',
    examples: [['工商信息显示，机器人企业优傲智能近日新增股东宁德时代，持股比例约5%。', 'funding|优傲智能|宁德时代']],
  },
  {
    id: 'zh-acquire',
    type: 'acquisition',
    lang: 'zh',
    // "拟以发行股份及支付现金的方式购买芯丰精密100%股权": 购买 (buy) a company's shares, not goods or a product.
    // (Not "此次收购将帮助…": the purchase already reported, named again as a noun.)
    pattern: /(?<!此次|本次|该|这次|这笔|上述|此项|该项|该笔|本项|此番)(?:宣布|拟|将|已)?(?:以[^，。；]{0,20}?)?(?<!的)(?:收购|并购|买下|全资收购|要约收购|竞得|购得|购入|购买(?=[^，。；]{2,30}?(?:股权|股份|权益))|(?:拿下|接手)(?=[^，。；]{2,16}?(?:股权|股份|控制权|控股权))|买入(?=[^，。；]{2,16}?\d+(?:\.\d+)?%(?:的)?(?:股权|股份|普通股|权益)))(?!方|案|计划|传闻|融资|一览|基金|贷款|市场|动态|快讯|周报|月报|盘点|速递|观察|热潮|战|大战|潮|重组)/g,
    needs: ['收购', '并购', '买下', '竞得', '购得', '购入', '购买', '拿下', '接手', '买入'],
    target: 'object',
    party: 'acquirer',
    examples: [
      ['吉利以18亿美元收购沃尔沃。', 'acquisition|沃尔沃|吉利'],
      ['华宇集团以12亿元竞得华辰电子51%股权。', 'stake-sale|华辰电子|华宇集团'],
      ['拓荆科技以发行股份及支付现金的方式购买芯丰精密100%股权，交易作价8.2亿元。', 'acquisition|芯丰精密|拓荆科技'],
      // 拿下 (take), the financial press's verb, when shares or control follow it (not "拿下订单").
      ['宁德时代以约20亿元拿下邦普循环少数股权。', 'stake-sale|邦普循环|宁德时代'],
      // (接手 (take over), the same.)
      ['雅戈尔集团以74亿元接手银泰商业控股权。', 'stake-sale|银泰商业|雅戈尔集团'],
      // 买入 (buy in) a stated share of a company's stock.
      ['腾讯已通过旗下子公司以约17.8亿美元买入特斯拉约5%的普通股。', 'stake-sale|特斯拉|腾讯'],
      // A long legal name between 购买 and the shares.
      ['芯联集成披露重组预案，拟通过发行股份及支付现金的方式，购买芯联越州集成电路制造（绍兴）有限公司72.33%股权，交易作价58.97亿元。', 'stake-sale|芯联越州集成电路制造（绍兴）有限公司|芯联集成'],
      // What the company after the verb holds is bought; that company sells and buys nothing.
      ['洛阳钼业以26.5亿美元收购自由港麦克莫兰持有的TFM 56%权益。', 'stake-sale|TFM|洛阳钼业'],
      // A company the data lacks, named right after what it is.
      ['中海油以151亿美元现金收购加拿大油气公司尼克森。', 'acquisition|尼克森|中海油'],
    ],
  },
  {
    id: 'zh-take-transfer',
    type: 'acquisition',
    lang: 'zh',
    // "紫金矿业拟以现金137.29亿元受让藏格矿业约24.82%股份": 受让 (take by transfer) buys shares from their holder.
    // (Not the noun of a way of taking control: "通过协议受让及表决权委托方式取得公司控制权".)
    pattern: /受让(?!方|人|价|款|比例|协议|完成|事项|的|及|和|与|、|方式|部分)/g,
    needs: ['受让'],
    target: 'object',
    party: 'acquirer',
    stake: true,
    examples: [
      ['紫金矿业以现金137.29亿元受让藏格矿业约24.82%股份。', 'stake-sale|藏格矿业|紫金矿业'],
      ['澄湖资本以12亿元受让华辰电子全部股权。', 'acquisition|华辰电子|澄湖资本'],
      ['阿维塔以115亿元受让华为所持引望10%股权。', 'stake-sale|引望|阿维塔'],
      // The holders it buys from (向X购买) sell; they are no party on the buying side.
      ['国联证券以发行股份的方式向国联集团等45名交易对方购买民生证券99.26%股份，交易作价294.92亿元。', 'stake-sale|民生证券|国联证券'],
    ],
  },
  {
    id: 'zh-placement',
    type: 'funding',
    lang: 'zh',
    // "邮储银行完成1300亿元定增": new shares a listed company places with chosen investors fund it.
    pattern: /(?:完成|实施)(?=[^，。；]{0,16}?(?:定增|定向增发|定向发行|非公开发行|向特定对象发行))/g,
    needs: ['完成', '实施'],
    target: 'subject',
    examples: [
      ['邮储银行完成1300亿元定增，认购方为财政部、中国移动集团。', 'funding|邮储银行'],
      ['航芯精密已完成向特定对象发行股票，募集资金18亿元。', 'funding|航芯精密'],
      // A company quoted on the NEEQ (新三板挂牌公司) places shares; it lists nothing.
      ['新三板挂牌公司华辰电子完成股票定向发行，募资5000万元，认购对象为澄湖资本。', 'funding|华辰电子|澄湖资本'],
    ],
  },
  {
    id: 'zh-bag',
    type: 'acquisition',
    lang: 'zh',
    // "格力电器斥资8亿元将云雀机器人收入囊中": the financial press's idiom for a purchase.
    pattern: /将(?=[^，。；]{1,20}?(?:收入囊中|纳入囊中|揽入怀中|纳入麾下|收入麾下))/g,
    needs: ['将'],
    target: 'object',
    party: 'acquirer',
    examples: [['格力电器斥资8亿元将云雀机器人收入囊中。', 'acquisition|云雀机器人|格力电器']],
  },
  {
    id: 'zh-acquire-dui',
    type: 'acquisition',
    lang: 'zh',
    pattern: /对(?=[^，。；]{1,20}?(?:完成|进行|实施|发起)[^，。；]{0,6}收购)/g,
    needs: ['收购'],
    target: 'object',
    party: 'acquirer',
    examples: [['阿里巴巴以95亿美元对饿了么完成全资收购。', 'acquisition|饿了么|阿里巴巴']],
  },
  {
    id: 'zh-acquire-of',
    type: 'acquisition',
    lang: 'zh',
    // "完成对亚玛芬体育的收购", "宣布对X的全资并购已完成交割": the target between 对 and 的.
    // (Room for a description and a name in brackets: "对法国度假村运营商地中海俱乐部（Club Med）发起的要约收购".)
    // ("完成对日本三和电装的控股": control taken, 控股 as a noun — not 控股股东, 控股子公司.)
    pattern: /对(?=[^，。；]{1,32}?的(?:(?:全资|控股权?|(?:全面|部分)?(?:要约|公开))?(?:收购|并购)|私有化|控股(?!股东|子公司|公司|集团|权)))/g,
    needs: ['收购', '并购', '私有化', '控股'],
    target: 'object',
    party: 'acquirer',
    examples: [
      ['由安踏体育、方源资本及腾讯组成的财团以约46亿欧元完成对亚玛芬体育的收购。', 'acquisition|亚玛芬体育|腾讯'],
      ['华润置地完成对澜海科技的全面要约收购，持股比例升至95%。', 'acquisition|澜海科技|华润置地'],
      // A tender offer (要约收购) completed; a company the data lacks, named after what it is.
      ['美的集团对德国机器人制造商库卡的要约收购已全部完成交割。', 'acquisition|库卡|美的集团'],
      ['复星国际公告，其对法国度假村运营商地中海俱乐部（Club Med）发起的要约收购已获成功。', 'acquisition|地中海俱乐部|复星国际'],
      ['海鸿集团完成对日本三和电装的控股，持股比例达75%，交易总额约2.1亿美元。', 'acquisition|三和电装|海鸿集团'],
      // 公开收购, Taiwan's word for a tender offer (read folded to simplified characters).
      ['联欣科技今日公告，对晶芯材料的公开收购已顺利完成，总金额约新台币41.6亿元。', 'acquisition|晶芯材料|联欣科技'],
    ],
  },
  {
    id: 'zh-stake',
    type: 'stake-sale',
    lang: 'zh',
    // "以30亿元战略入股华晶硅业", "参股X": a stake bought in a company.
    pattern: /(?:战略)?(?:入股|参股)(?!比例|公司|企业|的)/g,
    needs: ['入股', '参股'],
    target: 'object',
    party: 'acquirer',
    stake: true,
    examples: [['晶拓能源以30亿元战略入股华晶硅业，持股比例约20%。', 'stake-sale|华晶硅业|晶拓能源']],
  },
  {
    id: 'zh-take-stake',
    type: 'stake-sale',
    lang: 'zh',
    // "投资约15亿欧元，取得零跑汽车约21%的股份": a stake taken in the company named before the percentage.
    // ("将以约11亿欧元获得国轩高科约26.47%的股份": 获得 a stated share of a company, the same.)
    // ("取得日商精密探针厂Probe Japan 70%股权": room for a description and a Latin name.)
    // ("以新台幣32億元取得晶通科技百分之百股權": a share written out in words.)
    pattern: /(?:取得|获得)(?=[^，。；%]{2,30}?(?:约|共|合计)?(?:\d+(?:\.\d+)?%|百分之[零一二三四五六七八九十百点]+)(?:的)?(?:股权|股份))/g,
    needs: ['取得', '获得'],
    target: 'object',
    party: 'acquirer',
    stake: true,
    examples: [
      ['澄湖集团宣布投资约15亿欧元，取得远驰汽车约21%的股份。', 'stake-sale|远驰汽车|澄湖集团'],
      ['联咏微电子宣布，以新台币32亿元取得晶通科技百分之百股权。', 'stake-sale|晶通科技|联咏微电子'],
      ['大众汽车集团（中国）与国轩高科签署协议，将以约11亿欧元获得国轩高科约26.47%的股份。', 'stake-sale|国轩高科|大众汽车集团'],
    ],
  },
  {
    id: 'zh-pay-to-hold',
    type: 'stake-sale',
    lang: 'zh',
    // "将投入约224亿港元，直接及间接持有高鑫零售36.16%的股份": a sum paid, then the stake it buys (not the
    // stake held after a purchase read before: "斥资约37亿欧元，收购完成后持有库卡约94.55%的股份").
    pattern: /(?<=(?:投入|斥资|出资|耗资)[^。；后]{1,30})(?:直接(?:及|和|与)间接|间接)?持有(?=[^，。；%]{2,16}?(?:约|共|合计)?\d+(?:\.\d+)?%(?:的)?(?:股权|股份))/g,
    needs: ['持有'],
    target: 'object',
    party: 'acquirer',
    stake: true,
    examples: [['阿里巴巴集团宣布，将投入约224亿港元，直接及间接持有高鑫零售36.16%的股份。', 'stake-sale|高鑫零售|阿里巴巴集团']],
  },
  {
    id: 'zh-privatize',
    type: 'acquisition',
    lang: 'zh',
    // "阿里巴巴以每股8.8港元私有化银泰商业": a listed company taken private is bought.
    pattern: /私有化(?!交易|方案|计划|要约|建议|进程|事项|的|总代价|代价|对价|价格|总价|价)/g,
    needs: ['私有化'],
    target: 'object',
    party: 'acquirer',
    examples: [
      ['阿里巴巴宣布以每股8.8港元私有化银泰商业，交易总价约198亿港元。', 'acquisition|银泰商业|阿里巴巴'],
      ['红杉中国联合管理层以约30亿美元完成对澜海科技的私有化。', 'acquisition|澜海科技|红杉中国'],
    ],
  },
  {
    id: 'zh-privatize-done',
    type: 'acquisition',
    lang: 'zh',
    // "远东物业公告，由大股东华润置地提出的私有化计划已获法院批准并生效": a Hong Kong scheme that has taken effect
    // is a purchase of the announcing company by the holder who proposed it.
    // (Not "未能生效", "尚未完成".)
    pattern: /私有化(?:计划|方案|建议)(?=[^，。；]{0,16}?(?<![未不没]|未能|无法)(?:生效|完成))/g,
    needs: ['私有化'],
    target: 'subject',
    party: 'acquirer',
    examples: [['远东物业今日公告，由大股东华润置地提出的私有化计划已获法院批准并生效，私有化总代价约42亿港元。', 'acquisition|远东物业|华润置地']],
  },
  {
    id: 'zh-take-control',
    type: 'acquisition',
    lang: 'zh',
    // "以15亿元获得宇晟智能控股权", "取得X控制权": control of a company bought (a controlling stake).
    pattern: /(?:获得|取得|拿下|夺得)(?=[^，。；]{2,16}?(?:的)?(?:控股权|控制权))/g,
    needs: ['获得', '取得', '拿下', '夺得'],
    target: 'object',
    party: 'acquirer',
    examples: [['珠海华发集团以15亿元取得宇晟智能控股权。', 'stake-sale|宇晟智能|珠海华发集团']],
  },
  {
    id: 'zh-sale-to',
    type: 'acquisition',
    lang: 'zh',
    // "恒远电气将华辰电子100%股权以12亿元出售给澜拓新能源": what is sold before the verb, the buyer after it.
    // ("将所持马钢集团51%股权无偿划转给中国宝武": a transfer between state owners, free of charge, the same.)
    // ("无偿划转至滨海城投集团": 至 (to), in a free transfer.)
    pattern: /(?:出售|转让|卖|(?:无偿)?划转)(?:给|予)|无偿划转至/g,
    needs: ['给', '予', '无偿划转至'],
    target: 'passive',
    party: 'acquirer',
    examples: [
      ['恒远电气将华辰电子100%股权以12亿元出售给澜拓新能源。', 'acquisition|华辰电子|澜拓新能源'],
      // 予, the written word for 给.
      ['海川资本将所持朗润医疗51%股权以12亿元转让予恒通股份。', 'stake-sale|朗润医疗|恒通股份'],
      // The holder of 公司 sells shares of the company whose holder it is.
      ['澜海科技的控股股东恒信集团将所持公司29.9%股份转让给宁德时代，交易总价款为16亿元。', 'stake-sale|澜海科技|宁德时代'],
      ['市国资委已将所持滨海港口集团100%股权无偿划转至滨海城投集团。', 'acquisition|滨海港口集团|滨海城投集团'],
    ],
  },
  {
    id: 'zh-transfer-to',
    type: 'acquisition',
    lang: 'zh',
    // "张近东及淘宝中国拟向深圳国际、鲲鹏资本合计转让公司23%股份": the holders (sellers, no party) transfer to the buyers.
    pattern: /向(?=[^，。；]{1,40}?(?:合计|共同|共|分别)?(?:转让|出售)(?!给|方|款|价|协议|事项))/g,
    needs: ['向'],
    target: 'transfer',
    party: 'acquirer',
    examples: [
      ['恒远电气向澜拓新能源转让华辰电子30%股权，转让价款为6亿元。', 'stake-sale|华辰电子|澜拓新能源'],
      ['苏宁易购公告，张近东及淘宝中国已向深圳国际、鲲鹏资本合计转让公司23%股份，转让总价约148亿元。', 'acquisition|苏宁易购|深圳国际'],
    ],
  },
  {
    id: 'zh-acquired-by',
    type: 'acquisition',
    lang: 'zh',
    // ("被中国物流企业顺丰旗下的顺丰国际以约6000万美元收购": room for the buyer's description and the price.)
    // ("已被瑞派控股收入囊中": or taken into its bag, the idiom for a purchase.)
    pattern: /被(?=[^，。；]{1,32}?(?:收购|收入囊中|纳入囊中|纳入麾下|收入麾下))/g,
    needs: ['被'],
    target: 'passive',
    party: 'acquirer',
    examples: [
      ['沃尔沃被吉利收购。', 'acquisition|沃尔沃|吉利'],
      ['宠物医院连锁安宠医疗已被瑞派控股收入囊中，交易于9月底完成交割。', 'acquisition|安宠医疗|瑞派控股'],
    ],
  },
  {
    id: 'zh-absorb',
    type: 'merger',
    lang: 'zh',
    pattern: /吸收合并/g,
    needs: ['吸收合并'],
    target: 'object',
    party: 'acquirer',
    examples: [
      ['国泰君安吸收合并海通证券。', 'merger|海通证券|国泰君安'],
      // A plan (拟) whose exchange ratio the announcement sets is a merger agreed.
      ['宝钢股份发布重组预案，拟以换股方式吸收合并武钢股份，换股比例为1:0.56。', 'merger|武钢股份|宝钢股份'],
      // …or whose price it states.
      ['美的集团发布重组预案，拟以发行A股的方式换股吸收合并小天鹅，交易作价约143.83亿元。', 'merger|小天鹅|美的集团'],
    ],
  },
  {
    id: 'zh-absorb-of',
    type: 'merger',
    lang: 'zh',
    // "中国船舶完成对中国重工的换股吸收合并": the company between 对 and 的 is absorbed by the subject.
    pattern: /对(?=[^，。；]{1,24}?的(?:换股)?吸收合并)/g,
    needs: ['吸收合并'],
    target: 'object',
    party: 'acquirer',
    examples: [['中国船舶完成对中国重工的换股吸收合并，中国重工正式退市。', 'merger|中国重工|中国船舶']],
  },
  {
    id: 'zh-merge',
    type: 'merger',
    lang: 'zh',
    // "中国船舶与中国重工宣布换股吸收合并": an absorption that names no side after it joins the two before it.
    // "宝钢与武钢实施联合重组": a joint restructuring of two groups is their merger.
    // (Not 纳入合并财报, consolidated into the accounts: "該公司即日起納入合併財報".)
    pattern: /(?:宣布|完成)?(?<!吸收)(?:合并|战略合并)(?!报表|财报|财务报表|后|预案|方案|计划|事宜|事项|细节|进展|谈判|磋商|对象|范围|营收|收入|利润)|吸收合并(?=[，。；]|$)|(?:实施|完成)(?:联合|战略)重组/g,
    needs: ['合并', '联合重组', '战略重组'],
    target: 'subject',
    party: 'participant',
    examples: [
      ['美团与大众点评宣布合并。', 'merger|美团|大众点评'],
      ['华辰电子与恒远电气宣布换股吸收合并。', 'merger|华辰电子|恒远电气'],
      ['宝钢集团与武钢集团实施联合重组，成立中国宝武。', 'merger|宝钢集团|武钢集团'],
    ],
  },
  {
    id: 'zh-fold-into',
    type: 'merger',
    lang: 'zh',
    // "滨江交投整体并入滨江城投": a company folded whole into another is merged into it; the one it joins survives.
    // (Only whole: "团队将并入小米汽车智驾部门" moves a team; not 并入合并报表, consolidated into the accounts.)
    // (Nor a team or a business put into a unit: "团队将整体并入阳光电源的户储事业部".)
    pattern: /(?<!团队|业务|员工|人员|团队将|业务将|员工将|人员将)整体(?:并入|划入)(?!合并|报表|公司合并|上市公司合并|[^，。；]{0,16}?(?:事业部|部门|板块|事业群|业务线))(?=[\u4e00-\u9fffA-Za-z]{2})/g,
    needs: ['并入', '划入'],
    target: 'passive',
    party: 'acquirer',
    examples: [['市属国企滨江城投与滨江交投昨日宣布实施战略重组，滨江交投整体并入滨江城投。', 'merger|滨江交投|滨江城投']],
  },
  {
    id: 'zh-ipo',
    type: 'ipo',
    lang: 'zh',
    // Not "上市公司" (a listed company) or "较上市时" (since listing): those speak of a company already listed;
    // not "车型上市", "新品上市": a product launched.
    // (Nor "较IPO时" (since the listing), "撤销上市地位" (a listing withdrawn).)
    pattern: /(?<!车型|新车|新品|产品|机型|新款|系列|新药|手机)(?:挂牌)?上市(?!公司|时|以来|后|前|企业|板块|地位|资格)|挂牌(?!开业|成立|运营|仪式|营业)|登陆(?:[^，。；]{0,12}?(?:交易所|联交所|港交所|科创板|创业板|主板|北交所|上交所|深交所|港股|美股|A股|纳斯达克|纽交所))|敲钟|(?<![Pp]re-)IPO(?!时|以来|后|前)|首次公开发行|招股(?!阶段|期间|期|书|价|文件|章程)|(?<!轮)募资|募集资金|集资/g,
    needs: ['上市', '挂牌', '登陆', '敲钟', 'ipo', '首次公开发行', '招股', '募资', '募集资金', '集资'],
    target: 'subject',
    examples: [
      ['宁德时代于港交所上市，募资410亿港元。', 'ipo|宁德时代'],
      ['蜜雪冰城今日在港交所挂牌，集资约34.5亿港元。', 'ipo|蜜雪冰城'],
      ['中芯国际今日正式登陆科创板，发行价为每股27.46元。', 'ipo|中芯国际'],
      // 募集资金 of a capital increase (增资扩股) funds the company; it lists nothing.
      ['澜海科技完成增资扩股，引入华曜股份、恒信集团等6家战略投资者，募集资金50亿元。', 'funding|澜海科技|华曜股份'],
      ['美的集团今日在港交所挂牌，集资约306亿港元。', 'ipo|美的集团'],
    ],
  },
];

/** The triggers whose words the sentence holds: only these can match it. */
export function triggersFor(holds: Holds): DealTrigger[] {
  return DEAL_TRIGGERS.filter((t) => holds(t.needs));
}

/** The cheap gate: whether any trigger matches the sentence (each tried only where its words stand). */
export function passesTriggerGate(sentence: string, holds: Holds = (needs) => holdsAny(sentence.toLowerCase(), needs)): boolean {
  return triggersFor(holds).some((t) => {
    t.pattern.lastIndex = 0;
    const found = t.pattern.test(sentence);
    t.pattern.lastIndex = 0;
    return found;
  });
}
