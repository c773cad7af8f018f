// A company's name read as part of the longer name of something else that is named after it (issue
// 16, item 5): the company is not highlighted there.
//
//   competitions   a title sponsor's name opens a league's or a cup's name: "中国平安中国足球协会超级联赛",
//                  "DStv Premiership", "Barclays Premier League". Read up to the competition word over
//                  name characters only (no punctuation, no particle of the sentence), so "平安在联赛中…" or
//                  "Barclays, sponsor of the Premier League" keep the company.
//   racing teams   a maker's name after a hyphen closes a team's name in motor sport: "Williams-Renault",
//                  "McLaren-Mercedes"; only in a sentence about racing, so "the Renault-Nissan alliance"
//                  keeps Nissan.
//   bodies         a name that opens a public body's or an association's name: "中国银行保险监督管理委员会",
//                  "中国银行业协会" (not "中国银行与…委员会": a clause word comes between).
//   nouns          a one-word name between "the" and "of": "The Vanguard of the movement", "the Alibaba of
//                  India" (a common noun or a comparison).
//   teams          "the Festina team", "the Mercedes team": a one-word name after "the", before "team".
//   places         a name before a word of geography, a street or a building: "Shell Beach", "Orange County",
//                  "Virgin Islands", "Amazon River", "Lockhart Road", "Masdar City", "Petronas Towers",
//                  "Emirates Stadium".
//   Latin models   a maker's one-word name, a capitalised word and a model number: "Huawei Mate 70",
//                  "Google Pixel 9" (not a corporate word or a month: "Toyota Motor 2025", "Apple September 2024").
//   models         a Chinese maker's name before a model's name: "华为Mate 70", "比亚迪秦PLUS", "比亚迪汉EV",
//                  "小米15", "荣耀400 Pro", "茅台1935的出厂价" (a number that no unit follows: not "小米15日", "华为100亿"; and
//                  not "比亚迪的秦PLUS": the maker's possessive keeps the maker); a model
//                  code right after the name, "小米SU7", is not-companies.ts's rule.

import type { CompanyMention } from '../types';
import { FORM_KINDS } from './legal-forms';
import { LEADING_STOP_WORDS } from './not-companies';

/** Han characters of a competition's name, then the word that ends one. */
const CJK_COMPETITION = /^([\u4e00-\u9fff]{0,12}?)(?:超级联赛|联赛|锦标赛|公开赛|大奖赛|马拉松|邀请赛|杯赛)/;
/** What a competition's name holds before its last word, when anything: a sport or its association ("中国足球协会"). */
const CJK_SPORT_WORD = /足球|篮球|排球|乒乓球|羽毛球|网球|高尔夫|围棋|棋|协会|职业|中超|中甲|中乙/;
/** Sentence words a competition's name never holds: a clause goes on instead ("平安在联赛中"). */
const CJK_CLAUSE_WORD = /[的在了与和及将于对向被把是为从也都均已并且等获买购]|赞助|冠名|举办|合作|签约|续约|转播|投资|入股/;
const LATIN_COMPETITION = /^(?: [A-Z][\p{L}]*){0,2} (?:Premier League|Premiership|Super League|Grand Prix|Masters|Classic|Marathon|Series|Cup)\b/u;
const RACING_WORDS = /\b(?:Grand Prix|Formula One|F1|driver|drivers|team ?mates?|pole|podium|laps?|race|racing|rally|circuit)\b/;
const CJK_MODEL_AFTER = /^(?:(?:汉|唐|宋|元|秦|海豚|海豹|海鸥|驱逐舰|护卫舰)(?=[，。、；）)\s0-9A-Za-z]|系列|车型|销量|交付|上市|$)|\s?(?:Mate|Pura|nova|Pocket|Magic|Find|Reno|Galaxy)\s?\d|(?:(?![的和与及在是为将对从被])[\u4e00-\u9fff]){1,2}(?:PLUS|Plus|Pro|Max|EV|DM-i|DM-p|DM)\b|\d{1,4}(?=\s?(?:Pro|Ultra|Max|Plus|SE|mini)\b|[，。、；）)\s的]|$))/;

function sentenceAround(text: string, m: CompanyMention, reach: number): string {
  let from = m.start;
  while (from > 0 && m.start - from < reach && !'.!?\n。！？'.includes(text[from - 1]!)) from--;
  let to = m.end;
  while (to < text.length && to - m.end < reach && !'.!?\n。！？'.includes(text[to]!)) to++;
  return text.slice(from, to);
}

/** Han characters of a public body's name after a company's name ("中国银行保险监督管理委员会"): no clause word between. */
const CJK_BODY = /^([\u4e00-\u9fff]{0,8}?)(?:监督管理委员会|监督管理局|管理委员会|委员会|管理局|监管局|协会)/;

