// The template CSV the deals page offers beside Import: written by the exporter itself (so its header
// is the exporter's own column list, DEAL_CSV_COLUMNS) with one example row showing each cell's form,
// the investors and sources cells as JSON lists included.
import type { DealRecord } from '../core/types';
import { exportDealsCsv } from '../platform/deal-transfer';

export const TEMPLATE_FILE_NAME = 'deallens-deals-template.csv';

const EXAMPLE: DealRecord = {
  id: 'example-robotics-2024-01-funding',
  type: 'funding',
  target: { name: 'Example Robotics' },
  investors: [{ name: 'Example Ventures', role: 'lead' }, { name: 'Sample Capital' }],
  amount: { currency: 'USD', amount: 20_000_000 },
  round: 'Series A',
  date: '2024-01-15',
  sector: 'ai',
  sources: [{ url: 'https://news.example.com/example-robotics-series-a', publisher: 'Example News', date: '2024-01-15' }],
  origin: 'imported',
  confidence: 1,
};

export function templateCsv(): string {
  return exportDealsCsv([EXAMPLE]);
}
