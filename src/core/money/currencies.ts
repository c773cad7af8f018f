// Currency evidence next to a number: symbols, ISO codes and words, before or after it, and how an
// ambiguous one ($, ¥, 元, kr, pesos, rupees) is settled from the text and the page context. Every
// marker comes from the one table of currencies (currency-table.ts); nothing here lists currencies.

import type { CurrencyBasis, CurrencyCode, PageContext } from '../types';
import {
  CURRENCIES, currencyRecord, markOptions, markText, UNREAD_BEFORE, UNREAD_WORDS, type Care, type CurrencyRecord, type Mark, type MarkOptions,
} from './currency-table';
import { minorPartAt } from './number-words';
import { endsPhrase, isAsciiLetter, isInlineSpace, readYuanChange, skipGap } from './numbers';
import { priceWordBefore } from './qualifiers';

/**
 * How a shared marker is settled: 'dollar' ($, dollars: a dollar named just before, the page's
 * country, else USD), 'yen-yuan' (¥: yen or yuan from the page and the text), 'shared' (the page's
 * country, a cue word on the line, else the marker's default, else not money).
 */
export type Ambiguous = 'dollar' | 'yen-yuan' | 'shared';

export interface Token {
  t: string;
  kind: 'symbol' | 'code' | 'word';
  /** The currency, when the marker names one alone. */
  code?: CurrencyCode;
  amb?: Ambiguous;
  /** The currencies a shared marker may mean, and the one it means by default. */
  candidates: CurrencyCode[];
  fallback?: CurrencyCode;
  /** Compared lowercase (English words). */
  ci: boolean;
  plain: boolean;
  weight: boolean;
  care?: Care;
  /** The scale inside the marker ("MUSD": 6; a minor unit, "cents": -2), 0 without one. */
  exp: number;
  /** Also a name ("Yuan"): capitalised, it counts only after a firm amount. */
  name: boolean;
  /** Read after a lone Chinese digit ("五块钱"). */
  spoken: boolean;
  /** Jiao and fen may or must follow ("三元五角", "一块五"). */
  change?: 'may' | 'must';
  /** "$100 Australian": a country adjective that names the dollar only after a bare "$". */
  afterDollar: boolean;
  /** Read only where the phrase ends ("一支铅笔5角。"). */
  atEnd: boolean;
  /** An everyday noun after the article ("a yen for travel"). */
  noun: boolean;
  /** A code in lower case before the amount ("cny 1000"): also a word or an abbreviation, so only
   * before a firm amount or one that ends the phrase ("rub 2 cloves of garlic" is cooking). */
  lowerBefore: boolean;
  /** The singular of a minor unit whose plural the table has too ("cent": "cents"): after a count and
   * before a noun it names a coin ("a 2 cent coin"). */
  singularMinor: boolean;
}

export interface CurrencyHit {
  start: number;
  end: number;
  token: Token;
  /** As written ("Hong Kong dollars"), for the human-readable reason. */
  written: string;
}

export interface Resolution {
  code: CurrencyCode;
  reason: string;
  basis: CurrencyBasis;
}

// --- Markers, built from the table ------------------------------------------------------------------

type Side = 'before' | 'after';

interface MarkerTables {
  prefixes: Token[];
  suffixes: Token[];
  /** Markers two currencies claim without declaring them shared (the table test wants none). */
  conflicts: string[];
}

function token(t: string, kind: Token['kind'], opts: MarkOptions, code?: CurrencyCode): Token {
  const ci = kind === 'word' && !opts.lower && /[A-Za-z]/.test(t);
  return {
    t: ci ? t.toLowerCase() : t, kind, code, candidates: code ? [code] : [], ci, plain: !!opts.plain,
    weight: !!opts.weight, care: opts.care, exp: opts.exp ?? 0, name: !!opts.name, spoken: !!opts.spoken, change: opts.change, afterDollar: false,
    atEnd: !!opts.atEnd, noun: !!opts.noun, lowerBefore: false, singularMinor: false,
  };
}

/** The singular of a currency's plural names of several words, when the table lists only the plural:
 * "Aussie dollars" → "Aussie dollar", "Emirati dirhams" → "Emirati dirham" ("1 Aussie dollar"). */
function singularsOf(c: CurrencyRecord, heads: ReadonlySet<string>): string[] {
  const listed = new Set([c.en[0], c.en[1], ...(c.words ?? []).map(markText)].map((w) => w.toLowerCase()));
  return (c.words ?? []).filter((w): w is string => typeof w === 'string' && w.includes(' ') && w.endsWith('s'))
    .map((w) => w.slice(0, -1))
    .filter((w, k, all) => heads.has(w.slice(w.lastIndexOf(' ') + 1).toLowerCase()) && !listed.has(w.toLowerCase()) && all.indexOf(w) === k);
}

/** The country adjective of a currency's English name: "Australian dollar" → "Australian". */
function adjectiveOf(c: CurrencyRecord): string {
  return c.en[0].slice(0, c.en[0].lastIndexOf(' '));
}

