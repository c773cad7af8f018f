// Reviewed exceptions to the automatic rules, kept by hand (names.ts matchRule, build.ts names).

import type { MatchRule } from './names';

/**
 * Famous names that are also ordinary words or names, where the capitalised word in news is nearly
 * always the company: no rule ('none') or case-sensitivity only (the lower-case word is something else).
 */
export const FAMOUS = new Map<string, MatchRule | 'none'>([
  ['Chevron', 'case-sensitive'],
  ['Caterpillar', 'case-sensitive'],
  ['Canon', 'case-sensitive'],
  ['Aeon', 'case-sensitive'],
  ['Xylem', 'case-sensitive'],
  ['Cognizant', 'case-sensitive'],
  ['Halliburton', 'none'],
  ['Exxon', 'none'],
]);

/**
 * Person and place names, and phrases of ordinary words, among prominent companies (whose names
 * otherwise get no rule when they are proper nouns or several words): only after the full name.
 */
export const PERSON_OR_PLACE = new Set<string>([
  'Ford', 'Dow', 'Devon', 'Aurora', 'Morgan', 'Hartford', 'Corning', 'Waters', 'Southern', 'Dover', 'Hershey', 'Kellogg', 'Chubb', 'Lennar',
  'Best Buy', 'Home Depot', 'Dollar General', 'Dollar Tree', 'Public Storage', 'Iron Mountain', 'Old Dominion', 'Extra Space Storage',
  'Trade Desk', 'Globe Life', 'Genuine Parts', 'Crown Castle', 'Waste Management', 'Air Products', 'Equity Residential',
  'Invitation Homes', 'Regency Centers', 'United Rentals', 'Tractor Supply', 'General Mills', 'Live Nation', 'Public Service',
]);

/** Usual names that the legal-suffix rule would cut too short ("News Corp" is not "News"). */
export const USUAL_NAMES = new Map<string, string>([
  ['News Corp', 'News Corp'],
  ['Fox Corporation', 'Fox Corp'],
  ['Southern Company', 'Southern Company'],
]);

/** Chinese short names that are ordinary words or place names (太阳能 "solar energy", 陆家嘴). */
export const AMBIGUOUS_ZH = new Set<string>(
  (
    '指南针 机器人 太阳能 农产品 陆家嘴 王府井 华侨城 长白山 太平洋 大西洋 新世界 外高桥 电子城 轻纺城 老百姓 创世纪 新产业 新里程 步步高 ' +
    '大智慧 三人行 阿拉丁 漫步者 大东方 两面针 好当家 家家悦 百合花 好太太 七一二 西上海 西大门 天目湖 会稽山 北大荒 白云山 珍宝岛 山外山 ' +
    '新希望 大名城 新经典 三棵树 木林森 兔宝宝 红蜻蜓 中关村 金融街 张家界 峨眉山 上海机场 深圳机场 白云机场 厦门空港 海南机场 黄山旅游'
  ).split(' '),
);
