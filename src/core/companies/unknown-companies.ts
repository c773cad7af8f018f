// Companies the data does not hold, read from their shape and their context (issue 4, item 3).
//
// Shape: a run of capitalised words closed by a corporate word — legal ("Co.", "Ltd.", "Inc.",
// "Corp."), group ("Group", "Holdings"), or a weaker word that usually closes a company name
// ("Capital", "Ventures", "Partners", "Technology", "AI", "Labs", "Robotics", "Semiconductor").
// Context: a cue before or after a run of capitalised words — "startup X", "X, a Beijing-based …
// company", "led by X", "backed by X", "X-backed", "invested in X", "investors including X, Y and
// Z", the firm a wire report quotes its source at ("said a dealer at X", "analysts at X") — and lists
// that open with a company ("Tencent, Alibaba and Monolith", "ZF and Continental").
//
// Precision first: a wrong highlight costs more than a missed one. So a candidate is dropped when
// its words are all generic ("Venture Capital", "Generative AI"), a place, a person, a product, a
// government body or a news source (not-companies.ts); a weak corporate word followed by another
// capitalised word is left alone ("MIT Technology Review", "Capital Today"); lines in title case
// (headlines) are skipped, because every word there is capitalised; only Latin-script names are
// read (Chinese names without the data would need a segmenter).
//
// An unknown company has no data id. It gets a synthetic one, stable across pages and runs:
// "unknown:" + the name folded to lowercase kebab-case without its legal suffix
// ("Shangcheng Capital" → "unknown:shangcheng-capital", "Kingdom Holding Co." →
// "unknown:kingdom-holding"); its `name` is the name as written.

import type { CompanyMention } from '../types';
import { isSpaceLike } from './char-class';
import { AFTER_COMMA, DOTTED, escapeWord, FORM_KINDS, LEGAL_FORMS, type FormKind } from './legal-forms';
import { GENERIC_WORDS, LEADING_STOP_WORDS, looksLikeAnyPerson, NONPROFIT_HEADS, notCompanyReason, PLACE_WORDS } from './not-companies';
import { isNameWord, nextWordStart, previousWordEnd, wordEnd, wordStart } from './name-words';
import { remembered } from './remembered';
import { openingsOf } from './name-openings';
import { NEWSWORTHY_SURNAMES } from './person-names';
import { firstEndAfter } from './sorted-spans';

export const UNKNOWN_ID_PREFIX = 'unknown:';

/** A corporate word's part in a name: see legal-forms.ts. */
export type SuffixRole = FormKind;

export const SUFFIX_ROLES: ReadonlyMap<string, SuffixRole> = FORM_KINDS;

/** Words before a head that make a public body or a generic phrase, not a company ("Central Bank"). */
const NOT_BEFORE_HEAD = new Set(['world', 'central', 'reserve', 'development', 'federal', 'national', 'people’s', "people's", 'investment', 'commercial', 'cooperative', 'state', 'export-import', 'land', 'policy', 'european', 'asian', 'african', 'islamic', 'crypto', 'bitcoin', 'gold', 'coal', 'copper', 'iron', 'lithium', 'deep-sea', 'data', 'food', 'blood', 'seed', 'gene', 'memory', 'piggy', 'river', 'west', 'east', 'north', 'south', 'left', 'right', 'online', 'digital', 'mobile', 'local', 'regional', 'community', 'savings']);

/** Before "Fund": a kind of fund or a public fund, not a fund's name ("a Hedge Fund", "the Resolution Fund"). */
const NOT_BEFORE_FUND = new Set(['resolution', 'deposit', 'guarantee', 'stabilization', 'stabilisation', 'compensation', 'relief', 'emergency', 'index', 'mutual', 'hedge', 'sovereign', 'wealth', 'money', 'bond', 'equity', 'endowment', 'trust', 'recovery', 'solidarity', 'cohesion', 'climate']);

/** Lowercase words a cue may skip before the name: "led by existing investor X", "backed by e-commerce giant Y". */
const CUE_FILLER = new Set(
  ('the existing new returning investor investors shareholder shareholders backer backers firm firms fund funds ' +
    'giant giants company companies its their venture capital private equity investment arm unit tech internet ' +
    'e-commerce chipmaker automaker carmaker smartphone maker rival peer parent partner partners including such as ' +
    'like both also state-owned state-backed government-backed chip search video gaming payments insurance ' +
    'electric vehicle ride-hailing food delivery social media asset manager lender bank conglomerate group ' +
    'sovereign wealth hedge digital open-banking fintech insurtech proptech edtech healthtech agritech climate-tech ' +
    'provider platform operator developer marketplace app brand startup start-up scale-up scaleup specialist outfit ' +
    'software logistics robotics biotech pharmaceutical drugmaker insurer retailer miner brewer airline carrier ' +
    'payments neobank challenger lab studio consultancy manufacturer supplier B2B B2C D2C SaaS EV AI IoT HR ' +
    'edtech deep-tech deeptech').split(' '),
);

/** Nouns that make "X, a … <noun>" an appositive about a company. */
const COMPANY_NOUNS = new Set(
  ('startup start-up company firm maker developer provider operator platform unicorn lender manufacturer producer ' +
    'supplier conglomerate fund investor chipmaker automaker carmaker designer giant retailer insurer bank group ' +
    'biotech fintech insurtech proptech edtech healthtech medtech drugmaker miner lab studio marketplace ' +
    'venture subsidiary affiliate unit arm spin-off spinoff business brokerage exchange ' +
    // Utilities, carriers and trades of the older economy: "Eskom, a state-owned power utility,".
    'utility airline carrier railway railroad shipper shipowner brewer distiller refiner steelmaker telco broadcaster publisher grocer wholesaler reinsurer').split(' '),
);

const MAX_NAME_WORDS = 6;

/** A name read from the text: its span and its words as written. */
export interface NameRun {
  start: number;
  end: number;
  words: string[];
}

/** A mention the rules found, possibly replacing a data mention it extends ("Baidu Ventures"). */
export interface FoundCompany extends CompanyMention {
  replaces?: CompanyMention;
}

/** Finds a data mention at a position with rules relaxed for a cue ("led by Benchmark"). */
export type RelaxedLookup = (start: number) => CompanyMention | undefined;

/** The synthetic id of an unknown company (see the header). */
export function unknownId(name: string): string {
  return idOfName(name);
}

/** A page names its companies again and again: each name's id is worked out once. */
const idOfName = remembered(idOf);

