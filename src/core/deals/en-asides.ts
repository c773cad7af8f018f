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