/** Whether the mention opens the name of a public body or an association ("中国银行保险监督管理委员会", "中国银行业协会"). */
function opensBodyName(text: string, m: CompanyMention): boolean {
  const run = CJK_BODY.exec(text.slice(m.end, m.end + 14));
  return run !== null && !CJK_CLAUSE_WORD.test(run[1]!);
}

/** Whether the mention opens a competition's name that its company sponsors. */
function opensCompetitionName(text: string, m: CompanyMention): boolean {
  const next = text.charCodeAt(m.end);
  if (next >= 0x3400 && next <= 0x9fff) {
    const run = CJK_COMPETITION.exec(text.slice(m.end, m.end + 16));
    return run !== null && (run[1] === '' || CJK_SPORT_WORD.test(run[1]!)) && !CJK_CLAUSE_WORD.test(run[1]!);
  }
  return next === 0x20 && LATIN_COMPETITION.test(text.slice(m.end, m.end + 40));
}

/** Whether the mention closes a racing team's hyphenated name ("Williams-Renault"). */
function closesRacingTeam(text: string, m: CompanyMention): boolean {
  if (text.charCodeAt(m.start - 1) !== 0x2d || !/[A-Za-z]{2}$/.test(text.slice(Math.max(0, m.start - 3), m.start - 1))) return false;
  let s = m.start - 1;
  while (s > 0 && /[A-Za-z]/.test(text[s - 1]!)) s--;
  return /[A-Z]/.test(text[s]!) && RACING_WORDS.test(sentenceAround(text, m, 200));
}

/** Whether a Chinese maker's name opens a model's name ("华为Mate 70", "比亚迪秦PLUS"). */
function opensModelName(text: string, m: CompanyMention): boolean {
  const last = text.charCodeAt(m.end - 1);
  return last >= 0x3400 && last <= 0x9fff && CJK_MODEL_AFTER.test(text.slice(m.end, m.end + 8));
}

const GEOGRAPHY_AFTER = /^ (?:Beach|Bay|Island|Islands|Lake|Mountains?|Valley|County|Creek|River|Springs|Harbou?r|Peninsula|Coast|Road|Street|Avenue|Square|Boulevard|Lane|City|Towers?|Stadium|Arena)\b/;

/** Whether the mention opens a place's or a building's name ("Shell Beach", "Orange County", "Petronas Towers"). */
function opensPlaceName(text: string, m: CompanyMention): boolean {
  return text.charCodeAt(m.end) === 0x20 && GEOGRAPHY_AFTER.test(text.slice(m.end, m.end + 12));
}

const LATIN_MODEL_AFTER = /^ ([A-Z][a-z]+) \d{1,3}[A-Za-z]?\b(?![.,]\d)/;

/** Whether a one-word maker's name opens a model's name with its number ("Huawei Mate 70", "Google Pixel 9"). */
function opensLatinModelName(text: string, m: CompanyMention): boolean {
  if (text.charCodeAt(m.end) !== 0x20 || m.text.includes(' ')) return false;
  const model = LATIN_MODEL_AFTER.exec(text.slice(m.end, m.end + 20));
  return model !== null && !FORM_KINDS.has(model[1]!) && !LEADING_STOP_WORDS.has(model[1]!.toLowerCase());
}

/**
 * "The Vanguard of the movement", "Fidelity to …" no, but "the Alibaba of India": a one-word name between
 * "the" and "of" is a common noun or a comparison, not the company.
 */
function usedAsNoun(text: string, m: CompanyMention): boolean {
  return !m.text.includes(' ') && /(?:^|[^A-Za-z])[Tt]he $/.test(text.slice(Math.max(0, m.start - 5), m.start));
}

/** Whether the mention is part of the longer name of a competition, a racing team or a model named after its company. */
export function insideNamedAfterCompany(text: string, m: CompanyMention): boolean {
  if (text.charCodeAt(m.start - 1) === 0x2d && closesRacingTeam(text, m)) return true;
  const next = text.charCodeAt(m.end);
  if (next === 0x20 && text.startsWith(' of ', m.end) && usedAsNoun(text, m)) return true;
  // "the Festina team", "the Mercedes team": a team named after its sponsor or its maker.
  if (next === 0x20 && text.startsWith(' team', m.end) && !/^ team(?:s|'s|’s)?[A-Za-z]/.test(text.slice(m.end, m.end + 8)) && usedAsNoun(text, m)) return true;
  // Most mentions end a name: punctuation, or a space and a word in lower case, follows them.
  if (next === 0x20) {
    const c = text.charCodeAt(m.end + 1);
    if (c < 0x41 || c > 0x5a) return isHan(text.charCodeAt(m.end - 1)) && opensModelName(text, m);
    return opensCompetitionName(text, m) || opensPlaceName(text, m) || opensLatinModelName(text, m) || opensModelName(text, m);
  }
  if (next < 0x30) return false;
  return opensCompetitionName(text, m) || opensModelName(text, m) || (isHan(next) && opensBodyName(text, m));
}

function isHan(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}
