import { describe, expect, it } from 'vitest';
import { createCompanyMatcher } from '../companies';
import { findMentions } from '../find-mentions';
import { dealsOfPage } from './page-deals';

const matcher = createCompanyMatcher([
  { id: 'meituan', name: 'Meituan', kind: 'company' },
  { id: 'tencent', name: 'Tencent', kind: 'investor' },
]);
const slice = (text: string) => ({ text, ...findMentions(text, { companies: matcher }) });
const page = { url: 'https://example.com/a', title: 'A', date: '2024-05-01' };

describe('dealsOfPage', () => {
  it('reads one record per deal from the slices that hold an amount and a company, the page as source', () => {
    const text = 'Meituan raised $8 million from Tencent, the company said.';
    const deals = dealsOfPage([slice(text), slice('No amount here about Meituan.'), slice(text)], page);
    expect(deals).toHaveLength(1);
    expect(deals[0]!.target.id).toBe('meituan');
    expect(deals[0]!.amount).toMatchObject({ amount: 8e6, currency: 'USD' });
    expect(deals[0]!.sources[0]!.url).toBe(page.url);
  });
  it('dates a deal by the month its sentence gives, resolved against the page date; the source keeps the page date', () => {
    const [deal] = dealsOfPage([slice('Meituan raised $8 million in March from Tencent.')], page);
    expect(deal).toMatchObject({ date: '2024-03', id: 'meituan-2024-03-funding' });
    expect(deal!.sources[0]!.date).toBe('2024-05-01');
    // A later month than the page's is last year's.
    expect(dealsOfPage([slice('Meituan raised $8 million in November from Tencent.')], page)[0]!.date).toBe('2023-11');
    expect(dealsOfPage([slice('Meituan raised $8 million from Tencent on Tuesday.')], page)[0]!.date).toBe('2024-05-01');
  });

  it('finds nothing in slices without both kinds of mention', () => {
    expect(dealsOfPage([slice('Tencent had a quiet year.'), slice('Someone paid $3 million.')], page)).toEqual([]);
  });
});
