// Latin-script company names inside Chinese text (issue 16, item 3): "英国游戏公司Nordhaven Games",
// "芯片初创公司Lumeris", "收购Kessler", "「PayNest」完成A轮融资". Chinese prose writes a foreign company's
// name in Latin letters right after what it is (…公司, 初创, 药企, 巨头) or after the verb of a deal
// (收购, 入股, 投资 …); a corner-bracketed name that did something (完成, 宣布, 获得) is one too.
//
// A name is one to five words, each opening with a capital or a digit, joined by single spaces
// ("Sumo Group", "Lumio AI"), and ends where the Latin run ends. Not a name: the words news uses in
// Latin for titles, technologies and figures ("CEO", "AI", "IPO", "App", "GPU") standing alone.

import type { CompanyMention } from '../types';
import { coverage } from './chinese-companies';
import { notCompanyReason } from './not-companies';
import { unknownId } from './unknown-companies';

/** What a company is called before its name, and the verbs of a deal before a target or a backer. */
const CUE =
  '(?:公司|企业|厂商|初创|创企|独角兽|服务商|供应商|制造商|开发商|运营商|零售商|药企|车企|巨头|工作室|品牌商|集团|银行|' +
  '收购|并购|入股|洽购|参股|控股|注资|增持|领投|跟投|投资了|投资|机构)';
const NAME = "([A-Z0-9][A-Za-z0-9&'’.+-]*(?: [A-Z0-9][A-Za-z0-9&'’.+-]*){0,4})";
const AFTER_CUE = new RegExp(`${CUE}了?${NAME}(?![A-Za-z0-9])`, 'g');
const BRACKETED = new RegExp(`「${NAME}」(?=完成|宣布|获得|获|推出|发布|递交|登陆|拟|正式)`, 'g');

/** Latin words news writes inside Chinese that name no company on their own. */
const NOT_NAMES = new Set(
  ('AI AIGC AGI App APP CEO CFO CTO COO CMO CIO IPO GPU CPU NPU TPU EV SUV MPV ESG EPC GMV PE VC LP GP IP B2B B2C SaaS PaaS ' +
    'IaaS API OS MR VR AR XR LED OLED LCD ETF REIT REITs IT ICT PC HR PR KOL MCN DAU MAU ARR A B C D E Pre-A Pre-IPO A轮 B轮 ' +
    'IPO前 CRO CDMO CXO PCB SoC HBM DRAM NAND Wi-Fi USB GPS AIoT IoT LLM GPT NFT Web3 H股 A股 N股 ST ETF').split(' '),
);

function isHan(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

function accept(name: string): boolean {
  if (NOT_NAMES.has(name) || NOT_NAMES.has(name.split(' ')[0]!) || /^[0-9.+-]+$/.test(name) || /^[A-Z]$/.test(name)) return false;
  // A figure with a unit ("5G", "100B"), a model number ("H20", "A100"): letters and digits mixed in one short word.
  if (!name.includes(' ') && name.length <= 4 && /[0-9]/.test(name)) return false;
  return notCompanyReason(name.split(' ')) === undefined;
}

/** Latin names in Chinese text after a cue, or in corner brackets before a verb, that `known` does not cover. */
export function findLatinNamesInChinese(text: string, known: readonly CompanyMention[]): CompanyMention[] {
  const found: CompanyMention[] = [];
  const taken = coverage(text, known);
  const take = (name: string, start: number, after = '') => {
    // "收购Pole Star 100%股权": a number that a percent sign follows is the stake, not the name's last word.
    const trimmed = (/^[%％]/.test(after) ? name.replace(/ [0-9.]+$/, '') : name).replace(/[.’'-]+$/, '');
    const end = start + trimmed.length;
    if (!accept(trimmed) || taken.covered(start, end)) return;
    taken.cover(start, end);
    found.push({ start, end, text: trimmed, id: unknownId(trimmed), name: trimmed });
  };
  AFTER_CUE.lastIndex = 0;
  for (const m of text.matchAll(AFTER_CUE)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    // Chinese text around it: a Han character before the cue word, and no Latin letter right after the name.
    if (m.index === 0 || !isHan(text.charCodeAt(m.index))) continue;
    take(name, start, text.slice(start + name.length, start + name.length + 1));
  }
  BRACKETED.lastIndex = 0;
  for (const m of text.matchAll(BRACKETED)) take(m[1]!, m.index + 1);
  return found;
}
