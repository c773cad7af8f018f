import { convert } from '../core/fx/convert';
import { companies } from '../data/companies';
import type { BackgroundContract, CompanyInfo, ConversionAnswer } from '../messages/contract';
import type { Handlers } from '../messages/handle';
import type { Settings } from '../platform/settings';
import type { LiveRates } from './rates/live-rates';
import { today } from './today';

const companiesById = new Map(companies.map((c) => [c.id, c]));

export interface BackgroundDeps {
  rates: LiveRates;
  settings: () => Promise<Settings>;
  /** The clock, passed in so tests can fix it. */
  now: () => Date;
}

export function createBackgroundHandlers({ rates, settings, now }: BackgroundDeps): Handlers<BackgroundContract> {
  return {
    async convert({ amounts, to, days }) {
      const current = await settings();
      const todayDay = today(now());
      const askedDays = days.map((day) => (day === 'today' ? todayDay : day));
      const pairs = [...new Set(amounts.map((a) => a.currency))].map((c): [string, string] => [c, to]);
      await Promise.all([...new Set(askedDays)].map((day) => rates.ensureRatesFor(day, pairs, current, todayDay)));
      const sources = await rates.sources();
      return amounts.map((amount) =>
        days.map((day, i): ConversionAnswer => {
          const askedDay = askedDays[i]!;
          const conversion = convert(amount, to, askedDay, sources);
          if (conversion && askedDay > todayDay) return { day, askedDay, conversion, note: `${askedDay} is in the future: the latest rate (${conversion.rateDate}) is used` };
          if (conversion) return { day, askedDay, conversion };
          const problem = askedDay < '2000-01-01' ? `No rates before 2000 (asked ${askedDay})` : `No ${amount.currency}→${to} rate on or before ${askedDay}`;
          return { day, askedDay, conversion: null, problem };
        }),
      );
    },
    lookupCompanies({ ids }) {
      return ids.map((id): CompanyInfo | null => {
        const record = companiesById.get(id);
        return record ? { ...record, deals: [] } : null;
      });
    },
    getSettings: () => settings(),
    async refreshRates() {
      return rates.refresh(await settings(), now());
    },
    ratesStatus: () => rates.status(),
  };
}
