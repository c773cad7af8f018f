// Document-level linking (issue 4, item 4): what one sentence says about a company holds for the
// rest of the text.
//
//   aliases       "HongShan (formerly known as Sequoia China)", "MetaX (previously Muxi)",
//                 "WeRide, formerly known as JingChi": the second name is the same entity as the
//                 first on this page, wherever it appears. A data entity wins over an unknown one:
//                 an unknown new name for a data entity's old name links to the data entity.
//   full names    an unknown company named in full once links its shorter forms: the name without
//                 its legal words ("Hangzhou Municipal Construction Investment Group Co." →
//                 "Hangzhou Municipal Construction Investment Group", "… Investment"), without its
//                 place ("Zhejiang Jingsheng Mechanical & Electrical Co., Ltd." → "Jingsheng"), and its
//                 initials ("HMCIG").
//                 Also its distinctive first word when the rest are corporate or generic words
//                 ("Northgate Mining Corp" → "Northgate"), unless the page uses that word in lower
//                 case or it is a common, place or person word. A data company written in full links
//                 that first word too ("Reliance Industries Ltd" → "Reliance"), unless two companies
//                 on the page open with it ("Tata Motors", "Tata Steel").
//   context       every linked form meets the context rules of a data name (not-companies.ts): no
//                 "Acrisure" in "Acrisure Stadium", no "Dell" in "Michael Dell".
//   definitions   a company followed by an acronym or a quoted short form in brackets defines it:
//                 "Southern African Brewers (SAB)", "Northgate Mining Corp (\"Northgate\")"; an
//                 acronym must follow the name's initials.
//   repeats       an unknown company found once by shape or cue is found wherever its name recurs
//                 ("startup Galbot … Galbot makes robots").
//
// Forms live in a map the caller may keep for the whole page (PageMemory.forms), so a form defined
// in the first slice of a page links the slices after it.
//
// The linked short form's `name` is the full name as first written. Forms match case-sensitively
// on whole words; a one-word form must be specific (not a common, place or generic word).

import type { CompanyMention } from '../types';
import { CJK, charClass } from './char-class';
import { chineseNameBefore, chineseShortForms, opensPlaceName, readAcrossPlace } from './chinese-companies';
import { dropNotCompanies, endsLongerName, GENERIC_WORDS, GIVEN_NAMES, LEADING_STOP_WORDS, notCompanyReason, PLACE_WORDS, PRODUCT_NAMES } from './not-companies';
import { NEWSWORTHY_SURNAMES } from './person-names';
import { isLatinWordCode, previousWordEnd, wordStart } from './name-words';
import { remembered } from './remembered';
import { readNameForward, SUFFIX_ROLES, UNKNOWN_ID_PREFIX, unknownId } from './unknown-companies';
import { firstEndAfter } from './sorted-spans';
import { eachFormAt, formHeads } from './form-index';

interface Entity {
  id: string;
  name: string;
}

