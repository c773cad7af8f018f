import { extractDeals } from './deals/extract-deals';
import { findMentions, type MentionOptions } from './find-mentions';
import type { Annotation } from './types';

export interface AnnotateOptions extends MentionOptions {
  /** Group mentions into deals (default true). */
  deals?: boolean;
}

/** Everything the core reads in a text: money, companies and the deals they form. */
export function annotate(text: string, options: AnnotateOptions = {}): Annotation {
  const { money, companies } = findMentions(text, options);
  return { money, companies, deals: options.deals === false ? [] : extractDeals(text, money, companies, options.context?.date) };
}
