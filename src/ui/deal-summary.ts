import type { DealOrigin, DealRecord } from '../core/types';
import { joinNames } from './company-name';
import { formatMoney } from './format-money';
import { roundLabel } from './round-label';
import { t, type MessageKey } from '../platform/i18n';

const TYPE_LABEL: Record<DealRecord['type'], MessageKey> = {
  funding: 'dealTypeFunding', acquisition: 'dealTypeAcquisition', merger: 'dealTypeMerger', ipo: 'dealTypeIpo', 'stake-sale': 'dealTypeStakeSale', debt: 'dealTypeDebt',
};

const ORIGIN_LABEL: Record<DealOrigin, MessageKey> = {
  bundled: 'originBundled', captured: 'originCaptured', imported: 'originImported', edited: 'originEdited',
};

/** "funding", "IPO", "stake sale" (融资, IPO, 股权出售 in Chinese). */
export function dealTypeLabel(type: DealRecord['type']): string {
  return t(TYPE_LABEL[type]);
}

/** The kind of deal and its round: "funding · Series C"; a listing's round alone ("IPO (Nasdaq)", not "IPO · IPO (Nasdaq)"). */
export function dealKindLabel(deal: Pick<DealRecord, 'type' | 'round'>): string {
  if (!deal.round) return dealTypeLabel(deal.type);
  const round = roundLabel(deal.round);
  return deal.type === 'ipo' ? round : `${dealTypeLabel(deal.type)} · ${round}`;
}

/** Where a deal in the store came from: "bundled", "captured", "imported", "edited". */
export function dealOriginLabel(origin: DealOrigin): string {
  return t(ORIGIN_LABEL[origin]);
}

/** One line for a deal: "Zhipu AI · funding CN¥2.5B (Series B)" (without "Zhipu AI · " where the company is known); pass the UI locale for the amount. */
export function dealTitle(deal: DealRecord, locale = 'en', { target = true } = {}): string {
  const amount = deal.amount ? ` ${formatMoney(deal.amount.amount, deal.amount.currency, { locale })}` : '';
  const round = deal.round ? ` (${roundLabel(deal.round)})` : '';
  const what = `${dealTypeLabel(deal.type)}${amount}${round}`;
  return target ? `${deal.target.name} · ${what}` : what;
}

/** "Alibaba Group (lead), Tencent, and 2 more" / "阿里巴巴（领投）、腾讯和另外 2 家", the way the language joins lists. */
export function dealInvestors(deal: Pick<DealRecord, 'investors'>, locale: string, max = 4): string {
  const names = deal.investors.map((i) => (i.role === 'lead' ? t('investorLead', i.name) : i.name));
  const shown = names.length > max ? [...names.slice(0, max), t('popupMoreCompanies', names.length - max)] : names;
  return joinNames(shown, locale);
}
