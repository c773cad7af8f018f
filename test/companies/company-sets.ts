// The company evaluation sets, by name, and how to score one: the product's own reading
// (findMentions with the bundled data and the page context), scored by score-mentions.ts.
import { findMentions, type CompanyMatcher } from '../../src/core';
import { NEWSWIRE } from './newswire';
import { PARAGRAPHS } from './paragraphs';
import { parseGold, type GoldParagraph } from './parse-gold';
import { scoreOf, scoreParagraph, type Counts, type ParagraphErrors, type Score } from './score-mentions';
import { WIRE_1990S } from './wire-1990s';
import { WIRE_1996 } from './wire-1996';
import { WIRE_FRESH } from './wire-fresh';
import { WIRE_FRESH_2 } from './wire-fresh-2';
import { WIRE_FRESH_3 } from './wire-fresh-3';
import { WIRE_WORLD } from './wire-world';
import { ZH_BUSINESS } from './zh-business';
import { ZH_FRESH } from './zh-fresh';
import { ZH_FRESH_2 } from './zh-fresh-2';
import { ZH_FRESH_3 } from './zh-fresh-3';
import { ZH_LOCAL } from './zh-local';
import { ZH_NEWS_ITEMS } from './zh-news-items';
import { ZH_WIRE } from './zh-wire';

export const COMPANY_SETS: Record<string, readonly string[]> = { curated: PARAGRAPHS, newswire: NEWSWIRE, 'zh-business': ZH_BUSINESS, 'zh-news-items': ZH_NEWS_ITEMS, 'wire-1990s': WIRE_1990S, 'wire-world': WIRE_WORLD, 'zh-local': ZH_LOCAL, 'wire-1996': WIRE_1996, 'zh-wire': ZH_WIRE, 'wire-fresh': WIRE_FRESH, 'zh-fresh': ZH_FRESH, 'wire-fresh-2': WIRE_FRESH_2, 'zh-fresh-2': ZH_FRESH_2, 'wire-fresh-3': WIRE_FRESH_3, 'zh-fresh-3': ZH_FRESH_3 };

export interface SetScore {
  paragraphs: number;
  counts: Counts;
  overlap: Score;
  exact: Score;
  linked: Score;
  negatives: number;
  negativesHit: number;
  errors: ParagraphErrors[];
}

export function scoreCompanySet(sources: readonly string[], matcher: CompanyMatcher): SetScore {
  const gold: GoldParagraph[] = sources.map(parseGold);
  const counts: Counts = { gold: 0, predicted: 0, exact: 0, overlap: 0, linked: 0 };
  const errors = gold.map((g, i) => {
    const lang = /[\u4e00-\u9fff]/.test(g.text) ? 'zh' : 'en';
    return scoreParagraph(g, findMentions(g.text, { companies: matcher, context: { lang } }).companies, i + 1, counts);
  });
  return {
    paragraphs: gold.length,
    counts,
    overlap: scoreOf(counts.overlap, counts.predicted, counts.gold),
    exact: scoreOf(counts.exact, counts.predicted, counts.gold),
    linked: scoreOf(counts.linked, counts.predicted, counts.gold),
    negatives: gold.reduce((n, g) => n + g.negatives.length, 0),
    negativesHit: errors.reduce((n, e) => n + e.negativesHit.length, 0),
    errors,
  };
}
