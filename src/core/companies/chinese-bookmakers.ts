// A bookmaker by the short name lottery columns give it, before its odds (issue 16, CLUENER-style lottery items):
// "威廉主胜赔低至1.14", "威廉一三三组合下", "类似威廉的赔率调整". 威廉 alone is a given name (威廉王子), so it names
// William Hill only where the odds it offers follow within a few characters; 威廉希尔 in full is a data name.

import type { CompanyMention } from '../types';

const WILLIAM_HILL = { id: 'william-hill', name: 'William Hill' };

// (Bounded: four characters at most between the name and the word of odds; not after ·, the end of a person's name.)
const ODDS_AFTER = /(?<!·)威廉(?:·希尔)?(?=[^，。；！？]{0,4}?(?:主胜|平赔|客胜|赔率|赔付|变盘|初赔|一三三|同赔率))/g;

/** William Hill by its short name before its odds (see the header). */
export function findBookmakerShortNames(text: string): CompanyMention[] {
  if (!text.includes('威廉')) return [];
  const found: CompanyMention[] = [];
  ODDS_AFTER.lastIndex = 0;
  for (const m of text.matchAll(ODDS_AFTER)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...WILLIAM_HILL });
  return found;
}