function idOf(name: string): string {
  // Legal words go first, as written ("A/S", "S.A."), then the rest is split into words.
  const tokens = name.split(/[\s,]+/).filter(Boolean);
  while (tokens.length > 1 && SUFFIX_ROLES.get(tokens[tokens.length - 1]!.replace(/\.$/, '')) === 'legal') tokens.pop();
  const words = tokens.join(' ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  while (words.length > 1 && SUFFIX_ROLES.get(words[words.length - 1]!) === 'legal') words.pop();
  return UNKNOWN_ID_PREFIX + words.join('-').toLowerCase();
}

function unknownMention(text: string, start: number, end: number): FoundCompany {
  const written = text.slice(start, end);
  return { start, end, text: written, id: unknownId(written), name: /\s(?<! )|\s\s/.test(written) ? written.replace(/\s+/g, ' ') : written };
}

/** End of a suffix word, including the full stop of an abbreviation ("Co." but not "Group."). */
function suffixEnd(text: string, word: string, end: number): number {
  return DOTTED.has(word) && text.charCodeAt(end) === 0x2e ? end + 1 : end;
}

interface SuffixChain {
  end: number;
  roles: SuffixRole[];
}

/**
 * Corporate words in one chain at most: "Investment Management Group Holdings Co., Ltd." has six. The
 * bound keeps a run of corporate words ("Ltd Ltd Ltd …", read from every word of it) linear.
 */
const MAX_SUFFIX_WORDS = 8;

/** The corporate words from the word at `start` on: "Group Co., Ltd.", "Capital Management". */
function readSuffixChain(text: string, start: number): SuffixChain | undefined {
  const roles: SuffixRole[] = [];
  let end = start;
  let at = start;
  while (roles.length < MAX_SUFFIX_WORDS) {
    const e = wordEnd(text, at);
    const word = text.slice(at, e);
    const r = SUFFIX_ROLES.get(word);
    if (!r || (r === 'chain' && roles.length === 0)) break;
    roles.push(r);
    end = suffixEnd(text, word, e);
    // Next: ", Ltd." after a comma, or a word after spaces.
    if (text.charCodeAt(end) === 0x2c) {
      const next = nextWordStart(text, end + 1);
      if (next < 0 || next === end + 1 || !AFTER_COMMA.has(text.slice(next, wordEnd(text, next)))) break;
      at = next;
      continue;
    }
    const next = nextWordStart(text, end);
    if (next < 0 || next === end) break;
    at = next;
  }
  return roles.length > 0 ? { end, roles } : undefined;
}

/** Whether a capitalised word follows `end` on the same line: the chain was inside a longer name. */
function nameWordFollows(text: string, end: number): boolean {
  const next = nextWordStart(text, end);
  if (next < 0 || next === end) return false;
  return isNameWord(text, next, wordEnd(text, next));
}

/** What a sentence calls a company before naming it, capitalised at the sentence's start: "Rival Froneri", "Conglomerate PT Astra …". */
const LEADING_COMPANY_NOUNS = new Set(['Rival', 'Rivals', 'Competitor', 'Conglomerate', 'Chipmaker', 'Automaker', 'Carmaker', 'Drugmaker', 'Miner', 'Brewer', 'Insurer', 'Reinsurer', 'Lender', 'Retailer', 'Startup', 'Start-up', 'Unicorn', 'Parent', 'Shipbuilder', 'Steelmaker', 'Bidder', 'Suitor', 'Buyer', 'Seller', 'Investor', 'Shareholder']);

/** A press release's furniture in capitals before the issuer's name: "SOURCE Corvid Systems, Inc.", "CONTACT: …". */
const PRESS_RELEASE_MARKERS = new Set(['SOURCE', 'CONTACT', 'CONTACTS', 'MEDIA', 'PHOTO', 'VIDEO', 'LOGO']);

/** German nouns (and their compounds) for what a company is: "Werbeagentur", "Pharmakonzern", "Softwarefirma", "Hersteller". */
const GERMAN_TRADE_NOUN = /^[a-zäöüß]{0,20}(?:agentur|firma|konzern|unternehmen|hersteller|anbieter|händler|betreiber|tochter|dienstleister|versicherer)$/i;

/**
 * German articles that are also particles of Dutch names ("van der Berg", "van den Bosch"): only after "van" are they a
 * name's; after a noun they are the article ("ein Foto des Plakats der Goal AG", "Hilfe von der Goal AG").
 */
const ARTICLE_PARTICLES = new Set(['der', 'den', 'dem']);

/** Drops stop words and connectors from the start of a run. */
function trimLeading(words: string[], offsets: number[], end: number): NameRun {
  let k = 0;
  // "die Schweizer Werbeagentur Goal AG": German writes every noun capitalised, so a word for what the company is
  // stands in the run; the name starts after the last one.
  for (let i = words.length - 2; i >= 0; i--) {
    // ("Kessler Agentur GmbH": the noun closes the name when only corporate words follow it.)
    if (GERMAN_TRADE_NOUN.test(words[i]!) && words.slice(i + 1).some((w) => !SUFFIX_ROLES.has(w))) {
      k = i + 1;
      break;
    }
  }
  while (k < words.length && (LEADING_STOP_WORDS.has(words[k]!.toLowerCase()) || PRESS_RELEASE_MARKERS.has(words[k]!) || words[k] === '&' || words[k] === 'of' || NAME_PARTICLES.has(words[k]!) || (k < words.length - 1 && LEADING_COMPANY_NOUNS.has(words[k]!)))) k++;
  return { start: k < offsets.length ? offsets[k]! : end, end, words: words.slice(k) };
}

/**
 * Lowercase particles of Dutch, German and Romance family and place names ("Bouwbedrijf van den Berg
 * BV", "Banco do Brasil SA"): inside a name closed by a corporate word, between capitalised words.
 */
const NAME_PARTICLES = new Set(['van', 'der', 'den', 'de', 'von', 'zu', 'du', 'des', 'la', 'le', 'del', 'della', 'dello', 'delle', 'degli', 'di', 'da', 'do', 'dos', 'das', 'y', 'e']);

/** Surnames joined by commas, the last two by "&": the name of a partnership. */
const PARTNERS_NAME = /^[A-Z][a-z'’-]+(?:, [A-Z][a-z'’-]+)+,? & [A-Z][a-z'’-]+\b/;

/** Whether a capitalised name word follows the particle that ends at `end` ("do Brasil", not "do the"). */
function particleJoins(text: string, end: number): boolean {
  const next = nextWordStart(text, end);
  return next > end && isNameWord(text, next, wordEnd(text, next));
}

/** Whether a capitalised word or another particle comes right before `start` on the line. */
function nameWordBefore(text: string, start: number): boolean {
  const e = previousWordEnd(text, start);
  if (e < 0 || e === start) return false;
  const s = wordStart(text, e);
  return isNameWord(text, s, e) || NAME_PARTICLES.has(text.slice(s, e));
}

/** Whether the particle at s..e may join a name: an article particle only after "van" ("van der Berg", not "Hilfe der"). */
function particleMayJoin(text: string, s: number, e: number): boolean {
  if (!ARTICLE_PARTICLES.has(text.slice(s, e))) return true;
  const b = previousWordEnd(text, s);
  return b > 0 && b !== s && text.slice(wordStart(text, b), b).toLowerCase() === 'van';
}

/** "Seven & i Holdings": one lower-case letter after "&" and a name word is part of the name. */
function letterAfterAmpersand(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (end - start !== 1 || c < 0x61 || c > 0x7a) return false;
  let i = start;
  while (i > 0 && isSpaceLike(text.charCodeAt(i - 1))) i--;
  if (i === start || text.charCodeAt(i - 1) !== 0x26) return false;
  const before = previousWordEnd(text, i - 1);
  return before > 0 && isNameWord(text, wordStart(text, before), before);
}

/** A run read backwards, and the data mention it ran into, if any. */
interface BackwardRun extends NameRun {
  knownBefore: CompanyMention | undefined;
}

/**
 * The capitalised words of a name whose last word ends at `end` (exclusive), read backwards, at
 * most MAX_NAME_WORDS; "of" and "&" may join them ("Bank of Jiangsu", "Mechanical & Electrical").
 * Stops at a data mention (reported as knownBefore).
 */
function readNameBackward(text: string, end: number, knownByEnd: ReadonlyMap<number, CompanyMention>, particles = false): BackwardRun | undefined {
  // Gathered last word first (pushing is cheaper than putting each word in front), turned round at the end.
  const words: string[] = [];
  const offsets: number[] = [];
  let knownBefore: CompanyMention | undefined;
  let pos = end;
  while (words.length < MAX_NAME_WORDS + 2) {
    let e = words.length === 0 ? end : previousWordEnd(text, pos);
    if (e < 0 && words.length > 0) {
      // "&" between two words of one name.
      let i = pos;
      while (i > 0 && isSpaceLike(text.charCodeAt(i - 1))) i--;
      if (i > 0 && text.charCodeAt(i - 1) === 0x26) {
        const before = previousWordEnd(text, i - 1);
        if (before > 0 && !knownByEnd.has(before) && isNameWord(text, wordStart(text, before), before)) {
          words.push('&');
          offsets.push(i - 1);
          e = before;
        }
      }
    }
    if (e <= 0) break;
    const known = knownByEnd.get(e);
    if (known) {
      knownBefore = known;
      break;
    }
    const s = wordStart(text, e);
    if (s === e) break;
    const word = text.slice(s, e);
    const particle = particles && words.length > 0 && NAME_PARTICLES.has(word) && isNameWord(text, s, e) === false && nameWordBefore(text, s) && particleMayJoin(text, s, e);
    if (!particle && !isNameWord(text, s, e) && !(word === 'of' && words.length > 0) && !(words.length > 0 && word.endsWith('-owned') && /^[A-Z]/.test(word)) && !letterAfterAmpersand(text, s, e)) break;
    words.push(word);
    offsets.push(s);
    pos = s;
  }
  words.reverse();
  offsets.reverse();
  // A name does not start with a connector.
  while (words.length > 0 && (words[0] === 'of' || words[0] === '&')) {
    words.shift();
    offsets.shift();
  }
  if (words.length === 0) return { start: end, end, words, knownBefore };
  const trimmed = trimLeading(words, offsets, end);
  // A stop word between a data name and this run cuts them apart ("Tencent and Shunwei Capital").
  return { start: trimmed.start, end: trimmed.end, words: trimmed.words, knownBefore: trimmed.words.length === words.length ? knownBefore : undefined };
}

/**
 * The capitalised words from `start` on, with the corporate words that close them
 * ("Kingdom Holding Co.", "Shunwei Capital"), at most MAX_NAME_WORDS plus the suffix chain.
 */
export function readNameForward(text: string, start: number): NameRun | undefined {
  const words: string[] = [];
  const offsets: number[] = [];
  let at = start;
  let end = start;
  while (words.length < MAX_NAME_WORDS) {
    const e = wordEnd(text, at);
    if (e === at) break;
    const word = text.slice(at, e);
    if (words.length > 0 && SUFFIX_ROLES.has(word) && SUFFIX_ROLES.get(word) !== 'chain') {
      const chain = readSuffixChain(text, at);
      if (chain) {
        words.push(word);
        offsets.push(at);
        end = chain.end;
        break;
      }
    }
    // "of", and a particle between two name words: "Banco do Brasil", "Ferrovie dello Stato".
    const connector = words.length > 0 && (word === 'of' || (NAME_PARTICLES.has(word) && particleJoins(text, e) && particleMayJoin(text, at, e)));
    if (!connector && !isNameWord(text, at, e)) break;
    words.push(word);
    offsets.push(at);
    if (!connector) end = e;
    let next = nextWordStart(text, e);
    if (next < 0) {
      // "Mechanical & Electrical"
      let i = e;
      while (i < text.length && isSpaceLike(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) !== 0x26) break;
      next = nextWordStart(text, i + 1);
      if (next < 0 || !isNameWord(text, next, wordEnd(text, next))) break;
      words.push('&');
      offsets.push(i);
    }
    if (next === e) break;
    at = next;
  }
  while (words.length > 0 && (words[words.length - 1] === 'of' || words[words.length - 1] === '&')) words.pop();
  if (words.length === 0) return undefined;
  const run = trimLeading(words, offsets, end);
  return run.words.length > 0 ? run : undefined;
}

/** Whether a run read from a cue alone (no corporate word) may be a company. */
function isCueName(run: NameRun): boolean {
  if (run.words.length === 0 || run.words.length > MAX_NAME_WORDS) return false;
  if (notCompanyReason(run.words) !== undefined) return false;
  // A cue's word alone, with no corporate word to say company: "sponsored by Obama admits …" is the person, "rent
  // it on iTunes" the product (a lowercase "i" before a capital). ("Trump Airlines", "iSmart Technology" keep theirs.)
  if (run.words.length === 1 && (NEWSWORTHY_SURNAMES.has(run.words[0]!.toLowerCase()) || /^i[A-Z]/.test(run.words[0]!))) return false;
  if (run.words.length > 1) return true;
  // A lone word must look like a name: not an initial, not a short acronym ("DOM", "APIs").
  const word = run.words[0]!;
  // Nor a lower-case word joined to an acronym ("pay-TV", "non-EU", "pro-US").
  return word.length >= 3 && !/^[A-Z]{1,3}s?$/.test(word) && !/^(?:[A-Z]\.)+[A-Z]?$/.test(word) && !/^[a-z]+-[A-Z]+$/.test(word);
}

/**
 * "a consortium led by XRG, the international investment arm of ADNOC": a short acronym the sentence describes as a
 * company is one ("the ECB, the euro zone's central bank" is not: an acronym after "the" is an institution's).
 */
function isAcronymBeforeAppositive(text: string, run: NameRun): boolean {
  return run.words.length === 1 && /^[A-Z]{2,4}$/.test(run.words[0]!) && notCompanyReason(run.words) === undefined && !/\b[Tt]he\s$/.test(text.slice(Math.max(0, run.start - 4), run.start)) && !/^, (?:a|an|the) (?:[a-z-]+ ){0,3}(?:central|development|multilateral|public|government|state)\b/.test(text.slice(run.end, run.end + 60));
}

/** "publisher VNU", "insurer GAN": an acronym of three capitals right after a noun for a kind of company is its name. */
function acronymAfterTradeNoun(text: string, run: NameRun): boolean {
  if (run.words.length !== 1 || !/^[A-Z]{3}$/.test(run.words[0]!) || text.charCodeAt(run.start - 1) !== 0x20) return false;
  const e = run.start - 1;
  const s = wordStart(text, e);
  return s < e && COMPANY_NOUNS.has(text.slice(s, e));
}

/** "Working Group", "Community Group": groups of people, not companies. */
const NOT_COMPANY_GROUPS = new Set(['working', 'community', 'steering', 'task', 'advisory', 'study', 'interest', 'user', 'focus', 'expert', 'contact', 'peer', 'age', 'ethnic', 'minority', 'control', 'pressure', 'support']);

/** "Foundational Technology", "Physical AI": an adjective before a weak corporate word names a topic. */
const ADJECTIVE_ENDING = /(?:al|ive|ic|ous|ary|ible|able|ful|less|ing)$/;

// --- Headlines --------------------------------------------------------------------------------

const TITLE_LINE_MAX_CHARS = 200;
let titleLineText = '';
let titleLineStart = -1;
let titleLineEnd = -1;
let titleLineResult = false;

/** Whether the line holding `pos` is in title case ("Chinese AI Startup Raises Funds"). */
function inTitleCaseLine(text: string, pos: number): boolean {
  const cached = text === titleLineText && pos >= titleLineStart && pos < titleLineEnd;
  const start = cached ? titleLineStart : text.lastIndexOf('\n', pos - 1) + 1;
  let end = cached ? titleLineEnd : text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  // A long line is judged around the cue; its bounds are kept all the same: found anew for every cue on a page with no
  // line break, they made a page of "Ltd Ltd Ltd …" quadratic (73 s for 1 MB).
  if (end - start > TITLE_LINE_MAX_CHARS) {
    [titleLineText, titleLineStart, titleLineEnd] = [text, start, end];
    return inTitleCaseRun(text, Math.max(start, pos - TITLE_WINDOW), Math.min(end, pos + TITLE_WINDOW));
  }
  if (cached) return titleLineResult;
  let result = false;
  const { upper, lower } = caseCounts(text, start, end);
  // A headline has (almost) no lowercase words and no closing full stop; a sentence full of
  // names ("Hangzhou Municipal … Group Co. invested.") has both.
  const last = text.slice(start, end).trimEnd().slice(-1);
  result = lower <= 1 && upper >= 4 * lower + 3 && last !== '.' && last !== '?' && last !== '!';
  titleLineText = text;
  titleLineStart = start;
  titleLineEnd = end;
  titleLineResult = result;
  return result;
}

/** Capitalised and lowercase words of four letters or more in [start, end). */
function caseCounts(text: string, start: number, end: number): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (const m of text.slice(start, end).matchAll(/[A-Za-z][A-Za-z’'-]{3,}/g)) {
    const c = m[0].charCodeAt(0);
    if (c >= 0x41 && c <= 0x5a) upper++;
    else lower++;
  }
  return { upper, lower };
}

/** Characters each way of a cue that a long line's menu is judged on. */
const TITLE_WINDOW = 90;

/**
 * A page's menu flattened into one long line ("… People & Power Fault Lines Whose Truth Is It Anyway? My Ethiopia …",
 * "Customer Support Partners Our partners Sales Partners Technology Partners …"): the words around a cue are all
 * capitalised, as in a headline, where prose has lowercase words every few words.
 */
// (Read word by word, and given up at the second lowercase word: prose, where most cues stand, costs a few words.)
function inTitleCaseRun(text: string, start: number, end: number): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = start; i < end; i++) {
    if (!isAsciiLetter(text.charCodeAt(i)) || (i > start && isAsciiLetter(text.charCodeAt(i - 1)))) continue;
    let e = i + 1;
    while (e < end && (isAsciiLetter(text.charCodeAt(e)) || text.charCodeAt(e) === 0x2d || text.charCodeAt(e) === 0x27 || text.charCodeAt(e) === 0x2019)) e++;
    if (e - i >= 4) {
      const c = text.charCodeAt(i);
      if (c >= 0x41 && c <= 0x5a) upper++;
      else if (++lower > 1) return false;
    }
    i = e - 1;
  }
  return upper >= 8;
}

