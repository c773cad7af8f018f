// A Chinese company written by its full registered name, which the data holds only by its 简称
// (issue 16, item 3): "中国能源建设股份有限公司" is 中国能建, "浙江三花智能控制股份有限公司" is 三花智控,
// The full name was read as an unknown company by its shape; it takes the data company's id when its
// abbreviation is a data name: the first word (two characters) kept whole and the first character of
// each following two-character word, up to four characters, with or without the opening place
// ("中国·能源·建设" → "中国能建", "浙江·三花·智能·控制" → "三花智控"). Not a prefix of the name: a data
// name that opens a longer registered name was read there already, and "阿里巴巴影业集团" is not 阿里巴巴.
// Only unknown names of six or more Han characters that end in a legal word are tried, so a page
// pays one small lookup per such name.

import type { CompanyMention } from '../types';
import { UNKNOWN_ID_PREFIX } from './unknown-companies';

const LEGAL_END = /(?:（[\u4e00-\u9fff]{2,4}）)?(?:股份有限公司|有限责任公司|有限公司|集团)$/;
const PLACE_START = /^(?:中国)?(?:北京|上海|天津|重庆|浙江|江苏|广东|山东|福建|湖南|湖北|河南|河北|安徽|四川|江西|辽宁|吉林|陕西|山西|云南|贵州|广西|海南|甘肃|深圳|广州|杭州|南京|苏州|武汉|成都|西安|厦门|宁波|青岛)(?:省|市)?/;

/** The abbreviations a full Chinese name may be known by (see the header). */
export function chineseAbbreviations(full: string): string[] {
  const bare = full.replace(LEGAL_END, '');
  if (bare === full || !/^[\u4e00-\u9fff]{4,}$/.test(bare)) return [];
  const forms = new Set<string>();
  for (const core of [bare, bare.replace(PLACE_START, '')]) {
    if (core.length < 4) continue;
    if (core.length >= 6 && core.length % 2 === 0) {
      let abbr = core.slice(0, 2);
      for (let i = 2; i + 2 <= core.length && abbr.length < 4; i += 2) abbr += core[i];
      forms.add(abbr);
    }
  }
  return [...forms];
}

/** Mentions with each unknown full Chinese name that abbreviates to a data name given that data company. */
export function linkAbbreviatedNames(mentions: CompanyMention[], dataName: (name: string) => CompanyMention | undefined): CompanyMention[] {
  let out: CompanyMention[] | undefined;
  mentions.forEach((m, i) => {
    if (!m.id.startsWith(UNKNOWN_ID_PREFIX) || m.text.length < 6 || !LEGAL_END.test(m.text)) return;
    for (const form of chineseAbbreviations(m.text)) {
      const data = dataName(form);
      if (!data) continue;
      (out ??= [...mentions])[i] = { ...m, id: data.id, name: data.name };
      return;
    }
  });
  return out ?? mentions;
}
