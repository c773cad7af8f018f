// A company's unit named as one (issue 16, item 1): "its Jaguar Land Rover unit", "GM's Cruise unit",
// "its brokerage arm Nesbitt Burns". The unit is a company of its own. Read after an owner word
// ("its", "their", or a possessive name: "Reckitt's") and:
//   before   one to four capitalised words, then "unit", "arm" or "subsidiary" ("its Mead Johnson unit");
//   after    up to two lower-case words, "unit", "arm" or "subsidiary", an optional comma, then one to
//            four capitalised words ("its brokerage arm Nesbitt Burns").
// A leading nationality ("its British unit") is not part of the name, and the run must read as a
// name: not a place ("its China unit"), generic words ("its Cloud unit"), a person or a body
// (notCompanyReason). Cost: a search for the three words, then the patterns within 80 characters of each.

import type { CompanyMention } from '../types';
import { GENERIC_WORDS, notCompanyReason, PLACE_WORDS } from './not-companies';
import { unknownId } from './unknown-companies';

const OWNER = String.raw`(?:\b(?:its|their)|[A-Z][\w&.-]*(?:'s|’s|s'|s’))`;
const WORD = String.raw`[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*`;
const NAME = String.raw`${WORD}(?: (?:&|of|de) ${WORD}| ${WORD}){0,3}`;
const UNIT = String.raw`(?:unit|arm|subsidiary)`;
const UNIT_WORD = /\b(?:unit|arm|subsidiary)\b/g;
const WINDOW = 80;
const BEFORE = new RegExp(String.raw`${OWNER} (${NAME}) ${UNIT}\b`, 'gd');
const AFTER = new RegExp(String.raw`${OWNER} (?:[a-z][a-z-]* ){0,2}${UNIT},? (${NAME})(?=[,.;:)]| [a-z]|$)`, 'gd');

/** Companies named as another company's unit (see the header). */
export function findUnitNames(text: string): CompanyMention[] {
  const found: CompanyMention[] = [];
  const seen = new Set<number>();
  // Only around the words themselves: the owner and the name lie within a window of them.
  for (const w of text.matchAll(UNIT_WORD)) {
    const from = Math.max(0, w.index - WINDOW);
    const window = text.slice(from, Math.min(text.length, w.index + w[0].length + WINDOW));
    for (const re of [BEFORE, AFTER]) {
      re.lastIndex = 0;
      for (const m of window.matchAll(re)) {
        let name = m[1]!;
        let start = from + m.indices![1]![0];
        if (seen.has(start)) continue;
        seen.add(start);
        // "its British unit": a nationality or a place opening the run is not the unit's name.
        const words = name.split(' ');
        let k = 0;
        while (k < words.length && PLACE_WORDS.has(words[k]!.toLowerCase())) k++;
        if (k === words.length) continue;
        if (k > 0) {
          const cut = words.slice(0, k).join(' ').length + 1;
          name = name.slice(cut);
          start += cut;
        }
        const rest = words.slice(k);
        if (rest.every((w) => GENERIC_WORDS.has(w.toLowerCase()) || w === '&' || w === 'of') || notCompanyReason(rest) !== undefined) continue;
        found.push({ start, end: start + name.length, text: name, id: unknownId(name), name });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
