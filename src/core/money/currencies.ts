// Currency evidence next to a number: symbols, ISO codes and words, before or after it, and how an
// ambiguous one ($, ¥, 元, "dollars") is settled from the page context.

import type { CurrencyCode, PageContext } from '../types';
import { isAsciiLetter, isInlineSpace } from './numbers';

/** Ambiguous markers resolved by context: bare "$"/"dollars", "¥", and 元 (CNY, or NT$ on Taiwanese pages). */
export type Ambiguous = 'dollar' | 'yen-yuan' | 'yuan';

interface Token {
  t: string;
  code?: CurrencyCode;
  amb?: Ambiguous;
  kind: 'symbol' | 'code' | 'word';
  /** Compared lowercase (English words). */
  ci?: boolean;
  /** Only after an amount with a scale: "5 pounds" is a weight, "5 won" a verb; "5 million pounds" is money. */
  needsScale?: boolean;
}

export interface CurrencyHit {
  start: number;
  end: number;
  token: Token;
  /** As written ("Hong Kong dollars"), for the human-readable reason. */
  written: string;
}

const sym = (t: string, code?: CurrencyCode, amb?: Ambiguous): Token => ({ t, code, amb, kind: 'symbol' });
const code = (t: string, c: CurrencyCode = t): Token => ({ t, code: c, kind: 'code' });
const word = (t: string, c?: CurrencyCode, amb?: Ambiguous, needsScale = false): Token =>
  ({ t, code: c, amb, kind: 'word', ci: /[a-z]/.test(t), needsScale });

const ISO_CODES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'HKD', 'TWD', 'SGD', 'AUD', 'CAD', 'NZD', 'KRW', 'INR', 'CHF'];

const PREFIXES: Token[] = [
  sym('US$', 'USD'), sym('U.S.$', 'USD'), sym('HK$', 'HKD'), sym('NT$', 'TWD'), sym('S$', 'SGD'),
  sym('SG$', 'SGD'), sym('A$', 'AUD'), sym('AU$', 'AUD'), sym('C$', 'CAD'), sym('CA$', 'CAD'),
  sym('NZ$', 'NZD'), sym('R$', 'BRL'), sym('MX$', 'MXN'), sym('$', undefined, 'dollar'),
  sym('＄', undefined, 'dollar'),
  sym('CN¥', 'CNY'), sym('RMB¥', 'CNY'), sym('JP¥', 'JPY'), sym('¥', undefined, 'yen-yuan'),
  sym('￥', undefined, 'yen-yuan'), sym('€', 'EUR'), sym('£', 'GBP'), sym('₩', 'KRW'), sym('₹', 'INR'),
  sym('Rs.', 'INR'), sym('Rs', 'INR'),
  ...ISO_CODES.map((c) => code(c)), code('RMB', 'CNY'), code('Rmb', 'CNY'), code('CNH', 'CNY'), code('NTD', 'TWD'),
  word('人民币', 'CNY'), word('人民幣', 'CNY'), word('港币', 'HKD'), word('港幣', 'HKD'), word('美金', 'USD'),
  word('新台币', 'TWD'), word('新台幣', 'TWD'), word('台币', 'TWD'), word('台幣', 'TWD'), word('臺幣', 'TWD'),
];

