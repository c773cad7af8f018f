// Name handling for the company base: casing of upper-case source names, legal suffixes, ids,
// sector tags and the `match` rule of a short name.

import fs from 'node:fs';

// ---------------------------------------------------------------------------------------------
// Word list (a plain one-word-per-line dictionary such as Debian's wamerican, given on the command
// line). Lower-case entries are ordinary words; capitalised entries are names of people, places
// and brands.

export interface WordList {
  lower: Set<string>;
  proper: Set<string>;
}

export function loadWordList(file: string | undefined): WordList {
  const lower = new Set<string>();
  const proper = new Set<string>();
  if (!file) return { lower, proper };
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const w = raw.trim();
    if (w.length === 0 || w.includes("'")) continue;
    if (w === w.toLowerCase()) lower.add(w);
    else proper.add(w);
  }
  return { lower, proper };
}

// ---------------------------------------------------------------------------------------------
// Casing of upper-case names ("NVIDIA CORP" → "Nvidia Corp").

const FIXED_CASE = new Map<string, string>(
  [
    'Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'plc', 'LLC', 'L.L.C.', 'LP', 'L.P.', 'NV', 'N.V.', 'SA', 'S.A.', 'AG', 'SE',
    'SpA', 'S.p.A.', 'ASA', 'AB', 'A/S', 'Oyj', 'KGaA', 'GmbH', 'SAS', 'ADR', 'REIT', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'USA', 'U.S.', 'US',
  ].map((w) => [w.toUpperCase(), w]),
);
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'by', 'to', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'a', 'an', 'y', 'e']);
const ORDINAL = /^(\d+)(ST|ND|RD|TH)$/;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function caseToken(token: string, first: boolean, words: WordList): string {
  if (token.length === 0) return token;
  const fixed = FIXED_CASE.get(token.toUpperCase());
  if (fixed) return fixed;
  const ord = ORDINAL.exec(token);
  if (ord) return ord[1]! + ord[2]!.toLowerCase();
  if (/\d/.test(token)) return token; // 3M, 1-800-FLOWERS
  if (token.includes('&')) {
    // AT&T, S&P, M&T: letters around "&" stay capitals when short
    const parts = token.split('&');
    if (parts.every((p) => p.length <= 2)) return token;
    return parts.map((p) => caseToken(p, first, words)).join('&');
  }
  if (token.includes('-')) return token.split('-').map((p, i) => caseToken(p, first && i === 0, words)).join('-');
  if (token.includes('.') && /^[A-Z.]+$/.test(token)) return token; // U.S., J.B., E.ON
  const lower = token.toLowerCase();
  if (!first && SMALL_WORDS.has(lower)) return lower;
  const letters = lower.replace(/[^a-z]/g, '');
  if (letters.length <= 3 && !words.lower.has(letters)) return token; // IBM, ALX, CVS
  if (!/[aeiouy]/.test(letters)) return token; // HSBC, NTWK
  if (lower.includes("'")) {
    const [head, ...rest] = lower.split("'");
    return [capitalise(head!), ...rest].join("'"); // Moody's, O'Reilly is rare in upper-case sources
  }
  return capitalise(lower);
}

/**
 * Title-cases a name written in capitals ("NVIDIA CORP" → "Nvidia Corp"); a name with lower-case
 * letters outside its legal suffix is returned as it is. A one-word capital name stays in capitals
 * (POSCO, NVR: usually written so on purpose) unless it is an ordinary word ("NOODLES & Co").
 */
export function fixCase(name: string, words: WordList, keepOneWordCapitals = true): string {
  const core = name.replace(/[\s,]+(?:&\s*)?(?:Co|Inc|Corp|Ltd|Plc|Llc|Lp|Sa|Ag|Se|Nv|Company|Corporation|Limited|Incorporated)\.?$/i, '');
  if (/[a-z]/.test(core)) return name;
  const single = !/\s/.test(core.trim());
  if (single && keepOneWordCapitals && !(core.length >= 4 && words.lower.has(core.toLowerCase()))) {
    return core + name.slice(core.length).replace(/[A-Z]{2,}/g, (w) => caseToken(w, false, words));
  }
  return name
    .split(/(\s+|,)/)
    .map((part, i) => (/^\s+$|^,$/.test(part) ? part : caseToken(part, i === 0, words)))
    .join('');
}

