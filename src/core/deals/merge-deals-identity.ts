// What makes two reports name the same party, round or day: the keys the deal merge and the related-deals
// lookup compare. Pure string and calendar arithmetic (dates are parsed, never read from the clock).
import type { DealParty } from '../types';
import { findRounds } from './rounds';

type Role = DealParty['role'];

/** Trailing words that name a legal form, not the company ("Zhipu AI Inc." is "Zhipu AI"). */
const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'ltd', 'limited', 'llc', 'plc', 'corp', 'corporation', 'co', 'company',
  'gmbh', 'ag', 'sa', 'nv', 'bv', 'group', 'holding', 'holdings',
]);
const ZH_LEGAL_SUFFIX = /(?:股份有限公司|有限责任公司|有限公司|集团|控股)+$/u;

/**
 * A party's name reduced for comparison: case, width, accents, punctuation, a leading "the" and trailing
 * legal-form words ignored. Never reduced to nothing: "Group" stays "group".
 */
export function normalizePartyName(name: string): string {
  let s = name.normalize('NFKC').toLowerCase().trim();
  const zh = s.replace(ZH_LEGAL_SUFFIX, '');
  if (zh.length > 0) s = zh;
  s = s.normalize('NFKD').replace(/\p{M}+/gu, '');
  const words = s.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  if (words.length > 1 && words[0] === 'the') words.shift();
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** The same party: by id when both have one, else by normalized name. */
export function sameParty(a: { id?: string; name: string }, b: { id?: string; name: string }): boolean {
  if (a.id !== undefined && b.id !== undefined) return a.id === b.id;
  const name = normalizePartyName(a.name);
  return name.length > 0 && name === normalizePartyName(b.name);
}

/**
 * Whether `party` is the company a caller names by `key`: a company id, the deal store's
 * "name:<lowercase name>" key, or the slug of the name (the id a captured deal's target would get).
 */
export function partyMatchesKey(party: { id?: string; name: string }, key: string): boolean {
  if (party.id !== undefined) return party.id === key;
  if (key.startsWith('name:')) return normalizePartyName(key.slice(5)) === normalizePartyName(party.name);
  return slugify(party.name) === key;
}

/**
 * A set of parties with the sameParty rule, answering in O(1): a party with an id matches that id or an
 * id-less party of its name; a party without an id matches any party of its name.
 */
export class PartySet {
  private readonly ids = new Set<string>();
  private readonly allNames = new Set<string>();
  private readonly idlessNames = new Set<string>();

  constructor(parties: Iterable<{ id?: string; name: string }> = []) {
    for (const p of parties) this.add(p);
  }

  add(p: { id?: string; name: string }): void {
    const name = normalizePartyName(p.name);
    if (p.id !== undefined) this.ids.add(p.id);
    else if (name) this.idlessNames.add(name);
    if (name) this.allNames.add(name);
  }

  has(p: { id?: string; name: string }): boolean {
    const name = normalizePartyName(p.name);
    if (p.id !== undefined) return this.ids.has(p.id) || (name.length > 0 && this.idlessNames.has(name));
    return name.length > 0 && this.allNames.has(name);
  }
}

const ROLE_RANK: Record<NonNullable<Role> | 'none', number> = { lead: 3, participant: 2, existing: 1, none: 0 };

/** The stronger of two roles: lead > participant > existing > none. */
export function strongerRole(a: Role, b: Role): Role {
  return ROLE_RANK[a ?? 'none'] >= ROLE_RANK[b ?? 'none'] ? a : b;
}

export function roleRank(role: Role): number {
  return ROLE_RANK[role ?? 'none'];
}

/**
 * One spelling per round, so "B轮", "series b" and "Series B" compare equal; a round the round table
 * does not know ("IPO (NYSE)") compares by its lowercase, space-collapsed text.
 */
export function canonicalRound(round: string): string {
  const text = round.trim();
  const found = findRounds(text, 0, text.length);
  if (found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length) return found[0]!.round;
  return text.toLowerCase().replace(/\s+/g, ' ');
}

const DEAL_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const MS_PER_DAY = 86_400_000;
/** A month-only date ("2023-10") stands for the middle of the month. */
const MONTH_ONLY_DAY = 15;

/**
 * Days since 1970-01-01 of a deal date ("YYYY-MM-DD", or "YYYY-MM" as the month's 15th); undefined
 * for anything that is not a real calendar day or month.
 */
export function dealDay(date: string): number | undefined {
  const m = DEAL_DATE.exec(date);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = m[3] === undefined ? MONTH_ONLY_DAY : Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return t / MS_PER_DAY;
}

/**
 * A lowercase kebab-case slug of a name ("Société Générale" → "societe-generale"). A name with no Latin
 * letters or digits ("智谱") gets "x" and a stable hash of the name, so ids stay ASCII and distinct.
 */
export function slugify(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.length > 0 ? ascii : `x${fnv1a(text.normalize('NFKC').trim()).toString(36)}`;
}

/** 32-bit FNV-1a over UTF-16 code units: a short, stable, non-cryptographic name hash. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
