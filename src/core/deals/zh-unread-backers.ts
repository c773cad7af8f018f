// Backers the company reader left out at the head of a Chinese list: "本轮投资方为国投招商和中金资本", "新股东包括
// 国投招商、中金资本". After a word that names backers (投资方, 股东, 跟投方 …), a name that ends like an investing
// institution (资本, 创投, 基金, 招商 …) and is joined to the next backer by 、 / 和 / 及 backs the deal too.
import { chineseUnknownId } from '../companies/chinese-companies';
import type { CompanyMention } from '../types';

/** The cue, then one or two unread names, each closed by a joiner, up to the first name the reader took. */
const HEAD = /(?:投资方|投资人|投资者|股东|跟投方|领投方|参投方|出资方)(?:还|也)?(?:包括|为|有|是)?((?:[\u4e00-\u9fff]{2,10}[、和及]){1,2})$/;
/** How an investing institution's name ends. */
const INSTITUTION = /(?:资本|创投|投资|基金|资管|国投|招商|产投|金控|证券|银行|保险|信托|控股|集团|创新)$/;

/**
 * The unread backers in `before` (the text right before a list's first company, which starts at
 * `beforeStart`), in order; none when no cue opens them or a name does not end like an institution.
 */
export function zhUnreadBackers(before: string, beforeStart: number): CompanyMention[] {
  const m = HEAD.exec(before);
  if (!m) return [];
  const found: CompanyMention[] = [];
  let at = beforeStart + m.index + m[0].length - m[1]!.length;
  for (const part of m[1]!.split(/(?<=[、和及])/)) {
    const name = part.slice(0, -1);
    if (!INSTITUTION.test(name)) return [];
    found.push({ start: at, end: at + name.length, text: name, name, id: chineseUnknownId(name) });
    at += part.length;
  }
  return found;
}
