// "Mars has agreed to buy Pringles and Cheez-It maker Kellanova": names before "maker", "owner" or "parent"
// and another company say what that company makes or owns ("Shares of Halifax seafood exporter Atlantic Catch": or
// where it is); they are no party of its deal, even when the
// company data knows them (a brand is often listed under its own name). The deal is the described company's.
import type { CompanyMention } from '../types';

/** Between a brand (and the brands listed after it) and the company described by them. */
const BRAND = String.raw`[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,2}`;
/** What the described company is: "maker", "snack maker", "soft-drink owner" (no function word: "from its maker Zeta" is a seller). */
const MAKER = String.raw`\s+(?:(?!(?:from|its|their|the|by|to|with|of|for|and|or|in|on|at|a|an)\s)[a-z][\w-]*\s+){0,2}(?:maker|makers|owner|parent|producer|brewer|distiller|operator|developer|publisher|manufacturer|exporter|importer|supplier|retailer|lender|insurer|miner|chain|firm|company|startup|start-up|broker|bank|trucker|carrier|contractor|rival|competitor|peer)\s+$`;
const MAKER_GAP = new RegExp(String.raw`^(?:\s*,\s*${BRAND})*(?:,?\s+(?:and|&)\s+${BRAND})?${MAKER}`);
/** The whole gap between a deal's verb and the company described: "Pringles and Cheez-It maker ". */
const BRANDS_AND_MAKER = new RegExp(String.raw`^\s*${BRAND}(?:\s*,\s*${BRAND})*(?:,?\s+(?:and|&)\s+${BRAND})?${MAKER}`);

/** Whether the words before a company are brands and what it is: "buy Pringles and Cheez-It maker Kellanova". */
export function isBrandMakerGap(gap: string): boolean {
  return gap.length <= 80 && BRANDS_AND_MAKER.test(gap);
}
/** How far the described company may stand after the brand. */
const MAX_GAP = 80;

/** Whether the character before `at` is white space (what \s matches; cheaper than a regular expression in a hot loop). */
function endsInSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && /\s/.test(text[at - 1]!));
}

/** The mentions without the brands that only describe the company named right after them (mentions sorted by start). */
export function dropBrandsBeforeMaker(text: string, companies: readonly CompanyMention[]): CompanyMention[] {
  const kept: CompanyMention[] = [];
  for (let i = 0; i < companies.length; i++) {
    const c = companies[i]!;
    // The described company: a mention within reach after the last name of the list (only the next few are looked
    // at, so a page of many names stays linear).
    let described: CompanyMention | undefined;
    for (let j = i + 1; j < companies.length && companies[j]!.start - c.end <= MAX_GAP; j++) {
      const n = companies[j]!;
      // The gap ends in "maker " (or another such word and a space): a gap that does not end in a space is no maker gap.
      if (n.start >= c.end && endsInSpace(text, n.start) && MAKER_GAP.test(text.slice(c.end, n.start))) {
        described = n;
        break;
      }
    }
    if (described && described.id !== c.id) continue;
    kept.push(c);
  }
  return kept;
}
