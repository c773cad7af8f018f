// Backers a Chinese sentence lists after a word that names them, when the company reader took none of the names:
// "投资方包括上海国投、浦东创投等", "领投方为国投创合，跟投方包括…", "基石投资者为新加坡政府投资公司及瑞银资产管理". The
// list is read item by item up to 等 or the clause's end; an item the reader took is left to the list readers
// (deal-frames.ts), an item that is a count or a kind of investor ("多家国资背景机构") ends the reading.
import { chineseUnknownId } from '../companies/chinese-companies';
import type { CompanyMention } from '../types';
import type { InvestorRole } from './deal-draft';
import type { SentenceView } from './sentence-view';

/** The word that names the backers, and the copula or "include" after it. */
// ("基石投資者合共認購約2.5億美元，包括淡馬錫、高瓴及博裕資本": what the cornerstones took may stand before their list.)
const HEAD = /(?:(领投方|领投机构)|投资方|投资人|投资机构|投资者|新股东|跟投方|参投方|出资方|(?:基石|战略)投资者(?:合共|合计|共同|共)?认购[^，。；]{1,16}[，,]|基石投资者|战略投资者|认购对象|认购方)[，,]?(?:还|也|主要|分别)?(?:包括|为|有|是)[：:]?/g;
/** One item: a name of two to sixteen characters, then a joiner, 等, or the clause's end. */
// ("国家集成电路产业投资基金三期": a state fund's name runs to fourteen.)
const ITEM = /^([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9&.·]{1,15}?)(?=[、和及与]|等|[，。；,;]|$)/;
/** An item that is no name: a count, a kind of investor, people, a description. */
const NOT_A_BACKER = /多家|数家|多个|若干|一批|一些|知名|背景|地方政府|个人|自然人|员工|管理层|创始人|团队|机构$|^(?:其|该|本|某|一家|这些)|[\d的了在是将]|^(?:国资|产业资本|社会资本|老股东|新老股东|外资|美元基金|人民币基金)$|^(?:投资|产业|战略)?(?:平台|基金|公司|主体|部门)$/;

/** The backers named after a backer word in the sentence that the reader left out, with their roles (lead after 领投方). */
export function zhBackerList(view: SentenceView): { company: CompanyMention; role?: InvestorRole }[] {
  const sentence = view.text.slice(view.start, view.end);
  const found: { company: CompanyMention; role?: InvestorRole }[] = [];
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(sentence); m; m = HEAD.exec(sentence)) {
    const role: InvestorRole | undefined = m[1] ? 'lead' : undefined;
    let at = view.start + m.index + m[0].length;
    for (let n = 0; n < 12; n++) {
      const item = ITEM.exec(view.text.slice(at, Math.min(view.end, at + 20)));
      if (!item) break;
      const end = at + item[1]!.length;
      // ("中国电子旗下中电投控": the arm named after its parent backs the deal, not the parent.)
      const arm = item[1]!.lastIndexOf('旗下');
      if (arm >= 2 && item[1]!.length - arm - 2 >= 2) at += arm + 2;
      const name = view.text.slice(at, end);
      const taken = view.companies.find((c) => c.start < end && at < c.end);
      // ("基石投資者，包括比亞迪及小米集團旗下投資平台": a name the reader took that is the whole item backs the deal; one
      // that owns an unnamed arm does not.)
      if (taken && taken.start === at && taken.end === end) found.push({ company: taken, ...(role ? { role } : {}) });
      if (!taken) {
        if (NOT_A_BACKER.test(name)) break;
        found.push({ company: { start: at, end, text: name, name, id: chineseUnknownId(name) }, ...(role ? { role } : {}) });
      }
      const joiner = /^[、和及与]/.exec(view.text.slice(end, end + 1));
      if (!joiner) break;
      at = end + 1;
    }
  }
  return found;
}
