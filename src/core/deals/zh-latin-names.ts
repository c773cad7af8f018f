// A Latin name in a Chinese list of backers that the company reader left out: "滴滴出行和DST持续跟投",
// "投资方包括红杉中国、Coatue、DST等". Read only between a list joiner (、和及与) and a role word or the next
// joiner, so a Latin word elsewhere in Chinese text ("IPO", "AI芯片") is never taken for a company.
import { chineseUnknownId } from '../companies/chinese-companies';
import type { CompanyMention } from '../types';
import { overlaps } from './zh-short-names';
import { matchesOf } from '../text/matches-of';

const LATIN_BACKER = /[、和及与，,]([A-Z][A-Za-z0-9&.-]{1,19})(?=(?:等(?:机构|投资方)?)?(?:持续|继续|共同|联合)?(?:领投|跟投|参投|追投|参与)|[、和及与](?=[\u4e00-\u9fffA-Z]))/g;
/** Latin words that name no company in Chinese deal text. */
const NOT_NAME = /^(?:IPO|AI|CEO|CFO|CTO|VC|PE|LP|GP|APP|App|SaaS|ESG|EV|AR|VR|PC|A|B|C|D|E|F|H|ADS|ADR|GDR|US|USD|HK|CN|IT)$/;

/** The mentions, with each Latin backer of a Chinese list added as an unknown company. Mentions sorted by start. */
export function addLatinBackers(text: string, companies: readonly CompanyMention[]): CompanyMention[] {
  if (!/[A-Z]/.test(text) || !/[\u4e00-\u9fff]/.test(text)) return [...companies];
  const added: CompanyMention[] = [];
  for (const m of matchesOf(LATIN_BACKER, text)) {
    const name = m[1]!;
    const start = m.index + 1;
    const end = start + name.length;
    if (NOT_NAME.test(name) || /[A-Za-z0-9]/.test(text[end] ?? '') || /[A-Za-z0-9]/.test(text[start - 1] ?? '')) continue;
    // Only inside Chinese text: a Han character within the three characters on either side.
    if (!/[\u4e00-\u9fff]/.test(text.slice(Math.max(0, start - 3), start) + text.slice(end, end + 3))) continue;
    if (overlaps(companies, start, end)) continue;
    added.push({ start, end, text: name, name, id: chineseUnknownId(name) });
  }
  return added.length === 0 ? [...companies] : [...companies, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
