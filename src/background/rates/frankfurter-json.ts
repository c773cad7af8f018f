// Reads the fallback provider's answer (ECB rates for a past period, EUR-based):
// {"base":"EUR","rates":{"2024-01-02":{"USD":1.0956,…},…}} or, for one day, {"base":"EUR","date":…,"rates":{…}}.
import { RateFileError } from '../../core/fx/ecb-xml';
import { implausibleRate } from '../../core/fx/rate-bounds';
import type { RateHistory } from '../../core/fx/rate-codec';

export function parseFallbackJson(text: string, source: string): RateHistory {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new RateFileError('fallback rates are not JSON');
  }
  const d = data as { base?: unknown; date?: unknown; rates?: unknown };
  if (d?.base !== 'EUR' || !d.rates || typeof d.rates !== 'object') throw new RateFileError('fallback rates are not EUR-based rates');
  const byDay: Record<string, unknown> = typeof d.date === 'string' ? { [d.date]: d.rates } : (d.rates as Record<string, unknown>);
  const days = Object.keys(byDay).filter((k) => /^\d{4}-\d{2}-\d{2}$/.test(k)).sort();
  if (!days.length) throw new RateFileError('fallback rates have no dated rates');
  const series: RateHistory['series'] = {};
  days.forEach((day, i) => {
    for (const [currency, value] of Object.entries((byDay[day] ?? {}) as Record<string, unknown>)) {
      if (!/^[A-Z]{3}$/.test(currency) || typeof value !== 'number' || !(value > 0)) throw new RateFileError(`fallback rate ${currency} on ${day} is not a positive number`);
      (series[currency] ??= new Array<number | null>(days.length).fill(null))[i] = value;
    }
  });
  const history: RateHistory = { base: 'EUR', source, days, series };
  const implausible = implausibleRate(history);
  if (implausible) throw new RateFileError(`fallback rates: ${implausible}`);
  return history;
}
