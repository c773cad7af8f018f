import { convert } from '../core/fx/convert';
import { companies } from '../data/companies';
import type { BackgroundContract, CompanyInfo, ConversionAnswer } from '../messages/contract';
import type { Handlers } from '../messages/handle';
import { defaults } from '../platform/settings';
import { rateSources } from './rates';
import { today } from './today';

const companiesById = new Map(companies.map((c) => [c.id, c]));

export const backgroundHandlers: Handlers<BackgroundContract> = {
  convert({ amounts, to, days }) {
    const sources = rateSources();
    return amounts.map((amount) =>
      days.map((day): ConversionAnswer => {
        const askedDay = day === 'today' ? today() : day;
        const conversion = convert(amount, to, askedDay, sources);
        return conversion
          ? { day, askedDay, conversion }
          : { day, askedDay, conversion: null, problem: `No ${amount.currency}→${to} rate on or before ${askedDay}` };
      }),
    );
  },
  lookupCompanies({ ids }) {
    return ids.map((id): CompanyInfo | null => {
      const record = companiesById.get(id);
      return record ? { ...record, deals: [] } : null;
    });
  },
  getSettings() {
    return { homeCurrency: defaults.homeCurrency };
  },
};
