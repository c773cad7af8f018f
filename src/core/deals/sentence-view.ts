import type { CompanyMention, MoneyMention } from '../types';
import type { Holds } from './needs';
import type { Sentence } from './split-sentences';

/** A primary amount (not a restatement) and its index in the caller's money list. */
export interface IndexedMoney {
  mention: MoneyMention;
  index: number;
}

/** One sentence with the mentions inside it, and the small queries every deal pattern needs. */
export interface SentenceView extends Sentence {
  text: string;
  /** Whether the sentence holds one of a pattern's needed words (needs.ts). */
  holds: Holds;
  /** Company mentions inside the sentence, in order, minus those in parentheses ("(formerly Sequoia China)"). */
  companies: CompanyMention[];
  /** Primary amounts inside the sentence, in order ("(equivalent to $342 million)" restates, so is left out). */
  money: IndexedMoney[];
}

/**
 * Builds the view from the mentions already known to lie in the sentence (the caller buckets them in
 * one pass, keeping the whole extraction linear).
 */
export function createSentenceView(
  text: string,
  sentence: Sentence,
  companiesInside: readonly CompanyMention[],
  moneyInside: readonly IndexedMoney[],
  holds: Holds,
): SentenceView {
  const own = text.slice(sentence.start, sentence.end);
  const parens = own.includes('(') || own.includes('（') ? parenthesizedRanges(text, sentence.start, sentence.end) : [];
  const inParens = (m: { start: number; end: number }): boolean => parens.some(([s, e]) => m.start > s && m.end <= e);
  return {
    start: sentence.start,
    end: sentence.end,
    paragraph: sentence.paragraph,
    index: sentence.index,
    text,
    holds,
    companies: parens.length === 0 ? [...companiesInside] : companiesInside.filter((c) => !inParens(c)),
    money: moneyInside.filter((m) => m.mention.equivalentOf === undefined),
  };
}

/** The text between two offsets. */
export function between(view: SentenceView, from: number, to: number): string {
  return from <= to ? view.text.slice(from, to) : '';
}

/** Companies ending at or before `pos`, nearest first. */
export function companiesBefore(view: SentenceView, pos: number): CompanyMention[] {
  return view.companies.filter((c) => c.end <= pos).reverse();
}

/** The first company starting at or after `pos`. */
export function companyAfter(view: SentenceView, pos: number): CompanyMention | undefined {
  return view.companies.find((c) => c.start >= pos);
}

/** The first primary amount starting at or after `pos`. */
export function moneyAfter(view: SentenceView, pos: number): IndexedMoney | undefined {
  return view.money.find((m) => m.mention.start >= pos);
}

function parenthesizedRanges(text: string, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  const open: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') open.push(i);
    else if ((ch === ')' || ch === '）') && open.length > 0) ranges.push([open.pop()!, i + 1]);
  }
  return ranges;
}