// --- The scan ---------------------------------------------------------------------------------

// One pass finds every place a rule may apply; most text matches nothing. Named groups: corporate
// word, "startup", "<verb> by", forward cue, list cue, "<noun> X" and "founder of X" (one name, no
// list: "partner at X, and <person>"), the noun capitalised ("Insurer X said"), "its arm, X,"; then,
// not at a word start, "-backed", appositive, place, "which", a Reuters code. The branches that start
// a word share one \b. It is tried only where a branch can start (nextTriggerMatch, below).
const CORPORATE_WORDS = LEGAL_FORMS.filter((f) => f.kind !== 'chain').map((f) => f.word).sort((a, b) => b.length - a.length);
export const TRIGGER = new RegExp(
  `(?:\\b(?:` +
  [
    `(?<corporate>${CORPORATE_WORDS.map(escapeWord).join('|')})\\b`,
    '(?<startup>(?:[Ss]tart-?up|[Uu]nicorn)\\s)',
    '(?<by>(?:led|co-led|backed|funded|financed|joined|acquired|bought|owned|operated|run|managed|advised|controlled|supplied|manufactured|produced|sponsored) by\\s)',
    '(?<forward>(?:invest(?:ed|s|ing|ment|ments)?|stakes?|round|funding|financing) (?:in|into|for)\\s|[Ss]hares (?:in|of)\\s|(?:bid|offer)(?: of (?:[^.;]|\\.\\d){1,40}?)? for\\s|(?:acquir(?:e|es|ed|ing)|buy|buys|bought|acquisition of|purchase of|buyout of|merger with|merge(?:s|d)? (?:with|into)|merging (?:with|into)|spun off|spin off|snapped up|snaps up|took over|takes over|absorb|absorbs|sale of|sold|to sell)\\s)',
    // (Not across a line: "Corporate participants⏎Jenna Liu — Vice President" is a heading over people.)
    '(?<list>(?:investors?|backers?|shareholders?|participants)(?: (?:including|include|includes|included|such as|like|are|were))?[ \\t:,]|participation (?:from|of|by)\\s)',
    '(?<noun>(?:firm|company|retailer|lender|chipmaker|automaker|carmaker|giant|conglomerate|insurer|[Rr]ival|subsidiary|bank|neobank|insurtech|fintech|proptech|edtech|healthtech|agritech|provider|platform|operator|marketplace|maker|developer|brand|app|scale-?up|miner|brewer|airline|carrier|drugmaker|biotech|specialist|outfit|unit|peer|competitor|auctioneer|distributor|wholesaler|shipbuilder|shipper|steelmaker|refiner|utility|telco|broker|brokerage|publisher|broadcaster|supermarket|grocer|bottler|distiller|producer|manufacturer|supplier|contractor|homebuilder|explorer|exporter|trader|chain|lessor|reinsurer|asset manager|investment firm|venture|channel|railway|parent|(?<=[a-z] )group(?<!\\b(?:the|a|an|its|this|that|their|our|his|her|whole|entire|same) group)) (?=[A-Z])|(?:founder|co-founder|chief executive|CEO|chairman|president|partner) (?:of|at) |(?:[Dd]ealers?|traders?|brokers?|shipbrokers?|bankers?|[Aa]nalysts?|[Ss]trategists?|economists?|fund managers?|chartists?) (?:at|with) )',
    // The trade nouns of <noun> capitalised (kept only where they open a sentence): "Insurer X said".
    '(?<tradeNoun>(?:Insurer|Reinsurer|Retailer|Lender|Miner|Brewer|Broker|Chipmaker|Carmaker|Automaker|Drugmaker|Steelmaker|Shipbuilder|Supermarket|Grocer|Publisher|Broadcaster|Refiner|Bottler|Distiller|Homebuilder|Wholesaler|Distributor|Conglomerate|Manufacturer|Supplier) )(?=[A-Z])',
    // A company noun and a comma before a name set off by commas: "its budget arm, Jetstar, …".
    '(?<arm>(?:arm|unit|subsidiary|division|parent|owner|rival|competitor|carrier|lender|insurer|retailer|brewer|miner|airline|chipmaker|carmaker|automaker|drugmaker|business|venture|railway|channel|broadcaster|operator|utility|bank|brokerage), )(?=[A-Z])',
    // "Harbor Lux led the round": the lead named before its verb.
    '(?<= )(?<ledRound>(?:co-)?led the (?:round|financing|investment|raise|funding)\\b)',
    // "along with Japanese lenders MUFG and SMBC", "with Benchmark participating", "a round from X", "take X private".
    '(?<joining>(?:along|together) with\\s|with\\s(?=[^.;]{1,150}?\\b(?:also )?(?:participating|joining|investing|lending|taking part)\\b)|(?:round|funding|financing|investment|capital) from\\s|(?:take|takes|took|taking|taken) (?=(?:[A-Z][\\w&.\'’-]*\\s){1,4}private\\b))',
  ].join('|') +
  ')|' +
  [
    '(?<backed>-(?:backed|led|funded|owned)\\b)',
    '(?<appositive>, (?:a|an|the) |, (?=[A-Z][a-z]+[’\']s (?:[a-z-]+ ){0,3}[a-z-]+,))',
    // "Berlin-based Kelvara", "Toronto’s Ledgerlane": a place vouches for the name after it.
    // (The apostrophe first, the name before it looked back at from there: a look-behind that opened
    // the branch was tried at every character, 40% of this scan's time.)
    "(?<place>-based\\s|[’'](?<=[A-Z][a-z]+[’'])s\\s(?=[A-Z]))",
    // "Andela, which connects companies with engineers, has raised …": what a company does.
    '(?<which>, which (?:makes|builds|connects|runs|operates|provides|develops|sells|helps|offers|owns|designs|produces|supplies|lets|gives) )',
    // "Kolberg (KOLB.DE) said", "Broken Hill Proprietary <BHP.AX>": a Reuters instrument code after a name.
    '(?<ric>[(<][A-Z0-9]{1,6}\\.[A-Z]{1,2}[)>])',
  ].join('|') +
  ')',
  'g',
);

