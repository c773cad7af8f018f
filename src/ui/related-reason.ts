// Why a deal is related to a company (core/deals/related-deals.ts gives codes and names), as short
// badges in the reader's language: "Same investors: Alibaba Group and Tencent", "Same sector: AI",
// "Same round: Series B", "Within 12 months", "Same size: US$100M–US$1B".
import type { SimilarReason } from '../core/deals/related-deals';
import type { DealRecord } from '../core/types';
import { t } from '../platform/i18n';
import { joinNames } from './company-name';
import { dealTypeLabel } from './deal-summary';
import { formatMoney } from './format-money';
import { roundLabel } from './round-label';
import { sectorLabel } from './sector-label';

const DAYS_PER_MONTH = 30.4375;

/** "12 months", "31 days" (12个月, 31天): under two months in days, else in months. */
export function spanLabel(days: number, locale: string): string {
  const [value, unit] = days < 60 ? [days, 'day'] : [Math.round(days / DAYS_PER_MONTH), 'month'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

export function relatedReasonBadges(reason: SimilarReason, deal: Pick<DealRecord, 'type'>, locale: string): string[] {
  const badges: string[] = [];
  const [first] = reason.shared;
  if (reason.shared.length > 1) badges.push(t('relatedSameInvestors', joinNames(reason.shared, locale)));
  else if (first !== undefined) badges.push(deal.type === 'funding' || deal.type === 'debt' ? t('companyRelatedByInvestor', first) : t('relatedAlsoInvolves', first));
  const peer = reason.peer;
  if (peer) {
    badges.push(t('relatedSameSector', sectorLabel(peer.sector)));
    badges.push(peer.round !== undefined ? t('relatedSameRound', roundLabel(peer.round)) : t('relatedSameType', dealTypeLabel(deal.type)));
    if (peer.withinDays !== null) badges.push(t('relatedWithin', spanLabel(peer.withinDays, locale)));
    if (peer.sizeBand) {
      const { currency, band } = peer.sizeBand;
      badges.push(t('relatedSameSize', formatMoney(10 ** band, currency, { locale }), formatMoney(10 ** (band + 1), currency, { locale })));
    }
  }
  return badges;
}
