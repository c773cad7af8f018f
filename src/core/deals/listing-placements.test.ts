import { describe, expect, it } from 'vitest';
import type { CompanyMention, MoneyMention } from '../types';
import { extractDeals } from './extract-deals';

function mention(text: string, surface: string, id: string): CompanyMention {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, text: surface, id, name: surface };
}

function money(text: string, surface: string, amount: number): MoneyMention {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, text: surface, currency: 'USD', currencyReason: 'test', currencyBasis: { by: 'written' }, amount };
}

describe('a placement beside a listing', () => {
  it('is a round of the company listed, with its buyers', () => {
    const text = 'Snowflake raised $3.4 billion in its IPO, pricing its shares at $120 each. Berkshire Hathaway and Salesforce Ventures will together buy $500 million of stock in a concurrent private placement at the IPO price.';
    const found = extractDeals(text, [money(text, '$3.4 billion', 3.4e9), money(text, '$120', 120), money(text, '$500 million', 5e8)], [
      mention(text, 'Snowflake', 'snowflake'), mention(text, 'Berkshire Hathaway', 'berkshire'), mention(text, 'Salesforce Ventures', 'sfv'),
    ]);
    expect(found.map((d) => [d.type, d.target.name, d.money, d.round, d.investors.map((i) => i.name).join()])).toEqual([
      ['ipo', 'Snowflake', 0, undefined, ''],
      ['funding', 'Snowflake', 2, 'private placement', 'Berkshire Hathaway,Salesforce Ventures'],
    ]);
  });

  it('reads a PIPE beside a SPAC merger, never its price per share', () => {
    const text = 'Lucid Motors is going public by merging with Churchill Capital Corp IV. The deal also includes a $2.5 billion PIPE at $15 a share.';
    const found = extractDeals(text, [money(text, '$2.5 billion', 2.5e9), money(text, '$15', 15)], [mention(text, 'Lucid Motors', 'lucid'), mention(text, 'Churchill Capital Corp IV', 'cciv')]);
    expect(found.map((d) => [d.type, d.target.name, d.money, d.round])).toEqual([
      ['merger', 'Lucid Motors', undefined, undefined],
      ['funding', 'Lucid Motors', 0, 'PIPE'],
    ]);
  });

  it('is nothing without a listing just before it', () => {
    const text = 'Acme Corp sold $50 million of stock in a private placement to Beta Capital.';
    expect(extractDeals(text, [money(text, '$50 million', 5e7)], [mention(text, 'Acme Corp', 'acme'), mention(text, 'Beta Capital', 'beta')]).filter((d) => d.round === 'private placement')).toEqual([]);
  });
});
