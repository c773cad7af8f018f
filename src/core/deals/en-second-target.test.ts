import { describe, expect, it } from 'vitest';
import { annotate, createCompanyMatcher } from '../index';
import { companies } from '../../data/companies';

const matcher = createCompanyMatcher(companies);
const read = (text: string) =>
  annotate(text, { companies: matcher, context: { lang: 'en' } }).deals.map((d) => `${d.type} ${d.target.name} ${d.investors.map((i) => i.name).join('+')}`);

describe('one English purchase verb, two companies bought', () => {
  it('reads the second company, bought by the same buyer for the price after it', () => {
    const text = 'Tata Consumer Products said on Friday it will acquire Ching’s Secret maker Capital Foods for an enterprise value of Rs 5,100 crore and Fabindia-backed Organic India for Rs 1,900 crore.';
    const deals = read(text);
    expect(deals).toHaveLength(2);
    expect(deals.some((d) => /^acquisition Organic India Tata Consumer/.test(d))).toBe(true);
    expect(deals.some((d) => /^acquisition Capital Foods Tata Consumer/.test(d))).toBe(true);
    expect(deals.join(' ')).not.toContain('Fabindia');
  });

  it('reads none where the second company has no price of its own', () => {
    const text = 'Tata Consumer Products will acquire Capital Foods for Rs 5,100 crore and compete with Nestle India in noodles.';
    expect(read(text)).toHaveLength(1);
  });
});

describe('one seller, two of its units sold in one sentence', () => {
  it('reads each unit, sold to the buyer after its "to", for the price after that buyer', () => {
    const text = 'Crown Castle will sell its small cells business to private equity firm EQT for $4.25 billion and its fiber business to Zayo Group for another $4.25 billion, the tower operator said.';
    expect(read(text)).toEqual(['acquisition small cells business EQT', 'acquisition fiber business Zayo Group']);
  });

  it('reads one sale where the sentence names one', () => {
    expect(read('Unilever has agreed to sell its tea business to CVC Capital Partners for €4.5 billion.')).toEqual(['acquisition tea business CVC Capital Partners']);
  });
});
