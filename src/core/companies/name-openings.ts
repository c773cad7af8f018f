// The shorter openings of the multi-word data names a page writes ("Hang Seng" of "Hang Seng Bank Ltd",
// "Trafalgar" of "Trafalgar House Plc"): a name the page later writes that way, read by a cue or as
// the subject of a company's verb, is that data company, not a new one.

import type { CompanyMention } from '../types';

/** Each shorter opening of the multi-word data mentions → the first mention it opens. */
export function openingsOf(known: readonly CompanyMention[]): Map<string, CompanyMention> {
  const out = new Map<string, CompanyMention>();
  for (const k of known) {
    if (k.id.startsWith('unknown:')) continue;
    for (let sp = k.text.indexOf(' '); sp > 0; sp = k.text.indexOf(' ', sp + 1)) {
      const opening = k.text.slice(0, sp);
      if (!out.has(opening)) out.set(opening, k);
    }
  }
  return out;
}
