// Deals on a traditional-character page (Taiwan, Hong Kong): "弘晟科技今日宣布，已完成收購三友精工100%股權". The deal
// readers' triggers and word lists are written in simplified characters, as the company readers' are; the text
// is folded once, one character for one (offsets unchanged), read, and each deal takes back its sentence as
// the page wrote it. A page with no traditional character is read as it is, at the cost of one scan.
import { toSimplified } from '../companies/traditional-chars';
import type { CompanyMention, DealMention, IsoDate, MoneyMention } from '../types';
import { extractDeals } from './extract-deals';

export function extractDealsFolded(text: string, money: MoneyMention[], companies: CompanyMention[], articleDate?: IsoDate): DealMention[] {
  const folded = toSimplified(text);
  const deals = extractDeals(folded, money, companies, articleDate);
  return folded === text ? deals : deals.map((d) => ({ ...d, text: text.slice(d.start, d.end) }));
}
