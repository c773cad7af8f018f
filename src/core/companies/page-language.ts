// German and French pages write everyday nouns that are also companies' one-word names: "unter den Arm geklemmt",
// "Mobil mit Behinderung", "Wandern und Alpen im Sommer", "Verbraucherzentrale NRW", "Avant de revenir". On such a
// page the word is the word (or the place), not Arm, Mobil, Alpen, NRW Holdings or Avant. Companies of the page's own
// country whose name is a word of its language (Henkel, Allianz, Linde) are what its pages mean: they are not listed.

import type { CompanyMention } from '../types';

/** Lowercase one-word names that, on a page of the language, are its everyday word or one of its places. */
const LANGUAGE_WORDS: Readonly<Record<'de' | 'fr', ReadonlySet<string>>> = {
  de: new Set(['arm', 'mobil', 'alpen', 'elf', 'siebe', 'weg', 'team', 'ball', 'koch', 'digital', 'alten', 'urteil', 'adresse', 'mittelstand', 'nrw', 'burgenland', 'tirol', 'sachsen', 'hessen', 'bayern', 'saarland']),
  fr: new Set(['avant', 'après', 'sans', 'entre', 'selon', 'alors', 'voici', 'ici']),
};

/**
 * German companies named by a German noun ("Allianz" alliance, "Henkel" handle, "Linde" lime tree): the company on a
 * German page, the noun after an indefinite article or an adjective ("Eine Allianz erfahrener Expert*innen", "so kurze
 * Henkel"): "die Allianz", "bei Henkel" stay the company.
 */
const GERMAN_NOUN_COMPANIES = new Set(['allianz', 'henkel', 'linde']);
const INDEFINITE = new Set(['ein', 'eine', 'einer', 'einem', 'einen', 'eines', 'keine', 'keiner', 'neue', 'neuen', 'neuer']);
/** Lowercase words with an adjective's ending that are not adjectives. */
const NOT_ADJECTIVES = new Set(['oder', 'aber', 'unter', 'über', 'hinter', 'wieder', 'weder', 'sowie', 'jeder', 'jede', 'jedem', 'jeden', 'immer', 'hier', 'seine', 'seinem', 'seinen', 'seiner', 'ihre', 'ihrem', 'ihren', 'ihrer', 'unsere', 'unserer', 'gegen', 'wegen', 'neben', 'nahe', 'ohne', 'gerne', 'sagte', 'meinte', 'betonte']);

function wordBefore(text: string, start: number): string {
  if (text.charCodeAt(start - 1) !== 0x20) return '';
  let s = start - 1;
  while (s > 0 && start - s < 24 && /\p{L}/u.test(text[s - 1]!)) s--;
  return text.slice(s, start - 1);
}

/** Whether a German company's name stands, on a German page, as its noun: after an indefinite article or an adjective. */
export function namesGermanNoun(text: string, m: CompanyMention, lang: 'de' | 'fr' | undefined): boolean {
  if (lang !== 'de' || !GERMAN_NOUN_COMPANIES.has(m.text.toLowerCase())) return false;
  const before = wordBefore(text, m.start);
  return INDEFINITE.has(before.toLowerCase()) || (/^[a-zäöüß]{4,}$/.test(before) && /(?:e|en|em|er|es)$/.test(before) && !NOT_ADJECTIVES.has(before));
}

/** Short words each language writes in almost every sentence (with spaces round them), and English's. */
const MARKERS: Readonly<Record<'de' | 'fr' | 'en', readonly string[]>> = {
  de: [' und ', ' der ', ' die ', ' nicht ', ' mit ', ' ist '],
  fr: [' et ', ' les ', ' des ', ' est ', ' une ', ' dans '],
  en: [' and ', ' the ', ' of ', ' is ', ' with ', ' to '],
};

/** How much of a page is read to tell its language, and how many of a marker are counted at most. */
const SAMPLE_CHARS = 20_000;
const MAX_COUNT = 50;

function markerCount(sample: string, markers: readonly string[]): number {
  let n = 0;
  for (const w of markers) {
    for (let at = sample.indexOf(w); at >= 0 && n < MAX_COUNT * markers.length; at = sample.indexOf(w, at + w.length)) n++;
  }
  return n;
}

/** "de" or "fr" when the page's prose is plainly in that language (its markers outnumber English's twice), else undefined. */
export function pageLanguage(text: string): 'de' | 'fr' | undefined {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const en = markerCount(sample, MARKERS.en);
  const de = markerCount(sample, MARKERS.de);
  const fr = markerCount(sample, MARKERS.fr);
  if (de >= 10 && de > 2 * en && de > fr) return 'de';
  if (fr >= 10 && fr > 2 * en && fr > de) return 'fr';
  return undefined;
}

/** Whether a mention's text may be a word of some listed language: the cheap gate before the page's language is read. */
export function mayBeLanguageWord(m: CompanyMention): boolean {
  if (m.end - m.start > 12 || m.text.includes(' ')) return false;
  const lower = m.text.toLowerCase();
  return LANGUAGE_WORDS.de.has(lower) || LANGUAGE_WORDS.fr.has(lower) || GERMAN_NOUN_COMPANIES.has(lower);
}

/** Whether the mention is, on a page in `lang`, that language's word or place. */
export function namesLanguageWord(m: CompanyMention, lang: 'de' | 'fr' | undefined): boolean {
  return lang !== undefined && LANGUAGE_WORDS[lang].has(m.text.toLowerCase());
}
