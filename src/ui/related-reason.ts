// Why a deal is related to a company (core/deals/related-deals.ts gives codes and names), as short
// badges in the reader's language: "Same investors: Alibaba Group and Tencent", "Same sector: AI",
// "Same round: Series B", "Same size: US$100M–US$1B". What every related deal shares (the same kind
// of deal, within the year) is not said again on each.
import type { SimilarReason } from '../core/deals/related-deals';
import type { DealRecord } from '../core/types';
import { t } from '../platform/i18n';
import { joinNames, type NameOf } from './company-name';
import { formatMoney } from './format-money';
import { roundLabel } from './round-label';
import { sectorLabel } from './sector-label';

/** The badges; `nameOf` names the shared investors in the reader's language (they are parties of `deal`). */
export function relatedReasonBadges(reason: SimilarReason, deal: Pick<DealRecord, 'type'> & Partial<Pick<DealRecord, 'investors'>>, locale: string, nameOf?: NameOf): string[] {
  const badges: string[] = [];
  const local = (name: string) => (nameOf ? nameOf(deal.investors?.find((p) => p.name === name) ?? { name }).title : name);
  const shared = reason.shared.map(local);
  const [first] = shared;
  if (shared.length > 1) badges.push(t('relatedSameInvestors', joinNames(shared, locale)));
  else if (first !== undefined) badges.push(deal.type === 'funding' || deal.type === 'debt' ? t('companyRelatedByInvestor', first) : t('relatedAlsoInvolves', first));
  const peer = reason.peer;
  if (peer) {
    badges.push(t('relatedSameSector', sectorLabel(peer.sector)));
    if (peer.round !== undefined) badges.push(t('relatedSameRound', roundLabel(peer.round)));
    if (peer.sizeBand) {
      const { currency, band } = peer.sizeBand;
      badges.push(t('relatedSameSize', formatMoney(10 ** band, currency, { locale }), formatMoney(10 ** (band + 1), currency, { locale })));
    }
  }
  return badges;
}
