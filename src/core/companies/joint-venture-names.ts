// A Chinese joint venture named by its parents (issue 16, item 3): "上汽通用五菱汽车股份有限公司",
// "华晨宝马汽车有限公司", "长安福特汽车有限公司", "广汽丰田汽车有限公司". Two data names written back to back, or a
// short Han name (2–3 characters, the Chinese partner) right before a data name, followed by a
// corporate word, name one company: the venture, not its parents. The span runs from the first
// parent to the end of the corporate words, and its id is an unknown one (chineseUnknownId), so the
// venture's short form ("上汽通用五菱") links on the page like any unknown full name.
//
// Rules, in order:
//   1. The last parent is a data mention whose text ends in a corporate word, or is followed by one
//      (汽车, 动力, 电池, 乘用车, then optional legal words; or legal words alone).
//   2. Right before it, with nothing between, a data name (`lookup`, which reads names that need the
//      page's full name too) of two to four Han characters, or a chain of them.
//   3. Without a data name before it, a Han name of two to four characters counts only when a line
//      of business and a legal word close the span ("华晨宝马汽车有限公司", not "…任华润啤酒（控股）有限公司"); it is read back as a name before a corporate word is (chineseNameBefore:
//      verbs and particles of the sentence, "持有", "的", "与", end it).

import type { CompanyMention } from '../types';
import { chineseNameBefore, chineseUnknownId } from './chinese-companies';

/** Corporate words after the last parent's name: a line of business, then legal words. */
const CORPORATE_AFTER = /^(?:汽车|乘用车|商用车|动力电池|动力|电池|发动机|变速器)?(?:（[\u4e00-\u9fff]{2,3}）)?(?:股份有限公司|有限责任公司|有限公司|集团)?/;
const LEGAL_END = /(?:有限公司|有限责任公司|集团)$/;
const CORPORATE_FIRST = new Set([...'汽乘商动电发变（股有集'].map((c) => c.charCodeAt(0)));
const BUSINESS_END = /(?:汽车|乘用车|商用车|动力电池|动力|电池|发动机|变速器)(?:股份有限公司|有限责任公司|有限公司|集团)?$/;
/** Characters that never open a partner's name: particles and verbs of the sentence. */
const NOT_A_PARTNER = /[的和与及在于对向被把是将从由为了也都均等拟任]/;

function isHan(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/** The data mention that ends exactly at `end` and starts 2–4 Han characters before it, or undefined. */
function partnerEndingAt(text: string, end: number, lookup: (start: number) => CompanyMention | undefined): CompanyMention | undefined {
  for (let len = 4; len >= 2; len--) {
    const start = end - len;
    if (start < 0) continue;
    let han = true;
    for (let i = start; i < end; i++) if (!isHan(text.charCodeAt(i))) han = false;
    if (!han) continue;
    const m = lookup(start);
    if (m && m.end === end) return m;
  }
  return undefined;
}

/** Joint ventures named by their parents, each replacing the data mentions it covers (see the header). */
export function findJointVentureNames(text: string, known: readonly CompanyMention[], lookup: (start: number) => CompanyMention | undefined): (CompanyMention & { replaces?: CompanyMention })[] {
  const found: (CompanyMention & { replaces?: CompanyMention })[] = [];
  let lastEnd = 0;
  for (const m of known) {
    if (m.start < lastEnd || !isHan(text.charCodeAt(m.start)) || !isHan(text.charCodeAt(m.start - 1))) continue;
    // Cheap gate: a corporate word ends the mention or starts right after it.
    if (!CORPORATE_FIRST.has(text.charCodeAt(m.end)) && !/(?:公司|集团|汽车|乘用车|商用车|动力|电池|发动机|变速器)$/.test(m.text)) continue;
    const after = CORPORATE_AFTER.exec(text.slice(m.end, m.end + 12))![0];
    const end = m.end + after.length;
    const whole = text.slice(m.start, end);
    if (!BUSINESS_END.test(whole) && !LEGAL_END.test(whole)) continue;
    let start = m.start;
    for (let partner = partnerEndingAt(text, start, lookup); partner; partner = partnerEndingAt(text, start, lookup)) start = partner.start;
    if (start === m.start) {
      // A Chinese partner the data does not hold: a short name, cut after the sentence's words, only before legal words.
      const name = LEGAL_END.test(whole) && BUSINESS_END.test(whole) ? chineseNameBefore(text, m.start) : undefined;
      if (name === undefined || name.length < 2 || name.length > 4 || NOT_A_PARTNER.test(name)) continue;
      start = m.start - name.length;
    }
    const written = text.slice(start, end);
    found.push({ start, end, text: written, id: chineseUnknownId(written), name: written, replaces: m });
    lastEnd = end;
  }
  return found;
}
