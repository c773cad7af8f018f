// An acronym that the page spells out as the name of something else (issue 16, item 5): "KKR" on a
// cricket page that names the "Kolkata Knight Riders". A data company matched by an all-capitals
// acronym of three to five letters (two letters spell too many title-case phrases) is dropped, wherever it stands on the text, when the text also
// holds a run of capitalised words whose initials are that acronym (small words "of", "and", "&",
// "the", "de" may come between) and that run is neither a mention of the same company, nor a data
// name of it that the context made a venue ("New York Stock Exchange" for "NYSE"), nor followed
// by a corporate word ("Kohlberg Kravis Roberts & Co", "Kolkata Knight Riders Pvt Ltd" keep it).
//
// Cost: one regular-expression pass over the text for its runs of capitalised words, made only when
// the data matched an all-capitals acronym.

import type { CompanyMention } from '../types';
import { FORM_KINDS } from './legal-forms';
import { UNKNOWN_ID_PREFIX } from './unknown-companies';

const CORPORATE_AFTER = /^,?\s+(?:&\s+Co\b|[A-Z][A-Za-z]*)/;
/** Runs of two or more capitalised words, small words allowed between them (ASCII: the cheap pass). */
const CAPITALISED_RUN = /\b[A-Z][a-z][A-Za-z'’]*(?:(?: (?:of|and|&|the|de|du|der) | |-)[A-Z][a-z][A-Za-z'’]*)+/g;

const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || isUpper(c) || c === 0x27 || c === 0x2019;

/** Where each wanted acronym is spelled out by consecutive capitalised words of the text (one pass over the text). */
function spelledOutNames(text: string, wanted: ReadonlySet<string>): Map<string, { start: number; end: number }[]> {
  const byAcronym = new Map<string, { start: number; end: number }[]>();
  const starts: number[] = [];
  for (const run of text.matchAll(CAPITALISED_RUN)) {
    const r = run[0];
    // The words' first letters: a capital at the run's start or after a space or a hyphen.
    starts.length = 0;
    let initials = '';
    for (let i = 0; i < r.length; i++) {
      const c = r.charCodeAt(i);
      if (isUpper(c) && (i === 0 || r.charCodeAt(i - 1) === 0x20 || r.charCodeAt(i - 1) === 0x2d)) {
        starts.push(i);
        initials += r[i];
      }
    }
    if (starts.length < 3) continue;
    for (let i = 0; i + 3 <= initials.length; i++) {
      for (let n = 3; n <= 5 && i + n <= initials.length; n++) {
        const acronym = initials.slice(i, i + n);
        if (!wanted.has(acronym)) continue;
        let end = starts[i + n - 1]!;
        while (end < r.length && isLetter(r.charCodeAt(end))) end++;
        const list = byAcronym.get(acronym) ?? [];
        list.push({ start: run.index + starts[i]!, end: run.index + end });
        byAcronym.set(acronym, list);
      }
    }
  }
  return byAcronym;
}

/** Whether the mention is written as an all-capitals acronym of three to five letters. */
function isAcronym(m: CompanyMention): boolean {
  const n = m.end - m.start;
  if (n < 3 || n > 5) return false;
  for (let i = 0; i < n; i++) if (!isUpper(m.text.charCodeAt(i))) return false;
  return !m.id.startsWith(UNKNOWN_ID_PREFIX);
}

/** Whether a corporate word follows the run ("… Roberts & Co", "… Riders Ltd"). */
function corporateWordAfter(text: string, end: number): boolean {
  const next = CORPORATE_AFTER.exec(text.slice(end, end + 24));
  if (!next) return false;
  if (next[0].includes('&')) return true;
  const word = next[0].replace(/^,?\s+/, '').replace(/\.$/, '');
  return FORM_KINDS.has(word);
}

/** Whether a mention of company `id` overlaps the run (mentions sorted by start). */
function sameCompanyAt(mentions: readonly CompanyMention[], id: string, run: { start: number; end: number }): boolean {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.end <= run.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < mentions.length && mentions[i]!.start < run.end; i++) if (mentions[i]!.id === id) return true;
  return false;
}

/** Mentions minus data acronyms the text spells out as the name of something other than their company. */
export function dropOthersAcronyms(text: string, mentions: CompanyMention[], lookup: (start: number) => CompanyMention | undefined): CompanyMention[] {
  const acronyms = mentions.filter(isAcronym);
  if (acronyms.length === 0) return mentions;
  const names = spelledOutNames(text, new Set(acronyms.map((m) => m.text)));
  if (names.size === 0) return mentions;
  let dropped: Set<string> | undefined;
  const checked = new Set<string>();
  for (const m of acronyms) {
    const key = `${m.text}\u0000${m.id}`;
    if (checked.has(key)) continue;
    checked.add(key);
    const other = (names.get(m.text) ?? []).some(
      (run) => !corporateWordAfter(text, run.end) && !sameCompanyAt(mentions, m.id, run) && lookup(run.start)?.id !== m.id,
    );
    if (other) (dropped ??= new Set()).add(key);
  }
  return dropped === undefined ? mentions : mentions.filter((m) => !dropped!.has(`${m.text}\u0000${m.id}`));
}
