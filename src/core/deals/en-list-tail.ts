// The end of an English list of backers that the company reader did not take: "Felicis, Sutter Hill
// Ventures, Amazon and Carnegie Mellon University were among the other investors", "also drew Gaorong
// Capital, Northstar Group, Vision Plus Capital and EV Growth." The names after the last company the
// reader took are items of the same list when only list separators and capitalised names stand between
// it and the list's cue after it (or the sentence's end).
import { LEADING_STOP_WORDS, notCompanyReason } from '../companies/not-companies';

/** One more item: a separator, then a capitalised name ("of", "&" and "de" may join its words). */
// ("…, Main Sequence and existing investor Square Peg": who the backer is to the company may stand before its name.)
// ("…, which led it, plus Eclipse, Prosperity7 Ventures and …": "plus" and "as well as" join items too.)
const ITEM = /^(?:\s*,\s*(?:and\s+|plus\s+|as well as\s+)?|,?\s+(?:and|plus|as well as)\s+|\s*&\s+)(?:(?:existing|new|returning|early|founding)\s+(?:investors?|backers?|shareholders?)\s+)?(?:the\s+)?([A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|&|of|de|du|der|von))*)/;
/** The word that ends an investor's name whatever the other words look like ("Vision Plus Capital"). */
const ORG_WORD = /\b(?:Capital|Ventures|Partners|Fund|Investments?|Management|Holdings|Group|Equity|Advisors|Foundation|Trust)$/;
/** Reasons a name is still a backer in a list of backers: a person, a university, an institution. */
const BACKER_REASONS = new Set(['person', 'government or institution']);
const MAX_ITEMS = 8;

export interface ListTail {
  names: string[];
  /** Where the last name ends (the list's end when there are none). */
  end: number;
}

/**
 * The unread names that continue the list ending at `from`, up to `limit`; a name the reader did take
 * (one of `read`, by where it starts) ends the tail, for it is an item of its own.
 */
export function unreadListTail(text: string, from: number, limit: number, read: readonly { start: number }[] = []): ListTail {
  const names: string[] = [];
  let at = from;
  for (let i = 0; i < MAX_ITEMS; i++) {
    const m = ITEM.exec(text.slice(at, Math.min(limit, at + 80)));
    if (!m) break;
    const name = m[1]!.replace(/\.$/, '');
    if (read.some((c) => c.start >= at && c.start < at + m[0].length)) break;
    const words = name.split(/\s+/);
    if (LEADING_STOP_WORDS.has(words[0]!.toLowerCase())) break;
    const reason = notCompanyReason(words);
    if (reason !== undefined && !BACKER_REASONS.has(reason) && !ORG_WORD.test(name)) break;
    names.push(name);
    at += m[0].length - (m[1]!.length - name.length);
  }
  return { names, end: at };
}

/** What joins the last unread item to the company after it: ", ", " and ", ", and the ". */
const LAST_SEPARATOR = /^(?:\s*,\s*(?:and\s+)?|,?\s+and\s+|\s*&\s+)(?:the\s+)?$/;

/**
 * The unread names between two companies of one list, when nothing else stands between them: "Main Sequence Ventures,
 * which led the round, Tenacious Ventures, Artesian and the Rabobank Food & Agri Innovation Fund" (from the end of the
 * first company, or of its aside, to the start of the next). None unless the gap is all list.
 */
export function unreadListMiddle(text: string, from: number, to: number): { start: number; end: number; name: string }[] {
  if (to - from > 200) return [];
  const tail = unreadListTail(text, from, to);
  if (tail.names.length === 0 || !LAST_SEPARATOR.test(text.slice(tail.end, to))) return [];
  const items: { start: number; end: number; name: string }[] = [];
  let at = from;
  for (const name of tail.names) {
    const s = text.indexOf(name, at);
    if (s < 0 || s >= tail.end) return [];
    items.push({ start: s, end: s + name.length, name });
    at = s + name.length;
  }
  return items;
}

/** Names, each then ", ", that open a clause right before a list's first company: "…, and Acumen, " (before "Kepple …"). */
// ("Quarry Hill, Tallwood and Redfin Partners also participated": the last may join with "and".)
const HEAD = /(?:^|[;:]\s+|,\s+and\s+|\.\s+)((?:[A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|&|of)){0,3}(?:,\s+(?:and\s+)?|\s+and\s+)){1,4})$/;

