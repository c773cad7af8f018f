// Finds English left in a Chinese interface: the Latin-script words of a surface's text that are
// not names (companies, investors, publishers: the data's own spelling, and the article's words the
// surface quotes), codes (currency codes, tickers, web addresses) or units, nor one of a few words
// Chinese writing keeps in Latin letters (ALLOWED_WORDS). Words of one letter are units and round
// letters ("3.42亿美元", "A轮", "US$342M") and are never counted.

/**
 * Words a Chinese interface writes in Latin letters, each for a reason:
 * - DealLens: the product's name.
 * - IPO: how Chinese business writing names a listing (also 首次公开募股, but IPO is the usual word).
 * - IMF, ECB: the organisations whose rates DealLens uses, named by their usual abbreviation.
 * - JSON, CSV: the file formats of the deal export, named as the files are.
 * - YYYY, MM, DD: the date format the card's date field takes.
 * - Pre: Chinese venture writing keeps it in round names (Pre-A轮, Pre-IPO轮).
 * - Alt, Shift: keys, written as on the keyboard in a shortcut (Alt+Shift+A).
 * - MB: the unit of the deal store's size.
 * - Chrome, Chromium, Firefox: browsers, named where their settings differ.
 * A hyphenated word is looked at part by part ("YYYY-MM-DD", "Pre-IPO").
 */
export const ALLOWED_WORDS: ReadonlySet<string> = new Set(['DealLens', 'IPO', 'IMF', 'ECB', 'JSON', 'CSV', 'YYYY', 'MM', 'DD', 'Pre', 'Alt', 'Shift', 'MB', 'Chrome', 'Chromium', 'Firefox']);

const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** A Latin word: letters, then letters, digits, apostrophes or inner hyphens ("start-up", "Pre-IPO"). */
const WORD = /[A-Za-z][A-Za-z0-9'’]*(?:-[A-Za-z0-9'’]+)*/g;
/** What may stand between two words of one name: spaces and the punctuation of names ("Co., Ltd.", "Procter & Gamble"), not a line break or a Chinese character. */
const NAME_GAP = /^[ \t.,&'’()-]{1,4}$/;
/**
 * Codes removed before looking for words: web and browser addresses and hosts, tickers ("NYSE:BABA"),
 * currency prefixes ("US$", "CN¥"), and record ids (lowercase words and numbers joined by dashes,
 * "zhipu-ai-2023-10-funding"), which label a deal for a screen reader where no name is unique.
 */
const CODES = [/\b(?:https?|about|moz-extension|chrome-extension):\S+/g, /\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b/g, /\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/g, /\b[A-Z]{2,}:[A-Z0-9.]+\b/g, /\b[A-Z]{1,3}(?=[$¥£€₩])/g];

interface Token {
  word: string;
  start: number;
  end: number;
}

function words(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Names as word sequences, looked up by their first word. */
export class NameIndex {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(names: Iterable<string>) {
    for (const name of names) {
      const seq = words(name).map((t) => t.word);
      if (!seq.length) continue;
      const list = this.byFirst.get(seq[0]!) ?? [];
      list.push(seq);
      this.byFirst.set(seq[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The length in words of the longest name that starts at tokens[i] (0 when none). */
  longestAt(tokens: Token[], text: string, i: number): number {
    for (const seq of this.byFirst.get(tokens[i]!.word) ?? []) {
      if (i + seq.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < seq.length && ok; k++) {
        ok = tokens[i + k]!.word === seq[k] && NAME_GAP.test(text.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start));
      }
      if (ok) return seq.length;
    }
    return 0;
  }
}

/** The Latin words of `text` that are not names, codes, units or allowed words, each once, in order. */
export function foreignWords(text: string, names: NameIndex): string[] {
  // What names and codes cover, each found in the whole text: "Trip.com Group" is a name, "example.com" a host.
  const covered = new Uint8Array(text.length);
  const cover = (from: number, to: number) => covered.fill(1, from, to);
  const tokens = words(text);
  for (let i = 0; i < tokens.length; ) {
    const named = names.longestAt(tokens, text, i);
    if (named) cover(tokens[i]!.start, tokens[i + named - 1]!.end);
    i += named || 1;
  }
  for (const code of CODES) for (const m of text.matchAll(code)) cover(m.index, m.index + m[0].length);
  const found = new Set<string>();
  for (const { word, start } of tokens) {
    let at = start;
    for (const part of word.split('-')) {
      const free = covered.subarray(at, at + part.length).includes(0);
      if (free && part.length > 1 && !ALLOWED_WORDS.has(part) && !CURRENCY_CODES.has(part)) found.add(part);
      at += part.length + 1;
    }
  }
  return [...found];
}
