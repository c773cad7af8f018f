// The deals related to a company, each with the reason it is related: the company's own timeline, its
// investors' other bets, and similar deals (shared investors, or same sector and stage at the same time
// and size). Amounts in different currencies are never compared: the core holds no exchange rates.
import type { DealParty, DealRecord } from '../types';
import { canonicalRound, dealDay, normalizePartyName, partyMatchesKey, roleRank } from './merge-deals-identity';

export interface RelatedDealsOptions {
  /** Similar deals are at most this many days from one of the company's deals (default 365). */
  windowDays?: number;
  /** At most this many similar deals, and deals per investor (default 10; Infinity for all). The timeline is never cut. */
  limit?: number;
}

export interface RelatedDeals {
  /** Deals with the company as target or as investor, newest first. */
  timeline: DealRecord[];
  /** Ids of the timeline deals in which the company is an investor (or buyer), not the target. */
  asInvestor: string[];
  /** For each investor in the company's own deals, their other deals, newest first; leads first. */
  investorDeals: { investor: DealParty; deals: DealRecord[] }[];
  /** Deals of other companies, most related first, each with why: codes and names the interface words. */
  similar: { deal: DealRecord; reason: SimilarReason }[];
}

/** Why a deal is like the company's own, for the interface to say in the reader's language. */
export interface SimilarReason {
  /** Investors of the deal that also invested in the company, in the deal's order (names as the deal gives them). */
  shared: string[];
  /** Set when the deal is in the company's sector at the same stage (same round, or same type when a round is missing), near one of its deals. */
  peer?: {
    sector: string;
    /** The deal's round when both deals name one (they agree), else absent: the deal's type matched. */
    round?: string;
    /** The order of magnitude both amounts share (same currency): from 10^band to 10^(band+1); null when sizes were not compared. */
    sizeBand: { currency: string; band: number } | null;
  };
}

export const DEFAULT_WINDOW_DAYS = 365;
export const DEFAULT_RELATED_LIMIT = 10;
/** Two shared investors make a deal similar on their own (one is just the investorDeals list). */
const MIN_SHARED_FOR_SIMILAR = 2;

/**
 * The deals related to the company `companyId` (a company id; for a company without one, the deal store's
 * "name:<name>" key or the slug of the name) among `all`.
 */
export function relatedDeals(companyId: string, all: DealRecord[], options: RelatedDealsOptions = {}): RelatedDeals {
  const windowDays = validOr(options.windowDays, DEFAULT_WINDOW_DAYS);
  const limit = Math.floor(validOr(options.limit, DEFAULT_RELATED_LIMIT));
  const names = new NameCache();
  const isCompany = (p: DealParty): boolean => partyMatchesKey(p, companyId);

  const own = all.filter((d) => isCompany(d.target));
  const invested = all.filter((d) => !isCompany(d.target) && d.investors.some(isCompany));
  const inTimeline = new Set([...own, ...invested]);
  const timeline = [...own, ...invested].sort(newestFirst);

  const investors = new PartyGroups(names);
  for (const deal of own) for (const p of deal.investors) if (!isCompany(p)) investors.add(p);

  const groupDeals = investors.groups.map(() => [] as DealRecord[]);
  const candidates: DealRecord[] = [];
  for (const deal of all) {
    if (inTimeline.has(deal)) continue;
    candidates.push(deal);
    const seen = new Set<number>();
    for (const p of deal.investors) for (const g of investors.find(p)) seen.add(g);
    for (const g of seen) groupDeals[g]!.push(deal);
  }
  // Leads first, then the most active investors, then by name.
  const investorDeals = investors.groups
    .map((group, i) => ({ ...group, deals: groupDeals[i]!.sort(newestFirst) }))
    .filter((g) => g.deals.length > 0)
    .sort((a, b) => b.rank - a.rank || b.deals.length - a.deals.length || compareText(a.party.name, b.party.name))
    .map((g) => ({ investor: g.party, deals: g.deals.slice(0, limit) }));

  const sectors = sectorsByTarget(all, names);
  const ownDated = own
    .map((deal) => ({ deal, day: dealDay(deal.date), sector: sectorOf(deal, sectors, names) }))
    .filter((o): o is { deal: DealRecord; day: number; sector: string | undefined } => o.day !== undefined);
  const scored: { deal: DealRecord; reason: SimilarReason; shared: number; sectorMatch: boolean; distance: number }[] = [];
  for (const deal of candidates) {
    const day = dealDay(deal.date);
    if (day === undefined) continue;
    const near = ownDated.filter((o) => Math.abs(o.day - day) <= windowDays);
    if (near.length === 0) continue;
    const shared = sharedInvestors(deal, investors, names);
    const sector = sectorOf(deal, sectors, names);
    const match = near
      .filter((o) => sector !== undefined && o.sector === sector && o.deal.type === deal.type && roundsAgree(o.deal, deal))
      .map((o) => ({ ...o, size: compareSize(o.deal, deal) }))
      .filter((o) => o.size.comparable !== 'different')
      .sort((a, b) => Math.abs(a.day - day) - Math.abs(b.day - day))[0];
    if (!match && shared.length < MIN_SHARED_FOR_SIMILAR) continue;
    const reason: SimilarReason = { shared: shared.map((p) => p.name) };
    if (match && sector !== undefined) {
      reason.peer = {
        sector,
        ...(match.deal.round !== undefined && deal.round !== undefined && { round: deal.round }),
        sizeBand: match.size.band,
      };
    }
    const distance = Math.min(...near.map((o) => Math.abs(o.day - day)));
    scored.push({ deal, reason, shared: shared.length, sectorMatch: !!match, distance });
  }
  const similar = scored
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        Number(b.sectorMatch) - Number(a.sectorMatch) ||
        a.distance - b.distance ||
        compareText(a.deal.id, b.deal.id),
    )
    .slice(0, limit)
    .map(({ deal, reason }) => ({ deal, reason }));

  const asInvestor = timeline.filter((d) => !isCompany(d.target)).map((d) => d.id);
  return { timeline, asInvestor, investorDeals, similar };
}

