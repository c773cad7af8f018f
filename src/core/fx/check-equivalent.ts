import type { Conversion, MoneyMention } from '../types';

/**
 * How far a stated equivalent may stray from the rate of the article's date and still count as
 * consistent. Newspapers round ("about $342 million") and may use the previous day's rate;
 * 2% covers both without hiding a wrong conversion.
 */
export const EQUIVALENT_TOLERANCE = 0.02;

export interface EquivalentCheck {
  consistent: boolean;
  /** stated / converted − 1: +0.001 means the article's figure is 0.1% above the rate's. */
  difference: number;
  /** The rate the article used: stated / original. */
  impliedRate: number;
  tolerance: number;
}

/** Checks the article's own conversion ("2.5 billion yuan (equivalent to $342 million)") against a rate. */
export function checkEquivalent(original: MoneyMention, stated: MoneyMention, conversion: Conversion): EquivalentCheck | null {
  if (stated.currency !== conversion.currency || !(conversion.amount > 0) || !(original.amount > 0)) return null;
  const difference = stated.amount / conversion.amount - 1;
  return {
    consistent: Math.abs(difference) <= EQUIVALENT_TOLERANCE,
    difference,
    impliedRate: stated.amount / original.amount,
    tolerance: EQUIVALENT_TOLERANCE,
  };
}
