// Blizzard by its bare Chinese short name, 暴雪, where the games around it say so (issue 16, CLUENER-style games
// items): "痛批暴雪。", "暴雪正式宣布，星际2将取消…", "暴雪《暗黑破坏神3》预告片". 暴雪 is also a blizzard, so the data
// takes it only before a corporate word (暴雪公司, 暴雪娱乐); bare, it is the company only with the words of its games
// or of games at large, or its accounts, within a few characters (a title in 《》, 游戏, 星际, 魔兽, 玩家, 营收 …) and no word of weather
// there (天气, 降雪, 预警, 道路 …: "暴雪天气", "暴雪预警", "遭遇暴雪，航班延误"). Before Latin letters it opens a
// game's name ("暴雪DOTA"), which is no mention of the company.

import type { CompanyMention } from '../types';

const BLIZZARD = { id: 'blizzard-entertainment', name: 'Blizzard Entertainment' };

/** Characters read on each side of 暴雪 for the words of games and of weather. */
const WINDOW = 30;
const GAMES = /《|游戏|星际|魔兽|暗黑|战网|玩家|电竞|竞技|WCG|KeSPA|DOTA|Dota|补丁|资料片|代理|发行商|开发商|Activision|动视|营收|净利|财报|季度|嘉年华/;
const WEATHER = /天气|降雪|雨雪|大雪|暴风雪|预警|寒潮|气温|气象|道路|航班|封路|积雪|冰冻|灾|天寒|冷空气|暴雨|大风|雪灾|受困|被困|影响|遭遇|袭击|来袭|过后|一场|降温|严寒|风暴|停运|停电|农作物|牧区/;

/** Blizzard by 暴雪 where games are near and weather is not (see the header). */
export function findCuedGamesNames(text: string): CompanyMention[] {
  const found: CompanyMention[] = [];
  for (let at = text.indexOf('暴雪'); at >= 0; at = text.indexOf('暴雪', at + 2)) {
    if (/^[A-Za-z]/.test(text.slice(at + 2, at + 3))) continue;
    const around = text.slice(Math.max(0, at - WINDOW), at + 2 + WINDOW);
    if (!GAMES.test(around) || WEATHER.test(around)) continue;
    found.push({ start: at, end: at + 2, text: '暴雪', ...BLIZZARD });
  }
  return found;
}