const SUFFIXES: Token[] = [
  // Chinese: the longer word first (美元 before 元), 元人民币 as one unit ("25亿元人民币").
  word('元人民币', 'CNY'), word('元人民幣', 'CNY'), word('人民币', 'CNY'), word('人民幣', 'CNY'),
  word('美元', 'USD'), word('美金', 'USD'), word('港元', 'HKD'), word('港币', 'HKD'), word('港幣', 'HKD'),
  word('日元', 'JPY'), word('日圆', 'JPY'), word('日圓', 'JPY'), word('円', 'JPY'), word('韩元', 'KRW'),
  word('韓元', 'KRW'), word('欧元', 'EUR'), word('歐元', 'EUR'), word('英镑', 'GBP'), word('英鎊', 'GBP'),
  word('新台币', 'TWD'), word('新台幣', 'TWD'), word('台币', 'TWD'), word('台幣', 'TWD'), word('臺幣', 'TWD'),
  word('澳元', 'AUD'), word('加元', 'CAD'), word('新加坡元', 'SGD'), word('新元', 'SGD'), word('卢比', 'INR'),
  word('盧比', 'INR'), word('瑞郎', 'CHF'), word('块钱', 'CNY'), word('塊錢', 'CNY'), word('元', undefined, 'yuan'),
  // English words, multi-word names before the generic ones.
  word('us dollars', 'USD'), word('us dollar', 'USD'), word('u.s. dollars', 'USD'), word('american dollars', 'USD'),
  word('hong kong dollars', 'HKD'), word('hong kong dollar', 'HKD'), word('hk dollars', 'HKD'),
  word('singapore dollars', 'SGD'), word('australian dollars', 'AUD'), word('canadian dollars', 'CAD'),
  word('new taiwan dollars', 'TWD'), word('taiwan dollars', 'TWD'), word('taiwanese dollars', 'TWD'),
  word('new zealand dollars', 'NZD'), word('dollars', undefined, 'dollar'), word('dollar', undefined, 'dollar'),
  word('chinese yuan', 'CNY'), word('yuan', 'CNY'), word('renminbi', 'CNY'), word('euros', 'EUR'),
  word('euro', 'EUR'), word('pounds sterling', 'GBP'), word('sterling', 'GBP'),
  word('pounds', 'GBP', undefined, true), word('pound', 'GBP', undefined, true), word('yen', 'JPY'),
  word('won', 'KRW', undefined, true), word('rupees', 'INR'), word('rupee', 'INR'),
  ...ISO_CODES.map((c) => code(c)), code('RMB', 'CNY'), code('Rmb', 'CNY'),
  sym('€', 'EUR'), sym('£', 'GBP'), sym('₩', 'KRW'), sym('₹', 'INR'), sym('¥', undefined, 'yen-yuan'),
  sym('￥', undefined, 'yen-yuan'), sym('$', undefined, 'dollar'),
];

/** 元 followed by one of these is a word, not the currency: 元宇宙 (metaverse), 元素, 元旦, 元首, 元老, 元年 … */
const YUAN_WORD_NEXT = new Set([...'宇素旦首老年月帅帥气氣件代数數器凶勋勳宵组組音朝明史谋謀神论論化次']);

function byLastChar(tokens: Token[]): Map<string, Token[]> {
  const m = new Map<string, Token[]>();
  for (const tok of [...tokens].sort((a, b) => b.t.length - a.t.length)) {
    const k = tok.t[tok.t.length - 1] as string;
    m.set(k, [...(m.get(k) ?? []), tok]);
  }
  return m;
}
function byFirstChar(tokens: Token[]): Map<string, Token[]> {
  const m = new Map<string, Token[]>();
  for (const tok of [...tokens].sort((a, b) => b.t.length - a.t.length)) {
    const k = tok.t[0] as string;
    m.set(k, [...(m.get(k) ?? []), tok]);
  }
  return m;
}
const PREFIX_BY_LAST = byLastChar(PREFIXES);
const SUFFIX_BY_FIRST = byFirstChar(SUFFIXES);

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
      if (start >= floor && text.startsWith(tok.t, start) && wordStartOk(text, start, tok)) {
        return { start, end, token: tok, written: tok.t };
      }
    }
  }
  return null;
}

export interface SuffixNeeds {
  hasScale: boolean;
  /** The number is a day of the month ("1月1日元旦"): 日元 there is not yen. */
  dayOfMonth: boolean;
}