/**
 * The scan tries TRIGGER only where one of its branches can start: a word whose first run of letters
 * opens a branch, or a hyphen, a comma, an apostrophe or an opening bracket (the branches that start
 * elsewhere). Most words open none: a hash of the word, folded as it is read and looked up in a
 * bitmap, costs about half of what the regex spent trying its alternatives at every word (its scan
 * was a fifth of findCompanies).
 * A stray hash hit only costs a try. A branch given a new first word must list it here:
 * `trigger-starts.test.ts` finds every whole-text match of the evaluation texts among these starts.
 */
const TRIGGER_FIRST_WORDS = [
  ...CORPORATE_WORDS.map((w) => /^[A-Za-z]+/.exec(w)![0]),
  ...`start startup unicorn led co backed funded financed joined acquired bought owned
  invest invested invests investing investment investments stake stakes round funding financing acquire acquires
  acquiring buy buys acquisition purchase buyout merger merge merges merged merging spun spin snapped snaps took
  takes absorb absorbs sale sold to investor investors backer backers shareholder shareholders participants
  participation firm company retailer lender chipmaker automaker carmaker giant conglomerate insurer rival
  subsidiary bank neobank insurtech fintech proptech edtech healthtech agritech provider platform operator
  marketplace maker developer brand app scale scaleup miner brewer airline carrier drugmaker biotech specialist
  outfit unit peer competitor auctioneer distributor wholesaler shipbuilder shipper steelmaker refiner utility
  telco broker brokerage publisher broadcaster supermarket grocer bottler distiller producer manufacturer
  supplier contractor homebuilder explorer exporter trader chain lessor reinsurer asset group founder chief ceo
  chairman president partner arm division parent owner along together with capital take taking taken operated run
  managed advised shares bid offer venture channel railway business dealer dealers traders brokers shipbroker
  shipbrokers banker bankers analyst analysts strategist strategists economist economists fund chartist
  chartists controlled supplied manufactured produced sponsored`.split(/\s+/),
];
const TRIGGER_AT = new RegExp(TRIGGER.source, 'y');

/** A word's hash, case folded: the first words are kept as a bitmap of hashes (a stray hit only costs a try). */
const HASH_BITS = 16;
function foldedHash(h: number, c: number): number {
  return (Math.imul(h, 31) + (c | 0x20)) >>> 0;
}
const FIRST_WORD_HASHES = new Uint8Array(1 << HASH_BITS);
for (const word of TRIGGER_FIRST_WORDS) {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = foldedHash(h, word.charCodeAt(i));
  FIRST_WORD_HASHES[h & ((1 << HASH_BITS) - 1)] = 1;
}