// ---------------------------------------------------------------------------------------------
// Legal suffixes.

const LEGAL_SUFFIXES = [
  'incorporated', 'inc', 'corporation', 'corp', 'company', 'co', 'limited', 'ltd', 'plc', 'p.l.c.', 'llc', 'l.l.c.', 'lp', 'l.p.',
  'n.v.', 'nv', 's.a.', 'sa', 'ag', 'se', 's.e.', 's.p.a.', 'spa', 'asa', 'ab', '(publ)', 'a/s', 'oyj', 'abp', 'kgaa', 'gmbh', 'sas', 's.a.s.',
  'tbk', 'bhd', 'berhad', 'pcl', 'sab de cv', 's.a.b. de c.v.', 'ltda', 'sca', 'sapa', 'nyrt', 'as', 'hf', 'cayman', '(cayman)', 'class a', 'class b',
  'adr', 'ads', '(the)', 'holdings', '(holdings)', 'holding', '(holding)', 'public company', 'cayman islands', '(cayman islands)',
  'aktiengesellschaft', 'societas europaea', 'pref', 'vz',
];
// Longest first so "s.a.b. de c.v." wins over "s.a.".
const SUFFIX_RE = new RegExp(
  `(?:[\\s,]+|^)(?:${[...LEGAL_SUFFIXES].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.()/$]/g, (c) => `\\${c}`)).join('|')})\\.?$`,
  'i',
);
const HOLDING_RE = /^(?:holdings|\(holdings\)|holding|\(holding\))$/i;

/** Removes state markers of SEC names ("/DE/", "/NY") and trailing punctuation. */
export function cleanSourceName(name: string): string {
  return name
    .replace(/\bCo\.\s*,?\s*(Ltd|Limited)\b\.?/i, (_m, l: string) => `Co., ${l}.`.replace('Limited.', 'Limited'))
    .replace(/\s+Pref$/i, '')
    .replace(/\.?\s*\(?Class [A-Z]\)?$/, '')
    .replace(/\s*\/[A-Z]{2,3}\/?\s*$/i, '')
    .replace(/\s*\/[A-Z]{2,3}\/?\s*(?=,|$)/i, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:/-]+$/, '')
    .trim();
}

/**
 * The usual short form of a legal name: legal suffixes and "Holdings" dropped ("Tencent Holdings
 * Ltd" → "Tencent", "Kweichow Moutai Co., Ltd." → "Kweichow Moutai"); "(The)" and a leading "The"
 * dropped. "Holdings" stays when the rest would be one ordinary word ("Booking Holdings").
 */
export function shortName(legal: string, words: WordList): string {
  let s = cleanSourceName(legal).replace(/^the\s+/i, '');
  s = s.replace(/\s*\((?:the)\)\s*$/i, '');
  let previous = '';
  while (s !== previous) {
    previous = s;
    const m = SUFFIX_RE.exec(s);
    if (!m) break;
    const rest = s.slice(0, m.index).replace(/[\s,&]+$/, '').trim();
    if (rest.length < 2) break;
    const removed = m[0].replace(/^[\s,]+/, '').replace(/\.$/, '');
    if (HOLDING_RE.test(removed) && isOrdinaryWord(rest, words)) break;
    s = rest;
  }
  // "Co" left after "& Co" removal etc.
  s = s.replace(/\s+&$/, '').trim();
  return s;
}

export function isOrdinaryWord(text: string, words: WordList): boolean {
  return !/\s/.test(text) && words.lower.has(text.toLowerCase());
}

/** Whether the name ends in a legal or group word (so that it is a legal name, not a short name). */
export function hasLegalSuffix(name: string): boolean {
  return SUFFIX_RE.test(name);
}

