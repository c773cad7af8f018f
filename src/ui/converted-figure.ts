// How a converted amount is labelled: the source's qualifier carried into the figure ("no less than
// US$600 million" converts to "≥ CN¥4.32B", never a plain "≈"), and whether "today's" conversion really
// used a recent rate.
import type { ApproxKind } from '../core/types';
import type { ConversionAnswer } from '../messages/contract';

/** The sign put before a converted figure, by the qualifier of the amount it converts. */
const SIGN: Record<ApproxKind, string> = { about: '≈', vague: '≈', over: '>', under: '<', 'up-to': '≤', 'at-least': '≥' };

/** `figure` (already formatted) behind the sign its source's qualifier calls for; "≈" when it has none. */
export function qualifiedFigure(figure: string, approx?: ApproxKind): string {
  return `${SIGN[approx ?? 'about']} ${figure}`;
}

/** A "today" conversion whose rate is more than this many days older than today is not today's. */
export const STALE_AFTER_DAYS = 7;

const DAY_MS = 86_400_000;

/**
 * The date of the rate a "today" answer used, when that rate is more than STALE_AFTER_DAYS older than
 * the day asked for (no recent rate: bundled rates only, or live rates failing); null when it is recent,
 * when the answer is for another day, or when nothing converted.
 */
export function staleRateDate(answer: Pick<ConversionAnswer, 'day' | 'askedDay' | 'conversion'>): string | null {
  if (answer.day !== 'today' || !answer.conversion) return null;
  const age = (Date.parse(answer.askedDay) - Date.parse(answer.conversion.rateDate)) / DAY_MS;
  return age > STALE_AFTER_DAYS ? answer.conversion.rateDate : null;
}

/**
 * How much a conversion moved between two days, as a signed percentage ("+0.1%", "−14.8%"), in the
 * reader's number format; null when either side is missing or zero.
 */
export function changeLabel(before: number | undefined, after: number | undefined, locale: string): string | null {
  if (before === undefined || after === undefined || !Number.isFinite(before) || !Number.isFinite(after) || before === 0) return null;
  const change = after / before - 1;
  return new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(change);
}
