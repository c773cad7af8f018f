// An aside on a company between its name and its verb says what the company is or does, not whether the deal
// happened: "Regensburg-based Hexwerk, which makes software for planning factory maintenance, has raised €18
// million" (the "planning" of the aside is no plan to raise), "Tandem, a maker of tools for teams seeking to
// work faster, bought …". Words of intent are looked for in a deal's clause with such asides blanked.

/**
 * ", which makes software for planning …,", ", a maker of tools for teams seeking …,": a relative clause or an
 * appositive closed by a comma before the verb (bounded: at most 120 characters, no comma or semicolon inside).
 */
const ASIDE = /,\s+(?:which|who|whose|that|an?|the)\s[^,;]{1,120},(?=\s)/gi;
/** What an aside must not hold: its own report of a deal or a plan of the subject ("…, which said it plans to …,"). */
const SPEECH = /\b(?:said|says|announced|told|according)\b/i;

/** The clause with each aside on a company replaced by spaces (offsets kept). */
export function blankAsides(clause: string): string {
  return clause.replace(ASIDE, (aside) => (SPEECH.test(aside) ? aside : ' '.repeat(aside.length)));
}

/**
 * "Corvane Systems, which bought Telluric Analytics in 2019, reported a loss": a deal told in a relative clause on a
 * company, dated by a year and given no amount, says what the company is; it is not the news. (With its price, "…,
 * which it bought for $5.3 billion last year, …", it is still told, and read.)
 */
const RELATIVE_BEFORE = /,\s+(?:which|who|that)\s+(?:(?:had|has|also|first|itself)\s+)?$/i;
// ("…, which went public in March, reported revenue …": or by a month, or as last year.)
const YEAR_IN_ASIDE = /^[^,;.]{0,80}?\b(?:(?:in|since)\s+(?:(?:19|20)\d{2}|January|February|March|April|May|June|July|August|September|October|November|December)|last (?:year|month|week)|earlier this (?:year|month))\b[^,;.]{0,30}(?:,|$)/;

/** Whether a deal without an amount is recalled in an aside dated by a year; `at` is where its verb starts. */
export function recalledInAside(text: string, start: number, at: number, hasAmount: boolean): boolean {
  return !hasAmount && RELATIVE_BEFORE.test(text.slice(Math.max(start, at - 30), at)) && YEAR_IN_ASIDE.test(text.slice(at, Math.min(text.length, at + 120)));
}