/** Currency marker right after an amount (at most one space before it): "元", " billion yuan", "bn EUR". */
export function matchSuffix(text: string, p: number, needs: SuffixNeeds): CurrencyHit | null {
  for (let start = p; start <= p + 1; start++) {
    if (start > p && !isInlineSpace(text.charCodeAt(p))) break;
    const first = text[start];
    if (first === undefined) break;
    const list = SUFFIX_BY_FIRST.get(isAsciiLetter(first.charCodeAt(0)) ? first.toLowerCase() : first) ?? [];
    const upper = first.toUpperCase() !== first.toLowerCase() ? SUFFIX_BY_FIRST.get(first.toUpperCase()) : undefined;
    let lower: string | undefined;
    for (const tok of upper ? [...list, ...upper] : list) {
      let ok: boolean;
      if (tok.ci) ok = (lower ??= text.slice(start, start + 20).toLowerCase()).startsWith(tok.t);
      else ok = text.startsWith(tok.t, start);
      if (!ok) continue;
      const end = start + tok.t.length;
      if (tok.needsScale && !needs.hasScale) continue;
      const last = tok.t.charCodeAt(tok.t.length - 1);
      // Words and codes end at a word boundary ("5 yuan", not "5 yuanbao"); a suffix "$" not before a cashtag.
      if ((isAsciiLetter(last) || tok.t === '$') && isAsciiLetter(text.charCodeAt(end))) continue;
      if (tok.t.endsWith('元') && YUAN_WORD_NEXT.has(text[end] ?? '')) continue;
      if (tok.t.startsWith('日') && needs.dayOfMonth) continue;
      return { start, end, token: tok, written: text.slice(start, end) };
    }
  }
  return null;
}

// --- Resolution ------------------------------------------------------------------------------------

/** Context facts, computed lazily once per extraction call (they may scan the whole text). */
export class CurrencyEnv {
  private namedDollars?: NamedDollarScan;
  private local?: { yuanNear: NearbyScan; yenNear: NearbyScan };
  private pageYen?: { code: CurrencyCode; reason: string } | false;
  private textYen?: { code: CurrencyCode; reason: string };
  private readonly region: string;

  constructor(
    private readonly text: string,
    private readonly context: PageContext | undefined,
  ) {
    this.region = regionOf(context);
  }

  /** Bare "$" or "dollars" at `at`: the dollar named just before it on the same line, else the page's
   * region, else USD. */
  dollar(asWord: boolean, at: number): { code: CurrencyCode; reason: string } {
    const what = asWord ? 'word dollars' : 'bare $';
    const named = (this.namedDollars ??= new NamedDollarScan(this.text)).before(at);
    if (named) return { code: named.code, reason: `${what} after ${named.written} nearby read as ${named.code}` };
    const local = REGION_DOLLARS[this.region];
    if (local) return { code: local, reason: `${what} on a ${this.region.toLowerCase()} page read as ${local}` };
    return { code: 'USD', reason: `${what} defaults to USD` };
  }

  yuan(): { code: CurrencyCode; reason: string } {
    // Taiwanese media write New Taiwan dollars as 元.
    if (this.region === 'TW') return { code: 'TWD', reason: '元 on a Taiwanese page read as NT$' };
    return { code: 'CNY', reason: 'word 元' };
  }

  /** ¥ at `at`: the page's declared language and domain weigh most, then the sentence around the
   * symbol ("¥7,999 in China", "¥480 billion as the yen weakened"), then which currency the whole
   * text names, then its script (kana means Japanese). */
  yen(symbol: string, at: number): { code: CurrencyCode; reason: string } {
    const decided = (this.pageYen ??= this.decideYenFromPage() ?? false) || localYen(this.local ??= { yuanNear: new NearbyScan(this.text, LOCAL_YUAN), yenNear: new NearbyScan(this.text, LOCAL_YEN) }, at)
      || (this.textYen ??= this.decideYenFromText());
    return decided.code === 'CNY'
      ? { code: 'CNY', reason: `${symbol} read as yuan: ${decided.reason}` }
      : { code: 'JPY', reason: `${symbol} read as yen: ${decided.reason}` };
  }

