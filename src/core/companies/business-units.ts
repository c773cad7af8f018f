// A Chinese group's listed or named unit written as the group's name and the unit's business
// (issue 16, item 3): "碧桂园服务" (Country Garden Services), "万科物业", "华为终端" are companies of their
// own, not the group. Read only right after a data name, so "为客户提供服务" or "物业服务企业" name no one;
// not when the word goes on into a common noun ("华为终端设备", "腾讯服务器", "物业费").

import type { CompanyMention } from '../types';
import { chineseUnknownId } from './chinese-companies';

const UNIT_AFTER = /^(?:服务|物业|终端)(?!器|费|设备|业|商|区|平台|中心|水平|质量|能力|体系|模式)/;

/** Units named by a Chinese data name and their business, each replacing the data mention it extends. */
export function findBusinessUnits(text: string, known: readonly CompanyMention[]): (CompanyMention & { replaces: CompanyMention })[] {
  const found: (CompanyMention & { replaces: CompanyMention })[] = [];
  for (const m of known) {
    const last = text.charCodeAt(m.end - 1);
    if (last < 0x3400 || last > 0x9fff) continue;
    const unit = UNIT_AFTER.exec(text.slice(m.end, m.end + 6));
    if (!unit) continue;
    const end = m.end + unit[0].length;
    const written = text.slice(m.start, end);
    found.push({ start: m.start, end, text: written, id: chineseUnknownId(written), name: written, replaces: m });
  }
  return found;
}
