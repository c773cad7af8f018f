// A company's unit in one country, named by the group's name and the country (issue 16, item 7):
// "Santander UK", "Carrefour Brasil", "Renault do Brasil", "Vodafone Egypt", "星巴克中国", "宝马中国".
// The unit is a company of its own (it reports, is sold, is fined), so the span is the whole name and
// its id is the unit's, not the group's. Read only right after a data name: the country word alone
// names no company. Not a unit: a market or a business in the country ("苹果中国市场", "Tesla China
// sales" stay the group — the words after the country decide).

import type { CompanyMention } from '../types';
import { chineseUnknownId } from './chinese-companies';
import { unknownId } from './unknown-companies';

const LATIN_COUNTRIES = new Set(
  ('UK Britain Ireland Brasil Brazil India China Japan Germany Deutschland France Italia Italy Spain España Portugal Mexico México ' +
    'Egypt Canada Australia Korea Singapore Indonesia Malaysia Thailand Vietnam Philippines Nigeria Kenya Turkey Türkiye Poland Polska ' +
    'Netherlands Nederland Belgium Switzerland Schweiz Austria Sweden Norway Denmark Finland Argentina Chile Colombia Peru Israel ' +
    'Ghana Pakistan Bangladesh Romania Greece Czechia Hungary Qatar Oman Europe Asia Africa America').split(' '),
);
/** Connectors of Romance names: "Renault do Brasil", "Nestlé de México", "Fiat do Brasil". */
const LATIN_CONNECTORS = new Set(['do', 'de', 'da', 'del', 'du']);
const CJK_COUNTRIES = ['中国', '香港', '美国', '日本', '韩国', '印度', '欧洲', '亚太', '英国', '德国', '法国', '新加坡'];

/** Words after the country that make it a market or a business, not a unit's name. */
const LATIN_NOT_AFTER = /^\s+(?:sales|market|markets|revenue|revenues|shipments|deliveries|demand|business|operations|plant|plants|factory|factories|customers|users|stores|unit|arm|subsidiary)\b/;
const CJK_NOT_AFTER = /^(?:市场|业务|区域|用户|消费者|销量|销售|份额|营收|收入|门店|工厂|地区|境内|大陆|本土|公司)/;
/** After a region (not a country), its headquarters: "长城汽车欧洲总部" is the carmaker's European head office ("蔚来中国总部" is NIO China's). */
const REGIONS = new Set(['欧洲', '亚太']);

function isHan(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/** The unit named at the end of data mention `m`, or undefined. */
/** First characters of the Chinese country words (a cheap gate). */
const CJK_FIRST = new Set(CJK_COUNTRIES.map((c) => c.charCodeAt(0)));

function unitAfter(text: string, m: CompanyMention): (CompanyMention & { replaces: CompanyMention }) | undefined {
  const next = text.charCodeAt(m.end);
  if (next !== 0x20 && !CJK_FIRST.has(next)) return undefined;
  if (isHan(text.charCodeAt(m.end - 1))) {
    const country = CJK_COUNTRIES.find((c) => text.startsWith(c, m.end));
    if (!country) return undefined;
    const end = m.end + country.length;
    if (CJK_NOT_AFTER.test(text.slice(end, end + 4)) || (REGIONS.has(country) && text.startsWith('总部', end)) || m.text.endsWith(country)) return undefined;
    const written = text.slice(m.start, end);
    return { start: m.start, end, text: written, id: chineseUnknownId(written), name: written, replaces: m };
  }
  // Latin: one space, an optional connector, the country; then no further capitalised word of the name.
  const rest = /^ (?:(do|de|da|del|du) )?([A-Z][\p{L}]+)\b/u.exec(text.slice(m.end, m.end + 24));
  if (!rest || !LATIN_COUNTRIES.has(rest[2]!) || (rest[1] !== undefined && !LATIN_CONNECTORS.has(rest[1]))) return undefined;
  const end = m.end + rest[0].length;
  const following = text.slice(end, end + 24);
  if (LATIN_NOT_AFTER.test(following) || /^\s+[A-Z][a-z]/.test(following) || following.startsWith('-')) return undefined;
  const written = text.slice(m.start, end);
  return { start: m.start, end, text: written, id: unknownId(written), name: written, replaces: m };
}

/** Units named by a data name and a country, each replacing the data mention it extends. */
export function findCountryUnits(text: string, known: readonly CompanyMention[]): (CompanyMention & { replaces: CompanyMention })[] {
  const found: (CompanyMention & { replaces: CompanyMention })[] = [];
  for (const m of known) {
    const unit = unitAfter(text, m);
    if (unit) found.push(unit);
  }
  return found;
}
