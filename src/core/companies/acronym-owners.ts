// An acronym that the page spells out as the name of something else (issue 16, item 5): "KKR" on a
// cricket page that names the "Kolkata Knight Riders". A data company matched by an all-capitals
// acronym of three to five letters (two letters spell too many title-case phrases) is dropped, wherever it stands on the text, when the text also
// holds a run of capitalised words whose initials are that acronym (small words "of", "and", "&",
// "the", "de" may come between) and that run is neither a mention of the same company, nor a data
// name of it that the context made a venue ("New York Stock Exchange" for "NYSE"), nor followed
// by a corporate word ("Kohlberg Kravis Roberts & Co", "Kolkata Knight Riders Pvt Ltd" keep it).
//
// Cost: one regular-expression pass over the text per distinct acronym the data matched, so only
// texts with all-capitals data mentions pay it.

import type { CompanyMention } from '../types';
import { FORM_KINDS } from './legal-forms';
import { UNKNOWN_ID_PREFIX } from './unknown-companies';

const ACRONYM = /^[A-Z]{3,5}$/;
const SMALL = '(?:\\s+(?:of|and|&|the|de|du|der)\\s+|[\\s-]+)';
const CORPORATE_AFTER = /^,?\s+(?:&\s+Co\b|[A-Z][A-Za-z]*)/;

/** The runs of capitalised words whose initials spell `acronym`. */
function spelledOut(text: string, acronym: string): { start: number; end: number }[] {
  const parts = [...acronym].map((c) => `${c}[\\p{Ll}][\\p{L}'’]*`);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${parts.join(SMALL)}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Whether a corporate word follows the run ("… Roberts & Co", "… Riders Ltd"). */
function corporateWordAfter(text: string, end: number): boolean {
  const next = CORPORATE_AFTER.exec(text.slice(end, end + 24));
  if (!next) return false;
  if (next[0].includes('&')) return true;
  const word = next[0].replace(/^,?\s+/, '').replace(/\.$/, '');
  return FORM_KINDS.has(word);
}

/** Mentions minus data acronyms the text spells out as the name of something other than their company. */
export function dropOthersAcronyms(text: string, mentions: CompanyMention[], lookup: (start: number) => CompanyMention | undefined): CompanyMention[] {
  let dropped: Set<string> | undefined;
  const checked = new Set<string>();
  for (const m of mentions) {
    if (!ACRONYM.test(m.text) || m.id.startsWith(UNKNOWN_ID_PREFIX)) continue;
    const key = `${m.text}\u0000${m.id}`;
    if (checked.has(key)) continue;
    checked.add(key);
    const other = spelledOut(text, m.text).some(
      (run) => !corporateWordAfter(text, run.end) && !mentions.some((x) => x.id === m.id && x.start < run.end && run.start < x.end) && lookup(run.start)?.id !== m.id,
    );
    if (other) (dropped ??= new Set()).add(key);
  }
  return dropped === undefined ? mentions : mentions.filter((m) => !dropped!.has(`${m.text}\u0000${m.id}`));
}