/**
 * The unread names that open a list of backers before its first company read, back to the clause's start: "Quona Capital
 * led, and Acumen, Kepple Africa Ventures and the Shell Foundation also put money in" (`to` is where Kepple starts). Held
 * to the tail's tests, and no person; none when anything else stands between the clause's start and the list.
 */
export function unreadListHead(text: string, from: number, to: number): { start: number; end: number; name: string }[] {
  const window = text.slice(Math.max(from, to - 120), to);
  const m = HEAD.exec(window);
  // (A window cut inside the clause has no start of its own to open on.)
  if (!m || (m[0].length === m[1]!.length && m.index === 0 && to - 120 > from && !/^\s/.test(m[0]))) return [];
  const base = Math.max(from, to - 120) + m.index + m[0].length - m[1]!.length;
  const items: { start: number; end: number; name: string }[] = [];
  let at = 0;
  for (const part of m[1]!.split(/,\s+(?:and\s+)?|\s+and\s+/)) {
    if (part === '') continue;
    const words = part.split(/\s+/);
    const reason = notCompanyReason(words);
    // (A person who opens the list is left to the readers of people: "Elad Gil, Accel, … also took part".)
    if (LEADING_STOP_WORDS.has(words[0]!.toLowerCase()) || (reason !== undefined && reason !== 'person' && !ORG_WORD.test(part))) return [];
    const s = m[1]!.indexOf(part, at);
    at = s + part.length;
    // (Two words or more without an investor's word may be a person the name tables do not know: left out, the list goes on.)
    if (reason === 'person' || (words.length > 1 && !ORG_WORD.test(part))) continue;
    items.push({ start: base + s, end: base + s + part.length, name: part });
  }
  return items;
}

/** A sentence that opens on a cue for backers, then their list: "Backers include …", "Other investors were …". */
const CUE_FIRST = /^\s*(?:(?:Other|Existing|New)\s+)?(?:[Bb]ackers|[Ii]nvestors|[Pp]articipants|[Ss]hareholders)(?:\s+in the (?:round|financing|raise))?\s+(?:also\s+)?(?:include|included|including|are|were)\s+|^\s*Also (?:participating|investing|taking part) (?:were|are)\s+|^\s*The (?:round|financing|raise) (?:also )?(?:drew|included|attracted)\s+/;
/** What a list of backers that opens a sentence does next: "Fernbrook, Ostrova and Tamsin also took part." */
const BACKS_NEXT = /^\s*(?:,\s*)?(?:(?:have|has|had|also|all|both|too)\s+)*(?:took part|participated|invested|joined(?: the round| in)?|backed the (?:round|company|raise)|chipped in|came in|followed on|returned)\b/;
/** The first item of a list: a capitalised name ("&", "of" and "de" may join its words). */
const FIRST = /^(?:the\s+)?([A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|&|of|de|du|der|von)){0,3})/;

/**
 * Backers the company reader took none of, listed in a sentence of their own right after a round: "Backers include
 * Quillhaven, Fernbrook and Ostrova.", "Fernbrook, Ostrova and Tamsin also took part." Each name is held to the same
 * tests as the tail of a list; the list needs two names or more, and its cue.
 */
export function unreadBackerList(text: string, start: number, end: number): { start: number; end: number; name: string }[] {
  const sentence = text.slice(start, Math.min(end, start + 400));
  const cue = CUE_FIRST.exec(sentence);
  const from = start + (cue ? cue[0].length : /^\s*/.exec(sentence)![0].length);
  const first = FIRST.exec(text.slice(from, Math.min(end, from + 80)));
  if (!first) return [];
  const firstName = first[1]!.replace(/\.$/, '');
  const firstWords = firstName.split(/\s+/);
  if (LEADING_STOP_WORDS.has(firstWords[0]!.toLowerCase())) return [];
  const reason = notCompanyReason(firstWords);
  if (reason !== undefined && !BACKER_REASONS.has(reason) && !ORG_WORD.test(firstName)) return [];
  const firstStart = from + first[0].length - first[1]!.length;
  const tail = unreadListTail(text, firstStart + firstName.length, end);
  if (tail.names.length === 0) return [];
  // Without a cue before the list, the words after it must say the names backed the round.
  if (!cue && !BACKS_NEXT.test(text.slice(tail.end, Math.min(end, tail.end + 60)))) return [];
  const items = [{ start: firstStart, end: firstStart + firstName.length, name: firstName }];
  let at = firstStart + firstName.length;
  for (const name of tail.names) {
    const s = text.indexOf(name, at);
    if (s < 0) break;
    items.push({ start: s, end: s + name.length, name });
    at = s + name.length;
  }
  return items;
}
