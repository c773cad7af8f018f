// Rate sources the background converts with. The bundled daily history is always there
// (offline first); live sources are added in front of it as they arrive.
import { decodeRateHistory, type EncodedRateHistory } from '../core/fx/rate-codec';
import { createHistorySource, type RateSource } from '../core/fx/rate-source';
import bundled from '../data/rates/usd-daily.generated.json';

let sources: RateSource[] | undefined;

export function rateSources(): RateSource[] {
  sources ??= [createHistorySource(decodeRateHistory(bundled as EncodedRateHistory))];
  return sources;
}