const ALIAS_CUE = /[(,]\s*(?:formerly|previously)(?:\s+(?:known as|called|named))?\s+/g;

const isUnknown = (m: Entity) => m.id.startsWith(UNKNOWN_ID_PREFIX);

/** Index of the mention ending exactly at `end`, or -1 (mentions sorted by start). */
function mentionEndingAt(mentions: readonly CompanyMention[], end: number): number {
  const i = firstEndAfter(mentions, end - 1);
  return i < mentions.length && mentions[i]!.end === end ? i : -1;
}

/** Mentions that overlap [start, end) (mentions sorted and non-overlapping, so ends are sorted too). */
function overlapping(mentions: readonly CompanyMention[], start: number, end: number): CompanyMention[] {
  const out: CompanyMention[] = [];
  for (let i = firstEndAfter(mentions, start); i < mentions.length && mentions[i]!.start < end; i++) out.push(mentions[i]!);
  return out;
}

/** Applies the alias cues; returns the forms they define (text → entity). */
function linkAliases(text: string, mentions: CompanyMention[], forms: Map<string, Entity>): CompanyMention[] {
  const added: CompanyMention[] = [];
  const removed = new Set<CompanyMention>();
  ALIAS_CUE.lastIndex = 0;
  for (let cue = ALIAS_CUE.exec(text); cue; cue = ALIAS_CUE.exec(text)) {
    let at = cue.index;
    while (at > 0 && text.charCodeAt(at - 1) === 0x20) at--;
    const left = mentions[mentionEndingAt(mentions, at)];
    let current: CompanyMention | undefined = left;
    if (!current) {
      if (previousWordEnd(text, at) !== at) continue;
      const run = readNameBackwardSimple(text, at);
      if (!run || notCompanyReason(run.words) !== undefined) continue;
      const written = text.slice(run.start, at);
      current = { start: run.start, end: at, text: written, id: unknownId(written), name: written };
    }
    const yStart = cue.index + cue[0].length;
    const first = overlapping(mentions, yStart, yStart + 1)[0];
    const known = first && first.start === yStart ? first : undefined;
    const run = readNameForward(text, yStart);
    const yEnd = Math.max(known?.end ?? yStart, run && run.start === yStart ? run.end : yStart);
    if (yEnd === yStart) continue;
    if (!known && run && notCompanyReason(run.words) !== undefined) continue;
    const yWhole = known && known.end === yEnd ? known : undefined;
    // Who names whom: a data entity wins; between two unknowns the current name does.
    const target: Entity = !isUnknown(current) ? current : yWhole && !isUnknown(yWhole) ? yWhole : current;
    if (left) removed.add(left);
    for (const m of overlapping(mentions, yStart, yEnd)) removed.add(m);
    for (const m of overlapping(mentions, current.start, current.end)) removed.add(m);
    added.push({ ...current, id: target.id, name: target.name });
    added.push({ start: yStart, end: yEnd, text: text.slice(yStart, yEnd), id: target.id, name: target.name });
    forms.set(text.slice(yStart, yEnd), target);
    if (isUnknown(current)) forms.set(current.text, target);
  }
  if (added.length === 0) return mentions;
  return [...mentions.filter((m) => !removed.has(m)), ...added].sort((a, b) => a.start - b.start);
}

// "平安好医生则更名为平安健康", "国联证券……更名为“国联民生”": the name after a Chinese word of renaming is the
// company named right before it (a few particles may come between).
const RENAME_CUES = ['更名为', '改名为'];
const RENAME_PARTICLES = /^(?:则|已|正式|将|后|现|已经|随后)?$/;
const RENAME_NAME_END = /[”」"，。；、（(）)的\s]/;

/** Applies the Chinese renaming cues (found by a plain substring search; most texts have none). */
function linkRenames(text: string, mentions: CompanyMention[], forms: Map<string, Entity>): CompanyMention[] {
  const added: CompanyMention[] = [];
  const removed = new Set<CompanyMention>();
  for (const cue of RENAME_CUES) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) {
      // The company renamed: a mention that ends right before the cue, or a particle or two before it.
      let left: CompanyMention | undefined;
      for (let gap = 0; gap <= 2 && !left; gap++) {
        const i = mentionEndingAt(mentions, at - gap);
        if (i >= 0 && RENAME_PARTICLES.test(text.slice(at - gap, at))) left = mentions[i];
      }
      // "辽宁振华银行吸收合并两家村镇银行后，更名为…": else the company that opens the sentence, when no other company
      // is named before the cue.
      left ??= sentenceSubject(text, mentions, at);
      if (!left) continue;
      let yStart = at + cue.length;
      if ('“「"'.includes(text[yStart] ?? '')) yStart++;
      let yEnd = yStart;
      while (yEnd < text.length && yEnd - yStart < 16 && !RENAME_NAME_END.test(text[yEnd]!)) yEnd++;
      if (yEnd - yStart < 2 || charClass(text.charCodeAt(yStart)) !== CJK) continue;
      const inside = overlapping(mentions, yStart, yEnd);
      const whole = inside.length === 1 && inside[0]!.start === yStart && inside[0]!.end === yEnd ? inside[0] : undefined;
      // A data name after the cue keeps its own id, and names the unknown company before it.
      const target: Entity = whole && !isUnknown(whole) && isUnknown(left) ? whole : left;
      if (whole && whole.id === target.id && left.id === target.id) continue;
      for (const m of inside) removed.add(m);
      const name = text.slice(yStart, yEnd);
      added.push({ start: yStart, end: yEnd, text: name, id: target.id, name: target.name });
      if (target !== left) {
        removed.add(left);
        added.push({ ...left, id: target.id, name: target.name });
      }
      if (!forms.has(name)) forms.set(name, { id: target.id, name: target.name });
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions.filter((m) => !removed.has(m)), ...added].sort((a, b) => a.start - b.start);
}

/** The mention that opens the sentence holding `at` (within 40 characters of it), when it is the only one before `at`. */
function sentenceSubject(text: string, mentions: readonly CompanyMention[], at: number): CompanyMention | undefined {
  let start = at;
  while (start > 0 && at - start <= 40 && !'。；！？\n'.includes(text[start - 1]!)) start--;
  if (at - start > 40) return undefined;
  const inside = overlapping(mentions, start, at);
  return inside.length === 1 && inside[0]!.start === start ? inside[0] : undefined;
}

/** Capitalised words ending at `end`, without the data or suffix logic (for "X (formerly Y)"). */
function readNameBackwardSimple(text: string, end: number): { start: number; words: string[] } | undefined {
  const words: string[] = [];
  let e = end;
  let start = end;
  while (words.length < 6 && e > 0) {
    const s = wordStart(text, e);
    if (s === e) break;
    const word = text.slice(s, e);
    if (!/^[A-Z0-9]/.test(word) || LEADING_STOP_WORDS.has(word.toLowerCase())) break;
    words.unshift(word);
    start = s;
    e = previousWordEnd(text, s);
    if (e < 0) break;
  }
  return words.length > 0 ? { start, words } : undefined;
}

/** The shorter forms an unknown full name links on this page. */
export function shortFormsOf(full: string): string[] {
  const words = full.split(/[\s,]+/).filter(Boolean).map((w) => w.replace(/\.$/, ''));
  const forms: string[] = [];
  // Without legal and group words, one at a time: "… Investment Group Co." → "… Investment Group" → "… Investment".
  let cut = words.length;
  while (cut > 1) {
    const r = SUFFIX_ROLES.get(words[cut - 1]!);
    if (r !== 'legal' && r !== 'group') break;
    cut--;
    if (cut >= 2) forms.push(joinWords(full, words.slice(0, cut)));
  }
  // Without words of its line of business at the end: "Pelican Mutual Insurance" → "Pelican Mutual".
  // "Halden Marine Systems ASA" → "Halden Marine" too: each shorter form while a distinctive first word stays.
  for (let trade = cut; trade > 2 && INDUSTRY_WORDS.has(words[trade - 1]!.toLowerCase()); ) {
    trade--;
    if ((!INDUSTRY_WORDS.has(words[trade - 1]!.toLowerCase()) || (trade === 2 && isSpecificWord(words[0]!) && !COMMON_NAME_WORDS.has(words[0]!.toLowerCase()))) && !isAllGeneric(words.slice(0, trade))) forms.push(joinWords(full, words.slice(0, trade)));
  }
  const base = words.slice(0, cut);
  // "Deccan Agro Pumps Ltd" → "Deccan Agro", "Hamilton Forge & Axle Co." → "Hamilton Forge": the first two words of a
  // longer name, when one of them is distinctive and neither is corporate or a trade (those forms come below), nor
  // the first a place (a name without its place comes below: "Zhejiang Jingsheng Mechanical & Electrical" → "Jingsheng").
  if (base.length >= 3 && base.slice(0, 2).every((w) => /^[A-Z][a-z]+$/.test(w) && !SUFFIX_ROLES.has(w) && !INDUSTRY_WORDS.has(w.toLowerCase()) && !COMMON_NAME_WORDS.has(w.toLowerCase())) && !isAllGeneric(base.slice(0, 2)) && base.slice(0, 2).some((w) => isSpecificWord(w) && !GIVEN_NAMES.has(w.toLowerCase())) && !PLACE_WORDS.has(base[0]!.toLowerCase()) && !NATIONAL_ADJECTIVES.has(base[0]!.toLowerCase())) forms.push(joinWords(full, base.slice(0, 2)));
  // "Valtari Oyj" → "Valtari", "Hanbo Group" → "Hanbo": one distinctive word before legal or group words.
  if (cut === 1 && words.length > 1 && (isSpecificWord(base[0]!) || isAcronymHead(base[0]!)) && !COMMON_NAME_WORDS.has(base[0]!.toLowerCase())) forms.push(base[0]!);
  // Without the leading place: "Zhejiang Jingsheng Mechanical & Electrical" → "Jingsheng".
  let lead = 0;
  while (lead < base.length - 1 && (PLACE_WORDS.has(base[lead]!.toLowerCase()) || NATIONAL_ADJECTIVES.has(base[lead]!.toLowerCase()))) lead++;
  const core = base.slice(lead);
  if (lead > 0 && core.length >= 2 && !isAllGeneric(core)) forms.push(core.join(' '));
  const head = core[0];
  // "Northgate Mining Corp" → "Northgate": a distinctive first word before corporate or generic words.
  const restIsCorporate = core.length >= 2 && core.slice(1).every((w) => SUFFIX_ROLES.has(w) || GENERIC_WORDS.has(w.toLowerCase()) || INDUSTRY_WORDS.has(w.toLowerCase()));
  // "Skarholm Stål AB", "Rheinhalde Antriebstechnik GmbH": a legal word alone closes a two-word name whose
  // trade is written in its own language; its first word is its short form too ("Lockhart Point Holdings
  // Ltd", with a group word, is not shortened: "Point" is part of the name).
  const legalClosed = cut === words.length - 1 && SUFFIX_ROLES.get(words[cut]!) === 'legal' && core.length === 2;
  // "TAP Air Portugal" → "TAP": an acronym of three or more capitals opening a name is its short form whatever follows.
  const acronymHead = head !== undefined && /^[A-Z]{3,5}$/.test(head) && isAcronymHead(head);
  if (head && (isSpecificWord(head) || isAcronymHead(head)) && !COMMON_NAME_WORDS.has(head.toLowerCase()) && !VENUE_WORDS.has(head.toLowerCase()) && !LEADING_TRADE_WORDS.has(head.toLowerCase()) && (lead > 0 || restIsCorporate || legalClosed || acronymHead)) forms.push(head);
  // "Arthur J. Gallagher & Co." → "Gallagher", "J.P. Morgan & Co" → "Morgan": a founder's name before legal words.
  const surname = founderSurname(core);
  if (surname) forms.push(surname);
  // "Cleveland-Cliffs Inc." → "Cliffs": a hyphenated head that opens with a place is known by its other half.
  const halves = head?.split('-');
  if (halves?.length === 2 && PLACE_WORDS.has(halves[0]!.toLowerCase()) && isSpecificWord(halves[1]!) && !COMMON_NAME_WORDS.has(halves[1]!.toLowerCase()) && (core.length === 1 || restIsCorporate)) forms.push(halves[1]!);
  // "Birrificio Castellano SpA" → "Castellano": a name that opens with its trade in its own language (a brewery, a
  // winery) is known by the word after it.
  if (core.length === 2 && LEADING_TRADE_WORDS.has(core[0]!.toLowerCase()) && isSpecificWord(core[1]!) && !COMMON_NAME_WORDS.has(core[1]!.toLowerCase())) forms.push(core[1]!);
  // "Compañía Cervecera del Plata SA" → "Cervecera del Plata": a name that opens with a word for "company" is known by the rest.
  if (core.length >= 3 && COMPANY_OPENERS.has(core[0]!.toLowerCase()) && /^[A-Z]/.test(core[1]!) && !isAllGeneric(core.slice(1))) {
    const written = joinWords(full, core);
    forms.push(written.slice(written.indexOf(core[1]!, core[0]!.length)));
  }
  // "Banco BPM SpA" → "BPM", "Grupo ASUR": the one acronym of a name whose other words are corporate.
  const acronyms = core.filter((w) => isAcronymHead(w));
  if (core.length >= 2 && acronyms.length === 1 && core.every((w) => w === acronyms[0] || BANK_AND_GROUP_WORDS.has(w.toLowerCase()))) forms.push(acronyms[0]!);
  // Initials of a long name without its legal words: "Hangzhou Municipal Construction Investment Group" → "HMCIG".
  let legalCut = words.length;
  while (legalCut > 1 && SUFFIX_ROLES.get(words[legalCut - 1]!) === 'legal') legalCut--;
  const capitals = words.slice(0, legalCut).filter((w) => /^[A-Z]/.test(w));
  if (capitals.length >= 3) forms.push(capitals.map((w) => w[0]).join(''));
  return forms.filter((f) => f !== full);
}

/**
 * "Severin Robinetterie" → "Severin", "Ostmark Kabel" → "Ostmark": an unknown company of two words that a cue
 * found is known by its first when that word is distinctive (not a common, place, given or generic word), whatever
 * language its second is in ("Kabel", "Robinetterie" are trades no table lists).
 */
function firstWordOfTwo(full: string): string[] {
  const words = full.split(/\s+/).filter((w) => SUFFIX_ROLES.get(w.replace(/[.,]$/, '')) !== 'legal');
  if (words.length !== 2 || !words.every((w) => /^[A-Z][a-z]/.test(w))) return [];
  const first = words[0]!;
  const lower = first.toLowerCase();
  return isSpecificWord(first) && !COMMON_NAME_WORDS.has(lower) && !GIVEN_NAMES.has(lower) && !NATIONAL_ADJECTIVES.has(lower) && !VENUE_WORDS.has(lower) ? [first] : [];
}

/** Whether a full name ends in a corporate, trade or generic word, or opens with a founder's name: only then has it a short form. */
function hasShortForm(full: string): boolean {
  const last = full.slice(full.lastIndexOf(' ') + 1).replace(/[.,]$/, '');
  const first = full.slice(0, full.indexOf(' ')).replace(/\.$/, '');
  return SUFFIX_ROLES.has(last) || INDUSTRY_WORDS.has(last.toLowerCase()) || GENERIC_WORDS.has(last.toLowerCase()) || isInitials(first) || GIVEN_NAMES.has(first.toLowerCase()) || NATIONAL_ADJECTIVES.has(first.toLowerCase()) || /^[A-Z]{3,5}$/.test(first);
}

const isInitials = (w: string) => /^(?:[A-Z]\.)*[A-Z]$/.test(w);

/** The surname of a name that is a person's name and nothing else ("Arthur J Gallagher &"), or undefined. */
function founderSurname(core: readonly string[]): string | undefined {
  if (core.length < 2 || !(GIVEN_NAMES.has(core[0]!.toLowerCase()) || isInitials(core[0]!))) return undefined;
  let i = 1;
  while (i < core.length - 1 && isInitials(core[i]!)) i++;
  const surname = core[i]!;
  const rest = core.slice(i + 1);
  if (!rest.every((w) => w === '&') || !isSpecificWord(surname) || COMMON_NAME_WORDS.has(surname.toLowerCase())) return undefined;
  return surname;
}

function joinWords(full: string, words: string[]): string {
  // Keep the written separators: the first `words.length` words of `full` as they stand.
  let at = 0;
  for (const w of words) at = full.indexOf(w, at) + w.length;
  if (full.charCodeAt(at) === 0x2e && SUFFIX_ROLES.get(words[words.length - 1]!) === 'legal') at++; // "Co."
  return full.slice(0, at);
}

/**
 * National adjectives that open a company's name in its own language ("Deutsche Telekom" → "Telekom",
 * "Koninklijke Philips" → "Philips"): like a leading place, the page drops them. ("Royal" is not one:
 * "Royal Bank of Canada" without it is the central bank's name.)
 */
const NATIONAL_ADJECTIVES = new Set(
  'deutsche deutscher deutsches française francaise italiana italiano española espanola nederlandse svenska svenske norsk norske dansk danske suomen österreichische schweizerische koninklijke'.split(' '),
);

/** All-capitals words that open names and name no one company ("US Steel" is not "US"). */
const NOT_ACRONYM_HEADS = new Set('US USA UK EU UAE UN AI IT TV PC OK CEO CFO IPO ETF GDP ESG NATO OPEC ASEAN'.split(' '));

/** "ITA Airways" → "ITA", "EDF Energy" → "EDF": an acronym of two to five capitals opening a name is its short form. */
function isAcronymHead(word: string): boolean {
  return /^[A-Z]{2,5}$/.test(word) && !NOT_ACRONYM_HEADS.has(word) && !PLACE_WORDS.has(word.toLowerCase()) && !SUFFIX_ROLES.has(word);
}

/** Trades that open a company's name in its own language: "Birrificio Castellano", "Brauerei Kessler", "Bodegas Lanza". */
const LEADING_TRADE_WORDS = new Set('birrificio brauerei brasserie bodegas cantina cantine distilleria distillerie cervecería cerveceria tenuta maison cementeria cementerie acciaierie officine cartiera'.split(' '));

/** Words for a bank or a group, in the languages company names are written in, that add nothing to an acronym beside them ("Banco BPM"). */
const BANK_AND_GROUP_WORDS = new Set('bank banco banca banque bancorp grupo gruppo groupe group groep holding holdings'.split(' '));

/** Capitalised words that open many names and mean nothing alone ("Southern", "General", "First"). */
const COMMON_NAME_WORDS = new Set(
  ('north northern south southern east eastern west western central general united first second third standard royal ' +
    'great grand golden silver blue green red black white orange pacific atlantic continental imperial premier prime ' +
    'summit pioneer heritage liberty freedom victory crown capital metro city county delta alpha beta omega apex ' +
    'vista horizon eagle falcon phoenix lion tiger star sun moon ocean river mountain valley lake island coast').split(' '),
);

/**
 * Words for a line of business that follow a company's own name in its full name ("Nordvik Shipping
 * A/S" → "Nordvik", "Kessler Automotive" → "Kessler"): after a distinctive first word they add nothing
 * a reader needs to tell the company on the page.
 */
const INDUSTRY_WORDS = new Set(
  ('shipping transport transportation logistics freight airlines airways aviation aerospace automotive motors foods food beverages ' +
    'brewing breweries brewery distillers chemicals chemical pharmaceuticals pharma steel metals mining minerals resources petroleum ' +
    'oil gas refining cement construction engineering textiles retail stores media entertainment studios pictures games gaming ' +
    'publishing film films photo telecom telecommunications insurance reinsurance assurance mutual banking bancorp bank hotels resorts properties property ' +
    'realty electronics devices systems solutions services trading ports terminals towers shipyards shipbuilding prospecting platforms marine offshore utilities ' +
    'therapeutics biosciences biotech industries manufacturing machine machines machinery milling tools carriers tankers glass paper packaging ' +
    'tobacco rubber tyres tires cables plastics instruments sanayi ticaret industrie industria industrias lines re precision castings forgings foundry foundries components heavy kogyo kasei denki shoji sangyo seiko ' +
    // Metals a miner is named for: "Valterra Platinum" → "Valterra", "Barrick Gold" → "Barrick".
    'platinum palladium gold silver copper nickel zinc lithium uranium iron aluminium aluminum').split(' '),
);

/** Words that, without the place before them, name a kind of venue, not one company ("Athens Stock Exchange" → not "Stock Exchange"). */
const VENUE_WORDS = new Set(['stock', 'exchange', 'exchanges', 'bourse', 'metal', 'futures', 'commodity', 'commodities', 'mercantile']);

function isAllGeneric(words: readonly string[]): boolean {
  return words.every((w) => GENERIC_WORDS.has(w.toLowerCase()) || VENUE_WORDS.has(w.toLowerCase()) || w === '&' || w === 'of');
}

/** Two or three words that may stand for a company on their own: each capitalised, none generic, a place or corporate ("Hang Seng", not "Bank of"). */
function isSpecificPhrase(form: string): boolean {
  const words = form.split(' ');
  return words.length <= 3 && words.every((w) => /^[A-Z][a-z]+$/.test(w) && !GENERIC_WORDS.has(w.toLowerCase()) && !PLACE_WORDS.has(w.toLowerCase()) && !SUFFIX_ROLES.has(w) && !INDUSTRY_WORDS.has(w.toLowerCase()));
}

/** A single word that may stand for a company on its own: capitalised, 4+ letters, not a listed word. */
function isSpecificWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    /^[A-Z][A-Za-z0-9-]{3,}$/.test(word) &&
    !GENERIC_WORDS.has(lower) &&
    !PLACE_WORDS.has(lower) &&
    !LEADING_STOP_WORDS.has(lower) &&
    !PRODUCT_NAMES.has(lower) &&
    !SUFFIX_ROLES.has(word) &&
    // "Trump Airlines" is not "Trump" alone ("Trump simpered in a morning tweet" names the person).
    !NEWSWORTHY_SURNAMES.has(lower)
  );
}

