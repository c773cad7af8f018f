// A company bought, named by what it is, the subject of the sentence before: "Volvo Cars has priced its
// Stockholm listing … Zhejiang Geely Holding, which bought the Swedish carmaker from Ford for $1.8bn in
// August 2010, will remain the controlling shareholder." The description ("the Swedish carmaker") stands
// for that subject, as "The company …" does at a sentence's start (extract-deals.ts, SUBJECT_ANAPHOR).

/** What a company is, as a description of one ("the Swedish carmaker", "the Dutch chip equipment maker"). */
const KIND = String.raw`(?:company|startup|start-up|firm|consultancy|agency|practice|group|business|lender|carmaker|automaker|chipmaker|drugmaker|steelmaker|planemaker|developer|maker|fintech|biotech|retailer|platform|insurer|operator|miner|bank|producer|provider|designer|supplier|manufacturer|chain|brand|brewer|network|agency|carrier|airline|publisher|studio|label|broadcaster)`;
/** A purchase's verb or noun, then the description; not "the other company", "the rival firm", "a company". */
// ("… said on Thursday it had agreed to acquire the firm for £36m": a purchase agreed names it so too; "Harbor Lake Capital
// has invested $40 million in the company": so does money put into it; "Brightmoor Analytics … paid $45 million for the
// startup": and a price paid for it.)
const OBJECT_ANAPHOR = new RegExp(
  String.raw`\b(?:bought|acquired|purchased|took over|took control of|(?:acquisition|purchase|takeover) of|(?:agreed to|will|to) (?:buy|acquire|purchase|take over)|(?:invested|invests|put|puts|poured|pours|injected|injects)\s+(?:[A-Z]{0,3}[$€£¥₹][\d.,]+\s*(?:billion|million|bn|mn|m)?\s+)?(?:in|into)|(?:paid|pays|is paying|will pay|agreed to pay)\s+(?:(?:about|around|roughly|some|nearly)\s+)?[A-Z]{0,3}[$€£¥₹][\d.,]+\s*(?:billion|million|bn|mn|m|crore)?\s+(?:in cash\s+)?for)\s+(the\s+(?!(?:other|rival|second|two|both|new|combined|merged|target|buyer|acquiring|parent|same|latter|former)\b)(?:[\w-]+\s+){0,3}?${KIND})(?![\w-])(?!\s*(?:’s|'s))`,
);

/** Where in a sentence a description stands for the company bought (offsets into the sentence), if it does. */
export function objectAnaphor(sentence: string): { start: number; end: number; text: string } | undefined {
  const m = OBJECT_ANAPHOR.exec(sentence);
  if (!m) return undefined;
  const start = m.index + m[0].length - m[1]!.length;
  return { start, end: m.index + m[0].length, text: m[1]! };
}