function isAsciiLetter(c: number): boolean {
  return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

function isAsciiWordChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** The first TRIGGER match at or after `from`, as its global scan finds it, trying only where a branch can start. */
export function nextTriggerMatch(text: string, from: number): RegExpExecArray | null {
  const n = text.length;
  const mask = (1 << HASH_BITS) - 1;
  let prev = from > 0 ? text.charCodeAt(from - 1) : 0;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) {
      let h = foldedHash(0, c);
      let end = i + 1;
      for (let d = text.charCodeAt(end); end < n && isAsciiLetter(d); d = text.charCodeAt(++end)) h = foldedHash(h, d);
      if (!isAsciiWordChar(prev) && FIRST_WORD_HASHES[h & mask] === 1) {
        TRIGGER_AT.lastIndex = i;
        const match = TRIGGER_AT.exec(text);
        if (match) return match;
      }
      prev = text.charCodeAt(end - 1);
      i = end - 1;
      continue;
    }
    if (c === 0x2d || c === 0x2c || c === 0x2019 || c === 0x27 || c === 0x28 || c === 0x3c) {
      TRIGGER_AT.lastIndex = i;
      const match = TRIGGER_AT.exec(text);
      if (match) return match;
    }
    prev = c;
  }
  return null;
}

/** Every TRIGGER match of `text`, in order (see nextTriggerMatch). */
export function triggerMatches(text: string): RegExpExecArray[] {
  const all: RegExpExecArray[] = [];
  for (let m = nextTriggerMatch(text, 0); m; m = nextTriggerMatch(text, m.index + m[0].length)) all.push(m);
  return all;
}

const LIST_SEPARATOR = /^(?:,\s+and\s+|,\s+|\s+and\s+|\s+as well as\s+)/;
const MAX_LIST = 12;

interface ScanState {
  text: string;
  known: readonly CompanyMention[];
  knownByEnd: Map<number, CompanyMention>;
  knownByStart: Map<number, CompanyMention>;
  relaxed: RelaxedLookup;
  found: FoundCompany[];
  /** Openings of the multi-word data names on the page (name-openings.ts), made when a cue first needs them. */
  openings?: Map<string, CompanyMention>;
}

/** After "-led": what an investor leads ("a Sequoia-led Series B", "a SoftBank-led group of investors"). */
const LED_WHAT = /^\s+(?:[\w$€£¥.-]+\s+){0,3}?(?:round|rounds|financing|funding|investment|raise|consortium|group|syndicate|deal|bid|offer|buyout|takeover|Series|seed|pre-seed|tranche|injection|fund)\b/;
/** A forward cue that also buys things: "buy", "sold", "purchase of". */
const PURCHASE_VERB = /^(?:buy|buys|bought|purchase of|sale of|sold|to sell|snapped up|snaps up)\s$/;
const ARTICLE_THEN_NAME = /^(?:the|a|an) [A-Z]/;
/** "a sale of the Yahoo subsidiary", "bought the Athens Stock Exchange": a business after the article, by its noun or its corporate word. */
// ("buy the Planters snack nut business": what the business does may stand between.)
const NAMED_BUSINESS = /^(?:the|a|an) (?:[A-Z][\w&.'’-]*\s+){0,3}?(?:[A-Z][\w&.'’-]*\s+(?:[a-z][\w-]*\s+){0,3}?(?:subsidiary|unit|business|businesses|division|group|company|firm|brand|chain|operations|assets|stake|shares)\b|(?:Exchange|Bank|Group|Holdings|Company|Corporation|Corp|Inc|Ltd|Plc|AG|SA|NV)\b)/;

/**
 * After a name a place's possessive introduced ("Toronto’s Ledgerlane"): what a company does, perhaps after what it is
 * between commas ("Austin’s Haulwise, which matches truckers with loads, raised …", "Denver’s Summit Grounds Coffee, a
 * chain of 22 cafes, has been purchased", "Dubai’s Falcon Mutual and Bahrain-based Pearl Takaful will combine"). On real pages the possessive mostly introduces people, districts and venues
 * ("Serbia’s Novak Djokovic", "Punjab’s Bhatinda", "San Francisco’s Moscone Center"): they do none of these.
 */
const DOES_BUSINESS_AFTER =
  /^(?:, (?:which|a|an|the) [^,.;]{1,80},)?(?: and [^.;]{1,60}?,?)? (?:(?:has|have|had|was|were|is|are|will|would) )?(?:been |also |now |just |recently )?(?:raised|raises|raising|picked up|picks up|secured|secures|closed|closes|landed|lands|bagged|made its (?:market |stock market |trading )?debut|debuted|listed|filed for|went public|acquired|bought|purchased|sold|agreed to|reported (?:a |an |its )|posted (?:a |an |its )|merged|merge|merges|combine|combines|combined|is being (?:acquired|bought|sold))\b/;

/** "Berlin-based …" or "Toronto’s …": the word before the cue is a place. */
function placeVouches(text: string, at: number, cue: string): boolean {
  // "Pakistan-based", "Mercer Island-based": a place is capitalised ("stream-based Fetch API" is no place).
  if (cue.startsWith('-')) return /[A-Z]/.test(text[wordStart(text, at)] ?? '');
  const s = wordStart(text, at);
  return s < at && PLACE_WORDS.has(text.slice(s, at).toLowerCase());
}

/**
 * After "-backed", "-owned": a company or what one is ("SoftBank-backed Paytm", "a Tencent-backed video platform"), not
 * any thing ("the Unicode-backed type", "a Python-backed tool"): a lowercase word after must be, or come right before,
 * a company's noun.
 */
function backsCompany(text: string, end: number): boolean {
  const first = nextWordStart(text, end);
  if (first !== end + 1) return true;
  const e = wordEnd(text, first);
  const word = text.slice(first, e);
  if (!/^[a-z]/.test(word) || CUE_FILLER.has(word) || COMPANY_NOUNS.has(word)) return true;
  const second = nextWordStart(text, e);
  if (second < 0) return false;
  const next = text.slice(second, wordEnd(text, second));
  return CUE_FILLER.has(next) || COMPANY_NOUNS.has(next) || COMPANY_NOUNS.has(next.replace(/s$/, ''));
}

/** Skips the filler a cue allows before a name; returns the name's start or -1. */
function skipFiller(text: string, pos: number, anyLowercase = false): number {
  let at = nextWordStart(text, pos);
  for (let k = 0; k < 5 && at >= 0; k++) {
    const e = wordEnd(text, at);
    const word = text.slice(at, e);
    const lower = word.toLowerCase();
    const describes = word.includes('-') && !isNameWord(text, at, e); // "Beijing-based"
    // After "Kowloon-based" any lowercase words describe what follows: "property services group X".
    // ("the Unicode-based string type in Mercurial": a preposition ends the description; the name after it is elsewhere.)
    const described = anyLowercase && word === lower && /^[a-z]/.test(word) && !LEADING_STOP_WORDS.has(lower);
    if (!CUE_FILLER.has(word) && !describes && !described && !(LEADING_STOP_WORDS.has(lower) && isNameWord(text, at, e) && !nameWordAfter(text, e))) break;
    at = nextWordStart(text, e);
  }
  return at;
}

/**
 * "Swedish defence group Saab", "Japanese lenders MUFG": a nationality and up to three lowercase words
 * describe the name after them. Returns where the name starts, or `at` when no such description stands there.
 */
function skipNationality(text: string, at: number): number {
  const first = nextWordStart(text, at);
  if (first < 0 || !PLACE_WORDS.has(text.slice(first, wordEnd(text, first)).toLowerCase()) || nameWordAfter(text, wordEnd(text, first))) return at;
  let pos = nextWordStart(text, wordEnd(text, first));
  for (let k = 0; k < 3 && pos >= 0; k++) {
    const e = wordEnd(text, pos);
    const word = text.slice(pos, e);
    if (!/^[a-z][a-z-]*$/.test(word) || LEADING_STOP_WORDS.has(word)) return at;
    const next = nextWordStart(text, e);
    if (next >= 0 && nameWordAfter(text, e)) return next;
    pos = next;
  }
  return at;
}

