// The end of an English list of backers that the company reader did not take: "Felicis, Sutter Hill
// Ventures, Amazon and Carnegie Mellon University were among the other investors", "also drew Gaorong
// Capital, Northstar Group, Vision Plus Capital and EV Growth." The names after the last company the
// reader took are items of the same list when only list separators and capitalised names stand between
// it and the list's cue after it (or the sentence's end).
import { LEADING_STOP_WORDS, notCompanyReason } from '../companies/not-companies';

/** One more item: a separator, then a capitalised name ("of", "&" and "de" may join its words). */
// ("…, Main Sequence and existing investor Square Peg": who the backer is to the company may stand before its name.)
const ITEM = /^(?:\s*,\s*(?:and\s+)?|,?\s+and\s+|\s*&\s+)(?:(?:existing|new|returning|early|founding)\s+(?:investors?|backers?|shareholders?)\s+)?(?:the\s+)?([A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|&|of|de|du|der|von))*)/;
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
