// What a company name is doing in a Chinese deal sentence before any pattern reads it:
//   "手术机器人公司术衡医疗", "本地物流集团港丰控股": the first "name" describes the second (the company
//     reader may take a kind of business for a name); it is no party of the deal.
//   "华宇集团旗下激光雷达公司光刻智能", "安踏体育控股的亚玛芬体育": the owner named before its company
//     is no party of that company's deal either.
//   "深圳云帆智能科技有限公司（以下简称“云帆智能”）", "上海稀宇科技有限公司（MiniMax）": one company under
//     two names; later sentences ("云帆智能投后估值…") speak of the same target.
// Written for the shapes of Chinese deal news (issue 17): names are not separated by spaces, so a
// description runs straight into the name it describes.
import { chineseUnknownId } from '../companies/chinese-companies';
import type { CompanyMention } from '../types';
import { addLatinBackers } from './zh-latin-names';
import { addBareShortForms, joinShortForms } from './zh-short-names';

const HAN = /[\u4e00-\u9fff]/;
/** A kind of company that ends a description: "…公司", "…服务商", "…车企". */
const KIND = String.raw`(?:公司|企业|平台|品牌|厂商|集团|机构|银行|初创|独角兽|龙头|巨头|新势力|服务商|运营商|供应商|制造商|开发商|生产商|提供商|集成商|材料商|车企|药企|房企|商)`;
/** Characters a description may hold: no clause break, no word that relates two parties. */
const PLAIN = String.raw`[^，。；、,;：:“”"（）()\s与和及向对由被获完宣将以从在于为是已拟]`;
const DESCRIBES_NEXT = new RegExp(String.raw`^(?:(?:旗下|控股的|孵化的|参股的|分拆的)${PLAIN}{0,14}|的(?:${PLAIN}{0,10}?${KIND})?|${PLAIN}{0,10}?${KIND}|)$`);
/** "华为哈勃近日入股芯片设计公司芯动科技": a deal's verb between two names makes the first a party, not a description. */
const DEAL_VERB_GAP = /^(?!旗下|控股的|孵化的|参股的|分拆的).*(?:入股|收购|投资|增资|注资|认购|领投|跟投|并购|购买|出售|转让|增持)/;
/** "Vietnamese HR software firm LuongSo": a new "name" followed by lower-case words ending in a kind of company. */
const EN_DESCRIBES_NEXT = /^\s+(?:[a-z][\w-]*\s+){0,3}(?:firm|company|startup|start-up|maker|developer|provider|operator|platform|specialist|chain|retailer|lender|insurer|brand|group)\s+$/;
const EN_VERB = /\b(?:\w+ed|bought|paid|pays|struck|won|got|put|sank|spent|buys|buy|acquires|backs|invests|leads|led|sells|sold|takes|took|agrees|said|says|will|has|have|had|is|was|are|were|to|and|or|with|from|by|for|in|of|on|at|its|their)\b/;
const ALIAS_OPEN = /^\s*[（(]\s*(?:(?:以下|下文|下同)?[，,]?\s*(?:简称|称)[：:为]?)?\s*[“"]?$/;
const ALIAS_CLOSE = /^[”"]?\s*(?:[，,或][^）)]{0,24})?[）)]/;

/**
 * Words that never start a company's name but that a name the data does not hold may be read with:
 * "出售给澜拓新能源" → "给澜拓新能源", "是次招股引入松石资本" → "次招股引入松石资本", "所持华辰电子",
 * "对应金沙酒业整体估值" → "应金沙酒业".
 */
const LEADING_VERB = /^(?:对?应的?|是?次招股引入|引入|出售给|转让给|卖给|给|其?所持有?的?|其持有的?|持有|买方为|卖方为|(?:投资|领投|跟投|参投|出资)?方(?:为|是|包括)|投资者为|包括|竞得|购得|购入|收购|拿下|买下|(?:的)?方式购买|购买|(?:协议)?受让|(?:方)?式取得|取得)(?=[\u4e00-\u9fff]{2})/;

const KIND_ONLY = new RegExp(String.raw`^${KIND}$`);
/** "由广汽集团、广州开发区投资集团投资": a deal verb the reader took into a name that ends in a kind of firm. */
const TRAILING_VERB = /(?<=集团|公司|基金|资本|控股)(?:投资|领投|跟投|参投|出资|增资)$/;
/** "神华集团更名为国家能源投资集团", "奈雪的茶今日": a renaming or a day the reader ran into a name. */
const TRAILING_WORDS = /(?:更名为|改名为|今日|今天|昨日|近日|日前).*$/;

function trimTrailingVerb(c: CompanyMention): CompanyMention {
  if (!c.id.startsWith('unknown:')) return c;
  const m = TRAILING_VERB.exec(c.text) ?? TRAILING_WORDS.exec(c.text);
  if (!m || m.index < 2) return c;
  const text = c.text.slice(0, m.index);
  return { start: c.start, end: c.start + text.length, text, name: text, id: chineseUnknownId(text) };
}

function trimLeadingVerb(c: CompanyMention): CompanyMention {
  if (!c.id.startsWith('unknown:')) return c;
  const m = LEADING_VERB.exec(c.text);
  if (!m) return c;
  const text = c.text.slice(m[0].length);
  return { start: c.start + m[0].length, end: c.end, text, name: text, id: `unknown:${text}` };
}

/**
 * The company mentions of a text with Chinese descriptors and owners dropped and parenthetical
 * aliases given one id (the known one when only one is known). Mentions must be sorted by start.
 */
/** "美团战投、北汽产投": a company's investment arm, named by the company and an investing word, in a list or before its role. */
const ARM_AFTER = /^(?:战投|产投|创投|风投|资本|投资|基金)(?=[、，,。；和及与等]|领投|跟投|参投)/;

function withArm(text: string, c: CompanyMention, next: CompanyMention | undefined): CompanyMention {
  if (!HAN.test(c.text[c.text.length - 1] ?? '')) return c;
  const arm = ARM_AFTER.exec(text.slice(c.end, c.end + 6));
  if (!arm || (next && next.start < c.end + arm[0].length)) return c;
  return { ...c, end: c.end + arm[0].length, text: text.slice(c.start, c.end + arm[0].length) };
}

export function settleNameRoles(text: string, found: readonly CompanyMention[]): CompanyMention[] {
  // "由某国资背景基金领投", "收购某电子公司": a company the text leaves unnamed (某, "a certain") is no party.
  const companies = found
    .filter((c) => !/^某(?!某)/.test(c.text))
    // "华曜股份旗下基金以5亿元入股…": a kind of company alone names none.
    .filter((c) => !(c.id.startsWith('unknown:') && /^(?:基金|公司|集团|资本|机构|企业|平台|子公司|母公司)$/.test(c.text)))
    // "奈雪的茶今日" read as "茶今日": one character before a day is no name.
    .filter((c) => !(c.id.startsWith('unknown:') && /^[\u4e00-\u9fff](?:今日|今天|昨日|近日|日前)/.test(c.text)))
    // "收购优酷土豆尚未持有的全部股份": shares are no company.
    .filter((c) => !(c.id.startsWith('unknown:') && /^(?:全部|部分|剩余|其余)?(?:已发行)?(?:股份|股权|股票)$/.test(c.text)))
    .map(trimLeadingVerb)
    .map((c, i, all) => withArm(text, c, all[i + 1]))
    .map(trimTrailingVerb);
  const alias = new Map<string, CompanyMention>();
  const kept: CompanyMention[] = [];
  for (let i = 0; i < companies.length; i++) {
    const c = companies[i]!;
    const next = companies[i + 1];
    if (next && next.start >= c.end && !HAN.test(c.text) && next.start - c.end <= 40) {
      const gap = text.slice(c.end, next.start);
      if (c.id.startsWith('unknown:') && EN_DESCRIBES_NEXT.test(gap) && !EN_VERB.test(gap)) continue;
    }
    if (next && next.start >= c.end && HAN.test(c.text)) {
      const gap = text.slice(c.end, next.start);
      if (next.start - c.end <= 20 && HAN.test(next.text) && DESCRIBES_NEXT.test(gap) && !DEAL_VERB_GAP.test(gap) && c.id !== next.id) continue;
      // "智利化工矿业公司SQM": a name the reader made of a description, right before a Latin name and its kind.
      if (c.id.startsWith('unknown:') && !HAN.test(next.text) && KIND_ONLY.test(gap) && c.id !== next.id) continue;
      if (ALIAS_OPEN.test(gap) && ALIAS_CLOSE.test(text.slice(next.end, next.end + 30)) && c.id !== next.id) {
        const known = (m: CompanyMention) => !m.id.startsWith('unknown:');
        if (known(c) && known(next)) {
          kept.push(c);
          continue;
        }
        const [canonical, other] = known(next) ? [next, c] : [c, next];
        alias.set(other.id, canonical);
      }
    }
    kept.push(c);
  }
  // "山东即墨黄酒厂有限公司 … 即墨黄酒": a full name and its later short form are one company (zh-short-names.ts).
  // "滴滴出行和DST持续跟投": a Latin backer the reader left out of a Chinese list (zh-latin-names.ts).
  if (alias.size === 0) return addLatinBackers(text, addBareShortForms(text, joinShortForms(kept)));
  return addLatinBackers(text, addBareShortForms(text, joinShortForms(
    kept.map((c) => {
      const canonical = alias.get(c.id);
      return canonical ? { ...c, id: canonical.id, name: canonical.name } : c;
    }),
  )));
}
