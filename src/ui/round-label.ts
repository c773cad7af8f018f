// A deal's round in the reader's words. Rounds are read into one English form ("B轮" and "Series B"
// are both "Series B": core/deals/rounds.ts) and the bundled data adds listings ("IPO (NYSE)",
// "secondary listing (HKEX)"); each becomes the language's own name (B轮, 种子轮, IPO（纽交所）).
// Any other round, typed by a reader or imported, is shown as written.
import { canonicalRound } from '../core/deals/merge-deals-identity';
import { t, type MessageKey } from '../platform/i18n';

const NAMED: Record<string, MessageKey> = {
  seed: 'roundSeed',
  'pre-seed': 'roundPreSeed',
  angel: 'roundAngel',
  'pre-ipo': 'roundPreIpo',
  strategic: 'roundStrategic',
  bridge: 'roundBridge',
  'share placement': 'roundSharePlacement',
  'share offering': 'roundShareOffering',
  'distribution in specie': 'roundDistributionInSpecie',
};

const LISTING: Record<string, MessageKey> = { ipo: 'roundIpoOn', 'secondary listing': 'roundSecondaryListing', 'direct listing': 'roundDirectListing' };

const EXCHANGE: Record<string, MessageKey> = { nasdaq: 'exchangeNasdaq', nyse: 'exchangeNyse', hkex: 'exchangeHkex' };

/** A stock exchange's name in the reader's language (纳斯达克, 纽交所, 港交所), or as written. */
export function exchangeLabel(exchange: string): string {
  const key = EXCHANGE[exchange.toLowerCase()];
  return key ? t(key) : exchange;
}

export function roundLabel(round: string): string {
  const written = round.trim();
  const canonical = canonicalRound(written);
  const series = /^(pre-?)?series\s+([A-Z](?:\d|\+{1,2})?)$/i.exec(canonical);
  if (series) return t(series[1] ? 'roundPreSeries' : 'roundSeries', series[2]!.toUpperCase());
  const named = NAMED[canonical.toLowerCase().replace(/^pre\s*-?\s*/, 'pre-')];
  if (named) return t(named);
  const listing = /^(ipo|secondary listing|direct listing)\s*\((.+)\)$/i.exec(written);
  if (listing) return t(LISTING[listing[1]!.toLowerCase()]!, exchangeLabel(listing[2]!.trim()));
  return written;
}
