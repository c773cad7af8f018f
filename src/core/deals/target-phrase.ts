import type { CompanyMention } from '../types';
import { cleanGap, isDescriptorGap } from './gaps';
import { between, moneyAfter, type IndexedMoney, type SentenceView } from './sentence-view';

/**
 * The company a phrase names, starting from the first company after it. "Zhipu's rival, Baichuan"
 * names Baichuan (the appositive), "Zhipu's parent" names nobody we know: both are not Zhipu.
 * `allowPossessive` keeps "X's $50 million round" → X for callers that read the noun after "'s" themselves.
 */
export function resolveTarget(
  view: SentenceView,
  company: CompanyMention,
  allowPossessive = false,
): CompanyMention | undefined {
  const rest = cleanGap(view.text.slice(company.end, view.end));
  if (!/^'s?\b|^'\s/.test(rest)) return company;
  const next = view.companies.find((c) => c.start >= company.end);
  if (next) {
    const gap = cleanGap(between(view, company.end, next.start));
    // "'s rival, ", "'s fellow startup ", "'s own unit, "
    if (/^'s?\s+(?:[\p{L}\p{N}-]+\s+){0,2}[\p{L}\p{N}-]+,?\s+$/u.test(gap)) return next;
  }
  return allowPossessive ? company : undefined;
}

/** The first company after `from` whose prefix is a short descriptor ("into the AI startup Zhipu"). */
export function companyAfterDescriptor(view: SentenceView, from: number, maxWords = 5): CompanyMention | undefined {
  const company = view.companies.find((c) => c.start >= from);
  if (!company) return undefined;
  return isDescriptorGap(cleanGap(between(view, from, company.start)), maxWords) ? company : undefined;
}

// After an acquired company: not a possessive ("IBM's PC unit") and not an asset noun ("Nvidia chips").
const NOT_WHOLE_COMPANY =
  /^(?:'s?\b|'\s|\s+(?:shares?|stock|stakes?|bonds|notes|debt|products?|chips?|assets|units?|business(?:es)?|divisions?|operations|equipment|servers|devices|phones|cars|brands?|patents|propert(?:y|ies)|buildings?|headquarters|technology|ads|services|software|hardware|games?|teams?|licen[cs]es?|gpus?|accelerators|subsidiar(?:y|ies)|arm|plants?|factor(?:y|ies))\b)/i;

export function isWholeCompanyObject(view: SentenceView, company: CompanyMention): boolean {
  return !NOT_WHOLE_COMPANY.test(cleanGap(view.text.slice(company.end, Math.min(view.end, company.end + 40))));
}

const PRICE_LEAD = /^\s*,?\s*(?:for|in an? (?:[\w-]+\s+){0,2}(?:deal|transaction|merger|takeover) (?:valued|worth)(?: at)?|valued at|worth|in an?)\s+(?:(?:about|around|roughly|approximately|nearly|some|an estimated|more than|over|up to|as much as|a reported|a|an)\s+)*$/i;

/** The price after an acquired company: "for $69 billion", "in an all-stock deal valued at $1 billion", "in a $2 billion deal". */
export function priceAfter(view: SentenceView, from: number): IndexedMoney | undefined {
  const money = moneyAfter(view, from);
  if (!money) return undefined;
  const gap = cleanGap(between(view, from, money.mention.start));
  if (!PRICE_LEAD.test(gap)) return undefined;
  if (/\bin an?\s*$/i.test(gap) && !/\b(?:worth|valued)/i.test(gap)) {
    // "in a $2 billion deal": the amount must be followed by a deal noun.
    const after = view.text.slice(money.mention.end, money.mention.end + 40);
    if (!/^\s*(?:[\w-]+\s+)?(?:deal|transaction|takeover|acquisition|purchase|buyout)\b/i.test(after)) return undefined;
  }
  return PER_UNIT.test(view.text.slice(money.mention.end, money.mention.end + 16)) ? totalAfterPrice(view, money) : money;
}

const PER_UNIT = /^\s*(?:a|per|each|an)\s+(?:share|unit|ADS|ADR)\b/i;
const QUALIFIER = String.raw`(?:(?:about|around|roughly|approximately|nearly|some|an estimated|more than|over|up to|as much as|a reported|just over|almost)\s+)*`;
/** Before a deal's total: "a deal worth about", "a transaction with an enterprise value of approximately", "valuing Splunk at". */
const TOTAL_BEFORE = new RegExp(String.raw`(?:\b(?:deal|transaction|takeover|offer|acquisition|purchase)\b[^.;$€£¥]{0,40}?\b(?:worth|valued at|valuing [^.;,]{1,40}? at|of|totall?ing|with an? (?:enterprise|equity|total) value of)|\b(?:valuing|values|valued) [^.;,]{1,40}? at|(?:enterprise|equity|total) value of|in total|totall?ing)\s+${QUALIFIER}$`, 'i');
/** After a deal's total: "a roughly $28bn deal", "an $8.6 billion takeover". */
const TOTAL_NOUN_AFTER = /^\s*(?:[\w-]+\s+)?(?:deal|transaction|takeover|acquisition|purchase|buyout|offer)\b/i;

/**
 * "for $157 a share in cash, a roughly $28bn deal": after a price per share, the deal's total when the
 * sentence states one within a clause or two, else no amount (a price per share is never a deal's amount).
 */
function totalAfterPrice(view: SentenceView, perShare: IndexedMoney): IndexedMoney | undefined {
  for (const m of view.money) {
    if (m.mention.start <= perShare.mention.end) continue;
    if (m.mention.start - perShare.mention.end > 160) break;
    if (PER_UNIT.test(view.text.slice(m.mention.end, m.mention.end + 16))) continue;
    const before = view.text.slice(Math.max(perShare.mention.end, m.mention.start - 80), m.mention.start);
    if (TOTAL_BEFORE.test(before) || TOTAL_NOUN_AFTER.test(view.text.slice(m.mention.end, m.mention.end + 30))) return m;
  }
  return undefined;
}
