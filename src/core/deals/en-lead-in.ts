// What may stand before a name that opens an English deal sentence, and is no part of it:
//   a dateline: "MUMBAI: Vardhan Foods has completed …", "NEW DELHI, June 3 (Reuters) - Adani …",
//     "Aug 14 (Reuters) - Mars has agreed …", "BOSTON, Oct. 14, 2025 /PRNewswire/ -- Veridian Bio …";
//   a round-up's or a story's lead-in: "In other deals this week, Crestline Software bought …",
//     "Separately, Ironvale agreed to acquire …", "On Tuesday, Kestrel Bancorp said …".
// The reader of names the company data does not hold (openingName, openingPair) starts after it.

const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** "MUMBAI:", "NEW DELHI, June 3 (Reuters) -", "Aug 14 (Reuters) -", "BOSTON, Oct. 14, 2025 /PRNewswire/ --". */
const DATELINE = new RegExp(
  String.raw`^(?:[A-Z][A-Z.'-]{1,20}(?: [A-Z][A-Z.'-]{1,20}){0,2}(?:,? ${MONTH} \d{1,2}(?:, \d{4})?)?|${MONTH} \d{1,2}(?:, \d{4})?)(?:\s*\([A-Za-z ]{2,20}\))?(?:\s*/[A-Za-z ]{2,20}/)?\s*(?::|[-–—]{1,2})\s+`,
);
/** "In other deals this week,", "Separately,", "On Tuesday,", "Earlier this month,"; a round-up's label, "Deals of the week:". */
const LEAD_IN = new RegExp(
  String.raw`^(?:(?:In (?:other|related|a separate) (?:deals?|news|moves?|transactions?)(?: (?:this|last) (?:week|month))?|Elsewhere|Separately|Meanwhile|Also|Earlier (?:this|last) (?:week|month|year)|Last (?:week|month)|On ${WEEKDAY}|In ${MONTH})(?:\s+\d{1,2})?,|(?:Deals? of the (?:week|day|month)|Elsewhere in (?:deals|funding|M&A)|In (?:brief|other deals)|Also (?:this week|today)):)\s+`,
);

/** How many characters of an opening (already without leading spaces) are a dateline and a lead-in, 0 when none. */
export function leadInLength(opening: string): number {
  const dateline = DATELINE.exec(opening)?.[0].length ?? 0;
  return dateline + (LEAD_IN.exec(opening.slice(dateline))?.[0].length ?? 0);
}