function isBoundary(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return true;
  const code = text.charCodeAt(index);
  return !isLatinWordCode(code) && code !== 0x5f;
}

/**
 * Forms up to this many are searched for one by one (a few fast searches of the text); more, in one
 * pass over it (form-index.ts): a list page defines thousands, and one search each on every slice made
 * its read quadratic.
 */
const SEARCHED_FORMS = 32;

/** Every whole-word occurrence of each form, longest form first at each place. */
function occurrences(text: string, forms: ReadonlyMap<string, Entity>, mentions: readonly CompanyMention[]): CompanyMention[] {
  const found: CompanyMention[] = [];
  const startsWord = (at: number) => isBoundary(text, at - 1);
  const take = (form: string, at: number) => {
    const entity = forms.get(form);
    if (!entity) return;
    const end = at + form.length;
    // "Jingsheng" not in "Jingshengs"; "Co." may end a sentence; "Galbot.com" is another name.
    if (!isBoundary(text, end)) return;
    // Already a mention of the company there (most repeats on a long page): propagate keeps it as it is.
    const i = firstEndAfter(mentions, at);
    if (i < mentions.length && mentions[i]!.start === at && mentions[i]!.end === end && mentions[i]!.id === entity.id) return;
    if (text.charCodeAt(end) === 0x2e && isLatinWordCode(text.charCodeAt(end + 1))) return;
    const mention = { start: at, end, text: form, id: entity.id, name: entity.name };
    // "京东" in "南京东路站": a short Chinese form read across a place name is not the company.
    if (readAcrossPlace(text, mention)) return;
    found.push(mention);
  };
  if (forms.size > SEARCHED_FORMS) eachFormAt(text, formHeads(forms), startsWord, take);
  else for (const form of forms.keys()) for (let at = text.indexOf(form); at >= 0 && form; at = text.indexOf(form, at + 1)) if (startsWord(at)) take(form, at);
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Finds every form on the page; a form may replace data mentions it contains ("Sequoia" in "Sequoia India"). */
function propagate(text: string, mentions: CompanyMention[], forms: Map<string, Entity>): CompanyMention[] {
  if (forms.size === 0) return mentions;
  const removed = new Set<CompanyMention>();
  const added: CompanyMention[] = [];
  let lastEnd = -1;
  // Companies the page names by more than a bare word somewhere (a bare data name alone, "Sanwa", is not that).
  let namedInFull: Map<string, number> | undefined;
  const fullNameAt = (id: string) => {
    if (!namedInFull) {
      namedInFull = new Map();
      for (const m of mentions) if (m.text.includes(' ') && !namedInFull.has(m.id)) namedInFull.set(m.id, m.start);
    }
    return namedInFull.get(id);
  };
  // Where a longer form opens a place's or a project's name, no shorter one at the same start is read there
  // ("宝廷新能源项目" is not "宝廷").
  let placeStart = -1;
  for (const o of occurrences(text, forms, mentions)) {
    if (o.start < lastEnd || o.start === placeStart) continue;
    if (opensPlaceName(text, o)) {
      placeStart = o.start;
      continue;
    }
    const inside = overlapping(mentions, o.start, o.end);
    // "Sanwa Bank Ltd … Sanwa shares rose": the page's company takes its short form from a data company of that bare
    // name that the page names no other way (Sanwa Holdings, a maker of shutters).
    const same = inside.length === 1 && inside[0]!.start === o.start && inside[0]!.end === o.end ? inside[0]! : undefined;
    // (A capitalised Latin word only, after the full name: a Chinese short name or an acronym names its own company,
    // and "Orion and Orion Labs" names two.)
    if (same && !isUnknown(same) && !isUnknown(o) && same.id !== o.id && /^[A-Z][a-z]+$/.test(same.text) && fullNameAt(same.id) === undefined && (fullNameAt(o.id) ?? Infinity) < o.start) {
      removed.add(same);
      added.push(o);
      lastEnd = o.end;
      continue;
    }
    // The same span keeps its mention, unless the page named a data entity for an unknown one ("Sequoia India" after "HongShan (formerly known as Sequoia India)").
    // Nor when the same text was read as another unknown company: the name the page defined wins ("海润船舶" after "青岛海润船舶制造有限公司").
    if (inside.some((m) => m.start < o.start || m.end > o.end || (m.start === o.start && m.end === o.end && !(isUnknown(m) && m.id !== o.id && (!isUnknown(o) || (o.name.length > o.text.length && (o.name.includes(o.text) || fitsInitials(o.text, o.name) || isAbbreviationOf(o.text, o.name)))))))) continue;
    // A new span is held to the same context rules as a data name: not in "Dell Medical School", "Michael Dell", "Acrisure Stadium".
    if (!(inside.length === 1 && inside[0]!.start === o.start && inside[0]!.end === o.end) && (dropNotCompanies(text, [o]).length === 0 || (!o.text.includes(' ') && endsLongerName(text, o.start)))) continue;
    for (const m of inside) removed.add(m);
    added.push(o);
    lastEnd = o.end;
  }
  if (added.length === 0) return mentions;
  return [...mentions.filter((m) => !removed.has(m)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * Where `forms` occur in a text read before they were defined, outside every one of its `mentions`
 * (sorted): a headline's "Halvardsen" read in a slice before the one that names "Halvardsen Mining
 * Corp". Held to propagate's rules; a form that would replace a mention there is left out (the text's
 * mentions stand as they were read).
 */
export function formsIn(text: string, mentions: readonly CompanyMention[], forms: Map<string, Entity>): CompanyMention[] {
  return propagate(text, [...mentions], forms).filter((m) => overlapping(mentions, m.start, m.end).length === 0);
}

/** A Chinese registered name ends in a legal word: only such a name takes over a short name read alone before it. */
const REGISTERED_NAME_END = /(?:有限公司|有限责任公司|集团)$/;

// "(SAB)", "(“Northgate”)", "（中行）": a bracketed acronym or quoted short form right after a name.
const DEFINITION = /^\s*[(（]\s*(?:the\s+)?["“']?([A-Z][A-Za-z0-9&.-]{1,15}|[A-Z]{2,8})["”']?\s*[)）]/;

// "（以下简称“公司”或“恒泰精电”）": a 公告 names the company "公司" first; the 简称 is the last form.
const CJK_DEFINITION = /^[（(](?:以下简称|以下称|下称|简称)?(?:[“"「](?:本公司|公司|上市公司|发行人)[”"」][或、])?[“"「]?([\u4e00-\u9fff]{2,6})[”"」]?[）)]/;

/** Whether `short` takes its characters, in order, from `name`, and all but one of them ("浙江交投" from "浙江省交通投资集团"). */
function isAbbreviationOf(short: string, name: string): boolean {
  let at = 0;
  let missing = 0;
  for (const c of short) {
    const i = name.indexOf(c, at);
    if (i < 0) missing++;
    else at = i + 1;
  }
  return missing <= (short.length >= 4 ? 1 : 0) && short !== name;
}

/** Legal forms written before the name: Indonesian "PT", Russian "PAO", "OAO". */
const LEADING_LEGAL_FORMS = new Set(['PT', 'PAO', 'OAO', 'ZAO']);

/** Whether `acronym` follows the initials of `name` in order ("SAB" in "Southern African Brewers"). */
export function fitsInitials(acronym: string, name: string): boolean {
  // A legal form written in capitals gives each of its letters: "Interconexión Eléctrica SA (ISA)".
  // A legal form that opens the name gives none: "PT Bank Rakyat Indonesia (Persero) Tbk (BRI)".
  const words = name.split(/[\s&-]+/).filter((w) => /^[A-Za-z]/.test(w));
  while (words.length > 1 && (SUFFIX_ROLES.get(words[0]!) === 'legal' || LEADING_LEGAL_FORMS.has(words[0]!))) words.shift();
  const initials = words
    .flatMap((w) => (/^[A-Z]{2,3}$/.test(w) && SUFFIX_ROLES.get(w) === 'legal' ? [...w] : [w[0]!.toUpperCase()]));
  const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
  if (letters.length < 2 || letters[0] !== initials[0]) return false;
  let k = 0;
  for (const c of letters) {
    while (k < initials.length && initials[k] !== c) k++;
    if (k === initials.length) return prefixesFit(letters, words.map((w) => w.toUpperCase()), 0, 0);
    k++;
  }
  return true;
}

/**
 * "Ghana Oil Company (GOIL)", "Arabian American Oil Co. (ARAMCO)": an acronym made of the first letters of
 * some words, in order, the first word's among them. Letters and words are few (an acronym of at most 16
 * letters, a name of a few words), so the search stays small.
 */
function prefixesFit(letters: string, words: readonly string[], at: number, from: number): boolean {
  if (at === letters.length) return true;
  for (let w = from; w < words.length && (at > 0 || w === 0); w++) {
    const word = words[w]!;
    for (let p = 1; p <= word.length && at + p <= letters.length && word[p - 1] === letters[at + p - 1]; p++) {
      if (prefixesFit(letters, words, at + p, w + 1)) return true;
    }
  }
  return false;
}

/** Forms the page defines in brackets after a mention: acronyms and quoted short forms. */
function linkDefinitions(text: string, mentions: readonly CompanyMention[], forms: Map<string, Entity>): void {
  for (const m of mentions) {
    // "地平线（Horizon Robotics）": the Chinese name before a bracketed company is that company.
    const open = text[m.start - 1];
    // (Not when a mention ends at the bracket: "中国建设银行（建行）" defines 建行, and "银行" is no name of its own.)
    if ((open === '（' || open === '(') && /[)）]/.test(text[m.end] ?? '') && /[\u4e00-\u9fff]/.test(text[m.start - 2] ?? '') && mentionEndingAt(mentions, m.start - 1) < 0) {
      const name = chineseNameBefore(text, m.start - 1);
      if (name && !forms.has(name)) forms.set(name, { id: m.id, name: m.name });
    }
    const next = text.charCodeAt(m.end);
    if (next !== 0x20 && next !== 0x28 && next !== 0xff08) continue;
    // "浙江省交通投资集团有限公司（浙江交投）", "…（以下简称“华盛达”）": a Chinese 简称 in brackets, made of the name's own characters.
    const zh = next === 0x20 ? null : CJK_DEFINITION.exec(text.slice(m.end, m.end + 20));
    if (zh && isAbbreviationOf(zh[1]!, m.text)) {
      // "台达电子工业股份有限公司（台达电）", "中芯国际集成电路制造有限公司（中芯国际）": a registered name the data lacks, whose
      // 简称 the data holds, is that company.
      const known = isUnknown(m) ? knownMentionOf(text, mentions, zh[1]!, m.end) : undefined;
      if (known) forms.set(m.text, { id: known.id, name: known.name });
      else if (!forms.has(zh[1]!)) forms.set(zh[1]!, { id: m.id, name: m.name });
      continue;
    }
    const def = DEFINITION.exec(text.slice(m.end, m.end + 24));
    if (!def) continue;
    const form = def[1]!.replace(/\.$/, '');
    if (form === m.text) continue;
    const acronym = /^[A-Z0-9&.-]+$/.test(form);
    const word = m.text.split(/[\s,]+/).includes(form) && isSpecificWord(form);
    // "Kenya Airways Plc (KQ)": a code of two capitals that opens with the name's first letter, though the second is no
    // initial (an airline's code); a longer one that fits no initials is a ticker ("Tencent (TCH)"), not a name.
    const code = /^[A-Z]{2}$/.test(form) && form[0] === m.text[0] && !NOT_ACRONYM_HEADS.has(form);
    if (!((acronym && fitsInitials(form, m.name.length > m.text.length ? m.name : m.text)) || word || code)) continue;
    // "Sociedad Química y Minera de Chile SA (SQM)": a full name the data lacks, with the data's acronym, is that company.
    const known = isUnknown(m) ? knownMentionOf(text, mentions, form, m.end) : undefined;
    if (known) forms.set(m.text, { id: known.id, name: known.name });
    else if (!forms.has(form)) forms.set(form, { id: m.id, name: m.name });
  }
}

/** The data mention that is exactly `form`, written in the brackets right after `after`, or undefined. */
function knownMentionOf(text: string, mentions: readonly CompanyMention[], form: string, after: number): CompanyMention | undefined {
  const at = text.indexOf(form, after);
  if (at < 0 || at > after + 12) return undefined;
  const inside = overlapping(mentions, at, at + form.length);
  return inside.length === 1 && inside[0]!.start === at && inside[0]!.end === at + form.length && !isUnknown(inside[0]!) ? inside[0] : undefined;
}

/** Words for "company" that open a name in French, Spanish, Italian and Portuguese: "Société Générale", "Compañía Minera". */
const COMPANY_OPENERS = new Set('société societe compagnie compañía compania companhia sociedad sociedade società societa'.split(' '));

/** Agent nouns for a line of business that close a name the page defines an acronym for ("Southern African Brewers (SAB)"). */
const TRADE_NOUNS = new Set('brewers distillers bottlers vintners miners refiners smelters shippers carriers builders makers manufacturers producers growers traders merchants retailers grocers stores bankers brokers insurers underwriters'.split(' '));

/**
 * "Southern African Brewers (SAB) …": a run of capitalised words the page gives an acronym for is a
 * company when the acronym is exactly its initials and its last word is corporate or a line of
 * business, or when it is two names joined by "&" ("Larsen & Toubro (L&T)"); the acronym is linked with it. Public bodies, unions and the like do not end that way.
 */
function findDefinedNames(text: string, mentions: CompanyMention[], forms: Map<string, Entity>): CompanyMention[] {
  const added: CompanyMention[] = [];
  for (let open = text.indexOf(' ('); open >= 0; open = text.indexOf(' (', open + 2)) {
    const def = /^\(([A-Z][A-Z&]{1,6})\)/.exec(text.slice(open + 1, open + 10));
    if (!def || forms.has(def[1]!)) continue;
    let run = readNameBackwardSimple(text, open);
    // "Larsen & Toubro (L&T)": two founders' names joined by "&" are a company's name, as a legal word would make it.
    const founders = run !== undefined && run.words.length === 1 && text.startsWith(' & ', run.start - 3) ? readNameBackwardSimple(text, run.start - 3) : undefined;
    if (founders && run) run = { start: founders.start, words: [...founders.words, '&', ...run.words] };
    // "Société Lyonnaise de Chaudronnerie (SLC)": a small word of a Romance or Dutch name joins two runs of capitals.
    for (let k = 0; k < 2 && run; k++) {
      const joiner = /(?:^|\s)(de|du|des|del|della|di|da|do|dos|das|van|von|der) $/.exec(text.slice(Math.max(0, run.start - 7), run.start));
      // (The name before ends at the space before the small word.)
      const before = joiner ? readNameBackwardSimple(text, run.start - joiner[1]!.length - 2) : undefined;
      if (!joiner || !before) break;
      run = { start: before.start, words: [...before.words, joiner[1]!, ...run.words] };
    }
    if (!run || run.words.length < 2 || overlapping(mentions, run.start, open).length > 0) continue;
    const last = run.words[run.words.length - 1]!;
    const lower = last.toLowerCase();
    const opensAsCompany = COMPANY_OPENERS.has(run.words[0]!.toLowerCase());
    if (!(SUFFIX_ROLES.has(last) || INDUSTRY_WORDS.has(lower) || TRADE_NOUNS.has(lower) || founders || opensAsCompany)) continue;
    const initials = run.words.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
    if (initials !== def[1]!.replace(/&/g, '') || notCompanyReason(run.words.filter((w) => w !== '&' && /^[A-Z]/.test(w))) !== undefined) continue;
    const written = text.slice(run.start, open);
    const entity = { id: unknownId(written), name: written };
    added.push({ start: run.start, end: open, text: written, ...entity });
    forms.set(def[1]!, entity);
    forms.set(written, entity);
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Whether `word` occurs on the page as a whole word outside every mention (else linking it adds nothing), or as a
 * bare one-word name of another data company (`id` is the page's: "Sanwa" after "Sanwa Bank Ltd", propagate decides).
 */
function standsAlone(text: string, word: string, mentions: readonly CompanyMention[], id: string): boolean {
  const oneWord = !word.includes(' ');
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isBoundary(text, at - 1) || !isBoundary(text, at + word.length)) continue;
    const i = firstEndAfter(mentions, at);
    if (i === mentions.length || mentions[i]!.start >= at + word.length) return true;
    if (oneWord && mentions[i]!.start === at && mentions[i]!.end === at + word.length && mentions[i]!.id !== id && !isUnknown(mentions[i]!)) return true;
  }
  return false;
}

/** Words the page itself writes in lower case are common words there ("southern", "delta"). */
function lowercaseOnPage(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (isBoundary(text, at - 1) && isBoundary(text, at + lower.length)) return true;
  }
  return false;
}

/**
 * Links aliases, definitions, short forms and repeats across the text (mentions sorted,
 * non-overlapping). `forms` may come from earlier slices of the page and is added to.
 */
export function linkOnPage(text: string, mentions: CompanyMention[], forms: Map<string, Entity> = new Map()): CompanyMention[] {
  const linked = findDefinedNames(text, linkRenames(text, linkAliases(text, mentions, forms), forms), forms);
  const ambiguous = new Set<string>();
  const headForms = new Set<string>();
  const seenFull = new Set<string>();
  const seenUnknown = new Set<string>();
  // Each search of the whole page is made once per word: a long page names its companies thousands of times.
  const lowercaseHere = remembered((form) => lowercaseOnPage(text, form));
  const aloneHere = remembered((key) => standsAlone(text, key.slice(0, key.indexOf('\u0000')), linked, key.slice(key.indexOf('\u0000') + 1)));
  linkDefinitions(text, linked, forms);
  for (const m of linked) {
    // "三一重工 … 三一": a known Chinese company named in full links its brand on the page.
    if (!isUnknown(m) && m.text.length >= 4 && charClass(m.text.charCodeAt(0)) === CJK) {
      // (Once per name as written: a list page names the same company thousands of times.)
      if (seenFull.has(m.text)) continue;
      seenFull.add(m.text);
      for (const form of chineseShortForms(m.text, true)) if (!forms.has(form)) forms.set(form, { id: m.id, name: m.name });
      continue;
    }
    // "Reliance Industries Ltd … Reliance": a data company written in full links its distinctive first word.
    // Not when two companies on the page open with that word ("Tata Motors", "Tata Steel": "Tata" is neither).
    if (!isUnknown(m)) {
      if (!m.text.includes(' ') || m.text.includes('\n') || seenFull.has(m.text) || !hasShortForm(m.text)) continue;
      seenFull.add(m.text);
      for (const form of shortFormsOf(m.text)) {
        // (An acronym the page did not define is linked only when the name writes it as a word: "Banco BPM" → "BPM".)
        if ((form.includes(' ') && !isSpecificPhrase(form)) || (/^[A-Z]+$/.test(form) && !m.text.split(' ').includes(form)) || ambiguous.has(form)) continue;
        const earlier = forms.get(form);
        // A form the data finds only where a cue vouches for it ("Makino shares") is still the page's short form
        // elsewhere ("Makino said"): only a form found everywhere (not alone anywhere) needs no link of its own.
        if (earlier?.id === m.id || !aloneHere(`${form}\u0000${m.id}`) || lowercaseHere(form)) continue;
        if (earlier) {
          ambiguous.add(form);
          if (headForms.has(form)) forms.delete(form);
        } else {
          forms.set(form, { id: m.id, name: m.name });
          headForms.add(form);
        }
      }
      continue;
    }
    if (!isUnknown(m) || m.text.includes('\n') || seenUnknown.has(m.text)) continue;
    // (Once per name as written, as above: a repeat adds no form the first did not.)
    seenUnknown.add(m.text);
    // (A data company whose 简称 or acronym the page gave in brackets: linkDefinitions.)
    const defined = forms.get(m.text);
    const entity = defined && !isUnknown(defined) ? defined : { id: m.id, name: m.name };
    if (!forms.has(m.text)) forms.set(m.text, entity);
    const cjk = charClass(m.text.charCodeAt(0)) === CJK;
    for (const form of cjk ? chineseShortForms(m.text) : [...shortFormsOf(m.text), ...firstWordOfTwo(m.text)]) {
      // A short name read alone before ("德润新能（301628）") gives way to the full name it abbreviates ("安徽德润新能源科技股份有限公司").
      // So does a Latin one a headline wrote before the legal name ("CMA clears … purchase of Tollgate Bakeries" before
      // "Tollgate Bakeries Holdings Ltd").
      const prev = forms.get(form);
      const givesWay = prev !== undefined && isUnknown(prev) && prev.name === form && (cjk ? REGISTERED_NAME_END.test(m.name) && (m.name.includes(form) || isAbbreviationOf(form, m.name)) : m.name.startsWith(`${form} `) && SUFFIX_ROLES.get(m.name.slice(m.name.lastIndexOf(' ') + 1).replace(/\.$/, '')) === 'legal');
      if ((prev && !givesWay) || (!cjk && !form.includes(' ') && !/^[A-Z]+$/.test(form) && lowercaseHere(form))) continue;
      forms.set(form, entity);
    }
  }
  return propagate(text, linked, forms);
}
