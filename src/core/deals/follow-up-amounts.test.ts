import { describe, expect, it } from 'vitest';
import type { CompanyMention, MoneyMention } from '../types';
import { extractDeals } from './extract-deals';

function mention(text: string, surface: string, id: string): CompanyMention {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, text: surface, id, name: surface };
}

function money(text: string, surface: string, currency: string, amount: number): MoneyMention {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, text: surface, currency, currencyReason: 'test', currencyBasis: { by: 'written' }, amount };
}

describe('a sentence that gives the size of the deal just reported', () => {
  it('gives a purchase its price from "The all-stock deal was valued at …" (session dealsen18)', () => {
    const text = 'Cascade Harbor Bank has completed its acquisition of Yakima Valley Savings. The all-stock deal was valued at $128 million when it was announced in May.';
    const [d] = extractDeals(text, [money(text, '$128 million', 'USD', 128e6)], [mention(text, 'Cascade Harbor Bank', 'cascade'), mention(text, 'Yakima Valley Savings', 'yakima')]);
    expect(d).toMatchObject({ type: 'acquisition', money: 0 });
  });

  it('gives a listing its proceeds from "本次发行募集资金…", even after a greenshoe condition', () => {
    const text = '中芯国际今日正式登陆科创板，发行价为每股27.46元。若绿鞋全额行使，本次发行募集资金约532亿元。';
    const [d] = extractDeals(text, [money(text, '27.46元', 'CNY', 27.46), money(text, '532亿元', 'CNY', 5.32e10)], [mention(text, '中芯国际', 'smic')]);
    expect(d).toMatchObject({ type: 'ipo', money: 1 });
  });

  it('gives a round its size from "The round totals …", and leaves a deal that has one alone', () => {
    const text = 'Nordlys Energy has closed a Series B led by Fram Capital. The round totals $80 million. The company has 40 staff and $3 million in revenue.';
    const [d] = extractDeals(text, [money(text, '$80 million', 'USD', 8e7), money(text, '$3 million', 'USD', 3e6)], [mention(text, 'Nordlys Energy', 'n'), mention(text, 'Fram Capital', 'f')]);
    expect(d).toMatchObject({ type: 'funding', money: 0 });
  });

  it('gives a purchase its price from "in the $4.3 billion deal", not the price a share', () => {
    const text = 'Gilead said it had completed its tender offer for CymaBay. Gilead paid $32.50 a share in the $4.3 billion deal.';
    const [d] = extractDeals(text, [money(text, '$32.50', 'USD', 32.5), money(text, '$4.3 billion', 'USD', 4.3e9)], [mention(text, 'Gilead', 'gilead'), mention(text, 'CymaBay', 'cymabay')]);
    expect(d).toMatchObject({ type: 'acquisition', target: { id: 'cymabay' }, money: 1 });
  });

  it('gives a purchase its price from "The $1.2 billion deal …" and from what the buyer "will pay … in cash"', () => {
    const a = 'Kestrel agreed to buy Marlow. The $1.2 billion deal is expected to close next year.';
    expect(extractDeals(a, [money(a, '$1.2 billion', 'USD', 1.2e9)], [mention(a, 'Kestrel', 'k'), mention(a, 'Marlow', 'm')])[0]).toMatchObject({ target: { id: 'm' }, money: 0 });
    const b = 'Kestrel agreed to buy Marlow on Monday. Kestrel will pay $1.2 billion in cash.';
    expect(extractDeals(b, [money(b, '$1.2 billion', 'USD', 1.2e9)], [mention(b, 'Kestrel', 'k'), mention(b, 'Marlow', 'm')])[0]).toMatchObject({ target: { id: 'm' }, money: 0 });
    // (Not what is paid to settle a lawsuit.)
    const c = 'Kestrel agreed to buy Marlow on Monday. Kestrel will pay $2 million in cash to settle a lawsuit.';
    expect(extractDeals(c, [money(c, '$2 million', 'USD', 2e6)], [mention(c, 'Kestrel', 'k'), mention(c, 'Marlow', 'm')])[0]?.money).toBeUndefined();
  });

  it('gives a purchase its price from "The deal, which values the … at …"', () => {
    const text = 'Alphabet agreed to buy Wiz. The deal, which values the cybersecurity company at $32 billion, is Alphabet’s largest ever.';
    const [d] = extractDeals(text, [money(text, '$32 billion', 'USD', 3.2e10)], [mention(text, 'Alphabet', 'alphabet'), mention(text, 'Wiz', 'wiz')]);
    expect(d).toMatchObject({ type: 'acquisition', money: 0 });
  });

  it('gives a purchase its total including debt over the equity value its own sentence gave', () => {
    const text = 'Boeing will buy its former unit Spirit AeroSystems in a deal that values the supplier at about $4.7 billion. Including Spirit’s debt, the transaction value is about $8.3 billion.';
    const [d] = extractDeals(text, [money(text, '$4.7 billion', 'USD', 4.7e9), money(text, '$8.3 billion', 'USD', 8.3e9)], [mention(text, 'Boeing', 'boeing'), mention(text, 'Spirit AeroSystems', 'spirit')]);
    expect(d).toMatchObject({ type: 'acquisition', money: 1 });
  });

  it('gives a SPAC merger the worth "The transaction values …" states as its valuation, not its amount', () => {
    const text = 'Grab Holdings completed its merger with Altimeter Growth Corp, a blank-check company. The transaction values Grab at about $40 billion.';
    const [d] = extractDeals(text, [money(text, '$40 billion', 'USD', 4e10)], [mention(text, 'Grab Holdings', 'grab'), mention(text, 'Altimeter Growth Corp', 'agc'), mention(text, 'Grab', 'grab')]);
    expect(d).toMatchObject({ type: 'merger', valuation: { money: 0 } });
    expect(d!.money).toBeUndefined();
  });

  it('does not reach a deal of another kind or paragraph', () => {
    const text = 'Nordlys Energy has closed a Series B led by Fram Capital.\n\nThe offering raised $80 million.';
    const [d] = extractDeals(text, [money(text, '$80 million', 'USD', 8e7)], [mention(text, 'Nordlys Energy', 'n'), mention(text, 'Fram Capital', 'f')]);
    expect(d!.money).toBeUndefined();
  });
});