// ---------------------------------------------------------------------------------------------
// Ids.

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const LEGAL_CLASSES: [RegExp, string][] = [
  [/\b(?:co\.?,?\s*ltd\.?|company\s+limited|company\s+ltd\.?|co\.?,?\s*limited)$/i, 'coltd'],
  [/\b(?:limited|ltd\.?)$/i, 'ltd'],
  [/\b(?:corporation|corp\.?)$/i, 'corp'],
  [/\b(?:incorporated|inc\.?)$/i, 'inc'],
  [/\b(?:plc|p\.l\.c\.)$/i, 'plc'],
  [/\b(?:ag|aktiengesellschaft)$/i, 'ag'],
  [/\b(?:se|societas europaea)$/i, 'se'],
  [/\b(?:s\.?a\.?)$/i, 'sa'],
  [/\b(?:n\.?v\.?)$/i, 'nv'],
  [/\b(?:company|co\.?)$/i, 'co'],
];

/** The legal form of a name, as a class ("co., ltd." and "company limited" are one), or "". */
export function legalClass(name: string): string {
  const s = cleanSourceName(name).replace(/\s*\((?:publ|the)\)$/i, '').trim();
  for (const [re, cls] of LEGAL_CLASSES) if (re.test(s)) return cls;
  return '';
}

/** A stricter comparison form for joining listings: the comparable name and the legal form. */
export function sameCompanyKey(name: string, words: WordList): string {
  return `${comparable(name, words)}|${legalClass(name)}`;
}

/** A comparison form for duplicate detection: folded, no punctuation, no legal suffixes. */
export function comparable(name: string, words: WordList): string {
  return slug(shortName(name, words).replace(/\s*\((?:the)\)\s*$/i, '')).replace(/-and-/g, '-').replace(/-/g, '');
}

// ---------------------------------------------------------------------------------------------
// The `match` rule of a short name.

// Words that make a multi-word name read as a company name rather than a phrase of prose.
const CORPORATE_WORDS = new Set(
  (
    'bank bancorp bancshares banc banking financial finance holdings holding group motors motor energy industries industrial systems ' +
    'technologies technology tech pharmaceuticals pharmaceutical pharma therapeutics capital partners resources realty properties ' +
    'brands networks communications airlines airways insurance assurance foods semiconductor semiconductors software entertainment ' +
    'petroleum oil gas mining mines minerals gold silver copper steel chemicals chemical electric power utilities healthcare medical ' +
    'biosciences sciences labs laboratories solutions services international corporation company trust reit apartments hotels ' +
    'resorts restaurants stores logistics shipping tankers biotech genetics diagnostics devices instruments electronics materials ' +
    'investments investment securities mortgage lending credit bio biopharma biotherapeutics oncology robotics aerospace automotive ' +
    'enterprises ventures worldwide global telecom wireless media broadcasting beverages brewing airport railway railways'
  ).split(' '),
);
// Place words that ordinary-word lists also hold ("china", "shanghai", "pacific"): a name with one
// of them reads as a name.
const PLACE_WORDS = new Set(
  (
    'china chinese shanghai beijing shenzhen guangzhou hong kong japan japanese korea korean india indian america american pacific ' +
    'atlantic europe european asia asian canada canadian australia australian british france french german germany italy italian ' +
    'spain spanish swiss sweden norway denmark finland national united states western eastern northern southern turkey jersey ' +
    'guernsey bermuda texas california florida ohio virginia carolina georgia nevada arizona utah washington'
  ).split(' '),
);
const LINK_WORDS = new Set(['of', 'the', 'and', '&', 'de', 'du', 'la', 'for', 'a', 'an']);

export type MatchRule = 'case-sensitive' | 'corporate-word' | 'after-full-name';

export interface MatchContext {
  /** An index constituent or a large company: its capitalised name is more often the company. */
  prominent: boolean;
  /** Reviewed exceptions: famous names that need no rule, or only case-sensitivity. */
  famous: ReadonlyMap<string, MatchRule | 'none'>;
  /** Reviewed person and place names among prominent companies ("Ford", "Devon"). */
  personOrPlace: ReadonlySet<string>;
}

