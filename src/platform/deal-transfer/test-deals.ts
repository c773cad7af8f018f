// Deals with every awkward character a CSV or JSON writer can trip on, shared by the transfer tests.
import type { DealRecord } from '../../core/types';

export const edgeCaseDeals: DealRecord[] = [
  {
    id: 'quote-comma-2024-01-funding',
    type: 'funding',
    target: { name: 'Acme, "The Best", Inc.' },
    investors: [
      { id: 'fund-a', name: 'Fund A | B; C', role: 'lead' },
      { name: 'Line\nBreak\r\nCapital', role: 'participant' },
      { name: ' Leading and trailing ', role: 'existing' },
    ],
    amount: { currency: 'USD', amount: 123_456_789.5, amountMax: 2e21, approx: 'about' },
    round: 'Series A+ "extension", part 2',
    valuation: { currency: 'CNY', amount: 0.000001, basis: 'pre' },
    date: '2024-01-31',
    sector: 'ai-infrastructure',
    sources: [
      {
        url: 'https://example.com/news?id=1&x=%22y%22#frag',
        title: 'He said "go", then left,\nquietly',
        publisher: 'Example, Ltd.',
        date: '2024-02-01',
        quote: '“Curly” quotes, commas, and a tab\there — ok?',
      },
      { publisher: '=HYPERLINK("x")', date: '2024-02-02' },
    ],
    origin: 'captured',
    confidence: 0.65,
  },
  {
    id: 'unicode-2023-10',
    type: 'acquisition',
    target: { id: 'zhipu-ai', name: '北京智谱华章科技有限公司 😀' },
    investors: [{ name: 'Société Générale Ω' }],
    date: '2023-10',
    sources: [{ publisher: '财新', date: '2023-10-20', quote: '智谱AI完成25亿元融资，阿里、腾讯跟投。' }],
    origin: 'imported',
    confidence: 0,
  },
  {
    // Cells a spreadsheet would run as formulas (OWASP CSV injection).
    id: 'formula-2021-06-acquisition',
    type: 'acquisition',
    target: { name: '=HYPERLINK("http://example.com/x","Click")' },
    investors: [{ name: '@SUM(1+1)' }],
    round: '+1 extension',
    date: '2021-06-30',
    sources: [{ publisher: "-'quoted' publisher", date: '2021-07-01', quote: '\tIndented' }],
    origin: 'edited',
    confidence: 0.5,
  },
  {
    id: 'bare-2020-05-ipo',
    type: 'ipo',
    target: { name: 'Bare' },
    investors: [],
    date: '2020-05-05',
    sources: [],
    origin: 'edited',
    confidence: 1,
  },
];