/** "Chinese tech giant": a capitalised stop word is filler only when a lowercase word follows it. */
function nameWordAfter(text: string, end: number): boolean {
  const next = nextWordStart(text, end);
  return next >= 0 && isNameWord(text, next, wordEnd(text, next));
}

/** A company at `at` after a cue: a data mention, a relaxed data mention, or a new name. Returns its end or -1. */
function takeCueElement(state: ScanState, at: number, accept: boolean, first = false, weak = false): { end: number; isCompany: boolean; person?: boolean } {
  const { text } = state;
  const known = state.knownByStart.get(at);
  if (known) return { end: known.end, isCompany: true };
  // "Keefe, Bruyette & Woods", "Wachtell, Lipton, Rosen & Katz": partners' names with commas and a final "&" are one firm.
  const firm = PARTNERS_NAME.exec(text.slice(at, at + 80));
  if (firm) {
    if (accept) state.found.push(unknownMention(text, at, at + firm[0].length));
    return { end: at + firm[0].length, isCompany: accept };
  }
  const relaxed = state.relaxed(at);
  const run = readNameForward(text, at);
  if (relaxed) {
    // "Tencent and Meridian Arc", "Tesco and Fiserv Forum": a data name that opens a longer name of its own
    // words is not that company (and what the longer name is, the list does not say).
    if (run && run.start === at && run.end > relaxed.end && continuesName(text, relaxed.end)) {
      // Right after a cue for one firm ("a trader at Midland Walwyn") the longer name is that firm; inside a
      // list ("Tesco and Fiserv Forum") what the longer name is, the list does not say.
      if (!first || !isCueName(run)) return { end: run.end, isCompany: false };
      if (accept) state.found.push(unknownMention(text, run.start, run.end));
      return { end: run.end, isCompany: accept };
    }
    if (accept) state.found.push(relaxed);
    return { end: relaxed.end, isCompany: true };
  }
  if (!run || run.start !== at) return { end: -1, isCompany: false };
  if (!isCueName(run) && !acronymAfterTradeNoun(text, run)) return { end: run.end, isCompany: false };
  // "along with Zachary Quinto, Zoe Saldana …", "Best Buy, Jordan Greenway, Joel Eriksson Ek and Luke Kunin": a weak cue's
  // name that opens with a given name is a person.
  if (weak && looksLikeAnyPerson(run.words)) return { end: run.end, isCompany: false, person: true };
  if (overlapsKnown(state, run.start, run.end)) {
    // "meal-kit startup Khao Box": a longer name ending in a known one ("Box") is another company.
    const inside = state.knownByEnd.get(run.end);
    if (!inside || inside.start <= run.start || run.words.length < 2) return { end: run.end, isCompany: false };
    if (accept) state.found.push({ ...unknownMention(text, run.start, run.end), replaces: inside });
    return { end: run.end, isCompany: accept };
  }
  // "named for investor Sheldon Lubar": after a noun for a person, two or three plain name words are a person.
  if (namesPerson(text, run)) return { end: run.end, isCompany: false };
  // "invested in Musk’s other companies": a lone word owning something may be a person's name.
  const owner = run.words.length === 1 && /^(?:’s|'s)\b/.test(text.slice(run.end, run.end + 3));
  if (owner && !/(?:start-?up|unicorn|firm|company|maker|developer|lender|group)\s+$/i.test(text.slice(Math.max(0, run.start - 24), run.start))) return { end: run.end, isCompany: false };
  if (accept) {
    // "a stake in Trafalgar" after "Trafalgar House Plc": the opening of a data name the page wrote is that company.
    const full = (state.openings ??= openingsOf(state.known)).get(text.slice(run.start, run.end));
    state.found.push(full ? { start: run.start, end: run.end, text: text.slice(run.start, run.end), id: full.id, name: full.name } : unknownMention(text, run.start, run.end));
  }
  return { end: run.end, isCompany: accept };
}

/** Whether a capitalised word that is no corporate or generic word follows `end` ("Meridian Arc", not "Meridian Capital"). */
function continuesName(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || !nameWordAfter(text, end)) return false;
  const word = text.slice(end + 1, wordEnd(text, end + 1));
  return !SUFFIX_ROLES.has(word) && !GENERIC_WORDS.has(word.toLowerCase());
}

/** Nouns for a person that cues share with firms ("investor", "shareholder"). */
const PERSON_NOUN_BEFORE = /\b(?:investor|billionaire|financier|entrepreneur|tycoon|magnate|philanthropist|businessman|businesswoman|shareholder|founder|co-founder)\s+$/i;

function namesPerson(text: string, run: NameRun): boolean {
  return (
    run.words.length >= 2 &&
    run.words.length <= 3 &&
    run.words.every((w) => /^[A-Z][a-z]+$/.test(w) && !SUFFIX_ROLES.has(w) && !GENERIC_WORDS.has(w.toLowerCase()) && !PLACE_WORDS.has(w.toLowerCase())) &&
    PERSON_NOUN_BEFORE.test(text.slice(Math.max(0, run.start - 16), run.start))
  );
}

function overlapsKnown(state: ScanState, start: number, end: number): boolean {
  const { known } = state;
  const i = firstEndAfter(known, start);
  return i < known.length && known[i]!.start < end;
}

/** A cue, then one company or a list of them ("led by X, Y and Z"). */
function readCueList(state: ScanState, pos: number, list: boolean, anyLowercase = false, weak = false): void {
  const { text } = state;
  let at = skipFiller(text, skipNationality(text, pos), anyLowercase);
  for (let k = 0; k < (list ? MAX_LIST : 1) && at >= 0; k++) {
    const element = takeCueElement(state, at, true, k === 0 && !list, weak);
    if (element.end < 0 || !element.isCompany) return;
    const sep = LIST_SEPARATOR.exec(text.slice(element.end, element.end + 16));
    if (!sep) return;
    at = nextWordStart(text, element.end + sep[0].length);
  }
}

/** Nouns for what a company sells, before "of"/"from": "X, a brand of Y", "X, a product from Y". */
const BRAND_NOUNS = new Set(['brand', 'product', 'label', 'model', 'line', 'range', 'chip', 'drug', 'game']);