  private decideYenFromPage(): { code: CurrencyCode; reason: string } | null {
    const lang = (this.context?.lang ?? '').toLowerCase();
    if (lang.startsWith('zh')) return { code: 'CNY', reason: `Chinese context (lang ${this.context?.lang})` };
    if (lang.startsWith('ja')) return { code: 'JPY', reason: `Japanese context (lang ${this.context?.lang})` };
    const domain = normDomain(this.context?.domain);
    if (domain.endsWith('.cn')) return { code: 'CNY', reason: 'Chinese context (.cn domain)' };
    if (domain.endsWith('.jp')) return { code: 'JPY', reason: 'Japanese context (.jp domain)' };
    return null;
  }

  private decideYenFromText(): { code: CurrencyCode; reason: string } {
    const yuan = YUAN_EVIDENCE.test(this.text);
    const yen = YEN_EVIDENCE.test(this.text);
    if (yuan && !yen) return { code: 'CNY', reason: 'Chinese context (yuan named in the text)' };
    if (yen && !yuan) return { code: 'JPY', reason: 'Japanese context (yen named in the text)' };
    if (/[\u3040-\u30ff]/.test(this.text)) return { code: 'JPY', reason: 'Japanese context (kana in the text)' };
    if (/[\u4e00-\u9fff]/.test(this.text)) return { code: 'CNY', reason: 'Chinese context (Chinese text)' };
    return { code: 'JPY', reason: 'no Chinese context' };
  }
}

/** How far around a ¥ (same line) its sentence is searched for the country or currency it belongs to. */
const YEN_LOCAL_WINDOW = 80;
const LOCAL_YUAN = /\b(?:yuan|renminbi|RMB|China|Chinese|mainland|Beijing|Shanghai|Shenzhen|Hangzhou)\b|人民币|人民幣|中国|中國/gi;
const LOCAL_YEN = /\b(?:yen|JPY|Japan|Japanese|Tokyo|Osaka)\b|日元|日本|円/gi;

/** Occurrences of one regex around increasing positions, found in one forward pass over the text. */
class NearbyScan {
  private last: RegExpExecArray | null = null;
  private pending: RegExpExecArray | null | undefined;

  constructor(private readonly text: string, private readonly re: RegExp) {}

  /** An occurrence within `window` chars of [from, to) on the same line, else null. Calls in text order. */
  near(from: number, to: number, window: number): string | null {
    if (this.pending === undefined) this.pending = this.exec(0);
    while (this.pending && this.pending.index < to) {
      this.last = this.pending;
      this.pending = this.exec(this.pending.index + this.pending[0].length);
    }
    const last = this.last;
    if (last && last.index + last[0].length <= from && from - (last.index + last[0].length) <= window
      && !/[\r\n]/.test(this.text.slice(last.index, from))) return last[0];
    const next = this.pending;
    if (next && next.index - to <= window && !/[\r\n]/.test(this.text.slice(to, next.index))) return next[0];
    return null;
  }

  private exec(from: number): RegExpExecArray | null {
    this.re.lastIndex = from;
    return this.re.exec(this.text);
  }
}

function localYen(env: { yuanNear: NearbyScan; yenNear: NearbyScan }, at: number): { code: CurrencyCode; reason: string } | null {
  const yuan = env.yuanNear.near(at, at + 1, YEN_LOCAL_WINDOW);
  const yen = env.yenNear.near(at, at + 1, YEN_LOCAL_WINDOW);
  if (yuan && !yen) return { code: 'CNY', reason: `Chinese context (${yuan} nearby)` };
  if (yen && !yuan) return { code: 'JPY', reason: `Japanese context (${yen} nearby)` };
  return null;
}

const YUAN_EVIDENCE = /\byuan\b|renminbi|人民币|人民幣|\bRMB|\bRmb|\bCNY|(?<![日美港欧歐韩韓澳加新])元(?![宇素旦首])/i;
const YEN_EVIDENCE = /\byen\b|円|日元|日圓|日圆|\bJPY/;

