// The Chinese readers (names before a corporate word, cued names, market moves, Latin names in Chinese
// prose, clauses, role slots, lists) look only at text with Chinese in it, yet each of their
// expressions scanned the whole text: on an English page they cost ~15% of findCompanies for nothing.
// Here they read each part of the text that holds Chinese: a run of consecutive lines with a Han
// character and no kana (a Japanese line's kanji are not Chinese names: "電気通信", "情報" were read as
// companies on saved Japanese pages, 100-odd highlights on one). A name never spans a line break, so what they find is what they found on the whole
// text, less what leaned on an English line next door.

import type { CompanyMention } from '../types';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
/** Hiragana and katakana: a line that holds them is Japanese, whose kanji the Chinese readers misread ("情報通信" as a company). */
const KANA = /[\u3040-\u30ff]/;
/** Parts fewer characters apart than this are read as one. */
const JOIN_GAP = 500;

/** The runs of lines that hold a Han character (with what lies between runs closer than JOIN_GAP), as [start, end) (end at a line's end). */
export function chineseParts(text: string): [number, number][] {
  // The readers of one findCompanies call ask about the same text one after another.
  if (text === lastText) return lastParts;
  const parts: [number, number][] = [];
  lastText = text;
  lastParts = parts;
  HAN.lastIndex = 0;
  let m = HAN.exec(text);
  // A Japanese page (kana throughout: its kanji-only lines are headings and menus of the same language) has no Chinese
  // part. (Asked only of a text with a Han character: an English page pays no second scan.)
  if (m && isJapanese(text)) return parts;
  for (; m; m = HAN.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    let end = text.indexOf('\n', m.index);
    if (end < 0) end = text.length;
    HAN.lastIndex = end;
    if (KANA.test(text.slice(start, end))) continue;
    const last = parts[parts.length - 1];
    // Lines close together go in one part: a page that switches language every line is read in few
    // parts, so what each part costs (a slice, the mentions in it) stays a small share of the text.
    if (last && start - last[1] <= JOIN_GAP) last[1] = end;
    else parts.push([start, end]);
  }
  return parts;
}

/** How many kana make a page Japanese (a Chinese page may quote a brand's "の", not twenty kana). */
const JAPANESE_KANA = 20;
const KANA_ALL = /[\u3040-\u30ff]/g;

function isJapanese(text: string): boolean {
  KANA_ALL.lastIndex = 0;
  let kana = 0;
  while (KANA_ALL.exec(text) && ++kana < JAPANESE_KANA);
  return kana >= JAPANESE_KANA;
}

let lastText = '';
let lastParts: [number, number][] = [];

type WithReplaces = CompanyMention & { replaces?: CompanyMention };

/**
 * Runs a Chinese reader on each part of `text` that holds Chinese (see chineseParts), with the
 * mentions found so far inside that part, and gives its findings in the offsets of `text` (a
 * mention a finding replaces is the caller's own object again).
 */
export function inChineseParts<T extends WithReplaces>(text: string, known: readonly CompanyMention[], read: (text: string, known: readonly CompanyMention[]) => T[]): T[] {
  const parts = chineseParts(text);
  if (parts.length === 0) return [];
  if (parts.length === 1 && parts[0]![0] === 0 && parts[0]![1] === text.length) return read(text, known);
  const found: T[] = [];
  const sorted = isSorted(known) ? known : [...known].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const [start, end] of parts) {
    const originals = new Map<CompanyMention, CompanyMention>();
    const inside: CompanyMention[] = [];
    while (i < sorted.length && sorted[i]!.start < start) i++;
    for (let j = i; j < sorted.length && sorted[j]!.start < end; j++) {
      const m = sorted[j]!;
      if (m.end > end) continue;
      const shifted = { ...m, start: m.start - start, end: m.end - start };
      originals.set(shifted, m);
      inside.push(shifted);
    }
    for (const f of read(text.slice(start, end), inside)) {
      const original = originals.get(f);
      if (original) {
        found.push(original as T);
        continue;
      }
      const moved = { ...f, start: f.start + start, end: f.end + start };
      if (f.replaces) moved.replaces = originals.get(f.replaces) ?? { ...f.replaces, start: f.replaces.start + start, end: f.replaces.end + start };
      found.push(moved);
    }
  }
  return found;
}

function isSorted(mentions: readonly CompanyMention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]!.start < mentions[i - 1]!.start) return false;
  return true;
}
