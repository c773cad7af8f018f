// The live rates' problems (RatesStatus.error and .discarded, codes and days from the background)
// in the reader's words, for the options page and the card's "Refresh rates".
import type { RatesProblem, RatesStatus } from '../messages/contract';
import { t } from '../platform/i18n';
import { dayLabel } from './day-label';

/** One sentence: what failed, on which day, and which rates DealLens still uses. */
export function ratesProblemText(problem: RatesProblem, locale: string): string {
  const on = dayLabel(problem.on, locale);
  if (problem.source === 'fallback') {
    const day = dayLabel(problem.day ?? problem.on, locale);
    // Asked on the day it is about (today's rate): the day is said once.
    if (day === on) return problem.kind === 'untrusted' ? t('ratesFallbackUntrustedSameDay', day) : t('ratesFallbackUnreachableSameDay', day);
    return problem.kind === 'untrusted' ? t('ratesFallbackUntrusted', day, on) : t('ratesFallbackUnreachable', day, on);
  }
  if (problem.kept === null) return problem.kind === 'untrusted' ? t('ratesRefreshUntrustedBundled', on) : t('ratesRefreshUnreachableBundled', on);
  const kept = dayLabel(problem.kept, locale);
  return problem.kind === 'untrusted' ? t('ratesRefreshUntrusted', on, kept) : t('ratesRefreshUnreachable', on, kept);
}

/** Saved rates that were damaged and dropped. */
export function ratesDiscardedText(discarded: NonNullable<RatesStatus['discarded']>, locale: string): string {
  return t('ratesDiscarded', dayLabel(discarded.on, locale));
}
