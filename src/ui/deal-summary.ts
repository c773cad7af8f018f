import type { DealRecord } from '../core/types';
import { formatMoney } from './format-money';

const TYPE_LABEL: Record<DealRecord['type'], string> = {
  funding: 'funding', acquisition: 'acquisition', merger: 'merger', ipo: 'IPO', 'stake-sale': 'stake sale', debt: 'debt',
};

/** One line for a deal: "2023-10 · Zhipu AI · funding CN¥2.5B (Series B) · Alibaba Group, Tencent…". */
export function dealTitle(deal: DealRecord, locale = 'en'): string {
  const amount = deal.amount ? ` ${formatMoney(deal.amount.amount, deal.amount.currency, { locale })}` : '';
  const round = deal.round ? ` (${deal.round})` : '';
  return `${deal.target.name} · ${TYPE_LABEL[deal.type]}${amount}${round}`;
}

export function dealInvestors(deal: DealRecord, max = 4): string {
  const names = deal.investors.map((i) => (i.role === 'lead' ? `${i.name} (lead)` : i.name));
  return names.length > max ? `${names.slice(0, max).join(', ')} +${names.length - max}` : names.join(', ');
}

/** The first source with an http(s) link, for "read the source". */
export function sourceLink(deal: DealRecord): string | null {
  for (const s of deal.sources) {
    if (s.url && /^https?:\/\//i.test(s.url)) return s.url;
  }
  return null;
}