export function buildMarkers(table: readonly CurrencyRecord[] = CURRENCIES): MarkerTables {
  const sides: Record<Side, Map<string, Token>> = { before: new Map(), after: new Map() };
  const conflicts: string[] = [];
  const key = (tok: Token) => `${tok.kind}\u0000${tok.t}`;
  const addUnique = (side: Side, tok: Token) => {
    const k = key(tok);
    const had = sides[side].get(k);
    if (had) conflicts.push(`${tok.t} (${side}): ${had.code ?? had.candidates.join('/')} and ${tok.code}`);
    else sides[side].set(k, tok);
  };
  const sharedTexts = new Set(table.flatMap((c) => (c.shared ?? []).map((s) => s.t)));
  const singularHeads = new Set(table.flatMap((c) => [c.en[0], ...(c.shared ?? []).map((s) => s.t)])
    .map((w) => w.slice(w.lastIndexOf(' ') + 1).toLowerCase()).filter((w) => /^[a-z]+$/.test(w) && !w.endsWith('s')));
  for (const c of table) {
    const unique = (marks: readonly Mark[] | undefined, kind: Token['kind'], where: Side[]) => {
      for (const mark of marks ?? []) {
        if (sharedTexts.has(markText(mark))) {
          conflicts.push(`${markText(mark)}: ${c.code} lists it alone, others share it`);
          continue;
        }
        for (const side of where) addUnique(side, token(markText(mark), kind, markOptions(mark), c.code));
      }
    };
    unique([c.en[0], c.en[1]].filter((w, k, all) => all.indexOf(w) === k), 'word', ['after']);
    unique(c.words, 'word', ['after']);
    unique(singularsOf(c, singularHeads), 'word', ['after']);
    // The wires write every named dollar short too: "200 mln Canadian dlrs", "5 mln Hong Kong dlr".
    unique([c.en[0], c.en[1], ...(c.words ?? []).filter((w) => typeof w === 'string')].map(markText)
      .filter((w) => / dollars?$/i.test(w)).map((w) => w.toLowerCase().replace(/ dollars$/, ' dlrs').replace(/ dollar$/, ' dlr'))
      .filter((w, k, all) => all.indexOf(w) === k), 'word', ['after']);
    // And their cents by the country's name: "60 Canadian cents", "5 Hong Kong cents" (the US dollar lists its own).
    const listed = new Set((c.words ?? []).map((w) => markText(w).toLowerCase()));
    unique(/ dollar$/.test(c.en[0]) ? [`${adjectiveOf(c).toLowerCase()} cents`, `${adjectiveOf(c).toLowerCase()} cent`]
      .filter((w) => !listed.has(w)).map((t) => ({ t, exp: -2 })) : [], 'word', ['after']);
    unique([c.zhName, ...(c.zh ?? [])].filter((w) => !(c.shared ?? []).some((s) => s.t === w)), 'word', ['after']);
    unique(c.zhBefore, 'word', ['before']);
    unique(c.symbols, 'symbol', ['before', 'after']);
    unique(c.before, 'symbol', ['before']);
    // "USD $5", "CDN $5": a dollar sign after its three-letter code, spaced. Not after one letter or a
    // word ("A $5 fee", "Can $5 fix it?"), nor two that are also a state ("a CA $5 fee" in California).
    unique((c.before ?? []).filter((m) => /^[A-Z]{3}\$$/.test(markText(m)) && !(c.before ?? []).some((o) => markText(o) === `${markText(m).slice(0, -1)} $`))
      .map((m) => ({ ...markOptions(m), t: `${markText(m).slice(0, -1)} $` })), 'symbol', ['before']);
    unique(c.after, 'symbol', ['after']);
    unique([{ t: c.code, ...c.iso }, ...(c.codes ?? [])], 'code', ['before', 'after']);
    // "10 usd", "500 rmb": a three-letter code in lower case, after the amount. Not for a code that needs
    // care in capitals already (TRY, PHP) or is an English word in lower case (CAD: "a cad").
    const lowerCodes = [c.code, ...(c.codes ?? []).filter((m) => typeof m === 'string').map(markText)]
      .filter((code, k) => (k > 0 || !c.iso) && code.length === 3).map((code) => code.toLowerCase());
    unique([...new Set(lowerCodes)], 'code', ['after']);
    // "cny 1000", "usd 25": the same before the amount, with care (lowerBefore).
    for (const code of new Set(lowerCodes)) {
      const tok = token(code, 'code', {}, c.code);
      tok.lowerBefore = true;
      addUnique('before', tok);
    }
    for (const s of c.shared ?? []) {
      for (const side of s.at === 'both' ? (['before', 'after'] as const) : [s.at]) {
        const tok = token(s.t, s.kind, s);
        const had = sides[side].get(key(tok));
        const shared = had ?? tok;
        if (!had) sides[side].set(key(tok), tok);
        shared.candidates.push(c.code);
        if (s.default) {
          if (shared.fallback) conflicts.push(`${s.t}: two defaults, ${shared.fallback} and ${c.code}`);
          shared.fallback = c.code;
        }
      }
    }
  }
  for (const map of Object.values(sides)) {
    for (const tok of map.values()) {
      if (tok.code) continue;
      const yenYuan = tok.candidates.includes('CNY') && tok.candidates.includes('JPY');
      tok.amb = yenYuan ? 'yen-yuan' : tok.fallback === 'USD' ? 'dollar' : 'shared';
    }
  }
  // "$100 Australian": after a bare $, the country adjective of a dollar (or peso) written with it.
  for (const c of table) {
    if (!(c.shared ?? []).some((s) => s.t === '$')) continue;
    const adjective = token(adjectiveOf(c), 'word', { lower: true }, c.code);
    adjective.afterDollar = true;
    if (!sides.after.has(key(adjective))) sides.after.set(key(adjective), adjective);
  }
  const minors = new Set([...sides.after.values()].filter((tok) => tok.exp < 0).map((tok) => tok.t));
  for (const tok of sides.after.values()) tok.singularMinor = tok.exp < 0 && minors.has(`${tok.t}s`);
  return { prefixes: [...sides.before.values()], suffixes: [...sides.after.values()], conflicts };
}

const MARKERS = buildMarkers();

/** The last word of every English currency word read after an amount ("dollars", "franc", "cents"),
 * lower case: where the scanner looks back for number words without a scale ("twenty-five dollars"). */
export const CURRENCY_WORD_HEADS: readonly string[] = [...new Set(MARKERS.suffixes
  .filter((tok) => tok.kind === 'word' && !tok.afterDollar && /^[A-Za-z. ]+$/.test(tok.t))
  .map((tok) => tok.t.slice(tok.t.lastIndexOf(' ') + 1).toLowerCase()))];

/** The three-letter codes read after an amount, in capitals ("USD", "EUR"), and those in millions ("MUSD"): after
 * number words too ("fifty USD", "twenty MUSD"), where the scanner looks back for them. */
export const CURRENCY_CODE_HEADS: readonly string[] = [...new Set(MARKERS.suffixes
  .filter((tok) => tok.kind === 'code' && /^M?[A-Z]{3}$/.test(tok.t)).map((tok) => tok.t))];

/** Tokens by the character a match is looked up by, longest first. */
function byChar(tokens: Token[], at: (t: string) => string): Map<string, Token[]> {
  const m = new Map<string, Token[]>();
  for (const tok of [...tokens].sort((a, b) => b.t.length - a.t.length)) {
    const k = at(tok.t);
    m.set(k, [...(m.get(k) ?? []), tok]);
  }
  return m;
}
const PREFIX_BY_LAST = byChar(MARKERS.prefixes, (t) => t[t.length - 1] as string);
/** The longest marker compared in lower case ("united arab emirates dirhams"). */
const LONGEST_WORD = Math.max(...MARKERS.suffixes.filter((tok) => tok.ci).map((tok) => tok.t.length));
const SUFFIX_BY_FIRST = byChar(MARKERS.suffixes, (t) => t[0] as string);

/** Some marker read after an amount starts with this character (a quick test before matchSuffix). */
export function mayStartSuffix(ch: string | undefined): boolean {
  return ch !== undefined && (SUFFIX_BY_FIRST.has(ch) || SUFFIX_BY_FIRST.has(ch.toLowerCase()) || SUFFIX_BY_FIRST.has(ch.toUpperCase()));
}

/** 元 followed by one of these is a word, not the currency: 元宇宙 (metaverse), 元素, 元旦, 元首, 元老, 元年 … */
const YUAN_WORD_NEXT = new Set([...'宇素旦首老年月帅帥气氣件代数數器凶勋勳宵组組音朝明史谋謀神论論化次']);
/** 元年 is "the first year" after a name (康熙元年, AI元年), but after an amount with a Chinese scale, or
 * before a yearly pay, fee or rent, 元 is the currency: "百万元年薪", "1000元年费". */
const YUAN_YEARLY = /^年[薪费費租息]/;

