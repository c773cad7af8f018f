// A Chinese company named once in full, then by a short form of that name:
//   "山东即墨黄酒厂有限公司 … 收购即墨黄酒100%股权": the short form is a piece of the full name;
//   "贵州金沙窖酒酒业有限公司 … 金沙酒业": the short form keeps the full name's characters in order.
// The company data holds neither, so the reader takes them for two companies and the full name of the
// company bought becomes a party of its own purchase. Both are one company: the short form takes the full
// name's id (or the full name the known short form's).
import type { CompanyMention } from '../types';

const HAN = /^[\u4e00-\u9fff]+$/;
/** A registered name: ends in the words for a company with limited liability. */
const FULL_NAME = /(?:股份有限公司|有限责任公司|有限公司)$/;
/** Place words a registered name opens with, never kept in the short form. */
const PLACE = /^(?:(?:北京|上海|天津|重庆|深圳|广州|杭州|南京|苏州|武汉|成都|西安|合肥|厦门|青岛|宁波|长沙|郑州|济南|福州|无锡|珠海|东莞|佛山)(?:市)?|(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)(?:省)?)/;

/** Whether `short` is the full name's body or keeps its characters in order, opening with two of them together. */
export function isShortFormOf(short: string, full: string): boolean {
  if (!HAN.test(short) || short.length < 2 || !FULL_NAME.test(full)) return false;
  const body = full.replace(FULL_NAME, '').replace(PLACE, '');
  if (body.length <= short.length || !body.includes(short.slice(0, 2))) return false;
  if (body.includes(short)) return true;
  let at = body.indexOf(short.slice(0, 2)) + 2;
  for (const ch of short.slice(2)) {
    at = body.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** The mentions with every later short form of a full name given one id. Mentions sorted by start. */
export function joinShortForms(companies: readonly CompanyMention[]): CompanyMention[] {
  const full = companies.filter((c) => FULL_NAME.test(c.text));
  if (full.length === 0) return [...companies];
  const canonical = new Map<string, CompanyMention>();
  for (const f of full) {
    for (const c of companies) {
      if (c.start < f.end || c.id === f.id || canonical.has(c.id) || !isShortFormOf(c.text, f.text)) continue;
      // A known short form names the company; an unknown full name takes its id.
      if (!c.id.startsWith('unknown:') && f.id.startsWith('unknown:')) canonical.set(f.id, c);
      else if (c.id.startsWith('unknown:')) canonical.set(c.id, f);
    }
  }
  if (canonical.size === 0) return [...companies];
  return companies.map((c) => {
    const to = canonical.get(c.id);
    return to ? { ...c, id: to.id, name: to.name } : c;
  });
}
