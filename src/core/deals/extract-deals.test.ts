import { describe, expect, it } from 'vitest';
import { ZHIPU_WIRE_STORY } from '../../../test/fixtures';
import type { CompanyMention, DealMention, MoneyMention } from '../types';
import { extractDeals } from './extract-deals';

// ── Hand-made mentions, so these tests do not depend on the money and company modules ──────────────

type CompanySpec = [surface: string, id: string, name?: string];
type MoneySpec = [surface: string, currency: string, amount: number, restates?: string];

/** Every occurrence of each company surface (longest first, no overlaps), like a real matcher. */
function companiesIn(text: string, specs: CompanySpec[]): CompanyMention[] {
  const found: CompanyMention[] = [];
  for (const [surface, id, name] of [...specs].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (found.some((f) => f.start < end && at < f.end)) continue;
      found.push({ start: at, end, text: surface, id, name: name ?? surface });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first occurrence of each amount, in the order given (so indices are predictable). */
function moneyIn(text: string, specs: MoneySpec[]): MoneyMention[] {
  const list: MoneyMention[] = [];
  for (const [surface, currency, amount, restates] of specs) {
    const start = text.indexOf(surface);
    if (start < 0) throw new Error(`no "${surface}" in text`);
    const m: MoneyMention = { start, end: start + surface.length, text: surface, currency, currencyReason: 'test', currencyBasis: { by: 'written' }, amount };
    if (restates) m.equivalentOf = specs.findIndex((s) => s[0] === restates);
    list.push(m);
  }
  return list;
}

function deals(text: string, companies: CompanySpec[], money: MoneySpec[] = []): DealMention[] {
  return extractDeals(text, moneyIn(text, money), companiesIn(text, companies));
}

/** Compact view for assertions: target, type, investor "name:role" list, money index, round. */
function brief(d: DealMention) {
  return {
    type: d.type,
    target: d.target.name,
    investors: d.investors.map((i) => (i.role ? `${i.name}:${i.role}` : i.name)),
    money: d.money,
    round: d.round,
  };
}

// ── English funding ─────────────────────────────────────────────────────────────────────────────────

describe('extractDeals: "X raised AMOUNT"', () => {
  it('reads a round with lead and participants', () => {
    const text = 'Moonshot raised $1 billion in a Series B round led by Alibaba, with participation from Tencent and Meituan.';
    const [d, ...rest] = deals(text, [['Moonshot', 'moonshot'], ['Alibaba', 'alibaba'], ['Tencent', 'tencent'], ['Meituan', 'meituan']], [['$1 billion', 'USD', 1e9]]);
    expect(rest).toHaveLength(0);
    expect(brief(d!)).toEqual({
      type: 'funding', target: 'Moonshot', investors: ['Alibaba:lead', 'Tencent:participant', 'Meituan:participant'], money: 0, round: 'Series B',
    });
    expect(d!.text).toBe(text);
  });

  it('accepts "has raised", "raises" and an appositive subject', () => {
    const text = 'Baichuan, a Beijing start-up founded last year, has raised $300 million. Zhipu raises 2.5 billion yuan.';
    const found = deals(text, [['Baichuan', 'baichuan'], ['Zhipu', 'zhipu']], [['$300 million', 'USD', 3e8], ['2.5 billion yuan', 'CNY', 2.5e9]]);
    expect(found.map(brief)).toEqual([
      { type: 'funding', target: 'Baichuan', investors: [], money: 0, round: undefined },
      { type: 'funding', target: 'Zhipu', investors: [], money: 1, round: undefined },
    ]);
  });

  it('reads investors after "from" and existing investors', () => {
    const text = 'Anthropic secured $450 million in new funding from Spark Capital, Google and existing investors Salesforce and Zoom.';
    const [d] = deals(text, [['Anthropic', 'anthropic'], ['Spark Capital', 'spark'], ['Google', 'google'], ['Salesforce', 'salesforce'], ['Zoom', 'zoom']], [['$450 million', 'USD', 4.5e8]]);
    expect(brief(d!).investors).toEqual(['Spark Capital', 'Google', 'Salesforce:existing', 'Zoom:existing']);
  });

  it('needs a funding noun after weak verbs like "secured" and "closed"', () => {
    const contract = deals('Palantir secured a $480 million contract with the Army.', [['Palantir', 'palantir']], [['$480 million', 'USD', 4.8e8]]);
    expect(contract).toEqual([]);
    const round = deals('Mistral closed a $640 million Series B round.', [['Mistral', 'mistral']], [['$640 million', 'USD', 6.4e8]]);
    expect(round.map(brief)).toEqual([{ type: 'funding', target: 'Mistral', investors: [], money: 0, round: 'Series B' }]);
  });

  it('reads an IPO from "raised AMOUNT in its IPO" and from "X\'s IPO raised AMOUNT"', () => {
    const a = deals('Arm raised $4.87 billion in its Nasdaq IPO.', [['Arm', 'arm']], [['$4.87 billion', 'USD', 4.87e9]]);
    expect(a.map((d) => [d.type, d.target.name])).toEqual([['ipo', 'Arm']]);
    const b = deals('Midea’s Hong Kong listing raised HK$31 billion.', [['Midea', 'midea']], [['HK$31 billion', 'HKD', 3.1e10]]);
    expect(b.map((d) => [d.type, d.target.name, d.money])).toEqual([['ipo', 'Midea', 0]]);
  });

  it('takes "the $68 IPO price" as a price per share: the listing raised the total, and is one deal', () => {
    const text = 'Airbnb opened at $146 a share in its Nasdaq debut on Thursday, more than double the $68 IPO price, after the home-rental company raised $3.5 billion in one of the year’s biggest listings.';
    const found = deals(text, [['Airbnb', 'airbnb']], [['$146', 'USD', 146], ['$68', 'USD', 68], ['$3.5 billion', 'USD', 3.5e9]]);
    expect(found.map((d) => [d.type, d.money])).toEqual([['ipo', 2]]);
  });

  it('reads a listed company the reader left out when it opens the sentence, and the proceeds, not the issue price', () => {
    const ola = 'Ola Electric Mobility made a flat debut on Friday, listing at its issue price of ₹76 after a ₹6,145 crore IPO.';
    expect(deals(ola, [], [['₹76', 'INR', 76], ['₹6,145 crore', 'INR', 6.145e10]]).map(brief)).toEqual([
      { type: 'ipo', target: 'Ola Electric Mobility', investors: [], money: 1, round: undefined },
    ]);
    const dairy = 'Kowloon Dairy rose 9% on its first day of trading after raising HK$1.6 billion in its listing.';
    expect(deals(dairy, [], [['HK$1.6 billion', 'HKD', 1.6e9]]).map((d) => d.target.name)).toEqual(['Kowloon Dairy']);
    // After what the company is, words the reader takes for generic still name it.
    const startup = 'Robotics AI startup Physical Intelligence raised $400 million from Thrive Capital.';
    expect(deals(startup, [['Thrive Capital', 'thrive']], [['$400 million', 'USD', 4e8]]).map((d) => [d.target.name, d.investors.map((i) => i.name)])).toEqual([['Physical Intelligence', ['Thrive Capital']]]);
    // A buyer the reader left out opens the sentence: a lone word when a company is bought; before the stake it picked up.
    const zomato = 'Zomato will acquire Paytm’s entertainment ticketing business for Rs 2,048 crore.';
    expect(deals(zomato, [['Paytm', 'paytm']], [['Rs 2,048 crore', 'INR', 2.048e10]]).map((d) => [d.type, d.target.name, d.investors.map((i) => i.name)])).toEqual([['acquisition', 'entertainment ticketing business', ['Zomato']]]);
    const stake = 'Reliance Retail has picked up a 51% stake in Ed-a-Mamma for an undisclosed sum.';
    expect(deals(stake, [['Ed-a-Mamma', 'e']]).map((d) => [d.type, d.target.name, d.investors.map((i) => i.name)])).toEqual([['stake-sale', 'Ed-a-Mamma', ['Reliance Retail']]]);
    expect(deals('Officials will acquire land for the project.', [])).toEqual([]);
    // An appositive says what the company is, as a kind before it does; a valuation makes a lone word the raiser.
    const appositive = 'Physical Intelligence, a robotics startup, has raised $600 million.';
    expect(deals(appositive, [], [['$600 million', 'USD', 6e8]]).map((d) => [d.type, d.target.name])).toEqual([['funding', 'Physical Intelligence']]);
    const valued = 'Lovable has raised $330 million at a $6.6 billion valuation.';
    expect(deals(valued, [], [['$330 million', 'USD', 3.3e8], ['$6.6 billion', 'USD', 6.6e9]]).map((d) => [d.type, d.target.name, d.money])).toEqual([['funding', 'Lovable', 0]]);
    expect(deals('Officials raised $5 billion in new taxes.', [], [['$5 billion', 'USD', 5e9]])).toEqual([]);
    // So do words the reader takes for a place, and a backer "which led" leads.
    const sierra = 'Customer-service agent startup Sierra picked up $175 million from Greenoaks, which led, valuing it at $4.5 billion.';
    expect(deals(sierra, [['Greenoaks', 'greenoaks']], [['$175 million', 'USD', 1.75e8], ['$4.5 billion', 'USD', 4.5e9]]).map((d) => [d.target.name, d.investors.map((i) => `${i.name} ${i.role}`)])).toEqual([['Sierra', ['Greenoaks lead']]]);
    // "Groww shares rose": a lone word before its shares is the company listed.
    const groww = 'Groww shares rose sharply on their market debut on Wednesday after the Rs 6,632-crore IPO.';
    expect(deals(groww, [], [['Rs 6,632-crore', 'INR', 6.632e10]]).map((d) => [d.type, d.target.name, d.money])).toEqual([['ipo', 'Groww', 0]]);
    // An exchange between the owner and its listing is where it lists.
    const chime = 'Chime Financial’s shares jumped 37% in their Nasdaq debut after the fintech raised $864 million in its IPO.';
    expect(deals(chime, [['Chime Financial', 'c'], ['Nasdaq', 'nasdaq']], [['$864 million', 'USD', 8.64e8]]).map((d) => [d.type, d.target.name, d.money])).toEqual([['ipo', 'Chime Financial', 0]]);
    // "Temasek and GIC-backed": both back the company named next; neither raised.
    const backed = 'Temasek and GIC-backed Kredivo closed a $270 million debt facility from Victory Park Capital.';
    expect(deals(backed, [['Temasek', 't'], ['GIC', 'g'], ['Kredivo', 'k'], ['Victory Park Capital', 'v']], [['$270 million', 'USD', 2.7e8]]).map((d) => [d.type, d.target.name])).toEqual([['debt', 'Kredivo']]);
    // "Shares in Asia" names no company.
    expect(deals('Shares in Asia rose after the Nasdaq debut of Kestrel Cloud.', [])).toEqual([]);
    // Right before the round's own verb, or a passive purchase.
    const closed = 'Lumen Forge closed a $12 million seed round co-led by Harbor Peak Ventures.';
    expect(deals(closed, [['Harbor Peak Ventures', 'hp']], [['$12 million', 'USD', 1.2e7]]).map((d) => [d.type, d.target.name])).toEqual([['funding', 'Lumen Forge']]);
    const bought = 'Arcadia Power was acquired by private equity firm Kestrel Partners for an undisclosed sum.';
    expect(deals(bought, [['Kestrel Partners', 'kp']]).map((d) => [d.type, d.target.name, d.investors.map((i) => i.name)])).toEqual([['acquisition', 'Arcadia Power', ['Kestrel Partners']]]);
    // The opening of a clause after ", while" is as good as the sentence's.
    const second = 'Northwind acquired Arcadia Health for $300 million, while Brightwave Robotics Lab raised $12 million.';
    expect(deals(second, [['Arcadia Health', 'a']], [['$300 million', 'USD', 3e8], ['$12 million', 'USD', 1.2e7]]).map((d) => [d.type, d.target.name])).toContainEqual(['funding', 'Brightwave Robotics Lab']);
    // A lone word is the company of "its IPO".
    const own = 'Lineage raised $4.4 billion in its IPO.';
    expect(deals(own, [], [['$4.4 billion', 'USD', 4.4e9]]).map((d) => [d.type, d.target.name])).toEqual([['ipo', 'Lineage']]);
    expect(deals('Officials raised $5 billion after the IPO.', [], [['$5 billion', 'USD', 5e9]])).toEqual([]);
    // A lone word is the company when the sentence names the round and a backer after the verb.
    const lone = 'Zentrail raised $18 million in a Series A led by Harbor Lux.';
    expect(deals(lone, [['Harbor Lux', 'hl']], [['$18 million', 'USD', 1.8e7]]).map((d) => [d.target.name, d.investors.map((i) => i.name)])).toEqual([['Zentrail', ['Harbor Lux']]]);
    // A lone word that opens a sentence is any noun, unless it owns what moved.
    expect(deals('Officials raised $5 billion in the sale.', [], [['$5 billion', 'USD', 5e9]])).toEqual([]);
    // A stop word, a place or a sentence that does not open with the name is none.
    expect(deals('The company rose 9% after raising HK$1.6 billion in its listing.', [], [['HK$1.6 billion', 'HKD', 1.6e9]])).toEqual([]);
    expect(deals('Hong Kong rose 9% after a HK$1.6 billion listing.', [], [['HK$1.6 billion', 'HKD', 1.6e9]])).toEqual([]);
  });

  it('reads a raise of debt, bonds or notes as debt, whichever reader found the company', () => {
    const text = 'Golden State Warriors raised $2 billion in debt.';
    expect(deals(text, [], [['$2 billion', 'USD', 2e9]]).map((d) => [d.type, d.target.name])).toEqual([['debt', 'Golden State Warriors']]);
    const notes = 'Acme Robotics raised $500 million of senior notes due 2030.';
    expect(deals(notes, [['Acme Robotics', 'acme']], [['$500 million', 'USD', 5e8]]).map((d) => d.type)).toEqual(['debt']);
    const round = 'Acme Robotics raised $30 million in a Series A round.';
    expect(deals(round, [['Acme Robotics', 'acme']], [['$30 million', 'USD', 3e7]]).map((d) => d.type)).toEqual(['funding']);
  });

  it('reads debt when the amount came from bonds', () => {
    const found = deals('Alibaba raised $5 billion by selling convertible bonds.', [['Alibaba', 'alibaba']], [['$5 billion', 'USD', 5e9]]);
    expect(found.map((d) => d.type)).toEqual(['debt']);
  });

  it('emits a round named without an amount', () => {
    const found = deals('MiniMax has closed its Series C round, led by Tencent.', [['MiniMax', 'minimax'], ['Tencent', 'tencent']]);
    expect(found.map(brief)).toEqual([{ type: 'funding', target: 'MiniMax', investors: ['Tencent:lead'], money: undefined, round: 'Series C' }]);
  });

  it('reads two deals in one sentence and gives each its own roles and round', () => {
    const text = 'Zhipu raised $100 million in a Series A led by Alibaba, and Baichuan raised $50 million in a seed round led by Tencent.';
    const found = deals(text, [['Zhipu', 'zhipu'], ['Baichuan', 'baichuan'], ['Alibaba', 'alibaba'], ['Tencent', 'tencent']], [['$100 million', 'USD', 1e8], ['$50 million', 'USD', 5e7]]);
    expect(found.map(brief)).toEqual([
      { type: 'funding', target: 'Zhipu', investors: ['Alibaba:lead'], money: 0, round: 'Series A' },
      { type: 'funding', target: 'Baichuan', investors: ['Tencent:lead'], money: 1, round: 'Seed' },
    ]);
  });
});

describe('extractDeals: backers listed around the round', () => {
  it('gives each of two rounds in one sentence the backers between its cue and the next', () => {
    const text = 'Ledgerlane raised a $2.5 million pre-seed round from Maple Arc Ventures and Hudson Bay Angels, while Voxelia closed a $31 million Series B led by Saint-Laurent Growth.';
    const found = deals(text, [['Ledgerlane', 'ledgerlane'], ['Maple Arc Ventures', 'maple'], ['Hudson Bay Angels', 'hudson'], ['Voxelia', 'voxelia'], ['Saint-Laurent Growth', 'saint-laurent']], [['$2.5 million', 'USD', 2.5e6], ['$31 million', 'USD', 3.1e7]]);
    expect(found.map((d) => [d.target.name, d.investors.map((i) => i.name)])).toEqual([
      ['Ledgerlane', ['Maple Arc Ventures', 'Hudson Bay Angels']],
      ['Voxelia', ['Saint-Laurent Growth']],
    ]);
  });

  it('reads backers before "and an unnamed family office also participating"', () => {
    const text = 'Bauhinia Cover completed a $20 million Series B round anchored by Victoria Harbour Capital, with Kowloon Tech Fund, Peak Road Partners and an unnamed family office also participating.';
    const found = deals(text, [['Bauhinia Cover', 'bauhinia'], ['Victoria Harbour Capital', 'victoria'], ['Kowloon Tech Fund', 'kowloon'], ['Peak Road Partners', 'peak']], [['$20 million', 'USD', 2e7]]);
    expect(found[0]!.investors.map((i) => i.name)).toEqual(['Victoria Harbour Capital', 'Kowloon Tech Fund', 'Peak Road Partners']);
  });

  it('reads lenders "also lending", backers "along with" the first ones, and a person opening a list', () => {
    const debt = 'Gridcloud has secured $7.5 billion in debt financing led by Stonegate, with Coatfield, Carrow and Bluerock also lending.';
    const lenders = deals(debt, [['Gridcloud', 'gridcloud'], ['Stonegate', 'stonegate'], ['Coatfield', 'coatfield'], ['Carrow', 'carrow'], ['Bluerock', 'bluerock']], [['$7.5 billion', 'USD', 7.5e9]]);
    expect(lenders.map((d) => [d.type, d.investors.map((i) => i.name)])).toEqual([['debt', ['Stonegate', 'Coatfield', 'Carrow', 'Bluerock']]]);
    const along = 'Sakura Labs raised ¥30 billion in a Series A from Harbor Lux, along with Japanese lenders Kanto Bank and Nara Trust.';
    const withLenders = deals(along, [['Sakura Labs', 'sakura'], ['Harbor Lux', 'lux'], ['Kanto Bank', 'kanto'], ['Nara Trust', 'nara']], [['¥30 billion', 'JPY', 3e10]]);
    expect(withLenders[0]!.investors.map((i) => i.name)).toEqual(['Harbor Lux', 'Kanto Bank', 'Nara Trust']);
    const person = 'Fusionworks has raised $1.8 billion in a Series B round. Tiger Peak led the round, joined by Bill Gates, Alder Lane and Kestrel Fund.';
    const joined = deals(person, [['Fusionworks', 'fusion'], ['Tiger Peak', 'tiger'], ['Alder Lane', 'alder'], ['Kestrel Fund', 'kestrel']], [['$1.8 billion', 'USD', 1.8e9]]);
    expect(joined[0]!.investors.map((i) => i.name)).toEqual(expect.arrayContaining(['Tiger Peak', 'Bill Gates', 'Alder Lane', 'Kestrel Fund']));
    const opens = 'Helvar raised €450m in a Series C led by Catalyst Road. Elad Gil, Accelon and Plural also took part.';
    const first = deals(opens, [['Helvar', 'helvar'], ['Catalyst Road', 'catalyst'], ['Accelon', 'accelon'], ['Plural', 'plural']], [['€450m', 'EUR', 4.5e8]]);
    expect(first[0]!.investors.map((i) => i.name)).toEqual(expect.arrayContaining(['Catalyst Road', 'Elad Gil', 'Accelon', 'Plural']));
  });

  it('reads the backers a round drew, and a lead named alone before a comma', () => {
    const drew = 'Tidewater AI has raised $25 million in a round that drew Foundry Group, Basis Set Ventures and Cowboy Ventures.';
    const names = [['Tidewater AI', 't'], ['Foundry Group', 'f'], ['Basis Set Ventures', 'b'], ['Cowboy Ventures', 'c']] as CompanySpec[];
    expect(deals(drew, names, [['$25 million', 'USD', 2.5e7]])[0]!.investors.map((i) => i.name)).toEqual(['Foundry Group', 'Basis Set Ventures', 'Cowboy Ventures']);
    const led = 'Tidewater AI raised $25 million in a Series A. Foundry Group led, and Basis Set Ventures and Cowboy Ventures chipped in.';
    expect(deals(led, names, [['$25 million', 'USD', 2.5e7]])[0]!.investors.map((i) => (i.role ? `${i.name}:${i.role}` : i.name))).toEqual(['Foundry Group:lead', 'Basis Set Ventures', 'Cowboy Ventures']);
  });

  it('reads a list with a bracketed lead ("Investors: A (lead), B, C") and a raiser after a capitalised kind', () => {
    const text = 'Tidewater AI raised $25 million in Series A funding. Investors: Foundry Group (lead), Basis Set Ventures, Cowboy Ventures.';
    const names = [['Tidewater AI', 't'], ['Foundry Group', 'f'], ['Basis Set Ventures', 'b'], ['Cowboy Ventures', 'c']] as CompanySpec[];
    expect(deals(text, names, [['$25 million', 'USD', 2.5e7]])[0]!.investors.map((i) => (i.role ? `${i.name}:${i.role}` : i.name))).toEqual(['Foundry Group:lead', 'Basis Set Ventures', 'Cowboy Ventures']);
    const kind = 'Insurtech Tidewater raised $25m Series A from Foundry Group.';
    expect(deals(kind, [['Foundry Group', 'f']], [['$25m', 'USD', 2.5e7]]).map((d) => d.target.name)).toEqual(['Tidewater']);
  });

  it('reads a backer whose verb comes after an aside on the angels beside it', () => {
    const text = 'Kelvara raised €12 million. The round was led by Foundry Group; Basis Set Ventures and a group of angel investors, including Elad Gil, also took part.';
    const found = deals(text, [['Kelvara', 'k'], ['Foundry Group', 'f'], ['Basis Set Ventures', 'b']], [['€12 million', 'EUR', 1.2e7]]);
    expect(found[0]!.investors.map((i) => i.name)).toEqual(expect.arrayContaining(['Foundry Group', 'Basis Set Ventures']));
  });

  it('reads a round whose backers are all people ("from Xavier Niel and Rodolphe Saadé"), never places or firms', () => {
    const people = 'Kyutai raised €300 million from Xavier Niel and Rodolphe Saadé.';
    expect(deals(people, [['Kyutai', 'k']], [['€300 million', 'EUR', 3e8]])[0]!.investors.map((i) => i.name)).toEqual(['Xavier Niel', 'Rodolphe Saadé']);
    const places = 'Kyutai raised €300 million from New York and San Francisco investors.';
    expect(deals(places, [['Kyutai', 'k']], [['€300 million', 'EUR', 3e8]])[0]!.investors).toEqual([]);
    const firm = 'Kyutai raised €300 million from Monday Ventures.';
    expect(deals(firm, [['Kyutai', 'k']], [['€300 million', 'EUR', 3e8]])[0]!.investors).toEqual([]);
  });

  it('reads a list that ends on an angel named as a person, and never who sold something as a backer', () => {
    const angel = 'Carmelon has raised $45 million in a Series B round. Galil Partners, Arava Ventures, Yarkon Capital and angel investor Noa Shaked are also backing the company.';
    const names = [['Carmelon', 'c'], ['Galil Partners', 'g'], ['Arava Ventures', 'a'], ['Yarkon Capital', 'y']] as CompanySpec[];
    expect(deals(angel, names, [['$45 million', 'USD', 4.5e7]])[0]!.investors.map((i) => i.name)).toEqual(expect.arrayContaining(['Galil Partners', 'Arava Ventures', 'Yarkon Capital']));
    const sold = 'Volvo Cars raised SEK 20bn in its Stockholm listing. Geely, which bought the Swedish carmaker from Ford in 2010, will remain its main shareholder.';
    const listed = deals(sold, [['Volvo Cars', 'volvo'], ['Geely', 'geely'], ['Ford', 'ford']], [['SEK 20bn', 'SEK', 2e10]]);
    expect(listed.flatMap((d) => d.investors.map((i) => i.name))).not.toContain('Ford');
  });

  it('reads the backers after ", as did", a person among them', () => {
    const text = 'Perplexion has raised $73.6 million in a Series B round led by Ivory Peak. Nexa and Databrook Ventures also took part, as did Nvidion and Jeff Bezos.';
    const found = deals(text, [['Perplexion', 'p'], ['Ivory Peak', 'ivp'], ['Nexa', 'nea'], ['Databrook Ventures', 'db'], ['Nvidion', 'nv']], [['$73.6 million', 'USD', 7.36e7]]);
    expect(found[0]!.investors.map((i) => i.name)).toEqual(expect.arrayContaining(['Ivory Peak', 'Nexa', 'Databrook Ventures', 'Nvidion', 'Jeff Bezos']));
  });

  it('reads backers listed after a colon ("from a roster of tech heavyweights: A, the B and C")', () => {
    const text = 'Figurine has raised $675 million in a Series B round from a roster of tech heavyweights: Macrosoft, the Open Fund, Nvidion and Intel Capital.';
    const found = deals(text, [['Figurine', 'fig'], ['Macrosoft', 'ms'], ['Open Fund', 'of'], ['Nvidion', 'nv'], ['Intel Capital', 'ic']], [['$675 million', 'USD', 6.75e8]]);
    expect(found[0]!.investors.map((i) => i.name)).toEqual(['Macrosoft', 'Open Fund', 'Nvidion', 'Intel Capital']);
  });

  it('reads a pre-IPO round as a round, with the backers listed after 投资方包括', () => {
    const text = '极声科技完成Pre-IPO轮融资，融资金额超10亿元，投资方包括北辰资本、星河湾资本、若水投资等。';
    const found = deals(text, [['极声科技', 'jisheng'], ['北辰资本', 'beichen'], ['星河湾资本', 'xinghewan'], ['若水投资', 'ruoshui']], [['10亿元', 'CNY', 1e9]]);
    expect(found.map((d) => [d.type, d.investors.map((i) => i.name)])).toEqual([['funding', ['北辰资本', '星河湾资本', '若水投资']]]);
  });
});

describe('extractDeals: investors as subject', () => {
  it('reads "Y and Z infuse AMOUNT into (the AI startup) X", skipping a restated amount', () => {
    const text = 'Alibaba Group Holding Ltd. and Tencent Holdings Ltd. have teamed up with other investors to infuse 2.5 billion yuan (equivalent to $342 million) into the AI startup Zhipu.';
    const found = deals(text, [['Alibaba Group Holding Ltd.', 'alibaba', 'Alibaba'], ['Tencent Holdings Ltd.', 'tencent', 'Tencent'], ['Zhipu', 'zhipu']], [['2.5 billion yuan', 'CNY', 2.5e9], ['$342 million', 'USD', 3.42e8, '2.5 billion yuan']]);
    expect(found.map(brief)).toEqual([{ type: 'funding', target: 'Zhipu', investors: ['Alibaba', 'Tencent'], money: 0, round: undefined }]);
  });

  it('reads "Y invested AMOUNT in X" and "Y will invest up to AMOUNT in X"', () => {
    const a = deals('Google invested $2 billion in Anthropic.', [['Google', 'google'], ['Anthropic', 'anthropic']], [['$2 billion', 'USD', 2e9]]);
    expect(a.map(brief)).toEqual([{ type: 'funding', target: 'Anthropic', investors: ['Google'], money: 0, round: undefined }]);
    const b = deals('Amazon will invest up to $4 billion in Anthropic.', [['Amazon', 'amazon'], ['Anthropic', 'anthropic']], [['up to $4 billion', 'USD', 4e9]]);
    expect(b.map((d) => [d.target.name, d.investors.map((i) => i.name)])).toEqual([['Anthropic', ['Amazon']]]);
  });

  it('reads "Y led a AMOUNT round in X" and "Y led X\'s Series B"', () => {
    const a = deals('Sequoia led a $60 million round in Moonshot.', [['Sequoia', 'sequoia'], ['Moonshot', 'moonshot']], [['$60 million', 'USD', 6e7]]);
    expect(a.map(brief)).toEqual([{ type: 'funding', target: 'Moonshot', investors: ['Sequoia:lead'], money: 0, round: undefined }]);
    const b = deals('HongShan and Hillhouse co-led Moonshot’s $60 million Series B.', [['HongShan', 'hongshan'], ['Hillhouse', 'hillhouse'], ['Moonshot', 'moonshot']], [['$60 million', 'USD', 6e7]]);
    expect(b.map(brief)).toEqual([{ type: 'funding', target: 'Moonshot', investors: ['HongShan:lead', 'Hillhouse:lead'], money: 0, round: 'Series B' }]);
  });

  it('does not take a company from an earlier clause as an investor', () => {
    const text = 'After Microsoft backed OpenAI, Google invested $2 billion in Anthropic.';
    const found = deals(text, [['Microsoft', 'microsoft'], ['OpenAI', 'openai'], ['Google', 'google'], ['Anthropic', 'anthropic']], [['$2 billion', 'USD', 2e9]]);
    expect(found.map(brief)).toEqual([{ type: 'funding', target: 'Anthropic', investors: ['Google'], money: 0, round: undefined }]);
  });
});

describe('extractDeals: amount + funding noun', () => {
  it('takes the appositive as the target: "funding effort for Zhipu’s rival, Baichuan"', () => {
    const text = 'Many of the same companies joined a $300 million funding effort for Zhipu’s rival, Baichuan.';
    const found = deals(text, [['Zhipu', 'zhipu'], ['Baichuan', 'baichuan']], [['$300 million', 'USD', 3e8]]);
    expect(found.map(brief)).toEqual([{ type: 'funding', target: 'Baichuan', investors: [], money: 0, round: undefined }]);
  });

  it('refuses "for Zhipu’s parent" (the target is not Zhipu and is not named)', () => {
    const found = deals('They joined a $300 million funding round for Zhipu’s parent.', [['Zhipu', 'zhipu']], [['$300 million', 'USD', 3e8]]);
    expect(found).toEqual([]);
  });

  it('reads "Y\'s AMOUNT investment in X" with Y as investor', () => {
    const found = deals('Microsoft’s $10 billion investment in OpenAI reshaped the field.', [['Microsoft', 'microsoft'], ['OpenAI', 'openai']], [['$10 billion', 'USD', 1e10]]);
    expect(found.map(brief)).toEqual([{ type: 'funding', target: 'OpenAI', investors: ['Microsoft'], money: 0, round: undefined }]);
  });

  it('reads "X\'s AMOUNT Series B round was led by Y"', () => {
    const found = deals('Baichuan’s $300 million Series A1 round was led by Alibaba.', [['Baichuan', 'baichuan'], ['Alibaba', 'alibaba']], [['$300 million', 'USD', 3e8]]);
    expect(found.map(brief)).toEqual([{ type: 'funding', target: 'Baichuan', investors: ['Alibaba:lead'], money: 0, round: 'Series A1' }]);
  });

  it('reads "participated in a AMOUNT round for X" with participants', () => {
    const found = deals('Tencent and Xiaomi participated in a $300 million round for Baichuan.', [['Tencent', 'tencent'], ['Xiaomi', 'xiaomi'], ['Baichuan', 'baichuan']], [['$300 million', 'USD', 3e8]]);
    expect(brief(found[0]!).investors).toEqual(['Tencent:participant', 'Xiaomi:participant']);
  });
});

// ── Acquisitions ────────────────────────────────────────────────────────────────────────────────────

describe('extractDeals: acquisitions', () => {
  it('reads "Y agreed to acquire X for AMOUNT" with the acquirer as a role-less investor', () => {
    const found = deals('Microsoft agreed to acquire Activision Blizzard for $68.7 billion.', [['Microsoft', 'microsoft'], ['Activision Blizzard', 'activision']], [['$68.7 billion', 'USD', 6.87e10]]);
    expect(found.map(brief)).toEqual([{ type: 'acquisition', target: 'Activision Blizzard', investors: ['Microsoft'], money: 0, round: undefined }]);
  });

  it('reads "Y bought X" without a price, and "Y to buy X" headlines', () => {
    expect(deals('Alibaba bought Ele.me in 2018.', [['Alibaba', 'alibaba'], ['Ele.me', 'eleme']]).map((d) => [d.type, d.target.name])).toEqual([['acquisition', 'Ele.me']]);
    expect(deals('Tencent to buy Sumo Group for $1.27 billion', [['Tencent', 'tencent'], ['Sumo Group', 'sumo']], [['$1.27 billion', 'USD', 1.27e9]]).map((d) => d.money)).toEqual([0]);
  });

  it('reads a buyer the company reader left out when it opens the sentence right before its verb', () => {
    const text = 'Chesterfield Energy will acquire Southwell Energy for $7.4 billion.';
    const found = deals(text, [['Southwell Energy', 'southwell']], [['$7.4 billion', 'USD', 7.4e9]]);
    expect(found.map((d) => [d.target.name, d.investors.map((i) => i.name)])).toEqual([['Southwell Energy', ['Chesterfield Energy']]]);
    const said = 'Analysts said the company will acquire Southwell Energy for $7.4 billion.';
    expect(deals(said, [['Southwell Energy', 'southwell']], [['$7.4 billion', 'USD', 7.4e9]]).flatMap((d) => d.investors)).toEqual([]);
  });

  it('reads the seller of a stake as no buyer, and the buyers after "to"', () => {
    const text = 'Danone sold its stake in Harbor Foods to Kestrel Partners for €300 million.';
    const found = deals(text, [['Danone', 'danone'], ['Harbor Foods', 'harbor'], ['Kestrel Partners', 'kestrel']], [['€300 million', 'EUR', 3e8]]);
    expect(found.map((d) => [d.type, d.target.name, d.investors.map((i) => i.name)])).toEqual([['stake-sale', 'Harbor Foods', ['Kestrel Partners']]]);
  });

  it('reads a lone name before a passive purchase, and an opening name that merges into another', () => {
    const snapped = 'Brightwave has been snapped up by Visa for an undisclosed sum.';
    expect(deals(snapped, [['Visa', 'visa']]).map((d) => [d.target.name, d.investors.map((i) => i.name)])).toEqual([['Brightwave', ['Visa']]]);
    const merge = 'Meridian Health will merge into Arcadia Care, with Arcadia shareholders owning 60% of the combined company.';
    expect(deals(merge, [['Arcadia Care', 'arcadia']]).map((d) => [d.type, d.target.name])).toEqual([['merger', 'Meridian Health']]);
  });

  it('reads a target after two trades joined by "and" and what the company is, not a second object', () => {
    const text = 'Cloudforce is buying data backup and recovery vendor Ownly for $1.9 billion in cash.';
    const found = deals(text, [['Cloudforce', 'cloudforce'], ['Ownly', 'ownly']], [['$1.9 billion', 'USD', 1.9e9]]);
    expect(found.map(brief)).toEqual([{ type: 'acquisition', target: 'Ownly', investors: ['Cloudforce'], money: 0, round: undefined }]);
    const goods = 'Cloudforce is buying servers and storage from Ownly.';
    expect(deals(goods, [['Cloudforce', 'cloudforce'], ['Ownly', 'ownly']])).toEqual([]);
  });

  it('reads "X was acquired by Y for AMOUNT"', () => {
    const found = deals('Ele.me was acquired by Alibaba for $9.5 billion.', [['Alibaba', 'alibaba'], ['Ele.me', 'eleme']], [['$9.5 billion', 'USD', 9.5e9]]);
    expect(found.map(brief)).toEqual([{ type: 'acquisition', target: 'Ele.me', investors: ['Alibaba'], money: 0, round: undefined }]);
  });

  it('reads "Y\'s AMOUNT acquisition of X" and "Y completed its acquisition of X"', () => {
    const a = deals('Broadcom’s $61 billion acquisition of VMware closed on Wednesday.', [['Broadcom', 'broadcom'], ['VMware', 'vmware']], [['$61 billion', 'USD', 6.1e10]]);
    expect(a.map(brief)).toEqual([{ type: 'acquisition', target: 'VMware', investors: ['Broadcom'], money: 0, round: undefined }]);
    const b = deals('Broadcom completed its acquisition of VMware.', [['Broadcom', 'broadcom'], ['VMware', 'vmware']]);
    expect(b.map((d) => [d.target.name, d.investors[0]?.name])).toEqual([['VMware', 'Broadcom']]);
  });

  it('takes the deal\'s total after a price per share, never the price per share', () => {
    const pair: CompanySpec[] = [['Halden Networks', 'halden'], ['Korvo Security', 'korvo']];
    const total = deals('Halden Networks agreed to buy Korvo Security for $157 a share in cash, a roughly $28bn deal.', pair, [['$157', 'USD', 157], ['$28bn', 'USD', 2.8e10]]);
    expect(total.map((d) => [d.type, d.target.name, d.money])).toEqual([['acquisition', 'Korvo Security', 1]]);
    const worth = deals('Halden Networks will acquire Korvo Security for $335 per share in cash, a transaction with an enterprise value of approximately $13.1 billion.', pair, [['$335', 'USD', 335], ['$13.1 billion', 'USD', 1.31e10]]);
    expect(worth.map((d) => d.money)).toEqual([1]);
    // No total stated: no amount rather than the price per share.
    const none = deals('Halden Networks agreed to buy Korvo Security for $157 a share in cash.', pair, [['$157', 'USD', 157]]);
    expect(none.map((d) => [d.target.name, d.money])).toEqual([['Korvo Security', undefined]]);
  });

  it('reads the price of "in an all-stock deal valued at AMOUNT"', () => {
    const found = deals('Halden Networks agreed to acquire Korvo Security in an all-stock deal valued at $26 billion.', [['Halden Networks', 'halden'], ['Korvo Security', 'korvo']], [['$26 billion', 'USD', 2.6e10]]);
    expect(found.map((d) => [d.type, d.target.name, d.money])).toEqual([['acquisition', 'Korvo Security', 0]]);
  });

  it('reads "bought a 10% stake in X" as a stake sale', () => {
    const found = deals('Tencent bought a 10% stake in Ubisoft for €300 million.', [['Tencent', 'tencent'], ['Ubisoft', 'ubisoft']], [['€300 million', 'EUR', 3e8]]);
    expect(found.map((d) => [d.type, d.target.name, d.money])).toEqual([['stake-sale', 'Ubisoft', 0]]);
  });

  it('does not read buying products as acquiring the company, and reads a unit bought as the target, never its owner', () => {
    expect(deals('Microsoft bought Nvidia chips worth $1 billion.', [['Microsoft', 'microsoft'], ['Nvidia', 'nvidia']], [['$1 billion', 'USD', 1e9]])).toEqual([]);
    const unit = deals('Lenovo bought IBM’s PC unit.', [['Lenovo', 'lenovo'], ['IBM', 'ibm']]);
    expect(unit).toMatchObject([{ type: 'acquisition', target: { id: 'unknown:ibm-pc-unit', name: 'PC unit' }, investors: [{ id: 'lenovo' }] }]);
    expect(unit[0]!.investors.map((i) => i.id)).toEqual(['lenovo']);
  });
});

// ── Chinese ─────────────────────────────────────────────────────────────────────────────────────────

describe('extractDeals: Chinese', () => {
  it('reads "X完成N亿元B轮融资，由Y领投，Z跟投"', () => {
    const text = '智谱AI完成25亿元B轮融资，由阿里巴巴领投，腾讯、美团跟投。';
    const found = deals(text, [['智谱AI', 'zhipu', 'Zhipu'], ['阿里巴巴', 'alibaba', 'Alibaba'], ['腾讯', 'tencent', 'Tencent'], ['美团', 'meituan', 'Meituan']], [['25亿元', 'CNY', 2.5e9]]);
    expect(found.map(brief)).toEqual([{ type: 'funding', target: 'Zhipu', investors: ['Alibaba:lead', 'Tencent:participant', 'Meituan:participant'], money: 0, round: 'Series B' }]);
  });

  it('reads acquisitions with a described target, an agreement with the target, and the total after a price per share', () => {
    const described = deals('云栈科技宣布全资收购杭州数据中台初创公司数脉信息，交易金额未披露。', [['云栈科技', 'yunzhan', 'Yunzhan'], ['数脉信息', 'shumai', 'Shumai']]);
    expect(described.map((d) => [d.type, d.target.name, d.investors[0]?.name])).toEqual([['acquisition', 'Shumai', 'Yunzhan']]);
    const agreement = deals('美团3日晚间宣布，已与摩拜签署全资收购协议，交易作价27亿美元。', [['美团', 'meituan', 'Meituan'], ['摩拜', 'mobike', 'Mobike']], [['27亿美元', 'USD', 2.7e9]]);
    expect(agreement.map((d) => [d.type, d.target.name, d.investors[0]?.name, d.money])).toEqual([['acquisition', 'Mobike', 'Meituan', 0]]);
    const perShare = deals('腾讯宣布，将以每股513便士、总计约9.19亿英镑的价格收购英国游戏开发商Sumo Group。', [['腾讯', 'tencent', 'Tencent'], ['Sumo Group', 'sumo', 'Sumo Group']], [['513便士', 'GBp', 513], ['9.19亿英镑', 'GBP', 9.19e8]]);
    expect(perShare.map((d) => [d.type, d.target.name, d.money])).toEqual([['acquisition', 'Sumo Group', 1]]);
  });

  it('reads A+轮 and existing shareholders (老股东)', () => {
    const text = '百川智能宣布完成A+轮融资，老股东腾讯跟投。';
    const found = deals(text, [['百川智能', 'baichuan', 'Baichuan'], ['腾讯', 'tencent', 'Tencent']]);
    expect(found.map(brief)).toEqual([{ type: 'funding', target: 'Baichuan', investors: ['Tencent:existing'], money: undefined, round: 'Series A+' }]);
  });

  it('merges "本轮融资由Y领投" in the next sentence into the deal', () => {
    const text = '月之暗面完成10亿美元融资。本轮融资由阿里巴巴领投，红杉中国跟投。';
    const found = deals(text, [['月之暗面', 'moonshot', 'Moonshot'], ['阿里巴巴', 'alibaba', 'Alibaba'], ['红杉中国', 'hongshan', 'HongShan']], [['10亿美元', 'USD', 1e9]]);
    expect(found.map(brief)).toEqual([{ type: 'funding', target: 'Moonshot', investors: ['Alibaba:lead', 'HongShan:participant'], money: 0, round: undefined }]);
    expect(found[0]!.text).toBe('月之暗面完成10亿美元融资。');
  });

  it('reads 领投方为X as the lead and 参投方包括A、B和C as participants', () => {
    const text = '云雀机器人完成2亿元A轮融资，领投方为启明创投，参投方包括高瓴创投、红杉中国和源码资本。';
    const found = deals(text, [['云雀机器人', 'yunque'], ['启明创投', 'qiming'], ['高瓴创投', 'gl'], ['红杉中国', 'hongshan'], ['源码资本', 'source']], [['2亿元', 'CNY', 2e8]]);
    expect(found.map(brief)).toEqual([{ type: 'funding', target: '云雀机器人', investors: ['启明创投:lead', '高瓴创投', '红杉中国', '源码资本'], money: 0, round: 'Series A' }]);
  });

  it('reads 拟 in an announcement that states the price as a deal agreed, never a capped plan or a rumour', () => {
    const text = '美团发布公告称，拟以约20.65亿元的总对价收购光年之外全部权益。';
    const found = deals(text, [['美团', 'meituan'], ['光年之外', 'lightyear']], [['20.65亿元', 'CNY', 2.065e9]]);
    expect(found.map(brief)).toEqual([{ type: 'acquisition', target: '光年之外', investors: ['美团'], money: 0, round: undefined }]);
    const capped = '美团发布公告称，拟以不超过20亿元收购光年之外全部权益。';
    expect(deals(capped, [['美团', 'meituan'], ['光年之外', 'lightyear']], [['20亿元', 'CNY', 2e9]])).toEqual([]);
    const rumour = '针对“美团拟以20亿元收购光年之外”的传闻，美团发布公告称不实。';
    expect(deals(rumour, [['美团', 'meituan'], ['光年之外', 'lightyear']], [['20亿元', 'CNY', 2e9]])).toEqual([]);
    // A capital injection announced with 拟 stays a plan: the rule is for purchases and stakes.
    const inject = '宁德时代公告，拟以20亿元向邦普循环增资。';
    expect(deals(inject, [['宁德时代', 'catl'], ['邦普循环', 'brunp']], [['20亿元', 'CNY', 2e9]])).toEqual([]);
    const plan = '美团表示，拟以20亿元收购光年之外。';
    expect(deals(plan, [['美团', 'meituan'], ['光年之外', 'lightyear']], [['20亿元', 'CNY', 2e9]])).toEqual([]);
  });

  it('reads a backer whose name holds 新基金 as a backer, not a firm raising a new fund; 继续加持 is an existing backer following on', () => {
    const text = '云深处科技完成5亿元C轮融资，由国新基金领投，老股东启明创投继续加持。';
    const found = deals(text, [['云深处科技', 'deep'], ['国新基金', 'guoxin'], ['启明创投', 'qiming']], [['5亿元', 'CNY', 5e8]]);
    expect(found.map(brief)).toEqual([{ type: 'funding', target: '云深处科技', investors: ['国新基金:lead', '启明创投:existing'], money: 0, round: 'Series C' }]);
    // A firm's own new fund is still none.
    expect(deals('鸣泉资本宣布新基金募集完成，规模35亿元。', [['鸣泉资本', 'm']], [['35亿元', 'CNY', 3.5e9]])).toEqual([]);
  });

  it('gives a purchase no amount another verb took, and no company’s sales', () => {
    const text = 'Carmelon has raised $45 million in a Series B round and bought optical packaging startup Lumio Labs.';
    const found = deals(text, [['Carmelon', 'c'], ['Lumio Labs', 'l']], [['$45 million', 'USD', 4.5e7]]);
    expect(found.map((d) => [d.type, d.target.name, d.money])).toEqual([['funding', 'Carmelon', 0], ['acquisition', 'Lumio Labs', undefined]]);
    const merger = 'United Technologies and Raytheon have agreed to an all-stock merger of equals, forming a group with about $74bn in combined annual sales.';
    expect(deals(merger, [['United Technologies', 'utc'], ['Raytheon', 'raytheon']], [['$74bn', 'USD', 7.4e10]]).map((d) => [d.type, d.money])).toEqual([['merger', undefined]]);
  });

  it('reads each company of a list whose shares one verb buys ("A、B、C的少数股权"), the amount staying with the first', () => {
    const text = '沪硅产业拟以发行股份及支付现金方式收购新昇晶投、新昇晶科、新昇晶睿的少数股权，交易作价合计70.4亿元。';
    const found = deals(text, [['沪硅产业', 'nsig'], ['新昇晶投', 'a'], ['新昇晶科', 'b'], ['新昇晶睿', 'c']], [['70.4亿元', 'CNY', 7.04e9]]);
    expect(found.map((d) => [d.type, d.target.name, d.money, d.investors.map((i) => i.name)])).toEqual([
      ['stake-sale', '新昇晶投', 0, ['沪硅产业']],
      ['stake-sale', '新昇晶科', undefined, ['沪硅产业']],
      ['stake-sale', '新昇晶睿', undefined, ['沪硅产业']],
    ]);
  });

  it('never takes an exchange for the subject, and reads a NEEQ company’s placement as a round', () => {
    const listing = '港交所文件显示，极智嘉今日在港交所主板上市，募资约27亿港元。';
    expect(deals(listing, [['港交所', 'hkex'], ['极智嘉', 'geek']], [['27亿港元', 'HKD', 2.7e9]]).map((d) => [d.type, d.target.name, d.money])).toEqual([['ipo', '极智嘉', 0]]);
    const placement = '新三板挂牌公司华辰电子完成股票定向发行，募资5000万元，认购对象为澄湖资本。';
    expect(deals(placement, [['华辰电子', 'h'], ['澄湖资本', 'c']], [['5000万元', 'CNY', 5e7]]).map((d) => [d.type, d.target.name, d.investors.map((i) => i.name)])).toEqual([['funding', '华辰电子', ['澄湖资本']]]);
  });

  it('keeps the rest of a Chinese name read only in part inside a list of backers', () => {
    const text = '它石智航完成1.2亿美元融资。本轮投资方包括美团龙珠、联想创投、蓝驰创投。';
    const found = deals(text, [['它石智航', 't'], ['美团', 'meituan'], ['联想创投', 'lenovo'], ['蓝驰创投', 'bluerun']], [['1.2亿美元', 'USD', 1.2e8]]);
    expect(found.map((d) => [d.target.name, d.investors.map((i) => i.name)])).toEqual([['它石智航', ['美团', '联想创投', '蓝驰创投']]]);
  });

  it('keeps a Latin name the reader did not take inside a Chinese list of backers', () => {
    const text = '地平线机器人于港交所挂牌上市，募资约54亿港元，基石投资者包括大众汽车集团旗下CARIAD、百度及阿里巴巴。';
    const found = deals(text, [['地平线机器人', 'horizon'], ['大众汽车集团', 'vw'], ['百度', 'baidu'], ['阿里巴巴', 'alibaba']], [['54亿港元', 'HKD', 5.4e9]]);
    // (The arm named after 旗下 is the cornerstone, not its owner: "大众汽车集团旗下CARIAD".)
    expect(found.map((d) => [d.type, d.target.name, d.investors.map((i) => i.name)])).toEqual([['ipo', '地平线机器人', ['CARIAD', '百度', '阿里巴巴']]]);
  });

  it('takes no amount past a semicolon: each clause of a cross-shareholding keeps its own', () => {
    const text = '阿里巴巴集团以约283亿元战略投资苏宁云商，认购其非公开发行股份；苏宁云商则以140亿元认购阿里巴巴新发行股份。';
    const found = deals(text, [['阿里巴巴集团', 'alibaba'], ['阿里巴巴', 'alibaba'], ['苏宁云商', 'suning']], [['283亿元', 'CNY', 2.83e10], ['140亿元', 'CNY', 1.4e10]]);
    expect(found.map((d) => [d.type, d.target.name, d.money])).toEqual([['funding', '苏宁云商', 0], ['funding', '阿里巴巴', 1]]);
  });

  it('reads 拟 as agreed when the announcement states the price after the verb or the next sentence says the agreement was signed', () => {
    const cos: [string, string][] = [['华拓钴业', 'huatuo'], ['天宜新材', 'tianyi']];
    const priced = '华拓钴业公告，拟收购天宜新材51%股权，交易对价为人民币3.06亿元。';
    expect(deals(priced, cos, [['3.06亿元', 'CNY', 3.06e8]]).map((d) => [d.type, d.target.name, d.money])).toEqual([['stake-sale', '天宜新材', 0]]);
    const signed = '华拓钴业拟以现金方式收购天宜新材51%股权。2023年5月18日，公司与交易对方签署了《股权转让协议》。';
    expect(deals(signed, cos).map((d) => [d.type, d.target.name])).toEqual([['stake-sale', '天宜新材']]);
    // Not signed yet, or only a framework: still a plan.
    expect(deals('华拓钴业拟以现金方式收购天宜新材51%股权。双方尚未签署正式协议。', cos)).toEqual([]);
    expect(deals('华拓钴业拟以现金方式收购天宜新材51%股权。双方已签署框架协议。', cos)).toEqual([]);
  });

  it('reads a business unit bought as the target, its owner as no party ("收购其商用制冷业务")', () => {
    const text = '海尔智家已与开利集团签署协议，以6.4亿欧元收购其商用制冷业务。';
    const found = deals(text, [['海尔智家', 'haier'], ['开利集团', 'carrier']], [['6.4亿欧元', 'EUR', 6.4e8]]);
    expect(found.map(brief)).toEqual([{ type: 'acquisition', target: '商用制冷业务', investors: ['海尔智家'], money: 0, round: undefined }]);
    const owned = '比亚迪电子拟以现金收购捷普集团旗下位于成都的产品制造业务。';
    expect(deals(owned, [['比亚迪电子', 'byd'], ['捷普集团', 'jabil']]).map((d) => d.target.id)).toEqual([]);
    const signed = '比亚迪电子已签约，以158亿元收购捷普集团旗下位于成都的产品制造业务。';
    const unit = deals(signed, [['比亚迪电子', 'byd'], ['捷普集团', 'jabil']], [['158亿元', 'CNY', 1.58e10]]);
    expect(unit.map((d) => [d.target.name, d.target.id, d.investors.map((i) => i.name)])).toEqual([['产品制造业务', 'unknown:jabil-产品制造业务', ['比亚迪电子']]]);
    // A unit bought in "完成对X旗下…业务的收购".
    const of = '立讯精密已完成对莱尼集团旗下汽车线束业务的收购，交易对价约5.6亿欧元。';
    expect(deals(of, [['立讯精密', 'lux'], ['莱尼集团', 'leoni']], [['5.6亿欧元', 'EUR', 5.6e8]]).map((d) => [d.target.name, d.investors.map((i) => i.name)])).toEqual([['汽车线束业务', ['立讯精密']]]);
    // A brand after 旗下 is what is bought; its owner sells it.
    const brand = '安踏体育宣布，以2.9亿美元收购Topgolf Callaway旗下户外品牌狼爪，交易预计年底前完成。';
    const wolf = deals(brand, [['安踏体育', 'anta'], ['Topgolf Callaway', 'topgolf']], [['2.9亿美元', 'USD', 2.9e8]]);
    expect(wolf.map((d) => [d.target.name, d.investors.map((i) => i.name)])).toEqual([['狼爪', ['安踏体育']]]);
    // A company bought whole is no unit.
    const whole = '海尔智家以6.4亿欧元收购开利集团。';
    expect(deals(whole, [['海尔智家', 'haier'], ['开利集团', 'carrier']], [['6.4亿欧元', 'EUR', 6.4e8]]).map((d) => d.target.name)).toEqual(['开利集团']);
  });

  it('reads "Y收购X", "Y以N收购X" and "X被Y收购"', () => {
    const c: CompanySpec[] = [['阿里巴巴', 'alibaba', 'Alibaba'], ['饿了么', 'eleme', 'Ele.me']];
    expect(deals('阿里巴巴收购饿了么。', c).map(brief)).toEqual([{ type: 'acquisition', target: 'Ele.me', investors: ['Alibaba'], money: undefined, round: undefined }]);
    expect(deals('阿里巴巴以95亿美元收购饿了么。', c, [['95亿美元', 'USD', 9.5e9]]).map((d) => d.money)).toEqual([0]);
    expect(deals('饿了么被阿里巴巴收购。', c).map((d) => [d.target.name, d.investors[0]?.name])).toEqual([['Ele.me', 'Alibaba']]);
  });

  it('refuses planned Chinese deals (拟收购, 计划融资)', () => {
    const c: CompanySpec[] = [['阿里巴巴', 'alibaba'], ['饿了么', 'eleme'], ['智谱', 'zhipu']];
    expect(deals('阿里巴巴拟收购饿了么。', c)).toEqual([]);
    expect(deals('智谱计划完成新一轮融资。', c)).toEqual([]);
  });
});

// ── Follow-up sentences ─────────────────────────────────────────────────────────────────────────────

describe('extractDeals: follow-up sentences', () => {
  it('adds "The round was led by Y" and "Z also participated" to the deal before', () => {
    const text = 'Zhipu raised $200 million. The round was led by Alibaba. Tencent also participated.';
    const found = deals(text, [['Zhipu', 'zhipu'], ['Alibaba', 'alibaba'], ['Tencent', 'tencent']], [['$200 million', 'USD', 2e8]]);
    expect(found.map(brief)).toEqual([{ type: 'funding', target: 'Zhipu', investors: ['Alibaba:lead', 'Tencent:participant'], money: 0, round: undefined }]);
  });

  it('does not attach a role sentence to a deal in another paragraph', () => {
    const text = 'Zhipu raised $200 million.\nSome other story. Another one. The round was led by Alibaba.';
    const found = deals(text, [['Zhipu', 'zhipu'], ['Alibaba', 'alibaba']], [['$200 million', 'USD', 2e8]]);
    expect(found[0]!.investors).toEqual([]);
  });

  it('merges a repeated report of the same deal instead of emitting it twice', () => {
    const text = 'Zhipu raised $200 million. Alibaba invested $200 million in Zhipu.';
    const found = deals(text, [['Zhipu', 'zhipu'], ['Alibaba', 'alibaba']], [['$200 million', 'USD', 2e8]]);
    expect(found).toHaveLength(1);
  });
});

// ── Negatives: money without a deal, companies without a cue, intentions ─────────────────────────────

describe('extractDeals: no deal', () => {
  const negatives: [string, CompanySpec[], MoneySpec[]][] = [
    ['Alibaba said revenue rose to $3 billion.', [['Alibaba', 'alibaba']], [['$3 billion', 'USD', 3e9]]],
    ['Baidu says the market is worth $10 billion.', [['Baidu', 'baidu']], [['$10 billion', 'USD', 1e10]]],
    ['Alibaba, Tencent and Meituan are rivals in food delivery.', [['Alibaba', 'alibaba'], ['Tencent', 'tencent'], ['Meituan', 'meituan']], []],
    ['Zhipu plans to raise $500 million next year.', [['Zhipu', 'zhipu']], [['$500 million', 'USD', 5e8]]],
    ['Zhipu is in talks to raise $500 million.', [['Zhipu', 'zhipu']], [['$500 million', 'USD', 5e8]]],
    ['Microsoft is considering a bid to acquire TikTok for $30 billion.', [['Microsoft', 'microsoft'], ['TikTok', 'tiktok']], [['$30 billion', 'USD', 3e10]]],
    ['Microsoft plans to acquire TikTok.', [['Microsoft', 'microsoft'], ['TikTok', 'tiktok']], []],
    ['Google’s proposed $23 billion acquisition of Wiz collapsed.', [['Google', 'google'], ['Wiz', 'wiz']], [['$23 billion', 'USD', 2.3e10]]],
    ['Apple raised its dividend to $0.25 a share.', [['Apple', 'apple']], [['$0.25', 'USD', 0.25]]],
    ['Microsoft Corp.-backed OpenAI and Google compete.', [['Microsoft Corp.', 'microsoft'], ['OpenAI', 'openai'], ['Google', 'google']], []],
    ['Nvidia’s $30 billion revenue beat forecasts.', [['Nvidia', 'nvidia']], [['$30 billion', 'USD', 3e10]]],
    ['Tencent invested in games for years.', [['Tencent', 'tencent']], []],
    ['Zhipu denied reports that it raised $1 billion.', [['Zhipu', 'zhipu']], [['$1 billion', 'USD', 1e9]]],
    ['A potential $2 billion funding round for Baichuan is being discussed.', [['Baichuan', 'baichuan']], [['$2 billion', 'USD', 2e9]]],
    ['Shares of Tencent closed at HK$300.', [['Tencent', 'tencent']], [['HK$300', 'HKD', 300]]],
  ];
  it.each(negatives)('%s', (text, companies, money) => {
    expect(deals(text, companies, money)).toEqual([]);
  });

  it('returns nothing for empty input or no companies, and never throws on bad offsets', () => {
    expect(extractDeals('', [], [])).toEqual([]);
    expect(deals('Someone raised $5 million.', [], [['$5 million', 'USD', 5e6]])).toEqual([]);
    const bad = { start: 50, end: 10, text: 'x', id: 'x', name: 'x' };
    expect(extractDeals('X raised $5 million.', [], [bad])).toEqual([]);
  });
});

// ── The Zhipu round in wire style, with hand-made mentions ──────────────────────────────────────────────────

describe('extractDeals: the Zhipu round in wire style (hand-made mentions)', () => {
  const text = ZHIPU_WIRE_STORY;
  const companies: CompanySpec[] = [
    ['Alibaba Group Holding Ltd.', 'alibaba-group', 'Alibaba Group'], ['Alibaba', 'alibaba-group', 'Alibaba Group'],
    ['Tencent Holdings Ltd.', 'tencent', 'Tencent'], ['Tencent', 'tencent', 'Tencent'],
    ['Ant Group Co.', 'ant-group', 'Ant Group'], ['Xiaomi Corp.', 'xiaomi', 'Xiaomi'], ['HongShan', 'hongshan', 'HongShan'],
    ['Sequoia China', 'hongshan', 'HongShan'], ['Meituan', 'meituan', 'Meituan'],
    ['Beijing Zhipu Huazhang Technology Co.', 'zhipu-ai', 'Zhipu AI'], ['Zhipu', 'zhipu-ai', 'Zhipu AI'],
    ['Baichuan', 'baichuan-ai', 'Baichuan AI'], ['OpenAI', 'openai', 'OpenAI'], ['Microsoft Corp.', 'microsoft', 'Microsoft'],
    ['Google', 'google', 'Google'], ['Baidu Inc.', 'baidu', 'Baidu'], ['Nvidia Corp.', 'nvidia', 'Nvidia'],
  ];
  const money: MoneySpec[] = [['2.5 billion yuan', 'CNY', 2.5e9], ['$342 million', 'USD', 3.42e8, '2.5 billion yuan'], ['$300 million', 'USD', 3e8]];

  it('finds Zhipu (with all six investors) and Baichuan, and nothing else', () => {
    const found = deals(text, companies, money);
    expect(found.map(brief)).toEqual([
      {
        type: 'funding', target: 'Zhipu AI', money: 0, round: undefined,
        investors: ['Alibaba Group', 'Tencent', 'Ant Group', 'Xiaomi', 'HongShan', 'Meituan'],
      },
      { type: 'funding', target: 'Baichuan AI', investors: [], money: 2, round: undefined },
    ]);
    expect(found[0]!.text.startsWith('Alibaba Group Holding Ltd. and Tencent')).toBe(true);
    expect(found[0]!.text.endsWith('into the AI start-up Zhipu.')).toBe(true);
    expect(found[1]!.text).toMatch(/^Many of the same investors .* Baichuan\.$/);
  });
});

describe('extractDeals: more shapes', () => {
  it('reads "Y领投了X的N融资" with Y as lead', () => {
    const text = '阿里巴巴和腾讯领投了月之暗面10亿美元融资。';
    const found = deals(text, [['阿里巴巴', 'alibaba', 'Alibaba'], ['腾讯', 'tencent', 'Tencent'], ['月之暗面', 'moonshot', 'Moonshot']], [['10亿美元', 'USD', 1e9]]);
    expect(found.map(brief)).toEqual([{ type: 'funding', target: 'Moonshot', investors: ['Alibaba:lead', 'Tencent:lead'], money: 0, round: undefined }]);
  });

  it('reads "X received AMOUNT from Y" as funding from Y', () => {
    const found = deals('Anthropic received $4 billion from Amazon.', [['Anthropic', 'anthropic'], ['Amazon', 'amazon']], [['$4 billion', 'USD', 4e9]]);
    expect(found.map(brief)).toEqual([{ type: 'funding', target: 'Anthropic', investors: ['Amazon'], money: 0, round: undefined }]);
  });

  it('keeps the investor of a "which invested" relative clause', () => {
    const found = deals('Alibaba, which invested $1 billion in Zhipu last year, said revenue rose.', [['Alibaba', 'alibaba'], ['Zhipu', 'zhipu']], [['$1 billion', 'USD', 1e9]]);
    expect(found.map((d) => [d.target.name, d.investors.map((i) => i.name)])).toEqual([['Zhipu', ['Alibaba']]]);
  });

  it('refuses a conditional deal', () => {
    const found = deals('Alibaba will put $1 billion into Zhipu if regulators approve.', [['Alibaba', 'alibaba'], ['Zhipu', 'zhipu']], [['$1 billion', 'USD', 1e9]]);
    expect(found).toEqual([]);
  });

  it('gives the lead of "the equity round" to the round, not to the debt facility reported beside it', () => {
    const text = 'Settle Rail has secured $48 million in a Series B round, alongside a $100 million debt facility from HSBC. Balderton Capital led the equity round.';
    const found = deals(text, [['Settle Rail', 's'], ['HSBC', 'hsbc'], ['Balderton Capital', 'b']], [['$48 million', 'USD', 48e6], ['$100 million', 'USD', 1e8]]);
    expect(found.map((d) => [d.type, d.investors.map((i) => `${i.name}:${i.role ?? ''}`)])).toEqual([
      ['funding', ['Balderton Capital:lead']],
      ['debt', ['HSBC:']],
    ]);
  });

  it('keeps a deal whose condition is that of an earn-out after it, not of the deal', () => {
    const text = 'Xero will buy Melio for US$2.5 billion in cash and shares, with up to a further US$500 million payable if growth targets are met.';
    const found = deals(text, [['Xero', 'xero'], ['Melio', 'melio']], [['US$2.5 billion', 'USD', 2.5e9], ['US$500 million', 'USD', 5e8]]);
    expect(found.map((d) => [d.type, d.target.name, d.investors.map((i) => i.name)])).toEqual([['acquisition', 'Melio', ['Xero']]]);
    // The condition of the deal itself still makes it hypothetical, whatever follows.
    const conditional = 'Xero will buy Melio for US$2.5 billion if shareholders approve, with up to a further US$500 million payable later.';
    expect(deals(conditional, [['Xero', 'xero'], ['Melio', 'melio']], [['US$2.5 billion', 'USD', 2.5e9], ['US$500 million', 'USD', 5e8]])).toEqual([]);
  });
});

// ── Investors named across clauses and sentences (issue 17, item 3) ───────────────────────────────

describe('extractDeals: backers outside the verb’s reach', () => {
  it('ends a lead list at ", and" when the names after it have their own verb', () => {
    const text = 'Maplebyte said it raised C$30 million. The round was co-led by Huron Ventures and Superior Capital, and Erie Ventures and Muskoka Capital also invested.';
    const [d] = deals(text, [['Maplebyte', 'm'], ['Huron Ventures', 'h'], ['Superior Capital', 's'], ['Erie Ventures', 'e'], ['Muskoka Capital', 'k']], [['C$30 million', 'CAD', 30e6]]);
    expect(brief(d!).investors).toEqual(['Huron Ventures:lead', 'Superior Capital:lead', 'Erie Ventures:participant', 'Muskoka Capital:participant']);
  });

  it('reads "as did", "doubled down" and "re-upped" as taking part', () => {
    const text = 'Saimaa AI raised €40 million in a round led by Lapland Ventures, as Tampere Capital also participated, as did Turku Capital. Harborview Ventures doubled down, and Birchwood Capital re-upped.';
    const [d] = deals(
      text,
      [['Saimaa AI', 'sa'], ['Lapland Ventures', 'l'], ['Tampere Capital', 't'], ['Turku Capital', 'u'], ['Harborview Ventures', 'h'], ['Birchwood Capital', 'b']],
      [['€40 million', 'EUR', 40e6]],
    );
    expect(d!.investors.map((i) => i.name).sort()).toEqual(['Birchwood Capital', 'Harborview Ventures', 'Lapland Ventures', 'Tampere Capital', 'Turku Capital']);
  });

  it('names cornerstone investors of a listing, even after an aside', () => {
    const text = 'Kowloon Dairy listed in Hong Kong after raising HK$1.6 billion in its IPO. Harbour Lane Capital, already its biggest shareholder, took up HK$300 million of the offering as a cornerstone investor.';
    const [d] = deals(text, [['Kowloon Dairy', 'k'], ['Harbour Lane Capital', 'h']], [['HK$1.6 billion', 'HKD', 1.6e9], ['HK$300 million', 'HKD', 3e8]]);
    expect(brief(d!)).toMatchObject({ type: 'ipo', target: 'Kowloon Dairy', investors: ['Harbour Lane Capital'] });
  });

  it('gives a consortium’s members, named in the next sentence, the purchase', () => {
    const text = 'Shinkai Systems was bought by a consortium led by Kanda Capital for ¥120 billion. The consortium also includes Ueno Partners and Akasaka Holdings.';
    const [d, ...rest] = deals(text, [['Shinkai Systems', 's'], ['Kanda Capital', 'k'], ['Ueno Partners', 'u'], ['Akasaka Holdings', 'a']], [['¥120 billion', 'JPY', 1.2e11]]);
    expect(rest).toHaveLength(0);
    expect(brief(d!)).toMatchObject({ type: 'acquisition', target: 'Shinkai Systems', investors: ['Kanda Capital', 'Ueno Partners', 'Akasaka Holdings'] });
  });

  it('gives backers listed after an acquisition to the round reported before it', () => {
    const text = 'Carmelon has raised $45 million in a Series B round and bought startup Lumio Labs. Negev Fund led the investment; Galil Partners and Arava Ventures are also backing the company.';
    const found = deals(text, [['Carmelon', 'c'], ['Lumio Labs', 'l'], ['Negev Fund', 'n'], ['Galil Partners', 'g'], ['Arava Ventures', 'a']], [['$45 million', 'USD', 45e6]]);
    expect(found.find((d) => d.type === 'funding')!.investors.map((i) => i.name)).toEqual(['Negev Fund', 'Galil Partners', 'Arava Ventures']);
    expect(found.find((d) => d.type === 'acquisition')!.investors.map((i) => i.name)).toEqual(['Carmelon']);
  });
});

describe('extractDeals: Chinese shapes', () => {
  it('reads "完成对X的战略投资" with X funded, and not the investor as raising', () => {
    const text = '长川汽车宣布完成对固态电池企业清陶新能的战略投资，投资金额为10亿元。';
    const found = deals(text, [['长川汽车', 'c'], ['清陶新能', 'q']], [['10亿元', 'CNY', 1e9]]);
    expect(found.map(brief)).toEqual([{ type: 'funding', target: '清陶新能', investors: ['长川汽车'], money: 0, round: 'Strategic' }]);
  });

  it('reads "完成对X的收购" with the consortium before it, and "战略入股"', () => {
    const text = '由安踏体育、方源资本及腾讯组成的财团以约46亿欧元完成对亚玛芬体育的收购。晶拓能源以30亿元战略入股华晶硅业，持股比例约20%。';
    const found = deals(text, [['安踏体育', 'a'], ['方源资本', 'f'], ['腾讯', 't'], ['亚玛芬体育', 'y'], ['晶拓能源', 'j'], ['华晶硅业', 'h']], [['46亿欧元', 'EUR', 4.6e9], ['30亿元', 'CNY', 3e9]]);
    expect(found.map((d) => [d.type, d.target.name, d.investors.map((i) => i.name).join('、'), d.money])).toEqual([
      ['acquisition', '亚玛芬体育', '安踏体育、方源资本、腾讯', 0],
      ['stake-sale', '华晶硅业', '晶拓能源', 1],
    ]);
  });

  it('reads no merger in "合并后" or a merger plan, and no amount in "数亿元"', () => {
    const text = '美团点评今日宣布完成合并后的首轮融资，融资额33亿美元。术衡医疗完成数亿元C轮融资。';
    const money = moneyIn(text, [['33亿美元', 'USD', 3.3e9], ['数亿元', 'CNY', 2e8]]);
    money[1]!.approx = 'vague';
    const found = extractDeals(text, money, companiesIn(text, [['美团点评', 'meituan'], ['术衡医疗', 's']]));
    expect(found.map((d) => [d.type, d.target.name, d.money])).toEqual([
      ['funding', '美团点评', 0],
      ['funding', '术衡医疗', undefined],
    ]);
  });
});

describe('extractDeals: Chinese purchases and sales', () => {
  it('reads two companies bought by one verb, the owner who sells them as no party', () => {
    const text = '吉利控股集团与HICOM集团签署协议，收购其旗下宝腾汽车49.9%的股份以及英国跑车品牌路特斯51%的股份。';
    const found = deals(text, [['吉利控股集团', 'geely'], ['HICOM集团', 'hicom'], ['宝腾汽车', 'proton'], ['路特斯', 'lotus']]);
    expect(found.map((d) => [d.type, d.target.name, d.investors.map((i) => i.name).join()])).toEqual([
      ['stake-sale', '宝腾汽车', '吉利控股集团'],
      ['stake-sale', '路特斯', '吉利控股集团'],
    ]);
  });

  it('reads a sale to a buyer, all of a company as a purchase, and a seller "从…手中"', () => {
    const text = '恒远电气将华辰电子100%股权以12亿元出售给澜拓新能源。丰联控股以8.5亿港元从远峰资本手中收购顺冷物流全部股权。';
    const found = deals(text, [['恒远电气', 'h'], ['华辰电子', 'c'], ['澜拓新能源', 'l'], ['丰联控股', 'f'], ['远峰资本', 'y'], ['顺冷物流', 's']], [['12亿元', 'CNY', 1.2e9], ['8.5亿港元', 'HKD', 8.5e8]]);
    expect(found.map((d) => [d.type, d.target.name, d.investors.map((i) => i.name).join(), d.money])).toEqual([
      ['acquisition', '华辰电子', '澜拓新能源', 0],
      ['acquisition', '顺冷物流', '丰联控股', 1],
    ]);
  });

  it('reads a listed company’s placement as a raise, not a listing', () => {
    const text = '远驰汽车今日宣布，以每股9.2港元向不少于六名独立承配人配售新股，集资约2亿港元。';
    const found = deals(text, [['远驰汽车', 'y']], [['9.2港元', 'HKD', 9.2], ['2亿港元', 'HKD', 2e8]]);
    expect(found.map(brief)).toEqual([{ type: 'funding', target: '远驰汽车', investors: [], money: 1, round: undefined }]);
  });
});

describe('extractDeals: English parties by position', () => {
  it('gives each deal of one sentence the lists after its own cue (a credit line and a round)', () => {
    const text = 'OpenAI secured a $4 billion revolving credit facility from JPMorgan Chase and Citi, a day after it closed a $6.6 billion funding round led by Thrive Capital.';
    const found = deals(text, [['OpenAI', 'openai'], ['JPMorgan Chase', 'jpm'], ['Citi', 'citi'], ['Thrive Capital', 'thrive']], [['$4 billion', 'USD', 4e9], ['$6.6 billion', 'USD', 6.6e9]]);
    expect(found.map((d) => [d.type, d.investors.map((i) => i.name).join()])).toEqual([
      ['debt', 'JPMorgan Chase,Citi'],
      ['funding', 'Thrive Capital'],
    ]);
  });

  it('finds the buyer a pronoun or description stands for, never the owner of the unit sold', () => {
    const text = 'Lenovo is on a shopping spree. After agreeing to pay $2.3 billion for IBM’s x86 server business, the Chinese PC maker said it will buy Motorola Mobility from Google for $2.91 billion.';
    const found = deals(text, [['Lenovo', 'lenovo'], ['IBM', 'ibm'], ['Motorola Mobility', 'moto'], ['Google', 'google']], [['$2.3 billion', 'USD', 2.3e9], ['$2.91 billion', 'USD', 2.91e9]]);
    expect(found.map((d) => [d.target.name, d.investors.map((i) => i.name).join()])).toEqual([
      ['x86 server business', 'Lenovo'],
      ['Motorola Mobility', 'Lenovo'],
    ]);
  });

  it('reads a person as the buyer after a passive "by", and "merge into" with the survivor as a party', () => {
    const text = 'Twitter Inc agreed to be bought by Elon Musk for $44 billion. HDFC will merge into HDFC Bank, creating a lender with a combined balance sheet of ₹18 lakh crore.';
    const found = deals(text, [['Twitter Inc', 'twitter'], ['HDFC Bank', 'hdfc-bank'], ['HDFC', 'hdfc']], [['$44 billion', 'USD', 4.4e10], ['₹18 lakh crore', 'INR', 1.8e13]]);
    expect(found.map(brief)).toEqual([
      { type: 'acquisition', target: 'Twitter Inc', investors: ['Elon Musk'], money: 0, round: undefined },
      { type: 'merger', target: 'HDFC', investors: ['HDFC Bank'], money: undefined, round: undefined },
    ]);
  });

  it('reads an ASX float as a listing, and a buyer "at the IPO price" as no listing', () => {
    const text = 'Quokka Minerals raised $350 million in an ASX float. Snowflake priced its IPO at $120. Berkshire Hathaway will buy $250 million of stock at the IPO price.';
    const found = deals(text, [['Quokka Minerals', 'q'], ['Snowflake', 's'], ['Berkshire Hathaway', 'b']], [['$350 million', 'USD', 3.5e8], ['$120', 'USD', 120], ['$250 million', 'USD', 2.5e8]]);
    expect(found.map((d) => [d.type, d.target.name])).toEqual([
      ['ipo', 'Quokka Minerals'],
      ['ipo', 'Snowflake'],
    ]);
  });

  it('reads "Vietnamese HR software firm LuongSo" as LuongSo, the words before it no company', () => {
    const text = 'Gajiku said it had acquired Vietnamese HR software firm LuongSo for an undisclosed sum.';
    const found = deals(text, [['Gajiku', 'unknown:gajiku'], ['Vietnamese HR', 'unknown:vietnamese-hr'], ['LuongSo', 'unknown:luongso']]);
    expect(found.map(brief)).toEqual([{ type: 'acquisition', target: 'LuongSo', investors: ['Gajiku'], money: undefined, round: undefined }]);
    // A buyer before an irregular verb ("bought") is the buyer, not a description of the startup it bought.
    const bought = 'The funding comes two months after Cognition bought rival coding startup Windsurf.';
    expect(deals(bought, [['Cognition', 'unknown:cognition'], ['Windsurf', 'unknown:windsurf']]).map(brief)).toEqual([
      { type: 'acquisition', target: 'Windsurf', investors: ['Cognition'], money: undefined, round: undefined },
    ]);
  });
});

describe('extractDeals: Chinese clauses that share a subject', () => {
  it('carries intent from the first clause to the next, unless the next says it happened', () => {
    const plan = '澜拓新能源或将于明年赴港上市，募资规模约5亿美元。';
    expect(deals(plan, [['澜拓新能源', 'l']], [['5亿美元', 'USD', 5e8]])).toEqual([]);
    const done = '数衡科技去年曾计划赴美上市，今日正式登陆纳斯达克，募资1.2亿美元。';
    expect(deals(done, [['数衡科技', 's']], [['1.2亿美元', 'USD', 1.2e8]]).map((d) => d.type)).toEqual(['ipo']);
  });

  it('reads "A宣布与B完成合并" as A merging with B, and "独家投资" as the lead', () => {
    const text = '恒远电气宣布与华辰电子完成合并。云帆智能获得1亿元A轮融资，由远澜创投独家投资。';
    const found = deals(text, [['恒远电气', 'h'], ['华辰电子', 'c'], ['云帆智能', 'y'], ['远澜创投', 'r']], [['1亿元', 'CNY', 1e8]]);
    expect(found.map(brief)).toEqual([
      { type: 'merger', target: '恒远电气', investors: ['华辰电子'], money: undefined, round: undefined },
      { type: 'funding', target: '云帆智能', investors: ['远澜创投:lead'], money: 0, round: 'Series A' },
    ]);
  });
});

describe('extractDeals: a subject named again, and two rounds in one sentence', () => {
  it('reads "The company had raised …" as a round of the subject of the sentence before', () => {
    const text = 'Kuroshio Medical listed in Tokyo on Wednesday, raising ¥4.8 billion in its IPO. The company had raised ¥2.1 billion in a Series C round in 2021 from investors including Naniwa Capital.';
    const found = deals(text, [['Kuroshio Medical', 'k'], ['Naniwa Capital', 'n']], [['¥4.8 billion', 'JPY', 4.8e9], ['¥2.1 billion', 'JPY', 2.1e9]]);
    expect(found.map((d) => [d.type, d.target.name, d.money, d.investors.map((i) => i.name).join()])).toEqual([
      ['ipo', 'Kuroshio Medical', 0, ''],
      ['funding', 'Kuroshio Medical', 1, 'Naniwa Capital'],
    ]);
  });

  it('keeps two rounds of one company with different amounts, and reads "NetEase raised" as NetEase’s', () => {
    const rounds = 'Wattle Health has raised an A$6 million Series A extension, five months after closing an A$18 million Series A.';
    expect(deals(rounds, [['Wattle Health', 'w']], [['A$6 million', 'AUD', 6e6], ['A$18 million', 'AUD', 1.8e7]]).map((d) => [d.money, d.round])).toEqual([
      [0, 'Series A extension'],
      [1, 'Series A'],
    ]);
    const two = 'JD.com debuted in Hong Kong after raising HK$30.1 billion in a listing, a week after fellow tech group NetEase raised HK$21 billion in its own listing.';
    expect(deals(two, [['JD.com', 'jd'], ['NetEase', 'netease']], [['HK$30.1 billion', 'HKD', 3.01e10], ['HK$21 billion', 'HKD', 2.1e10]]).map((d) => [d.type, d.target.name, d.money])).toEqual([
      ['ipo', 'JD.com', 0],
      ['ipo', 'NetEase', 1],
    ]);
  });
});

describe('extractDeals: the price of a whole company', () => {
  it('is the value the purchase puts on it when only a per-share price is given besides', () => {
    const text = 'Nvidia agreed to pay $42 a share in cash for Corvane Therapeutics, valuing the biotech at about $1.3 billion.';
    const [d] = deals(text, [['Nvidia', 'nvidia'], ['Corvane Therapeutics', 'c']], [['$42', 'USD', 42], ['$1.3 billion', 'USD', 1.3e9]]);
    expect(brief(d!)).toMatchObject({ type: 'acquisition', target: 'Corvane Therapeutics', money: 1 });
  });

  it('reads "take X private" as a buyout', () => {
    const text = 'Kanda Capital has agreed to take Shinkai Systems private in a ¥120 billion deal.';
    const [d] = deals(text, [['Kanda Capital', 'k'], ['Shinkai Systems', 's']], [['¥120 billion', 'JPY', 1.2e11]]);
    expect(brief(d!)).toMatchObject({ type: 'acquisition', target: 'Shinkai Systems', investors: ['Kanda Capital'], money: 0 });
  });
});

describe('extractDeals: who leads and who takes part', () => {
  it('reads names "alongside" the leads, or a round that "included" them, as participants', () => {
    const text = 'Perplexity raised $500 million led by IVP, alongside Nvidia and SoftBank. Cohere raised $450 million. The round was led by PSP Investments and included Cisco and AMD.';
    const found = deals(text, [['Perplexity', 'p'], ['IVP', 'ivp'], ['Nvidia', 'nvidia'], ['SoftBank', 'softbank'], ['Cohere', 'cohere'], ['PSP Investments', 'psp'], ['Cisco', 'cisco'], ['AMD', 'amd']], [['$500 million', 'USD', 5e8], ['$450 million', 'USD', 4.5e8]]);
    expect(found.map((d) => d.investors.map((i) => (i.role === 'lead' ? `${i.name}:lead` : i.name)))).toEqual([
      ['IVP:lead', 'Nvidia', 'SoftBank'],
      ['PSP Investments:lead', 'Cisco', 'AMD'],
    ]);
  });
});

describe('extractDeals: "valued at"', () => {
  it('is the price of a deal, and the worth of a company that "was valued at"', () => {
    const deal = 'T-Mobile US agreed on Sunday to acquire Sprint Corp in an all-stock deal valued at $26 billion.';
    expect(deals(deal, [['T-Mobile US', 'tmus'], ['Sprint Corp', 'sprint']], [['$26 billion', 'USD', 2.6e10]]).map(brief)).toEqual([
      { type: 'acquisition', target: 'Sprint Corp', investors: ['T-Mobile US'], money: 0, round: undefined },
    ]);
    const worth = 'Wiz was valued at $12bn when it raised $1bn last May in a round led by Andreessen Horowitz.';
    expect(deals(worth, [['Wiz', 'wiz'], ['Andreessen Horowitz', 'a16z']], [['$12bn', 'USD', 1.2e10], ['$1bn', 'USD', 1e9]]).map((d) => d.money)).toEqual([1]);
  });
});

describe('extractDeals: an earlier round recalled by 其', () => {
  it('is a round of its own when the text names another round', () => {
    const text = '绿源合成宣布完成6亿元C轮融资，由澄湖创投领投。这距离其去年3月完成B轮融资仅一年时间。';
    const found = deals(text, [['绿源合成', 'l'], ['澄湖创投', 'c']], [['6亿元', 'CNY', 6e8]]);
    expect(found.map((d) => [d.target.name, d.round, d.money])).toEqual([
      ['绿源合成', 'Series C', 0],
      ['绿源合成', 'Series B', undefined],
    ]);
  });
});

describe('extractDeals: a Chinese deal said to be pending', () => {
  it('is no deal, unless an agreement is signed', () => {
    const pending = '华拓钴业表示，公司对天宜科技的收购尚未完成，仍需监管批准。';
    expect(deals(pending, [['华拓钴业', 'h'], ['天宜科技', 't']])).toEqual([]);
    const signed = '晟元电力宣布以18亿元收购安芯储能全部股权，双方已于本周签署收购协议，交易尚需股东大会批准。';
    expect(deals(signed, [['晟元电力', 's'], ['安芯储能', 'a']], [['18亿元', 'CNY', 1.8e9]]).map((d) => [d.type, d.target.name])).toEqual([['acquisition', '安芯储能']]);
  });
});

describe('extractDeals: a buyer named by a description after a purchase it made', () => {
  it('is the subject before, never the company it bought in the same sentence', () => {
    const text = 'AbbVie has struck its second big deal in a week. After agreeing on Nov. 30 to buy cancer drugmaker ImmunoGen for about $10.1 billion, the company said Wednesday it will acquire Cerevel Therapeutics for $8.7 billion.';
    const found = deals(text, [['AbbVie', 'abbvie'], ['ImmunoGen', 'immunogen'], ['Cerevel Therapeutics', 'cerevel']], [['$10.1 billion', 'USD', 1.01e10], ['$8.7 billion', 'USD', 8.7e9]]);
    expect(found.map((d) => [d.target.name, d.investors.map((i) => i.name)])).toEqual([
      ['ImmunoGen', ['AbbVie']],
      ['Cerevel Therapeutics', ['AbbVie']],
    ]);
  });
});

describe('extractDeals: investor lists', () => {
  it('go on past the rest of a name the reader read only in part', () => {
    const text = 'Runway has raised $308 million in a Series D round led by General Atlantic, with participation from Fidelity Management & Research, Baillie Gifford, Nvidia and SoftBank.';
    const found = deals(text, [['Runway', 'runway'], ['General Atlantic', 'ga'], ['Fidelity', 'fidelity'], ['Baillie Gifford', 'bg'], ['Nvidia', 'nvidia'], ['SoftBank', 'softbank']], [['$308 million', 'USD', 3.08e8]]);
    expect(found[0]!.investors.map((i) => i.name)).toEqual(['General Atlantic', 'Fidelity', 'Baillie Gifford', 'Nvidia', 'SoftBank']);
  });

  it('named as "other backers" in the next sentence join the round', () => {
    const text = 'Reflection AI has raised $2bn in a round led by Nvidia. Other backers include Lightspeed, Sequoia and DST.';
    const found = deals(text, [['Reflection AI', 'r'], ['Nvidia', 'nvidia'], ['Lightspeed', 'ls'], ['Sequoia', 'sq'], ['DST', 'dst']], [['$2bn', 'USD', 2e9]]);
    expect(found[0]!.investors.map((i) => i.name)).toEqual(['Nvidia', 'Lightspeed', 'Sequoia', 'DST']);
  });
});

describe('extractDeals: a listing and who owns the company listed', () => {
  it('takes no investors from "whose backers include"', () => {
    const text = 'Astera Labs priced its initial public offering at $36 per share, raising about $713 million. The chip company, whose backers include Fidelity and Intel Capital, will trade on Nasdaq.';
    const found = deals(text, [['Astera Labs', 'astera'], ['Fidelity', 'fidelity'], ['Intel Capital', 'intel-capital'], ['Nasdaq', 'nasdaq']], [['$36', 'USD', 36], ['$713 million', 'USD', 7.13e8]]);
    expect(found.map((d) => [d.type, d.target.name, d.investors.length])).toEqual([['ipo', 'Astera Labs', 0]]);
  });
});

describe('extractDeals: a round named by a description of the company before', () => {
  it('belongs to the subject of the sentence before, never to its lead investor', () => {
    const text = 'Kelvara has raised $500 million in a Series E-2 round led by Iconiq. The fintech had raised $200 million in June in a Series E led by Founders Fund.';
    const found = deals(text, [['Kelvara', 'k'], ['Iconiq', 'i'], ['Founders Fund', 'f']], [['$500 million', 'USD', 5e8], ['$200 million', 'USD', 2e8]]);
    expect(found.map((d) => [d.target.name, d.round, d.investors.map((i) => i.name)])).toEqual([
      ['Kelvara', 'Series E-2', ['Iconiq']],
      ['Kelvara', 'Series E', ['Founders Fund']],
    ]);
  });
});

describe('extractDeals: a name the company reader left out, opening its sentence', () => {
  it('is the company bought before "agreed to be acquired by", and the company that "closed" a round', () => {
    const passive = 'Fetchly agreed to be acquired by Kestrel Cloud for $2.1 billion.';
    expect(deals(passive, [['Kestrel Cloud', 'k']], [['$2.1 billion', 'USD', 2.1e9]]).map((d) => [d.type, d.target.name, d.investors.map((i) => i.name)])).toEqual([['acquisition', 'Fetchly', ['Kestrel Cloud']]]);
    const closed = 'Kestrel Cloud closed a $12 million seed round led by Foxglove Ventures.';
    expect(deals(closed, [['Foxglove Ventures', 'f']], [['$12 million', 'USD', 1.2e7]]).map((d) => [d.type, d.target.name])).toEqual([['funding', 'Kestrel Cloud']]);
    expect(deals('Wall Street closed higher on Friday after a $2 billion rally.', [], [['$2 billion', 'USD', 2e9]])).toEqual([]);
  });

  it('takes its price from "a deal that values the company at" after a price per share', () => {
    const text = 'Kestrel Cloud will pay $45 per share in cash for Fetchly, a deal that values the company at $2.1 billion.';
    const found = deals(text, [['Kestrel Cloud', 'k'], ['Fetchly', 'f']], [['$45', 'USD', 45], ['$2.1 billion', 'USD', 2.1e9]]);
    expect(found.map((d) => [d.target.name, d.money])).toEqual([['Fetchly', 1]]);
  });
});

describe('extractDeals: a company bought that the company reader left out', () => {
  it('is the capitalised name the grammar delimits after the verb, never a place or generic words', () => {
    const read = (text: string, specs: CompanySpec[], money: MoneySpec[]) => deals(text, specs, money).map((d) => [d.type, d.target.name, d.investors.map((i) => i.name)]);
    expect(read('Chevron agreed to take over Hess for $53 billion in stock.', [['Chevron', 'c']], [['$53 billion', 'USD', 5.3e10]])).toEqual([['acquisition', 'Hess', ['Chevron']]]);
    expect(read('Nippon Steel completed its $14.9 billion purchase of U.S. Steel.', [['Nippon Steel', 'n']], [['$14.9 billion', 'USD', 1.49e10]])).toEqual([['acquisition', 'U.S. Steel', ['Nippon Steel']]]);
    expect(read('Apple bought New York real estate for $2 billion.', [['Apple', 'a']], [['$2 billion', 'USD', 2e9]])).toEqual([]);
  });
});

describe('extractDeals: a listed company the reader left out, with an appositive of what it owns', () => {
  it('opens its listing sentence', () => {
    const text = 'Verdane, the Danish owner of Lumio and Tessel, made its debut on the Copenhagen exchange on Friday after raising €2.6bn.';
    const found = deals(text, [], [['€2.6bn', 'EUR', 2.6e9]]);
    expect(found.map((d) => [d.type, d.target.name, d.money])).toEqual([['ipo', 'Verdane', 0]]);
  });
});

describe('extractDeals: a list of backers that a person closes', () => {
  it('joins the round named just before', () => {
    const text = 'Tessel Labs raised a $30 million seed round led by Foxglove Ventures. Nvidia, Accel and Jeff Bezos also invested.';
    const found = deals(text, [['Tessel Labs', 't'], ['Foxglove Ventures', 'f'], ['Nvidia', 'n'], ['Accel', 'a']], [['$30 million', 'USD', 3e7]]);
    expect(found[0]!.investors.map((i) => i.name)).toEqual(['Foxglove Ventures', 'Nvidia', 'Accel', 'Jeff Bezos']);
  });
});

describe('extractDeals: a Chinese purchase agreement with a company the reader left out', () => {
  it('names the company between 与 and 签署', () => {
    const text = '美团点评3日晚间宣布，已与摩拜单车签署全资收购协议，交易作价27亿美元。';
    const found = deals(text, [['美团', 'meituan']], [['27亿美元', 'USD', 2.7e9]]);
    expect(found.map((d) => [d.type, d.target.name, d.investors.map((i) => i.name), d.money])).toEqual([['acquisition', '摩拜单车', ['美团'], 0]]);
    // Another party between them is no such name.
    expect(deals('美团与腾讯和摩拜单车签署合作框架协议。', [['美团', 'meituan'], ['腾讯', 'tencent']])).toEqual([]);
  });
});

describe('extractDeals: shares sold at a price each', () => {
  it('are a listing in a story about listings, and a round otherwise', () => {
    const listing = 'Two tech listings this month lifted hopes for the IPO market. Rubrik raised $752 million on Wednesday by selling shares at $32 each.';
    expect(deals(listing, [['Rubrik', 'r']], [['$752 million', 'USD', 7.52e8], ['$32', 'USD', 32]]).map((d) => d.type)).toEqual(['ipo']);
    const round = 'Rubrik raised $752 million on Wednesday by selling shares at $32 each to a group of investors.';
    expect(deals(round, [['Rubrik', 'r']], [['$752 million', 'USD', 7.52e8], ['$32', 'USD', 32]]).map((d) => d.type)).toEqual(['funding']);
  });
});

describe('extractDeals: a backer whose name holds "and"', () => {
  it('keeps the list going, and no part of the name becomes a person', () => {
    const text = 'Stripe has raised $6.5 billion in a Series I round, joined by new investors GIC, Goldman Sachs Asset and Wealth Management and Temasek.';
    const found = deals(text, [['Stripe', 's'], ['GIC', 'gic'], ['Goldman Sachs', 'gs'], ['Temasek', 't']], [['$6.5 billion', 'USD', 6.5e9]]);
    expect(found[0]!.investors.map((i) => i.name)).toEqual(['GIC', 'Goldman Sachs', 'Temasek']);
  });
});

describe('extractDeals: Chinese clauses that name backers before the company', () => {
  it('never make a backer the company that raised', () => {
    const text = '中国移动旗下中移资本领投，小米、联想跟投，地平线完成C轮融资。';
    const read = (specs: CompanySpec[]) => deals(text, specs).map((d) => [d.target.name, d.investors.map((i) => i.name)]);
    // (A raiser the data lacks is the name that opens its clause, zh-opening-name.ts: still never a backer.)
    expect(read([['中国移动', 'cm'], ['中移资本', 'cmc'], ['小米', 'xiaomi'], ['联想', 'lenovo']])).toEqual([['地平线', ['中移资本', '小米', '联想']]]);
    expect(read([['中国移动', 'cm'], ['中移资本', 'cmc'], ['小米', 'xiaomi'], ['联想', 'lenovo'], ['地平线', 'horizon']])).toEqual([['地平线', ['中移资本', '小米', '联想']]]);
  });

  it('name the company bought between 对 and 的收购 when the reader left it out', () => {
    expect(deals('宁德时代宣布完成对Millennial Lithium的收购。', [['宁德时代', 'catl']]).map((d) => [d.type, d.target.name])).toEqual([['acquisition', 'Millennial Lithium']]);
  });
});

describe('extractDeals: a Chinese stake bought in a company the reader left out', () => {
  it('names the company the stake delimits, never a pronoun or 公司', () => {
    expect(deals('吉利收购了戴姆勒9.69%的股份，成为其最大股东。', [['吉利', 'geely']]).map((d) => [d.type, d.target.name, d.investors.map((i) => i.name)])).toEqual([['stake-sale', '戴姆勒', ['吉利']]]);
    expect(deals('华曜股份公告，公司以3亿元收购该公司51%股权。', [['华曜股份', 'h']], [['3亿元', 'CNY', 3e8]])).toEqual([]);
  });
});

describe('extractDeals: the size of a stake', () => {
  it('is no name', () => {
    expect(deals('鸿海集团将以3888亿日元认购新股，取得约66%股权。', [['鸿海集团', 'foxconn']], [['3888亿日元', 'JPY', 3.888e11]])).toEqual([]);
  });
});

describe('extractDeals: two companies the reader left out, opening a merger sentence', () => {
  it('merge, the first as the target; generic words do not', () => {
    expect(deals('Chesapeake Energy and Southwestern Energy agreed to merge in a $7.4 billion all-stock deal.', [], [['$7.4 billion', 'USD', 7.4e9]]).map((d) => [d.type, d.target.name, d.investors.map((i) => i.name)])).toEqual([['merger', 'Chesapeake Energy', ['Southwestern Energy']]]);
    expect(deals('Officials and Regulators agreed to merge the agencies for $2 billion.', [], [['$2 billion', 'USD', 2e9]])).toEqual([]);
  });
});

describe('extractDeals: Chinese roles and sizes in the clauses of a round', () => {
  it('keeps the role words inside 获得…融资, and takes the size from a later clause of 本轮', () => {
    const inside = deals('澜海科技获得由红杉中国领投、高瓴资本跟投的5亿元B轮融资。', [['澜海科技', 'l'], ['红杉中国', 'h'], ['高瓴资本', 'g']], [['5亿元', 'CNY', 5e8]]);
    expect(inside[0]!.investors.map((i) => `${i.name}:${i.role}`)).toEqual(['红杉中国:lead', '高瓴资本:participant']);
    const later = deals('澜海科技完成C轮融资。本轮融资由红杉中国领投，金额为10亿元，高瓴资本跟投。', [['澜海科技', 'l'], ['红杉中国', 'h'], ['高瓴资本', 'g']], [['10亿元', 'CNY', 1e9]]);
    expect(later.map((d) => d.money)).toEqual([0]);
  });
});

describe('extractDeals: Chinese announcements naming what is bought', () => {
  const read = (text: string, specs: CompanySpec[], money: MoneySpec[] = []) => deals(text, specs, money).map((d) => [d.type, d.target.name, d.investors.map((i) => i.name)]);
  it('take a longer name the reader cut short as the company bought, its parent selling it', () => {
    expect(read('海信视像与东芝签署协议，以约129亿日元收购东芝映像解决方案公司95%股权。', [['海信视像', 'h'], ['东芝', 'toshiba']], [['129亿日元', 'JPY', 1.29e10]])).toEqual([['stake-sale', '东芝映像解决方案公司', ['海信视像']]]);
  });

  it('read holders listed with 等 as sellers, and never make "等持有" a name', () => {
    expect(read('长江电力以发行股份及支付现金的方式购买三峡集团等持有的云川公司100%股权，交易对价为804.84亿元。', [['长江电力', 'cyp'], ['三峡集团', 'ctg']], [['804.84亿元', 'CNY', 8.0484e10]])).toEqual([['acquisition', '云川公司', ['长江电力']]]);
  });

  it('name a company ending in 公司 by its stake, never 该公司 or 子公司', () => {
    expect(read('宁德时代以20亿元收购华曜公司51%股权。', [['宁德时代', 'catl']], [['20亿元', 'CNY', 2e9]])).toEqual([['stake-sale', '华曜公司', ['宁德时代']]]);
    expect(read('华曜股份以3亿元收购子公司51%股权。', [['华曜股份', 'h']], [['3亿元', 'CNY', 3e8]])).toEqual([]);
  });
});

describe('extractDeals: a financial adviser named beside the backers', () => {
  it('invests nothing', () => {
    const found = deals('澜海科技完成1亿美元C轮融资，投资方包括红杉中国、高瓴资本，华兴资本担任财务顾问。', [['澜海科技', 'l'], ['红杉中国', 'h'], ['高瓴资本', 'g'], ['华兴资本', 'cr']], [['1亿美元', 'USD', 1e8]]);
    expect(found[0]!.investors.map((i) => i.name)).toEqual(['红杉中国', '高瓴资本']);
  });
});

describe('extractDeals: control of a Chinese company bought', () => {
  it('is a purchase of the company the control words delimit; a generic kind of company is no party', () => {
    expect(deals('珠海华发集团以15亿元取得宇晟智能控股权。', [['珠海华发集团', 'hf']], [['15亿元', 'CNY', 1.5e9]]).map((d) => [d.type, d.target.name, d.investors.map((i) => i.name)])).toEqual([['stake-sale', '宇晟智能', ['珠海华发集团']]]);
    expect(deals('华曜股份计划取得澜海科技控股权。', [['华曜股份', 'h']])).toEqual([]);
  });
});

describe('extractDeals: a Chinese share transfer to a buyer the reader left out', () => {
  it('names the buyer between 向 and 转让', () => {
    const text = '格力集团以每股46.17元的价格向珠海明骏协议转让其持有的格力电器15%股份，转让总价款为416.62亿元。';
    const found = deals(text, [['格力集团', 'gg'], ['格力电器', 'gree']], [['46.17元', 'CNY', 46.17], ['416.62亿元', 'CNY', 4.1662e10]]);
    expect(found.map((d) => [d.type, d.target.name, d.investors.map((i) => i.name)])).toEqual([['stake-sale', '格力电器', ['珠海明骏']]]);
  });
});

describe('extractDeals: a round raised days before a plan was dropped', () => {
  it('is a round; a round that failed is none', () => {
    const text = 'Cerebras Systems has withdrawn its filing for an initial public offering, days after raising $1.1 billion privately.';
    expect(deals(text, [['Cerebras Systems', 'c']], [['$1.1 billion', 'USD', 1.1e9]]).map((d) => [d.type, d.money])).toEqual([['funding', 0]]);
    expect(deals('Cerebras Systems has called off its IPO, days after failing to raise $1.1 billion.', [['Cerebras Systems', 'c']], [['$1.1 billion', 'USD', 1.1e9]])).toEqual([]);
  });
});

describe('extractDeals: a second company bought in one Chinese purchase, that the reader left out', () => {
  it('is named after what it is, with its own shares', () => {
    const text = '吉利与DRB-HICOM集团签署协议，收购其旗下宝腾汽车49.9%的股份以及英国豪华跑车品牌路特斯51%的股份。';
    expect(deals(text, [['吉利', 'geely'], ['DRB-HICOM集团', 'drb'], ['宝腾汽车', 'proton']]).map((d) => [d.target.name, d.investors.map((i) => i.name)])).toEqual([
      ['宝腾汽车', ['吉利']],
      ['路特斯', ['吉利']],
    ]);
  });
});

describe('extractDeals: investors the company reader left out, inside or at the end of a list', () => {
  it('are read by the word that ends their name', () => {
    const text = 'Kelvara raised $10 million in a Series A led by Accel, with participation from Sequoia, Tern Capital, the Alpenhorn Foundation and Nvidia.';
    const found = deals(text, [['Kelvara', 'k'], ['Accel', 'accel'], ['Sequoia', 'sequoia'], ['Nvidia', 'nvidia']], [['$10 million', 'USD', 1e7]]);
    expect(found[0]!.investors.map((i) => i.name)).toEqual(['Accel', 'Sequoia', 'Tern Capital', 'Alpenhorn Foundation', 'Nvidia']);
    const tail = 'Kelvara raised $10 million in a Series A led by Accel, with participation from Sequoia and Tern Capital. Its revenue doubled.';
    expect(deals(tail, [['Kelvara', 'k'], ['Accel', 'accel'], ['Sequoia', 'sequoia']], [['$10 million', 'USD', 1e7]])[0]!.investors.map((i) => i.name)).toEqual(['Accel', 'Sequoia', 'Tern Capital']);
  });
});

describe('extractDeals: a Chinese take-private of a company the reader left out', () => {
  it('names the company that fills the rest of the clause', () => {
    const text = '阿里巴巴宣布以每股8.8港元私有化银泰商业，交易总价约198亿港元。';
    expect(deals(text, [['阿里巴巴', 'alibaba']], [['8.8港元', 'HKD', 8.8], ['198亿港元', 'HKD', 1.98e10]]).map((d) => [d.type, d.target.name, d.money])).toEqual([['acquisition', '银泰商业', 1]]);
  });
});

describe('extractDeals: a traditional-character page', () => {
  it('reads the triggers of a Taiwan story as of a simplified one, and keeps the sentence as written', () => {
    const text = '弘晟科技今日宣布，已完成收購日本精密零件廠三友精工100%股權，交易金額約新台幣12億元。';
    const found = deals(text, [['弘晟科技', 'unknown:hs'], ['三友精工', 'unknown:sy']], [['新台幣12億元', 'TWD', 1.2e9]]);
    expect(found.map((d) => `${d.type} ${d.target.name} ← ${d.investors.map((i) => i.name).join(',')} ${d.money}`)).toEqual(['acquisition 三友精工 ← 弘晟科技 0']);
    expect(found[0]?.text).toBe(text);
  });

  it('gives a name the data does not hold as the page wrote it', () => {
    const text = '本地連鎖餅店品牌麥香坊今日於聯交所主板上市，集資淨額約7.4億港元。';
    const found = deals(text, [], [['7.4億港元', 'HKD', 7.4e8]]);
    expect(found.map((d) => `${d.type} ${d.target.name}`)).toEqual(['ipo 麥香坊']);
  });
});
