// A Chinese company named once in full, then by a short form of that name:
//   "山东即墨黄酒厂有限公司 … 收购即墨黄酒100%股权": the short form is a piece of the full name;
//   "贵州金沙窖酒酒业有限公司 … 金沙酒业": the short form keeps the full name's characters in order.
// The company data holds neither, so the reader takes them for two companies and the full name of the
// company bought becomes a party of its own purchase. Both are one company: the short form takes the full
// name's id (or the full name the known short form's).
import type { CompanyMention } from '../types';
import { matchesOf } from '../text/matches-of';

const HAN = /^[\u4e00-\u9fff]+$/;
/** How far after a full name its short form is looked for (characters). */
const WINDOW = 400;
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

/** What a company's name may add to its short name: its trade ("蔚来汽车" of 蔚来, "寒武纪科技"). */
const KIND_TAIL = /(?:汽车|科技|集团|控股|股份|公司|智能|网络|电子|医疗|银行|证券|保险|能源|生物|咖啡|动力|机器人|半导体|新能源|技术)$/;

/** The mentions with every later short form of a full name given one id. Mentions sorted by start. */
export function joinShortForms(companies: readonly CompanyMention[]): CompanyMention[] {
  const canonical = new Map<string, CompanyMention>();
  // "蔚来汽车 … 蔚来": an unknown name that is a known one plus its trade is that company.
  for (let i = 0; i < companies.length; i++) {
    const u = companies[i]!;
    const tail = u.id.startsWith('unknown:') && !canonical.has(u.id) ? KIND_TAIL.exec(u.text) : null;
    if (!tail || tail.index < 2) continue;
    const short = u.text.slice(0, tail.index);
    for (let j = i + 1; j < companies.length && companies[j]!.start - u.end <= WINDOW; j++) {
      const k = companies[j]!;
      if (k.text === short && !k.id.startsWith('unknown:')) {
        canonical.set(u.id, k);
        break;
      }
    }
  }
  if (!companies.some((c) => FULL_NAME.test(c.text)) && canonical.size === 0) return [...companies];
  for (let i = 0; i < companies.length; i++) {
    const f = companies[i]!;
    if (!FULL_NAME.test(f.text)) continue;
    const body = f.text.replace(FULL_NAME, '');
    // (Within the window a story keeps speaking of one company, so a page of names stays linear.)
    for (let j = i + 1; j < companies.length && companies[j]!.start - f.end <= WINDOW; j++) {
      const c = companies[j]!;
      if (c.start < f.end || c.text.length >= body.length || !body.includes(c.text.slice(0, 2)) || c.id === f.id || canonical.has(c.id) || !isShortFormOf(c.text, f.text)) continue;
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

/** A Chinese name's first two characters that are a place or a common word, never its short form. */
const NOT_SHORT = /^(?:中国|中华|国家|北京|上海|天津|重庆|深圳|广州|杭州|南京|苏州|武汉|成都|香港|台湾|美国|日本|全球|国际|世界|东方|南方|北方|新加|华夏|华南|华北|华东|第一)$/;
/** The verbs of a deal clause a bare short name may be the subject of ("，瑞幸刚完成…"). */
const CLAUSE_VERB = /完成|获|宣布|拿到|斩获|收购|上市|登陆/g;
/** Two characters right before such a verb, with the words that make them its subject, opening their clause. */
const CLAUSE_BOUNDARY = /[年月日，。；、和与及\s]/;
const HAN_CHAR = /[\u4e00-\u9fff]/;
const BARE_SUBJECT = /(?:^|[年月日，。；、和与及\s])([\u4e00-\u9fff]{2})(?:刚刚?|已经?|此前|曾经?|还|也|则|正式|随后|今年|去年|于|在)?$/d;
/** How far before its verb a bare subject starts: a boundary, two characters and one word of time. */
const SUBJECT_REACH = 8;

/**
 * "瑞幸咖啡 … 去年12月，瑞幸刚完成2亿美元B轮融资": a company named in full, then by its first two characters as
 * the subject of a later deal clause; the later name is added as a mention of the same company. (The text is
 * searched for the verbs, a literal search; only the few characters before each are read, so an English page
 * costs one scan and a Chinese one a short look back per verb.)
 */
export function addBareShortForms(text: string, companies: readonly CompanyMention[]): CompanyMention[] {
  const added: CompanyMention[] = [];
  let after = 0;
  for (const verb of matchesOf(CLAUSE_VERB, text)) {
    const from = Math.max(after, verb.index - SUBJECT_REACH);
    const m = BARE_SUBJECT.exec(text.slice(from, verb.index));
    if (!m) continue;
    // A match at the look back's start opens its clause only where the character before it is a boundary.
    if (m.index === 0 && from > 0 && HAN_CHAR.test(m[0][0]!) && !CLAUSE_BOUNDARY.test(text[from - 1]!)) continue;
    const short = m[1]!;
    const at = from + m.indices![1]![0];
    const end = at + 2;
    after = end;
    if (NOT_SHORT.test(short) || overlaps(companies, at, end)) continue;
    // The nearest earlier mention, within the window, whose name opens with these two characters.
    let i = firstStartingAtOrAfter(companies, at) - 1;
    let full: CompanyMention | undefined;
    for (; i >= 0 && companies[i]!.end >= at - WINDOW; i--) {
      const c = companies[i]!;
      if (c.text.length >= 4 && c.text.startsWith(short) && /^[\u4e00-\u9fff]+$/.test(c.text)) {
        full = c;
        break;
      }
    }
    if (full) added.push({ start: at, end, text: short, name: full.name, id: full.id });
  }
  return added.length === 0 ? [...companies] : [...companies, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The index of the first mention of the sorted list starting at or after `pos`. */
function firstStartingAtOrAfter(sorted: readonly CompanyMention[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a mention of the sorted list overlaps [start, end) (binary search: lists may be long). */
export function overlaps(sorted: readonly CompanyMention[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  // Mentions starting before `end`, nearest first; a long name may reach over several short ones.
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (sorted[i]!.end > start) return true;
  return false;
}