/** "X, a Beijing-based … startup": the noun must come within six words. */
function isCompanyAppositive(text: string, pos: number): boolean {
  let at = nextWordStart(text, pos);
  let owner = false;
  for (let k = 0; k < 6 && at >= 0; k++) {
    let e = wordEnd(text, at);
    const noun = text.slice(at, e).toLowerCase();
    // "Snapdragon, a brand of the US chipmaker Qualcomm": what a company sells, not the company.
    if (BRAND_NOUNS.has(noun) && /^ (?:of|from|owned|made|sold)\b/.test(text.slice(e, e + 7))) return false;
    // "NSE Emerge, the exchange's platform for small companies": a platform a company runs is what it sells.
    if (owner && OWNED_PRODUCT_NOUNS.has(noun)) return false;
    // "X, the world's largest maker …", "X, Germany's second-largest bank, …": a possessive does not end the description,
    // and a company's possessive ("the exchange's …", "the group's investment arm") names what it owns.
    // ("Stadia, Google’s streaming gaming platform,": a named owner's platform is its product too.)
    if (/^['’]s\b/.test(text.slice(e, e + 3))) {
      owner = COMPANY_NOUNS.has(noun) || (k === 0 && isNameWord(text, at, e));
      e += 2;
    } else if (COMPANY_NOUNS.has(noun)) return true;
    at = nextWordStart(text, e);
  }
  return false;
}

/** What a company runs and sells, after its possessive ("the exchange's platform", "the bank's app"). */
const OWNED_PRODUCT_NOUNS = new Set(['platform', 'marketplace', 'brand', 'app', 'exchange', 'studio', 'lab', 'fund', 'service', 'console', 'assistant', 'browser', 'subscription']);

/** A name that ends right at `end` (before "-backed", ", a …"), unless the data already has it. */
function takeNameBefore(state: ScanState, end: number, appositive = false): void {
  if (state.knownByEnd.has(end)) return;
  const run = readNameBackward(state.text, end, state.knownByEnd);
  if (!run || run.knownBefore || !(isCueName(run) || (appositive && isAcronymBeforeAppositive(state.text, run))) || overlapsKnown(state, run.start, run.end)) return;
  // "Wilbur Ross, a private equity investor, …": a person's name before an appositive.
  if (appositive && looksLikeAnyPerson(run.words)) return;
  state.found.push(unknownMention(state.text, run.start, run.end));
}

/** A corporate word at [start, end): read the name before it and decide. */
function takeShapeName(state: ScanState, start: number, end: number): void {
  const { text } = state;
  if (wordStart(text, end) !== start || wordEnd(text, start) !== end) return; // inside "01.AI", "Co-founder"
  // Walk back over corporate words already passed ("Technology" before "Co."), a chain's length at most.
  let chainStart = start;
  for (let k = 1; ; k++) {
    const e = previousWordEnd(text, chainStart);
    if (e < 0 || e === chainStart) break;
    const s = wordStart(text, e);
    const r = SUFFIX_ROLES.get(text.slice(s, e));
    if (!r || r === 'chain') break;
    // More corporate words in a row than any chain has: a list or junk ("Ltd Ltd Ltd …"), not a name's end.
    if (k >= MAX_SUFFIX_WORDS) return;
    chainStart = s;
  }
  const chain = readSuffixChain(text, chainStart);
  if (!chain) return;
  const last = chain.roles[chain.roles.length - 1]!;
  if (last !== 'legal' && nameWordFollows(text, chain.end)) return;
  const strong = chain.roles.some((r) => r === 'legal' || r === 'group');
  const entity = chain.roles.some((r) => r === 'entity');
  // "Bank of England", "the Asian Development Bank", "Central Bank": a head alone names a company
  // only after a name of its own.
  const headOnly = !strong && chain.roles.includes('head');
  if (headOnly && /^ of\b/.test(text.slice(chain.end, chain.end + 4))) return;
  const onlyAi = chain.roles.every((r) => r === 'ai');

  const nameEnd = previousWordEnd(text, chainStart) >= 0 ? previousWordEnd(text, chainStart) : commaNameEnd(text, chainStart);
  if (nameEnd < 0) return;
  const direct = state.knownByEnd.get(nameEnd);
  if (direct) {
    // "Baidu Ventures" is a new entity; "Beijing Moonshot Technology Co." is Moonshot; "Tencent AI" stays Tencent.
    if (onlyAi) return;
    const place = placePrefix(text, direct.start);
    if (entity) state.found.push({ ...unknownMention(text, place, chain.end), replaces: direct });
    else state.found.push({ ...direct, start: place, end: chain.end, text: text.slice(place, chain.end), replaces: direct });
    return;
  }
  const run = readNameBackward(text, nameEnd, state.knownByEnd, (strong && !chain.roles.includes('group')) || chain.roles.includes('legal'));
  if (!run || run.words.length === 0) return;
  const adjacent = run.knownBefore;
  if (adjacent) {
    // "Alibaba Pictures Group": the data name opens a longer one. Generic words keep the entity
    // ("China Mobile Communications Group Co."); anything else makes a new one.
    if (onlyAi) return;
    const generic = run.words.every((w) => GENERIC_WORDS.has(w.toLowerCase()) || w === 'of' || w === '&');
    if (generic && !entity) state.found.push({ ...adjacent, end: chain.end, text: text.slice(adjacent.start, chain.end), replaces: adjacent });
    else state.found.push({ ...unknownMention(text, adjacent.start, chain.end), replaces: adjacent });
    return;
  }
  const lastWord = run.words[run.words.length - 1]!.toLowerCase();
  // "Wikimedia Foundation, Inc.", "Linux Foundation Inc": a foundation or a society keeps its head under any legal form.
  if (NONPROFIT_HEADS.has(lastWord)) return;
  if (headOnly && (NOT_BEFORE_HEAD.has(lastWord) || run.words.some((w) => NOT_BEFORE_HEAD.has(w.toLowerCase()) && w === run.words[0]))) return;
  if (chain.roles.length === 1 && /\bFunds?$/.test(text.slice(run.start, chain.end)) && NOT_BEFORE_FUND.has(lastWord)) return;
  if (chain.roles[0] === 'group' && NOT_COMPANY_GROUPS.has(lastWord)) return;
  if (!strong && run.words.length === 1 && ADJECTIVE_ENDING.test(lastWord)) return;
  const reason = notCompanyReason(run.words);
  const places = run.words.filter((w) => PLACE_WORDS.has(w.toLowerCase())).length;
  // "Hangzhou Municipal Construction Investment Group Co.", "Shenzhen Capital Group Co.": a place
  // and generic words make a company name when a legal or group word closes them.
  // "Kowloon Tech Fund", "Hudson Bay Angels": an investor's name is often a place and a generic word.
  const investorHead = /\b(?:Fund|Capital|Ventures|Partners|Angels)$/.test(text.slice(run.start, chain.end)) && places < run.words.length;
  const placeAndGeneric = (reason === 'generic words' || reason === 'place') && (strong || investorHead) && places > 0 && (places < run.words.length || chain.roles.length >= 2);
  // "Qatar Airways", "Kenya Airways", "Singapore Airlines": a flag carrier is named by its country.
  const flagCarrier = reason === 'place' && /\b(?:Airways|Airlines)$/.test(text.slice(run.start, chain.end));
  // "Party City Holdco Inc.", "Treasury Wine Estates Ltd": a private company's legal form outweighs a word of
  // government in the name; "Federal Deposit Insurance Corp." does not (states use Corp. and Co. too).
  const privateForm = reason === 'government or institution' && hasPrivateLegalForm(text.slice(chainStart, chain.end));
  if (reason !== undefined && !placeAndGeneric && !flagCarrier && !privateForm) return;
  // "Fault Lines", "Sales Partners", "More Technology": a page's menu item, alone on its line, closed by a weak word.
  if (!strong && aloneOnLine(text, run.start, chain.end)) return;
  state.found.push(unknownMention(text, run.start, chain.end));
}

/** Whether [start, end) is all its line holds (spaces aside). */
function aloneOnLine(text: string, start: number, end: number): boolean {
  let s = start;
  while (s > 0 && isSpaceLike(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && isSpaceLike(text.charCodeAt(e))) e++;
  return (s === 0 || text.charCodeAt(s - 1) === 0x0a) && (e === text.length || text.charCodeAt(e) === 0x0a);
}

/**
 * "Corvid Systems, Inc.", "Halden Foods, LLC": a legal form that may follow a comma closes the name
 * before the comma. Returns where that name ends (the comma), or -1: no comma, a form that does not
 * take one, or a corporate word before the comma (its own chain reads "Acme Group, Inc.").
 */
function commaNameEnd(text: string, chainStart: number): number {
  let comma = chainStart;
  while (comma > 0 && isSpaceLike(text.charCodeAt(comma - 1))) comma--;
  if (comma === chainStart || text.charCodeAt(comma - 1) !== 0x2c || !AFTER_COMMA.has(text.slice(chainStart, wordEnd(text, chainStart)))) return -1;
  const end = comma - 1;
  const before = previousWordEnd(text, end);
  if (before !== end || SUFFIX_ROLES.has(text.slice(wordStart(text, end), end))) return -1;
  return end;
}

/** Legal forms that government bodies also bear ("Federal Deposit Insurance Corp.", "Port Authority Co."). */
const PUBLIC_LEGAL_FORMS = new Set(['Co', 'Corp', 'Corporation', 'Company']);

/** Whether corporate words hold a legal form only a private company bears (Inc., Ltd, plc, GmbH, AG …). */
function hasPrivateLegalForm(suffixes: string): boolean {
  return suffixes.split(/[\s,]+/).some((w) => {
    const word = w.replace(/\.$/, '');
    return SUFFIX_ROLES.get(word) === 'legal' && !PUBLIC_LEGAL_FORMS.has(word);
  });
}

/** Start of the place words right before `start` ("Beijing Moonshot Technology Co."), or `start`. */
function placePrefix(text: string, start: number): number {
  let at = start;
  for (let k = 0; k < 3; k++) {
    const e = previousWordEnd(text, at);
    if (e < 0 || e === at) break;
    const s = wordStart(text, e);
    if (!PLACE_WORDS.has(text.slice(s, e).toLowerCase()) || !isNameWord(text, s, e)) break;
    at = s;
  }
  return at;
}

/**
 * "Beijing Moonshot Technology Co.": a data name that the scan already extended over its legal
 * words takes the place before it too (a legal name opens with its registered city).
 */
function extendOverPlaces(state: ScanState): void {
  const { text } = state;
  for (const m of state.known) {
    // Cheap gate: a capitalised word right before the mention ("Beijing Moonshot …", not "and Moonshot").
    if (m.start < 2 || text.charCodeAt(m.start - 1) !== 0x20) continue;
    const before = wordStart(text, m.start - 1);
    const initial = text.charCodeAt(before);
    if (before === m.start - 1 || initial < 0x41 || initial > 0x5a) continue;
    const last = text.charCodeAt(m.end - 1);
    const end = last === 0x2e ? m.end - 1 : m.end;
    const s = wordStart(text, end);
    const r = SUFFIX_ROLES.get(text.slice(s, end));
    if (s === m.start || (r !== 'legal' && r !== 'group')) continue;
    const place = placePrefix(text, m.start);
    if (place < m.start && !state.found.some((f) => f.replaces === m)) {
      state.found.push({ ...m, start: place, text: text.slice(place, m.end), replaces: m });
    }
  }
}

/** A name read past the end of a sentence ("CIMB Group Holdings Bhd. Bank …") ends with the sentence. */
function endAtSentence(f: FoundCompany): FoundCompany {
  const stop = f.text.search(/\. [A-Z]/);
  if (stop < 0) return f;
  const text = f.text.slice(0, stop);
  return { ...f, end: f.start + stop, text, id: unknownId(text), name: text };
}

/**
 * Lists that open with a company take in their other names when the names read as companies:
 * "Tencent, Alibaba and Monolith", "ZF and Continental", "analysts at Vontobel and Bernstein".
 */
function readKnownLists(state: ScanState, mentions: readonly CompanyMention[]): void {
  const { text } = state;
  for (let i = 0; i < mentions.length; i++) {
    const head = mentions[i]!;
    // Cheap gate: a list goes on with a comma or " and"/" as well as".
    const next = text.charCodeAt(head.end);
    if (next !== 0x2c && !(next === 0x20 && text.charCodeAt(head.end + 1) === 0x61)) continue;
    const sep = LIST_SEPARATOR.exec(text.slice(head.end, head.end + 16));
    if (!sep) continue;
    let companies = 1;
    const pending: FoundCompany[] = [];
    let at = nextWordStart(text, head.end + sep[0].length);
    for (let k = 0; k < MAX_LIST && at >= 0; k++) {
      at = skipNationality(text, at);
      const before = state.found.length;
      const element = takeCueElement(state, at, true, false, true);
      // ("Best Buy, Jordan Greenway, Joel Eriksson Ek and Luke Kunin": a person in the list makes it a list of people.)
      if (element.end < 0 || !element.isCompany) {
        if (element.person) pending.length = 0;
        break;
      }
      if (state.found.length > before) pending.push(...state.found.splice(before).map((f) => endAtSentence(f)));
      else companies++;
      const next = LIST_SEPARATOR.exec(text.slice(element.end, element.end + 16));
      if (!next) break;
      at = nextWordStart(text, element.end + next[0].length);
    }
    if (companies >= 2 || (companies === 1 && pending.length >= 1)) state.found.push(...pending);
  }
}

/**
 * Companies that `known` (the data mentions, in text order) does not cover. Returns new mentions,
 * some of which replace a data mention they extend (`replaces`); overlaps are resolved by the caller.
 */
export function findUnknownCompanies(text: string, known: readonly CompanyMention[], relaxed: RelaxedLookup): FoundCompany[] {
  const state: ScanState = { text, known, knownByEnd: new Map(), knownByStart: new Map(), relaxed, found: [] };
  for (const m of known) {
    state.knownByEnd.set(m.end, m);
    state.knownByStart.set(m.start, m);
  }
  let k = 0;
  for (let match = nextTriggerMatch(text, 0); match; match = nextTriggerMatch(text, match.index + match[0].length)) {
    const at = match.index;
    const g = match.groups!;
    while (k < known.length && known[k]!.end <= at) k++;
    if (k < known.length && known[k]!.start <= at && g.backed === undefined && g.appositive === undefined) continue; // inside a data name
    if (inTitleCaseLine(text, at)) continue;
    const end = at + match[0].length;
    if (g.corporate !== undefined) takeShapeName(state, at, end);
    else if (g.startup !== undefined) readCueList(state, end, false);
    else if (g.by !== undefined) readCueList(state, end, true);
    else if (g.backed !== undefined) {
      // "a Sequoia-led round" names an investor; "Islamist-led rule", "a Labour-led coalition" do not.
      if (g.backed === '-led' && !LED_WHAT.test(text.slice(end, end + 40))) continue;
      if (!backsCompany(text, end)) continue;
      takeNameBefore(state, at);
      readCueList(state, end, false);
    } else if (g.forward !== undefined) {
      // "buy the One X", "bought an iPhone": a thing bought, named right after its article; a company bought is
      // described first ("buy the retailer Kestrel") or named bare ("buy Kestrel").
      if (PURCHASE_VERB.test(g.forward) && ARTICLE_THEN_NAME.test(text.slice(end, end + 8)) && !NAMED_BUSINESS.test(text.slice(end, end + 80))) continue;
      readCueList(state, end, true);
    }
    else if (g.list !== undefined) readCueList(state, end, true, false, true);
    // ("producer Andrea Mackris", "developer Ammar Askar": a noun right before a name is a person's trade as often as a firm's.)
    else if (g.noun !== undefined) {
      const before = state.found.length;
      readCueList(state, end, false, false, !/ (?:at|with|of) $/.test(g.noun));
      // "vice president of Advanced Development Programs at Blue Origin": what an officer heads at a company is its unit.
      if (g.noun.endsWith(' of ') && state.found.length > before && / at [A-Z]/y.test(text.slice(state.found.at(-1)!.end, state.found.at(-1)!.end + 5))) state.found.length = before;
    }
    else if (g.appositive !== undefined && isCompanyAppositive(text, end)) takeNameBefore(state, at, true);
    else if (g.place !== undefined && placeVouches(text, at, g.place)) {
      const before = state.found.length;
      readCueList(state, end, false, g.place.startsWith('-'), true);
      // "Toronto’s Ledgerlane raised …" is a company; "Canada’s Pospisil", "Delhi’s Saket area" and "Nashville’s
      // Grand Ole Opry" are a player, a district and a venue: a place's possessive vouches only with what a company does.
      if (!g.place.startsWith('-') && state.found.length > before && !DOES_BUSINESS_AFTER.test(text.slice(state.found.at(-1)!.end, state.found.at(-1)!.end + 120))) state.found.length = before;
    }
    else if (g.which !== undefined) takeNameBefore(state, at);
    else if (g.ric !== undefined && text.charCodeAt(at - 1) === 0x20) takeNameBefore(state, at - 1);
    // "Insurer Pelican Mutual said …": the noun of <noun>, capitalised because it opens the sentence.
    // ("Supplier Diversity" alone on a footer's line is a menu item: the noun opens a sentence that goes on.)
    else if (g.tradeNoun !== undefined && opensSentence(text, at)) {
      const before = state.found.length;
      readCueList(state, end, false);
      if (state.found.length > before && aloneOnLine(text, at, state.found.at(-1)!.end)) state.found.length = before;
    }
    // "its budget arm, Jetstar, flies …": a company noun, then the name between commas.
    else if (g.arm !== undefined) {
      const run = readNameForward(text, end);
      if (run && run.start === end && text.charCodeAt(run.end) === 0x2c) readCueList(state, end - 1, false);
    }
    else if (g.ledRound !== undefined) takeNameBefore(state, at - 1);
    else if (g.joining !== undefined) readCueList(state, skipNationality(text, end), true, false, true);
  }
  // A list may open with a company read here as well as with a data one ("Standard Bank and FirstRand").
  readKnownLists(state, state.found.length === 0 ? known : [...known, ...state.found].sort((a, b) => a.start - b.start));
  extendOverPlaces(state);
  return state.found;
}



/** Whether `at` opens a sentence or a line: the text's start, a line break, or ". " / "? " / '." ' before it. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  if (i < 0 || text.charCodeAt(i) === 0x0a) return true;
  if (i === at - 1) return false;
  const c = text[i]!;
  // "SAO PAULO 1996-10-29 - Brewer Brahma said": the dash after a dateline opens the story.
  if ((c === '-' || c === '—' || c === '–') && text.charCodeAt(i - 1) === 0x20) return true;
  const p = '"”’'.includes(c) ? text[i - 1] : c;
  return p === '.' || p === '!' || p === '?';
}
