// The bundled deal dataset: notable tech and AI deals 2015–2025, split by year range, concatenated here.
// Every record is checked by deals.test.ts (ids, types, dates, amounts, parties, sources).
import type { DealRecord } from '../../core/types';
import y2015to2017 from './2015-2017.json';
import y2018to2019 from './2018-2019.json';
import y2020to2021 from './2020-2021.json';
import y2022to2023 from './2022-2023.json';
import y2024to2025 from './2024-2025.json';

/** The files in date order; exported for the schema test. */
export const dealFiles: Record<string, unknown[]> = {
  '2015-2017': y2015to2017,
  '2018-2019': y2018to2019,
  '2020-2021': y2020to2021,
  '2022-2023': y2022to2023,
  '2024-2025': y2024to2025,
};

// JSON imports are typed with plain strings; the schema test guarantees the narrower unions.
export const deals: DealRecord[] = [
  ...y2015to2017,
  ...y2018to2019,
  ...y2020to2021,
  ...y2022to2023,
  ...y2024to2025,
] as DealRecord[];
