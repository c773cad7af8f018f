// The bundled rate tables (scripts/build-rates.ts writes them here on install and build; the build
// copies them, gzipped, into the extension's data/ folder, which the background reads when it first
// converts). Not committed.

/** The daily table first: it wins a tie with the weekly one. */
export const BUNDLED_RATE_FILES = ['usd-daily.generated.json', 'usd-weekly.generated.json'] as const;
