// The marks a Chinese stock name carries on the exchanges' boards (issue 16, item 7): before it, the
// warnings and the day's events — "ST华微", "*ST金科" (risk warnings), "N摩尔" and "C沐曦" (a new
// listing, its first days), "XD长江电" (ex-dividend), "XR"/"DR" (ex-rights); after it, Hong Kong's
// share-class marks — "美团-W" (weighted voting rights), "京东集团-SW", "网易-S" (secondary listing),
// "寒武纪-U" (not yet profitable on the STAR market); and the class letter of a company listed with A
// and B shares, stuck to the name: "万科A", "深康佳A", "张裕B" ("万科A公告" is Vanke's A-share notice).
// The mark is part of the name as written, so a data mention of the stock's company takes it into its span.

import type { CompanyMention } from '../types';

/** Marks before a stock name, longest first; a Latin letter before the mark makes it part of a word. */
const BEFORE = /(?:^|[^A-Za-z*])(S\*ST|\*ST|ST|XD|XR|DR|N|C)$/;
/** Marks after a stock name: a hyphen (half or full width) and the class letters, not a longer word. */
const AFTER = /^[-－](?:SWR|SW|WR|W|S|U|B)(?![A-Za-z0-9])/;
/**
 * The share class written right after a stock name ("万科A"), then no Latin letter or digit ("万科AI", "万科A1"
 * are not it), nor a word the letter makes with what follows: "比亚迪A股" (its A shares), "A轮" (a round), "A类", "A级".
 */
const SHARE_CLASS = /^[AB](?![A-Za-z0-9＋+股轮輪类類级級端档檔区區座])/;

function isHan(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/** The mention with the marks around it, or the mention itself when it has none. */
function withMarks(text: string, m: CompanyMention): CompanyMention {
  let start = m.start;
  let end = m.end;
  const prev = text.charCodeAt(m.start - 1);
  // Cheap gates: a mark ends in a capital letter before the name, or starts with a hyphen after it.
  if (prev >= 0x41 && prev <= 0x5a && isHan(text.charCodeAt(m.start))) {
    const before = BEFORE.exec(text.slice(Math.max(0, m.start - 5), m.start));
    if (before) start = m.start - before[1]!.length;
  }
  const next = text.charCodeAt(m.end);
  if ((next === 0x2d || next === 0xff0d) && isHan(text.charCodeAt(m.end - 1))) {
    const after = AFTER.exec(text.slice(m.end, m.end + 5));
    if (after) end = m.end + after[0].length;
  } else if ((next === 0x41 || next === 0x42) && isHan(text.charCodeAt(m.end - 1)) && SHARE_CLASS.test(text.slice(m.end, m.end + 2))) {
    end = m.end + 1;
  }
  return start === m.start && end === m.end ? m : { ...m, start, end, text: text.slice(start, end) };
}

/** Data mentions of Chinese names, each with the board's marks around it taken into its span. */
export function takeStockMarks(text: string, mentions: readonly CompanyMention[]): CompanyMention[] {
  return mentions.map((m) => withMarks(text, m));
}