/** How far back (same line) a named dollar settles a bare "$": about two sentences. */
const NAMED_DOLLAR_WINDOW = 200;
const NAMED_DOLLAR =
  /(?<![A-Za-z])(HK|NT|S|SG|A|AU|C|CA|NZ|US|U\.S\.)\$|\b(Hong Kong|Singapore|Australian|Canadian|New Taiwan|Taiwan|New Zealand|US|U\.S\.|American) dollars?\b/g;
const NAMED_DOLLAR_CODES: Record<string, CurrencyCode> = {
  HK: 'HKD', NT: 'TWD', S: 'SGD', SG: 'SGD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', NZ: 'NZD', US: 'USD',
  'U.S.': 'USD', 'Hong Kong': 'HKD', Singapore: 'SGD', Australian: 'AUD', Canadian: 'CAD', 'New Taiwan': 'TWD',
  Taiwan: 'TWD', 'New Zealand': 'NZD', American: 'USD',
};

interface NamedDollar {
  code: CurrencyCode;
  written: string;
  end: number;
}

/** Finds, for increasing positions, the last dollar named explicitly (HK$, "Singapore dollars") before
 * each one. One forward pass over the text in all: calls must come in text order. */
class NamedDollarScan {
  private last: NamedDollar | null = null;
  /** The first named dollar not yet passed (undefined: not searched yet; null: none left). */
  private pending: NamedDollar | null | undefined;

  constructor(private readonly text: string) {}

  private next(from: number): NamedDollar | null {
    NAMED_DOLLAR.lastIndex = from;
    const m = NAMED_DOLLAR.exec(this.text);
    if (!m) return null;
    const code = NAMED_DOLLAR_CODES[(m[1] ?? m[2]) as string] ?? 'USD';
    return { code, written: m[0], end: m.index + m[0].length };
  }

  /** The named dollar shortly before `at` on the same line, when it is not the US dollar:
   * "HK$3.5 billion, up from $2.8 billion" is HK$ both times. */
  before(at: number): { code: CurrencyCode; written: string } | null {
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

const REGION_DOLLARS: Record<string, CurrencyCode> = { HK: 'HKD', SG: 'SGD', AU: 'AUD', CA: 'CAD', TW: 'TWD', NZ: 'NZD' };
const REGIONS = new Set(['HK', 'SG', 'AU', 'CA', 'TW', 'NZ', 'CN', 'JP']);

function normDomain(domain: string | undefined): string {
  return (domain ?? '').toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
}

/** Country of the page: the domain's country TLD, else the region subtag of its language ("zh-TW"). */
function regionOf(context: PageContext | undefined): string {
  const domain = normDomain(context?.domain);
  const tld = domain.slice(domain.lastIndexOf('.') + 1).toUpperCase();
  if (REGIONS.has(tld)) return tld;
  const region = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})\b/i.exec(context?.lang ?? '')?.[1]?.toUpperCase() ?? '';
  return REGIONS.has(region) ? region : '';
}

/** Settles the currency from the markers found before and after the number. */
export function resolveCurrency(
  prefix: CurrencyHit | null,
  suffix: CurrencyHit | null,
  env: CurrencyEnv,
): { code: CurrencyCode; reason: string } {
  const describe = (hit: CurrencyHit) => `${hit.token.kind} ${hit.written}`;
  // A named currency after the number settles an ambiguous symbol before it: "$5 billion Hong Kong dollars".
  if (prefix?.token.amb && suffix?.token.code) {
    return { code: suffix.token.code, reason: `${prefix.written} with ${describe(suffix)}` };
  }
  const hit = prefix?.token.code || !suffix ? prefix : suffix;
  if (!hit) throw new Error('resolveCurrency needs a marker');
  const tok = hit.token;
  if (tok.code) return { code: tok.code, reason: describe(hit) };
  if (tok.amb === 'dollar') return env.dollar(tok.kind === 'word', hit.start);
  // (An ambiguous suffix wins over an ambiguous prefix: "¥25亿元" is yuan whatever the page.)
  if (tok.amb === 'yuan') return env.yuan();
  return env.yen(tok.t, hit.start);
}