/** A token that starts with a letter must start a word ("Rs 5", not "hRs 5"; "A$", not "NA$"). */
function wordStartOk(text: string, start: number, tok: Token): boolean {
  if (!isAsciiLetter(tok.t.charCodeAt(0))) return true;
  const c = text.charCodeAt(start - 1);
  return !(isAsciiLetter(c) || (c >= 48 && c <= 57));
}

/** Currency marker ending right before `numStart`, with at most one space between: "US$2", "RMB 1.5bn". */
export function matchPrefix(text: string, numStart: number, floor = 0): CurrencyHit | null {
  for (let end = numStart; end >= numStart - 1 && end > floor; end--) {
    if (end < numStart && !isInlineSpace(text.charCodeAt(end))) break;
    const list = PREFIX_BY_LAST.get(text[end - 1] as string);
    if (!list) continue;
    for (const tok of list) {
      const start = end - tok.t.length;
      // A symbol after letters is the tail of a marker DealLens does not know ("J$", "TT$", "MOP$").
      if (start >= floor && (text.startsWith(tok.t, start) || (anyCaseDollar(tok.t, text.charCodeAt(end)) && text.slice(start, end).toLowerCase() === tok.t.toLowerCase()))
        && wordStartOk(text, start, tok) && (isAsciiLetter(tok.t.charCodeAt(0)) || !isAsciiLetter(text.charCodeAt(start - 1)))) {
        return { start, end, token: tok, written: text.slice(start, end) };
      }
    }
  }
  return null;
}

/** A dollar sign after two letters or more ("HK$", "US$", "Mex$", "U.S. $") is read in any case too: lower-cased
 * wire copy writes "hk$ 5 billion", "u.s. $ 500 million". After one letter only spaced from its number as
 * tokenised copy writes it ("c$ 2.4 billion", "c $ 16.4 million"): "a$5" is a typo more often. */
const LETTERS_DOLLAR = /^(?:[A-Za-z]{2,} ?|[A-Za-z](?:\.[A-Za-z])+\. ?)\$$/;
const LETTER_DOLLAR = /^[A-Za-z] ?\$$/;
function anyCaseDollar(t: string, next: number): boolean {
  return LETTERS_DOLLAR.test(t) || (next === 32 && LETTER_DOLLAR.test(t));
}

/** A dollar or yen sign after letters DealLens does not read as a marker ("J$", "MOP$"). */
const UNKNOWN_SYMBOL_TAIL = /[A-Za-z][$¥￥＄]\s?$/;

/** Right before `numStart` stands a currency DealLens does not read ("J$5 billion", "澳门币500元"): the
 * amount is not money it can show, whatever marker follows it. */
export function unreadCurrencyBefore(text: string, numStart: number): boolean {
  const w = text.slice(Math.max(0, numStart - 8), numStart);
  if (UNKNOWN_SYMBOL_TAIL.test(w)) return true;
  const t = w.trimEnd();
  return UNREAD_BEFORE.some((name) => t.endsWith(name) && !(isAsciiLetter(name.charCodeAt(0)) && isAsciiLetter(t.charCodeAt(t.length - name.length - 1))));
}

export interface SuffixNeeds {
  hasScale: boolean;
  /** A scale, thousands separators or decimals: a marker that is also a name counts after it ("3.5 Yuan", not "3 Yuan"). */
  firm: boolean;
  /** The number is a day of the month ("1月1日元旦"): 日元 there is not yen. */
  dayOfMonth: boolean;
  /** A marker stands before the amount: an everyday word after it is not its currency ("$5 billion won approval"). */
  prefix: boolean;
  /** That marker is a bare "$": a country adjective after the amount names its dollar ("$100 Australian"). */
  dollarPrefix: boolean;
  /** Where the amount starts, for the price word before it ("costs 10 pounds"), looked for only when an
   * everyday word follows a bare amount. */
  start?: number;
  /** Ten thousand or more: "花了十万块买车" is money though the phrase goes on; "三块砖" counts bricks. */
  large?: boolean;
}

/** What may follow an everyday currency word after a bare amount: the end of a phrase, or a word
 * that does not make it a verb with an object ("paid 5,000 won for lunch", not "3 won the game"). */
const PLAIN_END = /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:a|an|each|per|for|in|to|on|at|from|and|or|apiece|with|but|by|was|were|is|are|has|had|will|would|today|tomorrow|yesterday|tonight|now|later|instead|back|last|this|next|every)\b)/i;

/** A weight said before an amount: "weighed 7 pounds 12", "a weight of 7 pounds". */
const WEIGHED_BEFORE = /weigh|weight|heav|light|lbs?\b/i;

/** More words a one-letter marker may stand before ("1,890p after the update", "12p higher"). */
const LETTER_MARK_END = /^\s+(?:after|before|since|against|versus|vs|up|down|higher|lower|apiece|off|-)\b|^-/i;

/** The amount's currency word ends a phrase: end, punctuation, or a word that starts a new one. */
export function endsAmountPhrase(text: string, end: number): boolean {
  return PLAIN_END.test(text.slice(end, end + 10));
}

/** The cents said after a currency word, where the phrase ends after them ("costs a dollar fifty.",
 * "two euros 50 each"), else null. */
export function centsAfter(text: string, end: number): { end: number; value: number } | null {
  // "a dollar and a half" (not "a pound and a half of flour", a weight).
  const half = AND_A_HALF_AFTER.exec(text.slice(end, end + 16));
  if (half) return { end: end + half[0].length, value: 50 };
  // ("It costs 15 dollars and 50.": or after "and", where the phrase ends after them too.)
  const part = minorPartAt(text, text.startsWith(' and ', end) ? end + 4 : end);
  if (!part) return null;
  if (PLAIN_END.test(text.slice(part.end, part.end + 10))) return part;
  // "five pounds fifty pence": with the minor unit's word after them.
  const word = MINOR_WORD.exec(text.slice(part.end, part.end + 8));
  return word && PLAIN_END.test(text.slice(part.end + word[0].length, part.end + word[0].length + 10)) ? { end: part.end + word[0].length, value: part.value } : null;
}

const AND_A_HALF_AFTER = /^ and an? half(?![A-Za-z])(?! of\b)/i;

/** What may follow "$100 Australian": the end of a phrase or a word that starts a new one. */
const AFTER_DOLLAR_END = /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:a|an|each|per|apiece|for|in|on|at|to|from|was|were|is|are|will|would)\b)/i;

/** The English words of minor units, from the table ("cents", "pence"), after the cents of "five pounds fifty pence". */
const MINOR_WORD = new RegExp(`^ (?:${[...new Set(CURRENCIES.flatMap((c) => [...(c.words ?? []), ...(c.shared ?? [])])
  .filter((w) => (markOptions(w).exp ?? 0) < 0 && /^[a-z]+$/.test(markText(w))).map(markText))].join('|')})(?![A-Za-z])`);

/** After "N块": what the money went on (买, 租, 换) or an approximation (左右, 上下), not a counted noun ("三块地"). */
const SPENT_ON_AFTER = /^(?:[买買租换換]|左右|上下)/;

