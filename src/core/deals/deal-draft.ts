import type { CompanyMention, DealMention, DealType } from '../types';

export type InvestorRole = 'lead' | 'participant' | 'existing';
export type Investor = DealMention['investors'][number];

/** A deal being assembled from one sentence (and possibly enriched by the next few). */
export interface DealDraft {
  type: DealType;
  target: CompanyMention;
  investors: Investor[];
  /** Index into the caller's money list. */
  money?: number;
  round?: string;
  /** The target's stated valuation (index into the caller's money list), never the deal's amount. */
  valuation?: { money: number; basis?: 'pre' | 'post' };
  /** Where the cue sits: role phrases later in the sentence attach to the nearest draft before them. */
  anchor: number;
  sentenceIndex: number;
  paragraph: number;
  start: number;
  end: number;
}

/**
 * Adds an investor once (by id). A later mention with a role fills in a missing role; the target is
 * never its own investor.
 */
export function addInvestor(draft: DealDraft, company: CompanyMention, role?: InvestorRole): void {
  const investor: Investor = { id: company.id, name: company.name };
  if (role) investor.role = role;
  mergeInvestor(draft, investor);
}

/** Same as addInvestor, for an investor already in output form (merging two drafts). */
export function mergeInvestor(draft: DealDraft, investor: Investor): void {
  const key = investor.id ?? investor.name;
  if (key === draft.target.id) return;
  const existing = draft.investors.find((i) => (i.id ?? i.name) === key);
  if (existing) {
    if (investor.role && !existing.role) existing.role = investor.role;
    return;
  }
  draft.investors.push({ ...investor });
}

export function toDealMention(draft: DealDraft, text: string): DealMention {
  const deal: DealMention = {
    start: draft.start,
    end: draft.end,
    text: text.slice(draft.start, draft.end),
    type: draft.type,
    target: { id: draft.target.id, name: draft.target.name },
    investors: draft.investors.map((i) => ({ ...i })),
  };
  if (draft.money !== undefined) deal.money = draft.money;
  if (draft.round !== undefined) deal.round = draft.round;
  if (draft.valuation !== undefined) deal.valuation = { ...draft.valuation };
  return deal;
}
