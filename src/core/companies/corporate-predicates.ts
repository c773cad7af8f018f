// What only a company does (issue 16, item 1): a short name the data lets count only on a page that
// names the company in full ("Chubb", "Target", "Delta": a surname, a word, a letter) counts without
// it when the sentence makes it a company — the subject of a deal or of results ("Chubb agreed to
// buy …", "Target cut its outlook", "Chubb's shares rose"). A person or a place does none of these;
// "said", "told", "met" are left out on purpose ("Ford said" may be Harrison Ford), and so is the object
// of a bid ("a takeover of United" may be a football club's).

import type { CompanyMention } from '../types';
import { isLatinWordCode } from './name-words';
import { LEADING_STOP_WORDS, notCompanyReason } from './not-companies';
import { openingsOf } from './name-openings';
import { firstEndAfter } from './sorted-spans';
import { readNameForward, SUFFIX_ROLES, unknownId } from './unknown-companies';

const AFTER =
  /^(?:'s|’s)?,? (?:(?:has |had |have )?agreed to (?:buy|acquire|sell|merge|take over)|(?:will|would|plans to|is to|to) (?:buy|acquire|take over)|acquired|bought|(?:reported|posted|booked) (?:a |an |its )?(?:\w+ ){0,2}(?:profit|loss|revenue|revenues|earnings|sales|results)|(?:raised|cut|lowered|lifted|trimmed|kept|maintained|reaffirmed) its (?:\w+ )?(?:forecast|outlook|guidance|dividend)|(?:shares|stock) (?:rose|fell|jumped|slid|dropped|climbed|gained|slumped|surged|tumbled|plunged|rallied))\b/;

/** Whether the sentence around the mention makes it a company (see the header). */
export function hasCorporatePredicate(text: string, m: CompanyMention): boolean {
  return AFTER.test(text.slice(m.end, m.end + 60));
}

/**
 * Predicates a name the data does not hold must be the subject of to be read as a company ("Harmony
 * Gold agreed to buy …", "Sibanye-Stillwater reported a loss", "Old Mutual shares rose", a share price
 * in any currency of a market report: "Bass added 4p", "Hoechst rose 1.20 marks", "Boeing rose $1.75",
 * not a price per litre or tonne, nor a commodity or currency that moves): stricter than
 * AFTER — "bought", "acquired" and "will buy" are what people and governments do too.
 */
const SUBJECT_OF = /(?:(?<elided> (?:was |were )?(?:up |down )?\d+(?:\.\d+)? ?(?:p|pence|cents|yen|won|marks|pfennigs|francs|centimes|rand|guilders|crowns|kronor|lire|pesetas)\b(?! (?:a|an|per) )| (?:was|were) (?:steady|flat|unchanged|firmer|weaker)\b)|(?:'s|’s) (?:shares|share price|shareholders|net profit|pretax profit|pre-tax profit|first-half profit|annual profit|profits)\b|(?<led> led the (?:index|market|gainers|losers|decliners|advance|rally|rise|fall)\b)| (?:chief executive|managing director|finance director|chief financial officer|chief operating officer) (?=[A-Z][a-z]+ [A-Z][a-z])|(?<chairman> chairman (?=[A-Z][a-z]+ [A-Z][a-z]))|(?:'s|’s)? said(?: on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?,? (?:that )?its (?:[a-z-]+ ){0,3}(?:profit|loss|revenue|revenues|earnings|sales|dividend|output|orders)\b|(?:'s|’s)? (?:agreed (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?to (?:buy|acquire|sell|merge with|take over)|(?:reported|posted|booked) (?:a |an |its )?(?:[a-z-]+ ){0,2}(?:profit|loss|revenue|revenues|earnings)|(?:raised|cut|lowered|lifted|trimmed) its (?:[a-z-]+ )?(?:forecast|outlook|guidance|dividend)|shares (?:rose|fell|jumped|slid|dropped|climbed|gained|slumped|surged|tumbled|plunged)|(?:rose|fell|gained|lost|added|shed|jumped|slipped|eased|firmed|climbed|dropped) (?:(?:A|C|NZ|HK|S|US)?\$\d+(?:\.\d+)?|\d+(?:\.\d+)? ?(?:p|pence|cents?|yen|won|marks|pfennigs?|francs|centimes|rand|guilders|crowns|kronor|kroner|lire|pesetas|pesos|baht|ringgit|dollars))\b(?! (?:a|an|per) (?:litre|liter|gallon|kilo|pound|unit|share|barrel|tonne|ton|ounce|bushel))))/g;
const GATE = /agreed| led the |reported|posted|booked|said (?:on \w+ )?(?:that )?its |['’]s (?:shares|share price|shareholders|net profit|pretax profit|pre-tax profit|first-half profit|annual profit|profits)\b|chairman |chief executive|managing director|finance director|chief (?:financial|operating) officer| (?:was|were) (?:steady|flat|unchanged|firmer|weaker)\b|its (?:[a-z-]+ )?(?:forecast|outlook|guidance|dividend)|shares|\d ?(?:p|pence|cents?|yen|won|marks|pfennigs?|francs|centimes|rand|guilders|crowns|kronor|kroner|lire|pesetas|pesos|baht|ringgit|dollars)\b|\$\d/;
const MAX_WORDS = 4;
/** Words of football and sports club names, whose chairmen the sports pages quote ("Real Madrid chairman …"). */
const CLUB_WORDS = new Set(['real', 'united', 'city', 'rovers', 'athletic', 'atletico', 'sporting', 'dynamo', 'olympique', 'fc', 'ac', 'club', 'wanderers', 'hotspur', 'albion', 'town', 'county', 'inter', 'spartak', 'borussia']);
/** A capitalised word and a particle right before a run: the run ends a longer name ("Cemex SA de CV"). */
const PARTICLE_BEFORE = /[A-Z][\w.]* (?:de|do|da|del|des|du|di) $/;
/** What comes before a name whose verb a market report leaves out: "and Sony 40 yen", ", Hitachi 30 yen". */
const ELIDED_BEFORE = /(?:,| and| while) $/;

/** What a market report prices besides shares: commodities, currencies, indices (lowercase, one word). */
const PRICED_NOT_COMPANIES = new Set(
  ('gold silver platinum palladium copper nickel zinc aluminium aluminum lead tin iron steel oil crude brent wti gas gasoline ' +
    'corn wheat soybeans soyabeans soymeal barley rice coffee robusta arabica cocoa sugar cotton rubber wool cattle hogs ' +
    'sterling dollar yen mark euro franc lira peseta rand guilder crown rouble ruble peso bund bunds gilts treasuries ' +
    'nikkei dax cac hang seng ftse dow nasdaq').split(' '),
);

function isUpperAscii(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** The start of the run of one to MAX_WORDS capitalised words (hyphens inside) that ends at `end`, or -1. */
function runStartBefore(text: string, end: number): number {
  let start = -1;
  let pos = end;
  for (let words = 0; words < MAX_WORDS; words++) {
    let s = pos;
    while (s > 0 && (isLatinWordCode(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 0x2d || text.charCodeAt(s - 1) === 0x26)) s--;
    if (s === pos || !isUpperAscii(text.charCodeAt(s))) break;
    start = s;
    if (s < 2 || text.charCodeAt(s - 1) !== 0x20) break;
    pos = s - 1;
  }
  return start;
}

/** Companies the data does not hold, read as the subject of what only a company does (see SUBJECT_OF). */
export function findPredicateSubjects(text: string, known: readonly CompanyMention[], lookup: (start: number) => CompanyMention | undefined): CompanyMention[] {
  if (!GATE.test(text)) return [];
  const found: CompanyMention[] = [];
  // Multi-word data names written on the page, by each of their shorter openings (made once, when a subject is read).
  let openings: Map<string, CompanyMention> | undefined;
  for (const m of text.matchAll(SUBJECT_OF)) {
    const end = m.index;
    let start = runStartBefore(text, end);
    if (start < 0) continue;
    // "The board of Harmony Gold …" is not read; a sentence word opening the run is dropped ("On Monday Harmony Gold …" is not).
    // "Cemex SA de CV said …": the tail of a longer name after a particle is no subject of its own.
    if (PARTICLE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // "Toyota rose 20 yen and Sony 40 yen", "… and Rembrandt was steady": a price with its verb left out, or a
    // share that held still, counts only after "and", a comma or "while" (a list of a market report).
    if (m.groups!.elided !== undefined && !ELIDED_BEFORE.test(text.slice(Math.max(0, start - 7), start))) continue;
    const run = readNameForward(text, start);
    if (!run || run.end !== end) continue;
    // "Virgin Atlantic chairman Richard Branson": a chairman's employer of two words or more (one word may be a club's).
    if (m.groups!.chairman !== undefined && (run.words.length < 2 || run.words.some((w) => CLUB_WORDS.has(w.toLowerCase())))) continue;
    // (The run drops a trade noun that opens it: "Brewer Brahma said …" names Brahma.)
    start = run.start;
    let words = run.words;
    while (words.length > 1 && LEADING_STOP_WORDS.has(words[0]!.toLowerCase())) {
      start = text.indexOf(words[1]!, start + words[0]!.length);
      words = words.slice(1);
    }
    if (words.length === 0 || LEADING_STOP_WORDS.has(words[0]!.toLowerCase()) || notCompanyReason(words) !== undefined) continue;
    // "Gold rose $2", "Sterling fell 2 pfennigs": a commodity or a currency moves by a price too.
    if (words.length === 1 && PRICED_NOT_COMPANIES.has(words[0]!.toLowerCase())) continue;
    // "Bergesen d.y. ASA said …": a legal word alone is no name.
    if (words.every((w) => SUFFIX_ROLES.has(w))) continue;
    const i = firstEndAfter(known, start);
    if (i < known.length && known[i]!.start < end) continue;
    // A name the data holds under a form that needs more context ("Hang Seng") is that company.
    // So is the opening of a data company's name written in full on the page ("Hang Seng" after "Hang Seng Bank Ltd"),
    // first: "Delta" beside "Delta Air Lines" is the airline, not the data's other Delta.
    const data = lookup(start);
    const written = text.slice(start, end);
    openings ??= openingsOf(known);
    const full = openings.get(written);
    if (full && full.id !== data?.id) found.push({ start, end, text: written, id: full.id, name: full.name });
    else if (data && data.end === end) found.push(data);
    else found.push({ start, end, text: written, id: unknownId(written), name: written });
    // "Malayan Banking and Tenaga Nasional led the index": the stock listed before "and" led it too.
    if (m.groups!.led !== undefined) {
      const before = / and $/.exec(text.slice(Math.max(0, start - 5), start)) ? start - 5 : -1;
      const first = before > 0 ? runStartBefore(text, before) : -1;
      const other = first >= 0 ? readNameForward(text, first) : undefined;
      if (other && other.start === first && other.end === before && notCompanyReason(other.words) === undefined && !known.some((k) => k.start < before && k.end > first)) {
        const name = text.slice(first, before);
        found.push({ start: first, end: before, text: name, id: unknownId(name), name });
      }
    }
  }
  return found;
}
