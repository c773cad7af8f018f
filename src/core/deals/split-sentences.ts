import type { Span } from '../types';

/** A sentence of the input, with the paragraph it sits in (newline = paragraph boundary). */
export interface Sentence {
  start: number;
  end: number;
  /** 0-based index of the paragraph (each newline starts a new one). */
  paragraph: number;
  /** 0-based index of the sentence in the whole text. */
  index: number;
}

import { LEGAL_FORMS } from '../companies/legal-forms';

// Words whose trailing period is an abbreviation, not a sentence end. Corporate suffixes come first
// because news names companies as "Alibaba Group Holding Ltd." mid-sentence.
const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([...LEGAL_FORMS.filter((f) => f.dot && /^[A-Za-z]+$/.test(f.word)).map((f) => f.word.toLowerCase()), 'plc']);
const ABBREVIATIONS = new Set([
  ...CORPORATE_SUFFIXES, 'cos', 'llc', 'lp', 'bros', 'no', 'nos', 'vs', 'etc', 'approx', 'est',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'gov', 'sen', 'rep', 'ave', 'dept', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mln', 'bln', 'mn', 'bn',
]);

const AMOUNT_SUFFIXES: ReadonlySet<string> = new Set(['mln', 'bln', 'mn', 'bn']);

// A corporate suffix that really ends a sentence is followed by a word that only starts sentences
// ("…Technology Co. These firms…"); a company name continuing ("Co. Ltd") never starts with these.
const SENTENCE_STARTERS = new Set([
  'The', 'This', 'These', 'That', 'Those', 'It', 'Its', 'In', 'On', 'At', 'As', 'But', 'However', 'Meanwhile',
  'Also', 'He', 'She', 'They', 'We', 'Our', 'Their', 'His', 'Her', 'Since', 'After', 'Before', 'While',
  'When', 'According', 'Last', 'Earlier', 'Separately', 'Shares', 'Both', 'Many', 'Some', 'Analysts',
]);

const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

/** . ! ? 。 ！ ？ */
function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3002 || code === 0xff01 || code === 0xff1f;
}

/** " ' ” ’ 」 』 ) ） */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0x300d || code === 0x300f || code === 0x29 || code === 0xff09;
}

/** What /\s/ matches, asked by code (no string made per character). */
function isSpace(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Splits text into sentences: at ./!/? followed by space (unless an abbreviation, an initial like
 * "U.S." or a decimal), at Chinese 。！？ always, and at every newline. A split never falls strictly
 * inside a protected span (a company or money mention), so "Technology Co." stays one mention.
 * Linear in the text length (the protected spans are walked with one pointer).
 */
export function splitSentences(text: string, protectedSpans: readonly Span[] = []): Sentence[] {
  const spans = protectedSpans.every((s, i) => i === 0 || protectedSpans[i - 1]!.start <= s.start)
    ? protectedSpans
    : [...protectedSpans].sort((a, b) => a.start - b.start);
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  let spanIdx = 0;

  const insideSpan = (pos: number): boolean => {
    while (spanIdx < spans.length && spans[spanIdx]!.end <= pos) spanIdx++;
    for (let i = spanIdx; i < spans.length && spans[i]!.start < pos; i++) {
      if (spans[i]!.start < pos && pos < spans[i]!.end) return true;
    }
    return false;
  };
  const push = (end: number): void => {
    // Trim surrounding whitespace so spans quote cleanly.
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) sentences.push({ start: s, end: e, paragraph, index: sentences.length });
    start = end;
  };

  // Jump from one candidate to the next: most characters are neither a terminator nor a newline.
  const candidates = /[\n.!?。！？]/g;
  for (let found = candidates.exec(text); found; found = candidates.exec(text)) {
    const i = found.index;
    const ch = found[0];
    if (ch === '\n') {
      push(i);
      start = i + 1;
      paragraph++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && (isTerminator(text.charCodeAt(end)) || isCloser(text.charCodeAt(end)))) end++;
    const cjk = ch === '。' || ch === '！' || ch === '？';
    if (!cjk) {
      if (end < text.length && !isSpace(text.charCodeAt(end))) continue; // "2.5", "U.S.-based", "Corp.-backed"
      if (ch === '.' && isAbbreviation(text, i, end)) continue;
    }
    if (insideSpan(end)) continue;
    push(end);
    candidates.lastIndex = end;
  }
  push(text.length);
  return sentences;
}

function isAbbreviation(text: string, dot: number, after: number): boolean {
  let w = dot;
  while (w > 0 && isLatinLetterOrDot(text.charCodeAt(w - 1))) w--;
  if (w === dot) return false;
  // Initials and dotted acronyms: "U.S", "J.P", "E"
  if (isInitials(text, w, dot)) return true;
  if (dot - w > MAX_ABBREVIATION) return false;
  const lower = text.slice(w, dot).toLowerCase();
  if (!ABBREVIATIONS.has(lower)) return false;
  // "valuing the deal at $43bn. It is …": an amount's "bn" ends a sentence before a capital; "$2 bn. in cash" does not.
  if (AMOUNT_SUFFIXES.has(lower)) return !/^\s+[A-Z“"‘(]/.test(text.slice(after, after + 3));
  if (CORPORATE_SUFFIXES.has(lower)) {
    const next = /^\s+([A-Z][a-z]*)/.exec(text.slice(after, after + 20));
    if (next && SENTENCE_STARTERS.has(next[1]!)) return false;
  }
  return true;
}

/** Whether text[from, to) (letters and dots) is letters with a dot between each two: /^([A-Za-z]\.)*[A-Za-z]$/. */
function isInitials(text: string, from: number, to: number): boolean {
  if ((to - from) % 2 === 0) return false;
  for (let i = from; i < to; i++) if ((text.charCodeAt(i) === 46) !== ((i - from) % 2 === 1)) return false;
  return true;
}

/** [A-Za-z.], asked of each character walked back over. */
function isLatinLetterOrDot(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46;
}