function validOr(value: number | undefined, fallback: number): number {
  // Infinity is a valid answer ("no limit", "any time"); NaN and negatives are not.
  return value !== undefined && !Number.isNaN(value) && value >= 0 ? value : fallback;
}

/** Newest first; undated (unparsable) deals last; ties by id, so the order is stable. */
function newestFirst(a: DealRecord, b: DealRecord): number {
  const da = dealDay(a.date) ?? -Infinity;
  const db = dealDay(b.date) ?? -Infinity;
  return db - da || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** normalizePartyName is the costly step of every party comparison; one call per distinct name. */
class NameCache {
  private readonly cache = new Map<string, string>();
  get(name: string): string {
    let n = this.cache.get(name);
    if (n === undefined) {
      n = normalizePartyName(name);
      this.cache.set(name, n);
    }
    return n;
  }
}

interface PartyGroup {
  party: DealParty;
  rank: number;
}

/** Distinct parties (the sameParty rule) with an O(1) lookup of the groups a party belongs to. */
class PartyGroups {
  readonly groups: PartyGroup[] = [];
  private readonly byId = new Map<string, number>();
  private readonly idlessByName = new Map<string, number>();
  private readonly byName = new Map<string, number[]>();

  constructor(private readonly names: NameCache) {}

  add(p: DealParty): void {
    const found = this.find(p)[0];
    if (found !== undefined) {
      const group = this.groups[found]!;
      group.rank = Math.max(group.rank, roleRank(p.role));
      return;
    }
    const index = this.groups.length;
    this.groups.push({ party: p.id === undefined ? { name: p.name } : { id: p.id, name: p.name }, rank: roleRank(p.role) });
    const name = this.names.get(p.name);
    if (p.id !== undefined) this.byId.set(p.id, index);
    else if (name) this.idlessByName.set(name, index);
    if (name) this.byName.set(name, [...(this.byName.get(name) ?? []), index]);
  }

  /** Indexes of the groups `p` is the same party as. */
  find(p: { id?: string; name: string }): number[] {
    const name = this.names.get(p.name);
    if (p.id !== undefined) {
      const found: number[] = [];
      const byId = this.byId.get(p.id);
      if (byId !== undefined) found.push(byId);
      const idless = name ? this.idlessByName.get(name) : undefined;
      if (idless !== undefined) found.push(idless);
      return found;
    }
    return name ? (this.byName.get(name) ?? []) : [];
  }
}

/** The deal's investors that also invested in the company, in the deal's order. */
function sharedInvestors(deal: DealRecord, investors: PartyGroups, names: NameCache): DealParty[] {
  const shared: DealParty[] = [];
  const seen = new Set<string>();
  for (const p of deal.investors) {
    const key = p.id ?? names.get(p.name);
    if (investors.find(p).length > 0 && !seen.has(key)) {
      seen.add(key);
      shared.push(p);
    }
  }
  return shared;
}

/** A captured deal has no sector; its target's other deals may have one. */
function sectorsByTarget(all: DealRecord[], names: NameCache): Map<string, string> {
  const sectors = new Map<string, string>();
  for (const d of all) if (d.sector !== undefined) sectors.set(targetKey(d, names), d.sector);
  return sectors;
}

function sectorOf(deal: DealRecord, sectors: Map<string, string>, names: NameCache): string | undefined {
  return deal.sector ?? sectors.get(targetKey(deal, names));
}

function targetKey(deal: DealRecord, names: NameCache): string {
  return deal.target.id ?? `name:${names.get(deal.target.name)}`;
}

function roundsAgree(a: DealRecord, b: DealRecord): boolean {
  return a.round === undefined || b.round === undefined || canonicalRound(a.round) === canonicalRound(b.round);
}

type SizeComparison = { comparable: 'same' | 'different' | 'skipped'; band: { currency: string; band: number } | null };

/**
 * Same size band: the same order of magnitude in the same currency. Across currencies, or when an amount
 * is missing, size is not a condition (band null).
 */
function compareSize(mine: DealRecord, other: DealRecord): SizeComparison {
  if (mine.amount === undefined || other.amount === undefined || mine.amount.currency !== other.amount.currency) return { comparable: 'skipped', band: null };
  const band = sizeBand(other.amount.amount);
  if (sizeBand(mine.amount.amount) !== band) return { comparable: 'different', band: null };
  return { comparable: 'same', band: { currency: other.amount.currency, band } };
}

/** The order of magnitude: 300 million → 8 (100M–1B). Corrected for floating-point log10. */
export function sizeBand(amount: number): number {
  let band = Math.floor(Math.log10(amount));
  while (10 ** (band + 1) <= amount) band++;
  while (10 ** band > amount) band--;
  return band;
}
