import { describe, expect, it } from 'vitest';
import type { CompanyMention, DealMention, MoneyMention } from '../types';
import { annotate } from '../annotate';
import { createCompanyMatcher } from '../companies';
import { extractDeals } from './extract-deals';

// Hand-made mentions (as in extract-deals.test.ts), so these tests pin the deal layer alone.
type CompanySpec = [surface: string, id: string];
type MoneySpec = [surface: string, currency: string, amount: number];

function companiesIn(text: string, specs: CompanySpec[]): CompanyMention[] {
  const found: CompanyMention[] = [];
  for (const [surface, id] of [...specs].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (!found.some((f) => f.start < end && at < f.end)) found.push({ start: at, end, text: surface, id, name: surface });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function moneyIn(text: string, specs: MoneySpec[]): MoneyMention[] {
  return specs.map(([surface, currency, amount]) => {
    const start = text.indexOf(surface);
    if (start < 0) throw new Error(`no "${surface}" in text`);
    return { start, end: start + surface.length, text: surface, currency, currencyReason: 'test', currencyBasis: { by: 'written' }, amount };
  });
}

/** Each deal as [type, target, amount surface, valuation surface, basis]. */
function read(text: string, companies: CompanySpec[], money: MoneySpec[]) {
  const list = moneyIn(text, money);
  return extractDeals(text, list, companiesIn(text, companies)).map((d: DealMention) => [
    d.type,
    d.target.name,
    d.money === undefined ? undefined : list[d.money]!.text,
    d.valuation === undefined ? undefined : list[d.valuation.money]!.text,
    d.valuation?.basis,
  ]);
}

const ACME: CompanySpec[] = [['Acme Robotics', 'acme'], ['Tencent', 'tencent'], ['Baidu', 'baidu'], ['Ubisoft', 'ubisoft']];
const RAISE_AND_VALUE: MoneySpec[] = [['$100 million', 'USD', 1e8], ['$2 billion', 'USD', 2e9]];

describe('valuations: English forms in the deal sentence', () => {
  it.each([
    ['Acme Robotics raised $100 million at a valuation of $2 billion.', undefined],
    ['Acme Robotics raised $100 million at a $2 billion valuation.', undefined],
    ['Acme Robotics raised $100 million, valuing the company at $2 billion.', undefined],
    ['Acme Robotics raised $100 million from Tencent, which values it at $2 billion.', undefined],
    ['Acme Robotics, valued at $2 billion, raised $100 million.', undefined],
    ['Acme Robotics raised $100 million, bringing its valuation to $2 billion.', undefined],
    ['Acme Robotics raised $100 million in a round led by Tencent that pegs its valuation at $2 billion.', undefined],
    ['Acme Robotics raised $100 million at a post-money valuation of $2 billion.', 'post'],
    ['Acme Robotics raised $100 million, giving it a $2 billion post-money valuation.', 'post'],
    ['Acme Robotics raised $100 million at a pre-money valuation of $2 billion.', 'pre'],
    // The basis may follow the amount.
    ['Acme Robotics raised $100 million, which values it at $2 billion post-money.', 'post'],
    ['Acme Robotics raised $100 million, valuing the company at $2 billion pre-money.', 'pre'],
    // Any description of the company, in any script, with "the" or a possessive before it.
    ['Acme Robotics raised $100 million, valuing the São Paulo-based fintech at $2 billion.', undefined],
    ['Acme Robotics raised $100 million, valuing the social network at about $2 billion.', undefined],
    ["Acme Robotics raised $100 million, valuing Europe’s largest robot maker at $2 billion.", undefined],
    ['Acme Robotics raised $100 million, pushing its valuation past $2 billion.', undefined],
    ["Acme Robotics raised $100 million from Tencent, and Acme Robotics’s valuation stays at about $2 billion.", undefined],
    // The clause ends at a dash: what follows it ("last year") is not the valuation's time.
    ['Acme Robotics raised $100 million, valuing the company at $2 billion — short of the figure floated last year.', undefined],
  ])('%s', (text, basis) => {
    expect(read(text, ACME, RAISE_AND_VALUE)).toEqual([['funding', 'Acme Robotics', '$100 million', '$2 billion', basis]]);
  });

  it('keeps lead and round beside the valuation', () => {
    const text = 'Acme Robotics raised $100 million in a Series B round led by Tencent at a post-money valuation of $2 billion.';
    const [deal] = extractDeals(text, moneyIn(text, RAISE_AND_VALUE), companiesIn(text, ACME));
    expect(deal).toMatchObject({ round: 'Series B', money: 0, valuation: { money: 1, basis: 'post' }, investors: [{ name: 'Tencent', role: 'lead' }] });
  });

  it.each([
    'Acme Robotics raised $100 million, valuing the stake at $2 billion.',
    'Acme Robotics raised $100 million, valuing the market at $2 billion.',
    'Acme Robotics raised $100 million, valuing the deal at $2 billion.',
  ])('not a valuation of the company: %s', (text) => {
    expect(read(text, ACME, RAISE_AND_VALUE)).toEqual([['funding', 'Acme Robotics', '$100 million', undefined, undefined]]);
  });

  it('reads an IPO and a stake sale valuation', () => {
    const ipo = "Acme Robotics's Hong Kong IPO raised HK$2 billion, valuing the company at HK$20 billion.";
    expect(read(ipo, ACME, [['HK$2 billion', 'HKD', 2e9], ['HK$20 billion', 'HKD', 2e10]])).toEqual([['ipo', 'Acme Robotics', 'HK$2 billion', 'HK$20 billion', undefined]]);
    const stake = 'Tencent bought a 10% stake in Ubisoft for €300 million, valuing the company at €3 billion.';
    expect(read(stake, ACME, [['€300 million', 'EUR', 3e8], ['€3 billion', 'EUR', 3e9]])).toEqual([['stake-sale', 'Ubisoft', '€300 million', '€3 billion', undefined]]);
  });
});

describe('valuations: the enterprise value a Chinese stake purchase puts on the company', () => {
  it('is its valuation, never the price of the stake', () => {
    const text = '腾讯完成收购环球音乐10%股权，交易对应环球音乐的企业价值为300亿欧元。';
    expect(read(text, [['腾讯', 'tencent'], ['环球音乐', 'umg']], [['300亿欧元', 'EUR', 3e10]])).toEqual([['stake-sale', '环球音乐', undefined, '300亿欧元', undefined]]);
  });
});

describe('valuations: the next sentence of the same paragraph', () => {
  it.each([
    'Acme Robotics raised $100 million from Tencent. The round values the company at $2 billion.',
    'Acme Robotics raised $100 million from Tencent. It is now valued at $2 billion.',
    'Acme Robotics raised $100 million from Tencent. Acme Robotics is now valued at $2 billion.',
    'Acme Robotics raised $100 million. Its post-money valuation is $2 billion.',
    // Past a relative clause that names another company: the valued subject is still the deal's target.
    'Acme Robotics raised $100 million. Acme Robotics, which Baidu had tried to buy, is now valued at $2 billion.',
  ])('%s', (text) => {
    expect(read(text, ACME, RAISE_AND_VALUE)).toEqual([['funding', 'Acme Robotics', '$100 million', '$2 billion', text.includes('post-money') ? 'post' : undefined]]);
  });

  it('does not reach into the next paragraph or two sentences on', () => {
    expect(read('Acme Robotics raised $100 million.\nIt is now valued at $2 billion.', ACME, RAISE_AND_VALUE)[0]![3]).toBeUndefined();
    expect(read('Acme Robotics raised $100 million. Sales grew. It is now valued at $2 billion.', ACME, RAISE_AND_VALUE)[0]![3]).toBeUndefined();
  });

  it('does not take another company’s valuation', () => {
    expect(read('Acme Robotics raised $100 million. Baidu is now valued at $2 billion.', ACME, RAISE_AND_VALUE)[0]![3]).toBeUndefined();
    expect(read('Acme Robotics raised $100 million, while Baidu is valued at $2 billion.', ACME, RAISE_AND_VALUE)[0]![3]).toBeUndefined();
  });
});

describe('valuations: Chinese', () => {
  const c: CompanySpec[] = [['月之暗面', 'moonshot'], ['阿里巴巴', 'alibaba']];
  it.each([
    ['月之暗面完成10亿美元融资，投后估值达到25亿美元。', 'post'],
    ['月之暗面完成10亿美元融资，由阿里巴巴领投，投前估值25亿美元。', 'pre'],
    ['月之暗面完成10亿美元融资，估值约25亿美元。', undefined],
    ['月之暗面完成10亿美元融资。公司估值达到25亿美元。', undefined],
  ])('%s', (text, basis) => {
    expect(read(text, c, [['10亿美元', 'USD', 1e9], ['25亿美元', 'USD', 2.5e9]])).toEqual([['funding', '月之暗面', '10亿美元', '25亿美元', basis]]);
  });

  it('never takes the valuation as the amount: "获得估值N的战略投资" keeps the round and the valuation only', () => {
    expect(read('月之暗面获得估值25亿美元的战略投资。', c, [['25亿美元', 'USD', 2.5e9]])).toEqual([['funding', '月之暗面', undefined, '25亿美元', undefined]]);
  });

  it('refuses a past or hoped-for valuation (此前, 有望)', () => {
    const money: MoneySpec[] = [['10亿美元', 'USD', 1e9], ['15亿美元', 'USD', 1.5e9]];
    expect(read('月之暗面完成10亿美元融资，此前估值为15亿美元。', c, money)[0]![3]).toBeUndefined();
    expect(read('月之暗面完成10亿美元融资，有望估值15亿美元。', c, money)[0]![3]).toBeUndefined();
  });
});

describe('valuations: what is not one', () => {
  it('a valuation alone is no deal', () => {
    expect(read('The market is valued at $10 billion.', ACME, [['$10 billion', 'USD', 1e10]])).toEqual([]);
    expect(read('Acme Robotics is valued at $10 billion.', ACME, [['$10 billion', 'USD', 1e10]])).toEqual([]);
    expect(read('Baidu says the market is valued at $10 billion.', ACME, [['$10 billion', 'USD', 1e10]])).toEqual([]);
  });

  it('a deal with only a valuation keeps it and has no amount; without another cue there is no deal', () => {
    const text = 'Acme Robotics closed its Series C round at a pre-money valuation of $3 billion, led by Tencent.';
    expect(read(text, ACME, [['$3 billion', 'USD', 3e9]])).toEqual([['funding', 'Acme Robotics', undefined, '$3 billion', 'pre']]);
    expect(read('Acme Robotics raised money at a valuation of $3 billion.', ACME, [['$3 billion', 'USD', 3e9]])).toEqual([]);
  });

  it('a round or deal "valued at" its size is the amount, not a valuation', () => {
    expect(read('Acme Robotics raised $100 million in a round valued at $2 billion.', ACME, RAISE_AND_VALUE)).toEqual([['funding', 'Acme Robotics', '$100 million', undefined, undefined]]);
    expect(read('Tencent acquired Acme Robotics in a deal valued at $2 billion.', ACME, [['$2 billion', 'USD', 2e9]])).toEqual([['acquisition', 'Acme Robotics', '$2 billion', undefined, undefined]]);
  });

  it('acquisitions take no valuation: the "valued at" figure after the target stays the price', () => {
    expect(read('Tencent acquired Acme Robotics, valued at $2 billion.', ACME, [['$2 billion', 'USD', 2e9]])).toEqual([['acquisition', 'Acme Robotics', '$2 billion', undefined, undefined]]);
    // "a deal that values the robot maker at": the price of the purchase…
    expect(read('Tencent agreed to buy Acme Robotics in a cash deal that values the robot maker at about $2 billion.', ACME, [['$2 billion', 'USD', 2e9]])).toEqual([['acquisition', 'Acme Robotics', '$2 billion', undefined, undefined]]);
    // …while a round's "deal" values the company.
    expect(read('Acme Robotics raised $100 million from Tencent. The deal values the robot maker at $2 billion.', ACME, RAISE_AND_VALUE)).toEqual([['funding', 'Acme Robotics', '$100 million', '$2 billion', undefined]]);
  });

  it.each([
    'Acme Robotics raised $100 million, up from a valuation of $2 billion last year.',
    'Acme Robotics, valued at $2 billion in 2021, raised $100 million.',
    'Acme Robotics raised $100 million. It was previously valued at $2 billion.',
    'Acme Robotics raised $100 million and is expected to be valued at $2 billion.',
    'Acme Robotics raised $100 million. Analysts think it could be valued at $2 billion.',
  ])('no past or hoped-for valuation: %s', (text) => {
    expect(read(text, ACME, RAISE_AND_VALUE)).toEqual([['funding', 'Acme Robotics', '$100 million', undefined, undefined]]);
  });
});

describe('valuations described at length', () => {
  it.each([
    ['Bolt has raised €628m in a funding round, valuing the ride-hailing, scooter and food delivery company at €7.4bn.', '€7.4bn'],
    ['Wiz has raised $1 billion, valuing the Israeli-founded cloud security company at $12 billion.', '$12 billion'],
    ['Flutterwave has raised $250 million in a Series D round, tripling its valuation to more than $3 billion.', '$3 billion'],
  ])('%s', (text, valued) => {
    const matcher = createCompanyMatcher([
      { id: 'bolt', name: 'Bolt', kind: 'company' },
      { id: 'wiz', name: 'Wiz', kind: 'company' },
      { id: 'flutterwave', name: 'Flutterwave', kind: 'company' },
    ]);
    const found = annotate(text, { companies: matcher });
    const deal = found.deals[0]!;
    expect(deal.valuation && found.money[deal.valuation.money]!.text).toBe(valued);
  });
});