/** The match rule for a Latin short name, or undefined for the default. */
export function matchRule(name: string, words: WordList, ctx: MatchContext): MatchRule | undefined {
  const famous = ctx.famous.get(name);
  if (famous) return famous === 'none' ? undefined : famous;
  if (ctx.personOrPlace.has(name)) return 'after-full-name';
  const tokens = name.split(/\s+/).filter((t) => t.length > 0);
  if (tokens.length === 1) {
    const t = tokens[0]!.replace(/['’]s$/i, '');
    const lower = t.toLowerCase();
    // Capitals or mixed case that spell a word ("NOTE", "BlackBerry"): the word in capitals is still
    // common ("NOTE:"), so only prominent companies match on their own, and then case-sensitively.
    const styled = (/^[A-Z0-9&.]+$/.test(t) && /[A-Z]/.test(t)) || /[a-z][A-Z]/.test(t);
    if (styled && words.lower.has(lower)) return ctx.prominent ? 'case-sensitive' : 'after-full-name';
    if (words.lower.has(lower)) return 'after-full-name';
    if (words.proper.has(t)) return ctx.prominent ? undefined : 'after-full-name';
    return undefined;
  }
  // A capitalised phrase of several words is rarely prose; a prominent company's is its name
  // (reviewed exceptions are in PERSON_OR_PLACE). Smaller companies: a phrase of ordinary words.
  if (ctx.prominent) return undefined;
  const significant = tokens.filter((t) => !LINK_WORDS.has(t.toLowerCase()));
  if (significant.length === 0) return 'after-full-name';
  const allWords = significant.every((t) => words.lower.has(t.toLowerCase().replace(/['’]s$/, '')));
  const corporate = significant.some((t) => CORPORATE_WORDS.has(t.toLowerCase()) || PLACE_WORDS.has(t.toLowerCase()));
  if (allWords && !corporate) return 'after-full-name';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Sector tags from the sources' industry labels (GICS-style).

export function sectorOf(industry: string, group = '', sector = ''): string | undefined {
  const i = `${industry}`.toLowerCase();
  const g = `${group} ${sector}`.toLowerCase();
  const all = `${i} ${g}`;
  if (/reinsurance|insurance brokers|insurance/.test(i)) return 'insurance';
  if (/asset management|custody/.test(i)) return 'asset-management';
  if (/thrifts|mortgage finance|banks/.test(i)) return 'bank';
  if (/investment banking|brokerage|capital markets|financial exchanges/.test(i)) return 'capital-markets';
  if (/consumer finance|diversified financial|transaction & payment|multi-sector holdings|specialized finance|commercial & residential mortgage/.test(i)) return 'financial-services';
  if (/semiconductor/.test(i)) return 'semiconductors';
  if (/software|it services|it consulting|internet services|data processing|application software|systems software/.test(i)) return 'software';
  if (/interactive media|entertainment|media|broadcasting|publishing|advertising|cable & satellite|movies|interactive home/.test(i)) return 'media';
  if (/telecom/.test(i)) return 'telecoms';
  if (/communications equipment|technology hardware|electronic|peripherals|storage/.test(i)) return 'hardware';
  if (/automobile|auto parts|auto components|automotive|tires|motorcycle/.test(i)) return 'autos';
  if (/airlines/.test(i)) return 'airlines';
  if (/aerospace|defense/.test(i)) return 'aerospace-defense';
  if (/biotechnology/.test(i)) return 'biotech';
  if (/pharmaceutical|life sciences/.test(i)) return 'pharma';
  if (/health care equipment|health care supplies/.test(i)) return 'medtech';
  if (/health care/.test(i)) return 'healthcare';
  if (/oil|gas|coal|consumable fuels|energy equipment|drilling|refining|integrated oil/.test(i) && !/gas utilities/.test(i)) return 'energy';
  if (/utilities|utility|power producers|renewable electricity/.test(i)) return 'utilities';
  if (/metals|mining|gold|silver|copper|aluminum|steel|precious/.test(i)) return 'mining';
  if (/chemical|fertilizers|agricultural chemicals|industrial gases/.test(i)) return 'chemicals';
  if (/construction materials|paper|forest|containers|packaging/.test(i)) return 'materials';
  if (/reit|real estate/.test(all)) return 'real-estate';
  if (/retail|department stores|distributors|food & staples|drug retail|food distributors|home improvement|apparel retail|broadline/.test(i)) return 'retail';
  if (/hotels|restaurants|leisure|casinos|gaming|cruise|travel/.test(i)) return 'leisure';
  if (/beverages|brewers|distillers|soft drinks|food products|packaged foods|tobacco|household products|personal|agricultural products|meat/.test(i)) return 'consumer';
  if (/textiles|apparel|luxury|footwear|household durables|homebuilding|home furnishings|consumer electronics|housewares|leisure products|diversified consumer/.test(i)) return 'consumer';
  if (/machinery|electrical|construction & engineering|building products|industrial conglomerates|trading companies|conglomerates|heavy electrical|agricultural & farm|construction machinery/.test(i)) return 'industrials';
  if (/marine|road & rail|rail|trucking|air freight|logistics|transportation|airport|highways|ports/.test(i)) return 'transport';
  if (/professional services|commercial services|research & consulting|human resource|diversified support|environmental|security & alarm|waste/.test(i)) return 'services';
  return undefined;
}

/** Banks, insurers and asset managers invest as well as being companies. */
export function kindOfSector(sector: string | undefined): 'company' | 'both' {
  return sector === 'bank' || sector === 'insurance' || sector === 'asset-management' ? 'both' : 'company';
}

// ISO 3166-1 alpha-2 codes of the countries the sources name.
export const COUNTRY_CODES: Record<string, string> = {
  'United States': 'US', China: 'CN', 'Hong Kong': 'HK', Japan: 'JP', 'South Korea': 'KR', India: 'IN', Australia: 'AU', Canada: 'CA',
  'United Kingdom': 'GB', France: 'FR', Germany: 'DE', Netherlands: 'NL', Italy: 'IT', Spain: 'ES', Belgium: 'BE', Finland: 'FI',
  Portugal: 'PT', Sweden: 'SE', Denmark: 'DK', Norway: 'NO', Switzerland: 'CH', Austria: 'AT', Ireland: 'IE', Luxembourg: 'LU',
  Jersey: 'JE', Guernsey: 'GG', 'Isle of Man': 'IM', Bermuda: 'BM', 'Cayman Islands': 'KY', Singapore: 'SG', Taiwan: 'TW', Macau: 'MO',
  Macao: 'MO', Israel: 'IL', Mexico: 'MX', Brazil: 'BR', Greece: 'GR', Poland: 'PL', 'New Zealand': 'NZ', 'South Africa': 'ZA',
  Malaysia: 'MY', Indonesia: 'ID', Thailand: 'TH', Philippines: 'PH', Vietnam: 'VN', Chile: 'CL', Argentina: 'AR', Peru: 'PE',
  Colombia: 'CO', Russia: 'RU', Turkey: 'TR', Cyprus: 'CY', Monaco: 'MC', 'United Arab Emirates': 'AE', 'Saudi Arabia': 'SA',
  Kazakhstan: 'KZ', Mongolia: 'MN', Uruguay: 'UY', Panama: 'PA', 'British Virgin Islands': 'VG', Bahamas: 'BS', Gibraltar: 'GI',
  Liechtenstein: 'LI', Iceland: 'IS', Estonia: 'EE', Latvia: 'LV', Lithuania: 'LT', Czechia: 'CZ', 'Czech Republic': 'CZ', Hungary: 'HU',
  Romania: 'RO', Malta: 'MT', Egypt: 'EG', Nigeria: 'NG', Kenya: 'KE', Morocco: 'MA', Jordan: 'JO', Qatar: 'QA', Kuwait: 'KW',
};
