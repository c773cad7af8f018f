// Judging the words between two mentions. Every deal pattern is "mention, short gap, cue, short gap,
// mention"; precision comes from whitelisting what a gap may contain rather than blacklisting.

import { escapeWord, LEGAL_FORMS } from '../companies/legal-forms';

// A company mention may stop before its legal suffix ("Alibaba" in "Alibaba Group Holding Ltd.").
const SUFFIX_WORDS = LEGAL_FORMS.filter((f) => f.kind === 'legal' || f.kind === 'group' || f.kind === 'descriptor')
  .map((f) => f.word)
  .sort((a, b) => b.length - a.length);
const LEADING_SUFFIXES = new RegExp(`^(?:\\s*,?\\s*(?:${SUFFIX_WORDS.map(escapeWord).join('|')})\\b\\.?)+`);
const PARENTHETICAL = /\s*[(（][^()（）]*[)）]/g;

/** The gap with parentheticals and a leading legal suffix removed, curly apostrophes made straight. */
export function cleanGap(gap: string): string {
  return gap.replace(/[’‘`]/g, "'").replace(PARENTHETICAL, '').replace(LEADING_SUFFIXES, '');
}

/** Between list items: "and", ", and", "&", "as well as", "、", "和"… */
export const AND_GAP = /^\s*,?\s*(?:and|&|as well as|along with|together with|alongside|plus|和|与|及|以及|、)\s*$/i;
export const COMMA_GAP = /^\s*[,，]\s*$/;
/** "Fidelity Management & Research, Baillie Gifford": the rest of a name the reader read only in part, then the list's comma or "and". */
// ("Goldman Sachs Asset and Wealth Management and Temasek": "and" between two capitalised words is the name's own.)
export const NAME_TAIL_GAP = /^\s+(?:[A-Z][\w.’'-]*|&)(?:\s+(?:[A-Z][\w.’'-]*|&|and(?=\s+[A-Z][\w.’'-]*\s+[A-Z&]))){0,5}\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/;
/** "…, have joined forces with competitors such as …": the items on both sides act together. */
export const COALITION_GAP =
  /^\s*,?\s*(?:(?:have|has|had|also|recently|now)\s+)*(?:teamed up|joined forces|joined hands|partnered|banded together|collaborated|joined)\s+with\s+(?:[^,;:()]{0,80}?\s+)?(?:such as|including|like|namely)\s*$/i;

/** Between an investor subject and its verb: a relative "which", auxiliaries, an optional coalition, an optional "to". */
export const SUBJECT_TO_VERB_GAP = new RegExp(
  String.raw`^\s*,?\s*(?:(?:which|who)\s+)?(?:(?:have|has|had|also|jointly|together|recently|all|both|previously|will|just|now|collectively|each|officially|agreed to|agree to|agrees to|have agreed to|has agreed to)\s+)*` +
    String.raw`(?:(?:teamed up|joined forces|joined hands|partnered|banded together|collaborated)\s+with\s+[^,;:()]{0,80}?\s+)?(?:to\s+)?$`,
  'i',
);

// Words that end a noun phrase or start a clause: a descriptor gap containing one is not a descriptor.
const STOP_WORDS = new Set([
  'and', 'or', 'but', 'said', 'says', 'say', 'which', 'who', 'whom', 'whose', 'that', 'to', 'from', 'for', 'by',
  'with', 'of', 'after', 'before', 'while', 'as', 'at', 'on', 'in', 'into', 'than', 'is', 'was', 'were', 'are',
  'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'not', 'no', 'if', 'when',
  'because', 'although', 'plans', 'plan', 'planned', 'shares', 'stock', 'stake', 'bonds', 'products', 'chips',
  'assets', 'unit', 'units', 'business', 'division',
]);

/**
 * A short noun-phrase prefix before a company: "the AI startup ", "Chinese rival ", "British chip
 * designer ". At most `maxWords` words, none a stop word, no punctuation but hyphens.
 */
export function isDescriptorGap(gap: string, maxWords = 5): boolean {
  const g = gap.trim();
  if (g === '') return true;
  if (/[^\p{L}\p{N}\s'’.-]/u.test(g)) return false;
  const words = g.split(/\s+/);
  if (words.length > maxWords) return false;
  return words.every((w) => !STOP_WORDS.has(w.toLowerCase()));
}

/** Between a deal verb and its amount: articles, qualifiers and adjectives ("a whopping", "another"). */
export const VERB_TO_MONEY_GAP = new RegExp(
  String.raw`^\s*(?:(?:a|an|the|another|its|their|some|about|around|approximately|roughly|nearly|almost|over|more than|less than|up to|as much as|at least|further|additional|total of|a total of|combined|whopping|staggering|hefty|fresh|new|record|an additional|a further|funding of|financing of|investment of|round of|` +
    String.raw`(?:series [a-z](?:\d|\+{1,2})?|seed|pre-seed|angel|pre-ipo|strategic|bridge)(?: (?:funding|financing))?(?: round)?(?: of)?)\s+)*$`,
  'i',
);

/** After an amount, the words that say it is funding: "in Series B funding", "round", "of new capital". */
export const MONEY_TO_FUNDING_NOUN =
  /^\s*(?:(?:in|of)\s+)?(?:(?:a|an|the|its|new|fresh|additional|further|venture|equity|growth|latest|series [a-z](?:\d|\+{1,2})?|pre-series [a-z]|seed|pre-seed|angel|pre-ipo|strategic|bridge|funding|financing)\s+)*(?:funding|financing|investment|capital|round|raise|fundraise|fundraising|backing|effort|drive|injection)\b/i;

/** Words saying the deal has not happened: plans, talks, rumours, denials. */
export const INTENT_WORDS =
  /\b(?:plans?|planning|planned|intends?|intending|aims?|aiming|seeks?|seeking|sought|considering|considers|weighing|weighs|mulling|mulls|exploring|explores|eyeing|eyes|hopes?|hoping|wants?|looking|talks|negotiat\w*|proposed|proposes|propose|potential|possible|prospective|rumou?r\w*|reportedly|speculat\w*|expected|expects|could|would|offered|offers|bid|bids|bidding|attempt\w*|failed|denied|denies|deny|not|never|no longer|called off|scrapped|abandoned|terminated|blocked|collapsed|walked away|fell through|if|whether|filed|files|filing|prepare|preparing|prepares|gearing up|poised|set to|ahead of|postponed|delayed|shelved|withdrew|withdrawn|withdraws|withdrawing|proposal|proposals|rejected|rejects|rebuffed|spurned|pulled|hired banks|picked banks|in talks|consider|pursue|pursuing|dismissed|said to be|close to|nearing|instead|vying|vies|vie|how to|where to|should you|likely|unlikely|race|front-?runners?|tipped|in the running|shortlisted|might)\b/i;
/** Chinese intention and rumour markers: 拟 (plans), 计划, 有意, 洽谈, 传, 或将, 寻求…; 正就 (is now discussing), 告吹 / 破裂 (fell through). */
export const ZH_INTENT_WORDS = /正就|告吹|破裂|流产|拟|计划|有意|考虑|洽谈|谈判|传闻|据传|或将|有望|寻求|意向|欲|否认|终止|取消|未能|递交|申请|筹备|启动|辅导|暂缓|推迟|撤回|冲刺|暂停|叫停|中止|搁置|预计|聆讯|有望|筹划|酝酿|商讨|磋商|探讨|打算/;
/** Intent that also governs the clauses after it that share its subject: "X或将于明年赴港上市，募资规模约5亿美元". */
export const ZH_STRONG_INTENT = /拟|计划|有意|考虑|洽谈|谈判|传闻|据传|或将|有望|寻求|意向|预计|筹划|酝酿|商讨|磋商|打算|否认/;