/** After a dot: the end of the text, or a new sentence. */
const SENTENCE_AFTER_DOT = /^(?:$|\s*[\r\n]|\s+[A-Z"“‘'(])/;

/** The next character after inline spaces (at most one) is a digit: "$20.00 $37.50" has two amounts. */
function digitFollows(text: string, p: number): boolean {
  const q = isInlineSpace(text.charCodeAt(p)) ? p + 1 : p;
  const c = text.charCodeAt(q);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * Currency marker right after an amount: "元", " billion yuan", "bn EUR". Up to three spaces may come
 * between; a line break only before an English currency word after a scale ("2.5 billion\nyuan").
 */
const DENOMINATION_AFTER = /^[\s-]+(?:coins?|notes?|bills?|banknotes?|pieces?|stamps?|denominations?)\b/i;

export function matchSuffix(text: string, p: number, needs: SuffixNeeds): CurrencyHit | null {
  // "a 12-cent-a-share dividend", "its 20-euro booking fee": a currency's name joined to its amount by a
  // hyphen, as an adjective (not an everyday word: "a 5-pound bag" is weighed, "a 3-won streak" no money).
  // (Not after a scale: "5 million-dollar homes" are homes of a million dollars each.)
  if (text.charCodeAt(p) === 45 && !needs.hasScale) {
    const hit = suffixAt(text, p + 1, false, false, needs);
    // (A coin's or a note's face is no amount: "the one-dollar coin", "$5 in 100-yuan notes".)
    if (hit && hit.token.kind === 'word' && hit.token.ci && !hit.token.plain && !hit.token.afterDollar && !DENOMINATION_AFTER.test(text.slice(hit.end, hit.end + 14))) return hit;
  }
  const gap = skipGap(text, p);
  for (let start = p; ; start = gap.end) {
    const hit = suffixAt(text, start, start !== p && gap.broke, start === p, needs);
    if (hit || start === gap.end) return hit;
  }
}

function suffixAt(text: string, start: number, broke: boolean, attached: boolean, needs: SuffixNeeds): CurrencyHit | null {
  const first = text[start];
  if (first === undefined) return null;
  const lowerFirst = first.toLowerCase();
  const upperFirst = first.toUpperCase();
  let lower: string | undefined;
  for (let pass = 0; pass < 2; pass++) {
    const list = pass === 0 ? SUFFIX_BY_FIRST.get(lowerFirst) : lowerFirst !== upperFirst ? SUFFIX_BY_FIRST.get(upperFirst) : undefined;
    if (!list) continue;
    for (const tok of list) {
      let ok: boolean;
      if (tok.ci) ok = (lower ??= text.slice(start, start + LONGEST_WORD).toLowerCase()).startsWith(tok.t);
      else ok = text.startsWith(tok.t, start);
      if (!ok) continue;
      const end = start + tok.t.length;
      if (broke && !(tok.ci && needs.hasScale)) continue;
      // An everyday word after a bare amount only after a price word, and not as a verb with its object ("paid 3 won the game").
      // ("costs a pound twenty.": the cents after it end the phrase too.)
      // ("The cake was 4 pounds 99.": the cents after it make it money, unless it is weighed: "weighed 7 pounds 12".)
      if (tok.plain && (needs.prefix || (!needs.hasScale && !(needs.start !== undefined
        && ((PLAIN_END.test(text.slice(end, end + 10)) && priceWordBefore(text, needs.start, !tok.weight))
          || (centsAfter(text, end) !== null && (priceWordBefore(text, needs.start, !tok.weight) || !WEIGHED_BEFORE.test(text.slice(Math.max(0, needs.start - 24), needs.start))))))))) continue;
      // A minor unit never follows a symbol before the number: "$5 cents" is not five cents.
      if (tok.exp < 0 && needs.prefix) continue;
      // A one-letter marker only attached to its number, and not an abbreviation: "340p", not "page 5 p", "3p.m.";
      // and not an adjective before a noun: "a 1080p screen for £499" is a video format.
      if (tok.t.length === 1 && isAsciiLetter(tok.t.charCodeAt(0))
        && (!attached || (text.charCodeAt(end) === 46 && isAsciiLetter(text.charCodeAt(end + 1)))
          || !(PLAIN_END.test(text.slice(end, end + 10)) || LETTER_MARK_END.test(text.slice(end, end + 10))))) continue;
      // "3 Yuan sisters": a currency word that is also a name, capitalised, needs a firm amount.
      if (tok.name && !needs.firm && first !== lowerFirst) continue;
      // "$100 Australian each", "$100 Australian.": the adjective ends the amount; before a noun it is the
      // noun's ("$5 billion Australian miner").
      if (tok.afterDollar && (!needs.dollarPrefix || !AFTER_DOLLAR_END.test(text.slice(end, end + 10)))) continue;
      const last = tok.t.charCodeAt(tok.t.length - 1);
      // Words and codes end at a word boundary ("5 yuan", not "5 yuanbao"); a suffix "$" not before a cashtag.
      if ((isAsciiLetter(last) || tok.t === '$') && isAsciiLetter(text.charCodeAt(end))) continue;
      // A symbol before a digit is the next amount's: "$20,000.00 $37,305.97"; so is a code after an amount that has its
      // own marker before it: "RMB 10 USD 20".
      if ((tok.kind === 'symbol' || (tok.kind === 'code' && needs.prefix)) && digitFollows(text, end)) continue;
      // "29.4 million pounds of halibut", "a pound and a half of flour" are weights.
      if (tok.weight && /^\s+(?:and an? half\s+)?of\b/i.test(text.slice(end, end + 18))) continue;
      if (tok.t.endsWith('元') && YUAN_WORD_NEXT.has(text[end] ?? '')
        && !(text[end] === '年' && (needs.hasScale || YUAN_YEARLY.test(text.slice(end, end + 2))))) continue;
      if (tok.t.startsWith('日') && needs.dayOfMonth) continue;
      // ("两毛五", "5毛5": or one more digit, the fen, before the end.)
      if (tok.atEnd && !endsPhrase(text, end) && readYuanChange(text, end)?.end !== end + 1) continue;
      // "costs 45 kr. A beer …": the dot of an abbreviated marker that ends the sentence is the sentence's
      // (the shorter marker is tried next).
      if (tok.t.length > 1 && tok.t.endsWith('.') && SENTENCE_AFTER_DOT.test(text.slice(end, end + 3))) continue;
      // "三块砖" counts bricks; "一块五" is a price, and so is "卖了五百块。" (a price word before, nothing after).
      // ("花了1000块买了一台电脑": or a verb of buying after it, not a noun: "卖了三块地".)
      if (tok.change === 'must' && !readYuanChange(text, end)
        && !((endsPhrase(text, end) || needs.large || SPENT_ON_AFTER.test(text.slice(end, end + 2))) && needs.start !== undefined && priceWordBefore(text, needs.start))) continue;
      return { start, end, token: tok, written: text.slice(start, end) };
    }
  }
  return null;
}

/** Whether an amount with this marker may use a decimal comma ("9,90 €", "€1,5 Mrd."; never "$5,10"). */
export function allowsDecimalComma(hit: CurrencyHit): boolean {
  const tok = hit.token;
  const codes = tok.code ? [tok.code] : tok.fallback ? [tok.fallback] : tok.candidates;
  return codes.length > 0 && codes.every((c) => currencyRecord(c)?.decimalComma === true);
}

/** Everyday decimals of a currency (0 for yen, won, rupiah), 2 when unknown. */
export function minorUnits(code: CurrencyCode): number {
  return currencyRecord(code)?.minor ?? 2;
}

// --- Resolution ------------------------------------------------------------------------------------

/** `word` as a regex source that matches it literally. */
const escapeRegex = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex source that finds any of `words`; Latin ones as whole words (one group, so it stays fast). */
function alternation(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const latin = sorted.filter((w) => /^[A-Za-z]/.test(w)).map(escapeRegex);
  // A currency sign alone is not the end of a longer marker ("£" is not the "E£" of the Egyptian pound).
  const other = sorted.filter((w) => !/^[A-Za-z]/.test(w)).map((w) => (/^\p{Sc}$/u.test(w) ? `(?<![A-Za-z])${escapeRegex(w)}` : escapeRegex(w)));
  return [...(latin.length ? [`(?<![A-Za-z])(?:${latin.join('|')})(?![A-Za-z])`] : []), ...other].join('|');
}

/** Everything that names a currency in a text: cues, English and Chinese names, codes (not shared
 * markers, minor units, nor a measure word that is money only with the jiao after it: 块). */
function namesOf(c: CurrencyRecord): string[] {
  const shared = new Set((c.shared ?? []).map((s) => s.t));
  const naming = (w: Mark) => !markOptions(w).change && !((markOptions(w).exp ?? 0) < 0);
  return [
    ...(c.cues ?? []), c.en[0], c.en[1], ...(c.words ?? []).filter(naming).map(markText),
    c.code, ...(c.codes ?? []).map(markText),
    c.zhName, ...(c.zh ?? []), ...(c.zhBefore ?? []).map(markText),
  ].filter((w) => !shared.has(w));
}

const CNY = currencyRecord('CNY') as CurrencyRecord;
const JPY = currencyRecord('JPY') as CurrencyRecord;

/** How far around a ¥ (same line) its sentence is searched for the country or currency it belongs to. */
const YEN_LOCAL_WINDOW = 80;
const LOCAL_YUAN = new RegExp(alternation(namesOf(CNY)), 'gi');
const LOCAL_YEN = new RegExp(alternation(namesOf(JPY)), 'gi');

/** Characters before 元 in other currencies' Chinese names (美元, 港元, 新加坡元): that 元 is not the yuan. */
const NOT_YUAN_BEFORE = [...new Set(CURRENCIES.filter((c) => c.code !== 'CNY')
  .flatMap((c) => [c.zhName, ...(c.zh ?? [])]).filter((n) => n.length > 1 && n.endsWith('元')).map((n) => n.at(-2) as string))].join('');
const YUAN_EVIDENCE = new RegExp(`${alternation(namesOf(CNY).filter((w) => !(CNY.cues ?? []).includes(w)))}|(?<![${NOT_YUAN_BEFORE}])元(?![宇素旦首])`, 'i');
const YEN_EVIDENCE = new RegExp(alternation(namesOf(JPY).filter((w) => !(JPY.cues ?? []).includes(w) && w !== JPY.en[0])));

/** What ties a shared or careful marker to a currency on its line: the cue words of the table, and the
 * currency's own symbols that no other currency writes and that need no care ("£" makes "312p" pence
 * in "312p, valuing the group at £4.1bn"; "₺" makes "45 TL" lira). */
function cueWords(code: CurrencyCode): string[] {
  const c = currencyRecord(code);
  if (!c) return [];
  const symbols = [...(c.symbols ?? []), ...(c.before ?? [])]
    .filter((m) => !markOptions(m).care && !/[A-Za-z$]/.test(markText(m))).map(markText);
  return [...(c.cues ?? []), ...symbols];
}

/** A public body of a place whose dollar is not the US dollar ("the Ontario government", "Auckland
 * Council", "government of New South Wales"): its money is counted in that dollar. */
const PUBLIC_PLACE_CODE = new Map(CURRENCIES.flatMap((c) => (c.publicPlaces ?? []).map((p) => [p.toLowerCase(), c.code] as const)));
const PUBLIC_PLACES = CURRENCIES.flatMap((c) => c.publicPlaces ?? []).sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
const BODY = '(?:government|council|treasury|treasurer|premier|budget|parliament|legislature|ministry)';
// Found at the body word (rare) and the place read back from there or after "of" (group 1 or 2): led by
// the places, the regex would be tried at most letters of the text.
const PUBLIC_BODY = new RegExp(`(?<![A-Za-z])${BODY}(?![A-Za-z])(?:(?<=(?<![A-Za-z])(${PUBLIC_PLACES})(?:['’]s)?\\s(?:(?:state|provincial|federal|city|regional|district|local)\\s)?[A-Za-z]+)|\\sof\\s(?:the\\s)?(${PUBLIC_PLACES})(?![A-Za-z]))`, 'gi');

/** The clause around `at` on its line, within CUE_WINDOW either side: between sentence ends, semicolons and
 * ", while/whereas/but/and". */
function clauseAround(text: string, at: number): { start: number; end: number } {
  const from = Math.max(0, at - CUE_WINDOW);
  const back = text.slice(from, at);
  let start = from + Math.max(back.lastIndexOf('\n'), back.lastIndexOf('\r')) + 1;
  for (const m of back.matchAll(CLAUSE_BREAK_ALL)) start = Math.max(start, from + m.index + m[0].length);
  const ahead = text.slice(at, at + CUE_WINDOW);
  const stop = ahead.search(/[\r\n]|[.;!?](?:\s|$)|,\s*(?:while|whereas|but|and)\s/i);
  return { start, end: stop < 0 ? at + ahead.length : at + stop };
}

/** How far a public body reaches forward to a bare "$", and what ends its clause first. */
const BODY_WINDOW = 80;
const CLAUSE_BREAK = /[.;!?](?:\s|$)|,\s*(?:while|whereas|but|and)\s/i;
const CLAUSE_BREAK_ALL = new RegExp(CLAUSE_BREAK.source, 'gi');

/** The places of UNREAD_WORDS by word, lower case. */
const UNREAD_PLACES = new Map(UNREAD_WORDS.flatMap((u) => u.words.map((w) => [w, u.places] as const)));

/** How far (same line) a cue word ties a shared marker to its currency: about a sentence. */
const CUE_WINDOW = 120;

/** Context facts, computed lazily once per extraction call (they may scan the whole text). */
export class CurrencyEnv {
  private namedDollars?: NamedDollarScan;
  private local?: { yuanNear: NearbyScan; yenNear: NearbyScan };
  private pageYen?: Resolution | false;
  private textYen?: Resolution;
  private readonly cueScans = new Map<CurrencyCode, NearbyScan | null>();
  private readonly unreadScans = new Map<string, NearbyScan>();
  private lastRead?: { code: CurrencyCode; end: number };
  private publicBodies?: NearbyScan;
  private readonly region: string;

  constructor(
    private readonly text: string,
    private readonly context: PageContext | undefined,
  ) {
    this.region = regionOf(context);
  }

  /** Bare "$" or "dollars" at `at`: the dollar named just before it on the same line, else the page's
   * country, else USD. */
  dollar(tok: Token, at: number): Resolution {
    const what = tok.kind === 'word' ? `word ${tok.t}` : 'bare $';
    const found = (this.namedDollars ??= new NamedDollarScan(this.text)).before(at);
    // "A$4.3 billion ($2.8 billion)": a bare $ opening brackets right after the named amount is its
    // conversion into the page's own dollar (the US dollar unless the page's country says otherwise).
    const named = found && !CONVERSION_AFTER_NAMED.test(this.text.slice(found.end, at)) ? found : null;
    if (named && tok.candidates.includes(named.code)) {
      return { code: named.code, reason: `${what} after ${named.written} nearby read as ${named.code}`, basis: { by: 'nearby', word: named.written } };
    }
    const local = this.localCandidate(tok);
    if (local && local !== 'USD') return { code: local, reason: `${what} on a ${this.region.toLowerCase()} page read as ${local}`, basis: { by: 'page-region', region: this.region } };
    // Cents after an amount in euros on the line are euro cents: "€1 per kWh, up from 80 cents".
    const last = tok.exp < 0 ? this.lastRead : undefined;
    if (last && last.code !== 'USD' && tok.candidates.includes(last.code) && this.readJustBefore(last.code, at)) {
      return { code: last.code, reason: `${what} after an amount in ${last.code} nearby read as ${last.code}`, basis: { by: 'nearby', word: last.code } };
    }
    // The body comes first, in the same clause: "Washington pledged $5 billion" after "the Ontario
    // government will spend $2 billion, while" is not Canadian.
    const near = (this.publicBodies ??= new NearbyScan(this.text, PUBLIC_BODY)).near(at, at + 1, BODY_WINDOW);
    const body = near && near.match.index < at && !CLAUSE_BREAK.test(this.text.slice(near.match.index + near.match[0].length, at)) ? near : null;
    const place = body?.match[1] ?? body?.match[2];
    const bodyCode = place && PUBLIC_PLACE_CODE.get(place.toLowerCase());
    if (body && place && bodyCode && tok.candidates.includes(bodyCode)) {
      return { code: bodyCode, reason: `${what} with ${place} ${body.word.split(/\s/)[0]} nearby read as ${bodyCode}`, basis: { by: 'nearby', word: place } };
    }
    return { code: 'USD', reason: `${what} defaults to USD`, basis: { by: 'default' } };
  }

  /** ¥ at `at`: the page's declared language and domain weigh most, then the sentence around the
   * symbol ("¥7,999 in China", "¥480 billion as the yen weakened"), then which currency the whole
   * text names, then its script (kana means Japanese). */
  yen(symbol: string, at: number): Resolution {
    const decided = (this.pageYen ??= this.decideYenFromPage() ?? false) || localYen(this.local ??= { yuanNear: new NearbyScan(this.text, LOCAL_YUAN), yenNear: new NearbyScan(this.text, LOCAL_YEN) }, at)
      || (this.textYen ??= this.decideYenFromText());
    return decided.code === 'CNY'
      ? { code: 'CNY', reason: `${symbol} read as yuan: ${decided.reason}`, basis: decided.basis }
      : { code: 'JPY', reason: `${symbol} read as yen: ${decided.reason}`, basis: decided.basis };
  }

  /**
   * A marker several currencies share ("kr", "pesos", "rupees", 元): the page's country, else the
   * nearest cue word on the line ("Danish", "Oslo"), else the marker's default, else nothing.
   * `cued` says whether the text or the page said it (a careful marker needs that).
   */
  shared(tok: Token, written: string, at: number): (Resolution & { cued: boolean }) | null {
    const what = tok.kind === 'symbol' ? `bare ${written}` : written;
    // What the marker means anyway is said as written ("word 元", "word pounds"), not as inferred.
    const plainly = `${tok.kind} ${written}`;
    const local = this.localCandidate(tok);
    if (local) {
      return local === tok.fallback
        ? { code: local, reason: plainly, basis: { by: 'written' }, cued: true }
        : { code: local, reason: `${what} on a ${this.region.toLowerCase()} page read as ${local}`, basis: { by: 'page-region', region: this.region }, cued: true };
    }
    const cue = this.nearestCue(tok.candidates, at);
    if (cue) {
      return cue.code === tok.fallback
        ? { code: cue.code, reason: plainly, basis: { by: 'written' }, cued: true }
        : { code: cue.code, reason: `${what} with ${cue.word} nearby read as ${cue.code}`, basis: { by: 'nearby', word: cue.word }, cued: true };
    }
    if (tok.fallback) return { code: tok.fallback, reason: plainly, basis: { by: 'written' }, cued: false };
    return null;
  }

  /** An everyday word of a currency DealLens does not read ("rupees" in a Sri Lankan story) with its
   * place on the line, and nothing there naming `code` (UNREAD_WORDS). */
  unreadWord(word: string, code: CurrencyCode, at: number): boolean {
    const places = UNREAD_PLACES.get(word);
    if (!places) return false;
    let scan = this.unreadScans.get(word);
    if (!scan) this.unreadScans.set(word, (scan = new NearbyScan(this.text, new RegExp(alternation(places), 'gi'))));
    return scan.near(at, at + 1, CUE_WINDOW) !== null && !this.cued(code, at);
  }

  /** The page's country or a cue word on the line names this currency (for careful markers: "RM 101"). */
  cued(code: CurrencyCode, at: number): boolean {
    return (currencyRecord(code)?.regions ?? []).includes(this.region) || this.nearestCue([code], at) !== null || this.readJustBefore(code, at);
  }

  /** The scanner read an amount in `code` ending at `end` (calls in text order). */
  noteRead(code: CurrencyCode, end: number): void {
    this.lastRead = { code, end };
  }

  /** The amount read just before, on the same line, was in `code`: "2 billion rand, or R2 billion". */
  private readJustBefore(code: CurrencyCode, at: number): boolean {
    const last = this.lastRead;
    return !!last && last.code === code && last.end <= at && at - last.end <= CUE_WINDOW && !/[\r\n]/.test(this.text.slice(last.end, at));
  }

  private localCandidate(tok: Token): CurrencyCode | undefined {
    return this.region ? tok.candidates.find((c) => (currencyRecord(c)?.regions ?? []).includes(this.region)) : undefined;
  }

  /** The one currency of `codes` a cue word near `at` names; null when none does, or two do
   * ("kroner in Norway and Denmark"). */
  private nearestCue(codes: readonly CurrencyCode[], at: number): { code: CurrencyCode; word: string } | null {
    const hits: { code: CurrencyCode; word: string; index: number }[] = [];
    for (const code of codes) {
      let scan = this.cueScans.get(code);
      if (scan === undefined) {
        const cues = cueWords(code);
        scan = cues.length ? new NearbyScan(this.text, new RegExp(alternation(cues), 'gi')) : null;
        this.cueScans.set(code, scan);
      }
      const hit = scan?.near(at, at + 1, CUE_WINDOW);
      if (hit) hits.push({ code, word: hit.word, index: hit.match.index });
    }
    if (hits.length === 1) return hits[0]!;
    if (hits.length === 0) return null;
    // Two countries on the line: the one in the marker's own clause ("Stockholm-based Nordvik earned 12 billion
    // crowns, while its Oslo rival earned 4 billion crowns"); none when both are, or neither.
    const { start, end } = clauseAround(this.text, at);
    const inClause = hits.filter((h) => h.index >= start && h.index < end);
    return inClause.length === 1 ? inClause[0]! : null;
  }

  private decideYenFromPage(): Resolution | null {
    const lang = (this.context?.lang ?? '').toLowerCase();
    if (lang.startsWith('zh')) return { code: 'CNY', reason: `Chinese context (lang ${this.context?.lang})`, basis: { by: 'page-language', lang: 'zh' } };
    if (lang.startsWith('ja')) return { code: 'JPY', reason: `Japanese context (lang ${this.context?.lang})`, basis: { by: 'page-language', lang: 'ja' } };
    const domain = normDomain(this.context?.domain);
    if (domain.endsWith('.cn')) return { code: 'CNY', reason: 'Chinese context (.cn domain)', basis: { by: 'page-region', region: 'CN' } };
    if (domain.endsWith('.jp')) return { code: 'JPY', reason: 'Japanese context (.jp domain)', basis: { by: 'page-region', region: 'JP' } };
    return null;
  }

  private decideYenFromText(): Resolution {
    const yuan = YUAN_EVIDENCE.test(this.text);
    const yen = YEN_EVIDENCE.test(this.text);
    if (yuan && !yen) return { code: 'CNY', reason: 'Chinese context (yuan named in the text)', basis: { by: 'text' } };
    if (yen && !yuan) return { code: 'JPY', reason: 'Japanese context (yen named in the text)', basis: { by: 'text' } };
    if (/[\u3040-\u30ff]/.test(this.text)) return { code: 'JPY', reason: 'Japanese context (kana in the text)', basis: { by: 'text' } };
    if (/[\u4e00-\u9fff]/.test(this.text)) return { code: 'CNY', reason: 'Chinese context (Chinese text)', basis: { by: 'text' } };
    return { code: 'JPY', reason: 'no Chinese context', basis: { by: 'default' } };
  }
}

/** Occurrences of one regex around increasing positions, found in one forward pass over the text. */
class NearbyScan {
  private last: RegExpExecArray | null = null;
  private pending: RegExpExecArray | null | undefined;

  constructor(private readonly text: string, private readonly re: RegExp) {}

  /** An occurrence within `window` chars of [from, to) on the same line, the one before first, else null.
   * Calls in text order. */
  near(from: number, to: number, window: number): { word: string; distance: number; match: RegExpExecArray } | null {
    if (this.pending === undefined) this.pending = this.exec(0);
    while (this.pending && this.pending.index < to) {
      this.last = this.pending;
      this.pending = this.exec(this.pending.index + Math.max(1, this.pending[0].length));
    }
    const last = this.last;
    const lastEnd = last ? last.index + last[0].length : 0;
    if (last && lastEnd <= from && from - lastEnd <= window && !/[\r\n]/.test(this.text.slice(last.index, from))) {
      return { word: last[0], distance: from - lastEnd, match: last };
    }
    const next = this.pending;
    if (next && next.index - to <= window && !/[\r\n]/.test(this.text.slice(to, next.index))) {
      return { word: next[0], distance: next.index - to, match: next };
    }
    return null;
  }

  private exec(from: number): RegExpExecArray | null {
    this.re.lastIndex = from;
    return this.re.exec(this.text);
  }
}

function localYen(env: { yuanNear: NearbyScan; yenNear: NearbyScan }, at: number): Resolution | null {
  const yuan = env.yuanNear.near(at, at + 1, YEN_LOCAL_WINDOW);
  const yen = env.yenNear.near(at, at + 1, YEN_LOCAL_WINDOW);
  if (yuan && !yen) return { code: 'CNY', reason: `Chinese context (${yuan.word} nearby)`, basis: { by: 'nearby', word: yuan.word } };
  if (yen && !yuan) return { code: 'JPY', reason: `Japanese context (${yen.word} nearby)`, basis: { by: 'nearby', word: yen.word } };
  return null;
}

/** How far back (same line) a named dollar settles a bare "$": about two sentences. */
const NAMED_DOLLAR_WINDOW = 200;
/** From a named dollar to a bare "$" that converts its amount: the amount, then an opening bracket. */
const CONVERSION_AFTER_NAMED = /^(?:\s?[\d.,]+(?:\s?(?:thousand|million|billion|trillion|bn|mn|m|b|k))?)?\s*[(（]\s*(?:about|around|roughly|approximately|some|nearly|or)?\s*$/i;
/** The dollars written with a bare "$", and how each is named: "HK$", "Hong Kong dollars". */
const DOLLARS = CURRENCIES.filter((c) => (c.shared ?? []).some((s) => s.t === '$'));
const NAMED_DOLLAR_SYMBOLS = new Map(DOLLARS.flatMap((c) => (c.before ?? []).map(markText).filter((s) => s.endsWith('$')).map((s) => [s, c.code] as const)));
/** "Hong Kong" of "Hong Kong dollars", lower case, and its currency. */
const NAMED_DOLLAR_WORDS = new Map(DOLLARS.flatMap((c) => [c.en[0], c.en[1], ...(c.words ?? []).map(markText)]
  .filter((w) => / dollars?$/i.test(w)).map((w) => [w.replace(/ dollars?$/i, '').toLowerCase(), c.code] as const)));
/** Escaped, longest first (a look-behind takes the first that fits, and "new taiwan" must beat "taiwan"). */
const longestFirst = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
// Each is found at its rare part ("$", "dollar") and its name read back from there (group 1): led by
// the name, the scan was tried at most letters of the text (a fifth of extractMoney's time).
const NAMED_SYMBOL = new RegExp(`\\$(?<=(?<![A-Za-z])(${longestFirst([...NAMED_DOLLAR_SYMBOLS.keys()].map((s) => s.slice(0, -1)))})\\$)(?![A-Za-z])`, 'g');
const NAMED_WORD = new RegExp(`dollars?\\b(?<=(?<![A-Za-z])(${longestFirst(NAMED_DOLLAR_WORDS.keys())}) dollars?)`, 'gi');

interface NamedDollar {
  code: CurrencyCode;
  written: string;
  end: number;
}

/** Finds, for increasing positions, the last dollar named explicitly (HK$, "Singapore dollars") before
 * each one. One forward pass over the text per pattern: calls must come in text order. */
class NamedDollarScan {
  private last: NamedDollar | null = null;
  /** The first named dollar not yet passed (undefined: not searched yet; null: none left). */
  private pending: NamedDollar | null | undefined;
  private readonly symbols: NearbyCursor;
  private readonly words: NearbyCursor;

  constructor(private readonly text: string) {
    this.symbols = new NearbyCursor(text, NAMED_SYMBOL);
    this.words = new NearbyCursor(text, NAMED_WORD);
  }

  private next(from: number): NamedDollar | null {
    const s = this.symbols.at(from);
    const w = this.words.at(from);
    // (A match starts at its name: group 1, read back from the "$" or "dollar" the match found.)
    const m = s && (!w || s.index - s[1]!.length <= w.index - w[1]!.length) ? s : w;
    if (!m) return null;
    const name = m[1]!;
    const code = (m === s ? NAMED_DOLLAR_SYMBOLS.get(`${name}$`) : NAMED_DOLLAR_WORDS.get(name.toLowerCase())) ?? 'USD';
    return { code, written: m === s ? `${name}$` : `${name} ${m[0]}`, end: m.index + m[0].length };
  }

  /** The named dollar shortly before `at` on the same line, when it is not the US dollar:
   * "HK$3.5 billion, up from $2.8 billion" is HK$ both times. */
  before(at: number): NamedDollar | null {
    if (this.pending === undefined) this.pending = this.next(0);
    while (this.pending && this.pending.end <= at) {
      this.last = this.pending;
      this.pending = this.next(this.pending.end);
    }
    const last = this.last;
    if (!last || last.code === 'USD' || last.end > at || at - last.end > NAMED_DOLLAR_WINDOW) return null;
    return /[\r\n]/.test(this.text.slice(last.end, at)) ? null : last;
  }
}

/** The first match of a regex at or after a position, remembered so the text is read once. */
class NearbyCursor {
  private found: RegExpExecArray | null | undefined;

  constructor(private readonly text: string, private readonly re: RegExp) {}

  at(from: number): RegExpExecArray | null {
    if (this.found === undefined || (this.found && this.found.index < from)) {
      this.re.lastIndex = from;
      this.found = this.re.exec(this.text);
    }
    return this.found;
  }
}

/** Country-code domains used worldwide for other reasons (.co for "company"): no country. */
const GENERIC_TLDS = new Set(['CO']);
const TLD_COUNTRY: Record<string, string> = { UK: 'GB' };
const REGIONS = new Set(CURRENCIES.flatMap((c) => c.regions ?? []));

function normDomain(domain: string | undefined): string {
  return (domain ?? '').toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
}

/** Languages spoken as the language of one country whose currency has a shared marker ("kr", "Ft", "RM"). */
const LANGUAGE_COUNTRY: Record<string, string> = { da: 'DK', sv: 'SE', nb: 'NO', nn: 'NO', no: 'NO', hu: 'HU', ms: 'MY' };

/** News sites on a generic domain whose bare "$" is their country's dollar ("US$" is written out for
 * the US dollar): The Straits Times, CNA, The Edge Singapore, The Globe and Mail, the Financial Post,
 * the National Post, the Toronto Star, the Australian Financial Review. */
const PUBLISHER_COUNTRY: Record<string, string> = {
  'straitstimes.com': 'SG', 'channelnewsasia.com': 'SG', 'theedgesingapore.com': 'SG', 'theglobeandmail.com': 'CA',
  'financialpost.com': 'CA', 'nationalpost.com': 'CA', 'thestar.com': 'CA', 'afr.com': 'AU',
};

/** Country of the page: a news site's own country, the domain's country TLD, else the region subtag
 * of its language ("zh-TW"), else the country of a one-country language ("da"). */
function regionOf(context: PageContext | undefined): string {
  const domain = normDomain(context?.domain);
  const site = domain.split('.').slice(-2).join('.');
  if (PUBLISHER_COUNTRY[site]) return PUBLISHER_COUNTRY[site];
  const tld = domain.slice(domain.lastIndexOf('.') + 1).toUpperCase();
  const country = TLD_COUNTRY[tld] ?? tld;
  if (REGIONS.has(country) && !GENERIC_TLDS.has(tld)) return country;
  const lang = /^([a-z]{2,3})(?:-[a-z]{4})?(?:-([a-z]{2})\b)?/i.exec(context?.lang ?? '');
  const region = lang?.[2]?.toUpperCase() ?? LANGUAGE_COUNTRY[lang?.[1]?.toLowerCase() ?? ''] ?? '';
  return REGIONS.has(region) ? region : '';
}

/**
 * Settles the currency from the markers found before and after the number; null when a shared or
 * careful marker is not settled ("kr 5" with nothing saying which krone, "RM 101" without a cue).
 * `firm`: the amount has a scale, thousands separators or decimals.
 */
export function resolveCurrency(
  prefix: CurrencyHit | null,
  suffix: CurrencyHit | null,
  env: CurrencyEnv,
  firm: boolean,
): Resolution | null {
  // A named currency after the number settles an ambiguous symbol before it: "$5 billion Hong Kong dollars".
  if (prefix?.token.amb && suffix?.token.code) {
    return { code: suffix.token.code, reason: `${prefix.written} with ${suffix.token.kind} ${suffix.written}`, basis: { by: 'written' } };
  }
  const hit = prefix?.token.code || !suffix ? prefix : suffix;
  if (!hit) throw new Error('resolveCurrency needs a marker');
  const tok = hit.token;
  if (tok.code) {
    if (tok.care && !careTaken(tok.care, firm, env.cued(tok.code, hit.start))) return null;
    if (tok.kind === 'word' && env.unreadWord(tok.t, tok.code, hit.start)) return null;
    return { code: tok.code, reason: `${tok.kind} ${hit.written}`, basis: { by: 'written' } };
  }
  if (tok.amb === 'dollar') return env.dollar(tok, hit.start);
  if (tok.amb === 'yen-yuan') return env.yen(tok.t, hit.start);
  const settled = env.shared(tok, hit.written, hit.start);
  if (!settled || (tok.care && !careTaken(tok.care, firm, settled.cued))) return null;
  // "Sri Lanka raised 40 billion rupees": the default of a word its own places do not settle.
  if (!settled.cued && env.unreadWord(tok.t, settled.code, hit.start)) return null;
  return { code: settled.code, reason: settled.reason, basis: settled.basis };
}

/** Whether a careful marker counts: a firm amount, a cue (the page's country or a word on the line), or both. */
function careTaken(care: Care, firm: boolean, cued: boolean): boolean {
  if (care === 'firm') return firm;
  if (care === 'form') return firm || cued;
  if (care === 'cue') return cued;
  return firm && cued;
}
