import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';
import { dropNotCompanies, looksLikeAnyPerson, notCompanyReason } from './not-companies';

// Things that look like companies and are not (issue 4, item 5), and the dateline and product
// rules of item 2. The data here holds a news agency and a product-like name on purpose.
const records: CompanyRecord[] = [
  { id: 'google', name: 'Google', kind: 'company' },
  { id: 'alibaba-cloud', name: 'Alibaba Cloud', kind: 'company' },
  { id: 'tencent', name: 'Tencent', zh: ['腾讯'], kind: 'both' },
  { id: 'baidu', name: 'Baidu', zh: ['百度'], kind: 'both' },
  { id: 'baichuan-ai', name: 'Baichuan AI', shortNames: ['Baichuan'], kind: 'company' },
  { id: 'openai', name: 'OpenAI', kind: 'both' },
  { id: 'thomson-reuters', name: 'Thomson Reuters', shortNames: ['Reuters'], kind: 'company' },
  { id: 'bloomberg', name: 'Bloomberg LP', shortNames: ['Bloomberg'], kind: 'company' },
  { id: 'moonshot-ai', name: 'Moonshot AI', kind: 'company' },
];
const matcher = createCompanyMatcher(records);

function find(text: string): [string, string][] {
  return findCompanies(text, matcher).map((m) => [m.text, m.id]);
}

describe('datelines and news sources', () => {
  it('drops the agency of a dateline, even when the data holds it', () => {
    expect(find('BEIJING (Reuters) - Moonshot AI raised money.')).toEqual([['Moonshot AI', 'moonshot-ai']]);
    expect(find('SHANGHAI, March 5 (Bloomberg) -- Tencent said.')).toEqual([['Tencent', 'tencent']]);
    expect(find('HONG KONG (Reuters) — Baidu rose.')).toEqual([['Baidu', 'baidu']]);
  });

  it('drops a source that is only cited', () => {
    expect(find('Tencent invested, according to Reuters.')).toEqual([['Tencent', 'tencent']]);
    expect(find('Bloomberg News reported that Baidu would bid.')).toEqual([['Baidu', 'baidu']]);
    expect(find('Baidu told Reuters it would bid.')).toEqual([['Baidu', 'baidu']]);
  });

  it('keeps the same company when it is the subject of the news', () => {
    expect(find('Thomson Reuters bought a legal AI startup.')).toEqual([['Thomson Reuters', 'thomson-reuters']]);
    expect(find('Bloomberg LP is private.')).toEqual([['Bloomberg LP', 'bloomberg']]);
  });
});

describe('company names inside product names', () => {
  it('treats "<company> <product>" as the product: nothing is highlighted', () => {
    expect(find('Developers can call Google Gemini and Alibaba Cloud Qwen.')).toEqual([]);
    expect(find('Tencent Hunyuan and Baidu Ernie Bot were updated.')).toEqual([]);
    expect(find('百度文心一言和腾讯混元')).toEqual([]);
  });

  it('treats a data name that is a product\'s name, right after its maker, as the product', () => {
    const withNexon = createCompanyMatcher([...records, { id: 'nexon', name: 'Nexon', kind: 'company' }, { id: 'toyota', name: 'Toyota', kind: 'company' }]);
    const names = (text: string) => findCompanies(text, withNexon).map((m) => m.text);
    expect(names('The Tata Nexon and the Toyota Hilux sold well.')).toEqual([]);
    expect(names('Toyota said Nexon and Tencent would invest.')).toEqual(['Toyota', 'Nexon', 'Tencent']);
    expect(names("Korea's Nexon rose.")).toEqual(['Nexon']);
  });

  it('treats "<company> <model number>" as the product', () => {
    expect(find('Baichuan 4 is out.')).toEqual([]);
    expect(find('Baichuan 2 billion yuan')).toEqual([['Baichuan', 'baichuan-ai']]);
  });

  it('highlights the owner when the text marks it as the owner', () => {
    expect(find('Google’s Gemini and OpenAI’s ChatGPT')).toEqual([
      ['Google', 'google'],
      ['OpenAI', 'openai'],
    ]);
    expect(find('Gemini, made by Google, and Alibaba Cloud, maker of Qwen')).toEqual([
      ['Google', 'google'],
      ['Alibaba Cloud', 'alibaba-cloud'],
    ]);
    expect(find('Google gemini-style naming')).toEqual([['Google', 'google']]);
  });
});

describe('why a name is not a company', () => {
  it.each([
    [['ChatGPT'], 'product'],
    [['Ernie', 'Bot'], 'product'],
    [['GPT-4'], 'product'],
    [['Qingyan'], 'product'],
    [['WeChat'], 'product'],
    [['Wang', 'Xiaochuan'], 'person'],
    [['Kai-Fu', 'Lee'], 'person'],
    [['Elon', 'Musk'], 'person'],
    [['Chief', 'Executive', 'Zhang'], 'person'],
    [['Beijing'], 'place'],
    [['Hong', 'Kong'], 'place'],
    [['Silicon', 'Valley'], 'place'],
    [['Ministry', 'of', 'Finance'], 'government or institution'],
    [['Cyberspace', 'Administration', 'of', 'China'], 'government or institution'],
    [['Tsinghua', 'University'], 'government or institution'],
    [['Getty', 'Foundation'], 'government or institution'],
    [['British', 'Museum'], 'government or institution'],
    [['Labour'], 'government or institution'],
    [['Securities', 'and', 'Investments', 'Board'], 'government or institution'],
    [['Bank', 'of', 'England'], 'central bank'],
    [['Public', 'Sector', 'Pension', 'Investment', 'Board'], undefined],
    [['Securities'], 'generic words'],
    [['Bank', 'of', 'Japan'], 'central bank'],
    [['Reuters'], 'news source'],
    [['Bloomberg', 'News'], 'news source'],
    [['Venture', 'Capital'], 'generic words'],
  ])('%j: %s', (words, reason) => {
    expect(notCompanyReason(words)).toBe(reason);
  });

  it('finds nothing against company names', () => {
    for (const words of [['Shangcheng', 'Capital'], ['Galbot'], ['Deep', 'Robotics'], ['Li', 'Auto', 'Group'], ['Foundation', 'Medicine'], ['Foundation', 'Capital']]) {
      expect(notCompanyReason(words), words.join(' ')).toBeUndefined();
    }
  });
});

describe('precision guards on real pages (issue 16, item 5)', () => {
  const data = createCompanyMatcher([
    { id: 'nasdaq', name: 'Nasdaq', kind: 'company' },
    { id: 'allianz', name: 'Allianz', kind: 'both' },
    { id: 'bayer', name: 'Bayer', kind: 'company' },
    { id: 'apple', name: 'Apple', kind: 'company', match: 'case-sensitive' },
    { id: 'xiaomi', name: 'Xiaomi', zh: ['小米'], kind: 'company' },
    { id: 'bank-of-china', name: 'Bank of China', zh: ['中国银行'], kind: 'company' },
    { id: 'turkish-airlines', name: 'Turkish Airlines', zh: ['土耳其航空'], kind: 'company' },
  ]);
  const found = (text: string, siteName?: string) => findCompanies(text, data, siteName ? { siteName } : undefined).map((m) => m.text);

  it('does not highlight a company name that opens the name of an index, a venue, a club or a product', () => {
    expect(found('The Nasdaq Composite fell 3%. The KBW Nasdaq Bank Index rose.')).toEqual([]);
    expect(found('Bayern drew at the Allianz Arena against Bayer Leverkusen.')).toEqual([]);
    expect(found('The Apple Vision Pro costs $3,499.')).toEqual([]);
    expect(found('Nasdaq said its index fees rose; Allianz and Bayer reported results.')).toEqual(['Nasdaq', 'Allianz', 'Bayer']);
  });

  it('does not take a country, a nationality or a place for a company', () => {
    expect(found('The buyer took a stake in Portugal’s largest bank and in the Finnish group.')).toEqual([]);
    expect(found('Investors such as Portugal and Wan Chai backed it.')).toEqual([]);
  });

  it('does not read a short Chinese name inside an everyday word', () => {
    expect(found('早餐有小米粥。中国银行间市场交易商协会发布通知。小米发布新品。')).toEqual(['小米']);
    expect(found('小米')).toEqual(['小米']);
    expect(found('中国银行')).toEqual(['中国银行']);
    // An airline named after its country before 业 is the industry, before 业绩 its results.
    const airline = (text: string) => findCompanies(text, data).filter((m) => m.id === 'turkish-airlines').map((m) => text.slice(m.start, m.end + 2));
    expect(airline('土耳其航空业复苏，土耳其航空业绩大增，土耳其航空宣布扩张。')).toEqual(['土耳其航空业绩', '土耳其航空宣布']);
  });

  it('does not take the publisher of a copyright line for a company', () => {
    expect(found('© 2024 Nasdaq. All rights reserved.')).toEqual([]);
    expect(found('(c) by\nNasdaq. © 2020 - 2024\u00a0 the Nasdaq. COPYRIGHT\tNasdaq.')).toEqual([]);
    expect(found('Copyright The Allianz Daily Ltd 2019–2024')).toEqual([]);
  });

  it('does not take the site’s own name for a company', () => {
    expect(found('Copyright The Nasdaq Daily Ltd. Nasdaq rose.', 'The Nasdaq Daily')).toEqual(['Nasdaq']);
    expect(found('Nasdaq rose.', 'Nasdaq')).toEqual([]);
  });
});

describe('streaming products', () => {
  it('does not take "Disney+" or "Paramount+" for the company', () => {
    const data = createCompanyMatcher([{ id: 'disney', name: 'Disney', kind: 'company' }]);
    expect(findCompanies('Disney+ added subscribers, Disney said.', data).map((m) => m.text)).toEqual(['Disney']);
  });
});

describe('exchanges as venues (issue 16, item 5)', () => {
  const exchanges = createCompanyMatcher([
    ...records,
    { id: 'hkex', name: 'Hong Kong Exchanges and Clearing', shortNames: ['HKEX'], aliases: ['Hong Kong Stock Exchange'], zh: ['港交所'], kind: 'company' },
    { id: 'sse', name: 'Shanghai Stock Exchange', zh: ['上交所'], kind: 'company' },
    { id: 'nyse', name: 'New York Stock Exchange', shortNames: ['NYSE'], kind: 'company' },
    { id: 'nasdaq', name: 'Nasdaq', kind: 'company' },
  ]);
  const found = (text: string) => findCompanies(text, exchanges).map((m) => m.text);

  it('does not highlight an exchange named as where shares list or trade', () => {
    expect(found('Baidu rose 4% on the New York Stock Exchange.')).toEqual(['Baidu']);
    expect(found('Tencent plans to list on Nasdaq and would later leave the Shanghai Stock Exchange.')).toEqual(['Tencent']);
    expect(found('The Nasdaq-listed shares of Baidu fell.')).toEqual(['Baidu']);
    expect(found('Tencent is preparing a return to the New York Stock Exchange.')).toEqual(['Tencent']);
    expect(found('腾讯H股在港交所挂牌，百度则在上交所科创板上市。')).toEqual(['腾讯', '百度']);
    expect(found('百度股价当日跌停，上交所已向其发出问询函。')).toEqual(['百度']);
    expect(found('百度此前已获上交所受理科创板上市申请，上交所全天成交额创新高。')).toEqual(['百度']);
    // Writing the rules is the regulator's part too, also for the first of two exchanges joined by 和.
    expect(found('上交所和港交所随即修订股票上市规则，百度表示欢迎。')).toEqual(['百度']);
    expect(found('上交所公布全年营业收入。')).toEqual(['上交所']);
  });

  it('keeps an exchange that buys, is bought or reports as a company', () => {
    expect(found('Tencent has bought the Shanghai Stock Exchange data unit, and the New York Stock Exchange said volumes rose.')).toEqual(['Tencent', 'Shanghai Stock Exchange', 'New York Stock Exchange']);
    expect(found('港交所公布全年业绩，净利润创新高。')).toEqual(['港交所']);
    expect(found('HKEX said on Monday that it would cut fees.')).toEqual(['HKEX']);
  });
});

describe('models and venues named after their maker (issue 16, item 5)', () => {
  const makers = createCompanyMatcher([
    ...records,
    { id: 'airbus', name: 'Airbus', kind: 'company' },
    { id: 'boeing', name: 'Boeing', kind: 'company' },
    { id: 'nvidia', name: 'Nvidia', kind: 'company' },
    { id: 'mercedes-benz', name: 'Mercedes-Benz', zh: ['梅赛德斯-奔驰', '奔驰'], kind: 'company' },
  ]);
  const found = (text: string) => findCompanies(text, makers).map((m) => m.text);

  it('does not highlight a maker that opens a model number or model code', () => {
    expect(found('The Boeing 737 MAX 9 was grounded, and Airbus A321neo deliveries slipped; Nvidia H100 chips are scarce.')).toEqual([]);
  });

  it('keeps the maker before an amount, a count or a year', () => {
    expect(found('Boeing 737 jets aside, Airbus 300 million euros of orders and Nvidia 2024 results.')).toEqual(['Airbus', 'Nvidia']);
    expect(found('Airbus 150 employees were moved.')).toEqual(['Airbus']);
  });

  it('does not highlight a Chinese company name inside an app, a model, an index or a fund product', () => {
    const brands = createCompanyMatcher([...records, { id: 'xiaomi', name: 'Xiaomi', zh: ['小米'], kind: 'company' }, { id: 'moutai', name: 'Kweichow Moutai', zh: ['茅台'], kind: 'company' }]);
    const zh = (text: string) => findCompanies(text, brands).map((m) => m.text);
    expect(zh('小米YU7上市，i茅台上线新品，茅台酒提价，腾讯控股指数和百度ETF走强。')).toEqual([]);
    expect(zh('小米发布新车，茅台公告分红。')).toEqual(['小米', '茅台']);
  });

  it('reads a Chinese name right after a person’s title as the person', () => {
    const zh = (text: string) => findCompanies(text, createCompanyMatcher([...records, { id: 'li-ning', name: 'Li Ning', zh: ['李宁', '李宁公司'], kind: 'company' }])).map((m) => m.text);
    expect(zh('李宁公司创始人李宁出席发布会，李宁将加大投入。')).toEqual(['李宁公司', '李宁']);
  });

  it('does not take a one-word data name after a word that opens a place’s name ("Port Macquarie", "Lake Macquarie")', () => {
    const mq = createCompanyMatcher([...records, { id: 'macquarie', name: 'Macquarie Group', shortNames: ['Macquarie'], kind: 'company' }]);
    const en = (text: string) => findCompanies(text, mq).map((m) => m.text);
    expect(en('Port Macquarie was flooded and Lake Macquarie council met near Mt. Macquarie.')).toEqual([]);
    expect(en('Macquarie advised the port. Macquarie said the sale to Cape. Macquarie closed.')).toEqual(['Macquarie', 'Macquarie', 'Macquarie']);
  });

  it('does not highlight a Chinese company name that opens the name of a building, venue or team', () => {
    expect(found('演唱会在梅赛德斯-奔驰文化中心举行，奔驰也是赞助商。')).toEqual(['奔驰']);
  });

  it('does not highlight the owner’s name that opens a ship’s name in quotes ("“中远海运室女座”轮")', () => {
    const cosco = createCompanyMatcher([...records, { id: 'cosco-shipping', name: 'COSCO Shipping', zh: ['中远海运'], kind: 'company' }]);
    const zh = (text: string) => findCompanies(text, cosco).map((m) => m.text);
    expect(zh('集装箱船“中远海运室女座”轮命名交付，船东为中远海运。')).toEqual(['中远海运']);
    expect(zh('“中远海运”号称全球最大的航运企业之一。')).toEqual(['中远海运']);
  });
});

describe('names of other things around a company name (issue 16, item 5)', () => {
  const more = createCompanyMatcher([
    ...records,
    { id: 'toyota', name: 'Toyota', kind: 'company' },
    { id: 'honda', name: 'Honda', kind: 'company' },
    { id: 'tesco', name: 'Tesco', kind: 'company' },
    { id: 'fiserv', name: 'Fiserv', kind: 'company' },
    { id: 'dell', name: 'Dell Technologies', shortNames: ['Dell'], kind: 'company' },
    { id: 'bank-of-india', name: 'Bank of India', kind: 'company' },
    { id: 'bank-of-ireland', name: 'Bank of Ireland', kind: 'company' },
  ]);
  const found = (text: string) => findCompanies(text, more).map((m) => m.text);

  it('does not highlight a maker before a model code with letters and a digit or a hyphen', () => {
    expect(found('The Toyota RAV4 outsold the Honda CR-V and the Toyota C-Series.')).toEqual([]);
    expect(found('Toyota RAV sales rose; Honda CR said no.')).toEqual(['Toyota', 'Honda']);
  });

  it('does not highlight a company name that opens a forum, a school or a loyalty card', () => {
    expect(found('The Bucks play at Fiserv Forum; Dell Medical School opened; Tesco Clubcard holders saved.')).toEqual([]);
    expect(found('Fiserv said that Tesco would use it.')).toEqual(['Fiserv', 'Tesco']);
  });

  it('does not read a bank’s name inside the name of a central bank', () => {
    expect(found('The Reserve Bank of India raised rates and the Central Bank of Ireland fined a lender.')).toEqual([]);
    expect(found('State-owned Bank of India and Bank of Ireland raised rates.')).toEqual(['Bank of India', 'Bank of Ireland']);
  });

  it('does not read a name that opens a public body’s name joined by "and", "of" or "for"', () => {
    expect(found('The Tesco and Markets Authority met; the Fiserv of Wisconsin Commission too.')).toEqual([]);
    expect(found('Tesco and Fiserv Forum staff met; Tesco and Dell signed.')).toEqual(['Tesco', 'Tesco', 'Dell']);
  });

  it('reads a one-word name right after an honorific as a person', () => {
    expect(found('Lord Dell spoke, Mr. Tesco agreed and Dr Fiserv left.')).toEqual([]);
    expect(found('Dell spoke.')).toEqual(['Dell']);
  });

  it('does not read a data name that opens with a place inside a longer place name', () => {
    const airports = createCompanyMatcher([...records, { id: 'sydney-airport', name: 'Sydney Airport', kind: 'company' }]);
    expect(findCompanies('Flights to Western Sydney Airport start next year.', airports).map((m) => m.text)).toEqual([]);
    expect(findCompanies('Shares of Sydney Airport rose.', airports).map((m) => m.text)).toEqual(['Sydney Airport']);
  });

  it('reads a one-word name after "in the" that no business noun follows, or before a word of geography, as a place', () => {
    const amazon = createCompanyMatcher([...records, { id: 'amazon', name: 'Amazon', kind: 'company' }]);
    const names = (text: string) => findCompanies(text, amazon).map((m) => m.text);
    expect(names('Deforestation in the Amazon fell again, and the Amazon basin flooded.')).toEqual([]);
    expect(names('Investors in the Amazon deal gained; Amazon rose; staff in the Amazon warehouse struck.')).toEqual(['Amazon', 'Amazon', 'Amazon']);
  });

  it('reads a name before "family" or "and X families" as the family', () => {
    expect(found('The Toyota and Piëch families met; the Honda family agreed.')).toEqual([]);
    expect(found('Toyota and Honda agreed.')).toEqual(['Toyota', 'Honda']);
  });

  it('reads a maker’s name before "driver" or "team boss" as the racing team', () => {
    expect(found('He was the first Toyota driver to win; Honda team boss Ito agreed.')).toEqual([]);
    expect(found('Toyota drove sales higher.')).toEqual(['Toyota']);
  });

  it('reads a one-word name followed by "who" as a person', () => {
    expect(found('Dell, who founded Dell Technologies, gave money.')).toEqual(['Dell Technologies']);
    expect(found('Dell, which makes servers, rose.')).toEqual(['Dell']);
  });
});

describe('an exchange as a venue, with a city between the verb and its name', () => {
  const exchanges = createCompanyMatcher([{ id: 'hkex', name: 'HKEX', zh: ['联交所', '港交所'], kind: 'company' }]);
  it('drops "在香港联交所发行H股" and keeps an exchange that reports', () => {
    expect(findCompanies('公司拟在香港联交所发行H股。', exchanges)).toEqual([]);
    expect(findCompanies('港交所公布业绩。', exchanges).map((m) => m.text)).toEqual(['港交所']);
  });
});

describe('a founder’s name is a person, not the company', () => {
  const makers = createCompanyMatcher([{ id: 'ford', name: 'Ford', legalNames: ['Ford Motor Co'], kind: 'company' }]);
  it('reads "Henry Ford" as a person and "Ford Motor Co" as the company', () => {
    expect(findCompanies("Henry Ford's museum is in Dearborn. Ford Motor Co said sales rose.", makers).map((m) => m.text)).toEqual(['Ford Motor Co']);
  });
});

describe('a hotel named after a company', () => {
  const hotels = createCompanyMatcher([{ id: 'carlyle', name: 'Carlyle', legalNames: ['Carlyle Group'], kind: 'investor' }]);
  it('drops "Carlyle Hotel", keeps "Carlyle Group"', () => {
    expect(findCompanies('The Carlyle Hotel was full. Carlyle Group raised a fund.', hotels).map((m) => m.text)).toEqual(['Carlyle Group']);
  });
});

describe('dropNotCompanies', () => {
  const text = 'Mr. Google spoke, and Google said.';
  const title = { start: 4, end: 10, text: 'Google', id: 'google', name: 'Google' };
  const plain = { start: 22, end: 28, text: 'Google', id: 'google', name: 'Google' };

  it('drops a name after an honorific and keeps the company', () => {
    expect(dropNotCompanies(text, [title, plain])).toEqual([plain]);
  });

  it('keeps unasked the mentions a first round passed', () => {
    expect(dropNotCompanies(text, [title, plain], new Set([title]))).toEqual([title, plain]);
  });
});

describe('sports results, racing teams and people in wire copy (issue 16, item 5)', () => {
  const data = createCompanyMatcher([
    { id: 'manchester-united', name: 'Manchester United', kind: 'company' },
    { id: 'ford', name: 'Ford', kind: 'company' },
    { id: 'renault', name: 'Renault', kind: 'company' },
    { id: 'nissan', name: 'Nissan', kind: 'company' },
    { id: 'general-motors', name: 'General Motors', aliases: ['GM'], kind: 'company' },
    { id: 'zeiss', name: 'Carl Zeiss', kind: 'company' },
    { id: 'sony', name: 'Sony', kind: 'company' },
  ]);
  const found = (text: string) => findCompanies(text, data).map((m) => m.text);

  it('does not take a club with a score beside it in a line of results', () => {
    expect(found('Results on Saturday: Wimbledon 0 Manchester United 3, Arsenal 2 West Ham 0.')).toEqual([]);
    expect(found('Manchester United 2 Everton 0.')).toEqual([]);
  });

  it('does not take a sponsor that opens a list of cycling teams, but keeps a list of banks', () => {
    const teams = createCompanyMatcher([{ id: 'rabobank', name: 'Rabobank', kind: 'company' }, { id: 'ing', name: 'ING', kind: 'company' }]);
    expect(findCompanies('Rabobank, ONCE and Mapei riders took stage wins.', teams)).toEqual([]);
    expect(findCompanies('Rabobank and ING cut rates.', teams).map((m) => m.text)).toEqual(['Rabobank', 'ING']);
  });

  it('does not take a person named after a trade noun, nor a maker that opens a team’s name', () => {
    const named = createCompanyMatcher([
      { id: 'ralph-lauren', name: 'Ralph Lauren', kind: 'company' },
      { id: 'subaru', name: 'Subaru', kind: 'company' },
    ]);
    expect(findCompanies('Fashion designer Ralph Lauren attended; Colin McRae of Subaru World Rally Team was second.', named)).toEqual([]);
    expect(findCompanies('Ralph Lauren raised its forecast; Subaru recalled cars.', named).map((m) => m.text)).toEqual(['Ralph Lauren', 'Subaru']);
  });

  it('does not take a sponsor that opens the name of a race, even with "the" inside it', () => {
    const sponsor = createCompanyMatcher([{ id: 'whitbread', name: 'Whitbread', kind: 'company' }]);
    expect(findCompanies('SAILING - WHITBREAD RACE STARTS. Yachts left in the Whitbread Round the World Race.', sponsor)).toEqual([]);
    expect(findCompanies('Whitbread Round the country sold pubs.', sponsor).map((m) => m.text)).toEqual(['Whitbread']);
  });

  it('does not take a club in a row of a standings table', () => {
    expect(found('Standings: Manchester United 5 3 1 1 10 5 10')).toEqual([]);
  });

  it('keeps a company before a price, a share move or a count', () => {
    expect(found('Sony 40 yen higher; Manchester United 1,200 pence; Ford 3 percent up; Renault 2 billion francs.')).toEqual(['Sony', 'Manchester United', 'Ford', 'Renault']);
  });

  it('does not take a maker joined by a hyphen to a team’s name, but keeps two companies joined', () => {
    expect(found('Williams-Renault won; Sauber-Ford scored.')).toEqual([]);
    expect(found('The Renault-Nissan alliance grew.')).toEqual(['Renault', 'Nissan']);
  });

  it('does not take a person named after a title, or before Jr. or III, for the company', () => {
    expect(found('Senator Wendell Ford of Kentucky and Harold Ford Jr. won; Edsel Ford II spoke.')).toEqual([]);
    expect(found('Central bank governor Yasuo Ford said rates would stay low.')).toEqual([]);
  });

  it('keeps an airline before the model of aircraft it flies, and drops a maker before its own model', () => {
    const fleet = createCompanyMatcher([
      { id: 'valujet', name: 'ValuJet', kind: 'company' },
      { id: 'boeing', name: 'Boeing', kind: 'company' },
    ]);
    expect(findCompanies('A ValuJet DC-9 crashed; a Boeing 747 exploded.', fleet).map((m) => m.text)).toEqual(['ValuJet']);
  });

  it('does not take a company name that opens a venue or a club named after a town', () => {
    expect(found('The Bulls won at GM Place; Carl Zeiss Jena lost.')).toEqual([]);
  });
});

describe('a Chinese data name before an index or a rail line named after it (issue 16: fresh pages)', () => {
  const data = createCompanyMatcher([
    { id: 'hang-seng-bank', name: 'Hang Seng Bank', zh: ['恒生银行', '恒生'], kind: 'company' },
    { id: 'mtr', name: 'MTR', zh: ['港铁', '港铁公司'], kind: 'company' },
  ]);
  const read = (text: string) => findCompanies(text, data).map((m) => m.text);

  it('drops the name inside the index’s name, not before a verb or a particle that comes first', () => {
    expect(read('恒生科技指数涨1%。')).toEqual([]);
    expect(read('恒生银行是恒生指数成份股之一。')).toEqual(['恒生银行']);
    expect(read('恒生银行旗下的恒生指数公司负责编制。')).toEqual(['恒生银行']);
  });

  it('drops an operator’s name that opens the name of one of its lines', () => {
    expect(read('港铁东涌线延线工程进度理想，港铁公司则持平。')).toEqual(['港铁公司']);
  });
});

describe('indexes, services and exchange websites on real pages (issue 16: fresh pages, batch B)', () => {
  const data = createCompanyMatcher([
    { id: 'nasdaq', name: 'Nasdaq', legalNames: ['Nasdaq, Inc.'], kind: 'company' },
    { id: 'google', name: 'Google', kind: 'company' },
    { id: 'huawei', name: 'Huawei', zh: ['华为'], kind: 'company' },
    { id: 'szse', name: 'Shenzhen Stock Exchange', zh: ['深圳证券交易所'], kind: 'company' },
  ]);
  const read = (text: string) => findCompanies(text, data).map((m) => m.text);

  it('reads an index company’s name before a signed change or a level as the index', () => {
    expect(read('DJIA +3.57% · S&P 500 +2.53% · NASDAQ +2.95%')).toEqual([]);
    expect(read('Nasdaq 18,983.47 at the close')).toEqual([]);
    expect(read('Nasdaq Inc. said 2 companies listed.')).toEqual(['Nasdaq Inc.']);
  });

  it('drops a maker’s name that opens the name of its service, store or system', () => {
    expect(read('Google One AI Premium is free for a year; $999 at Google Store.')).toEqual([]);
    expect(read('热门板块：华为鸿蒙 低空经济')).toEqual([]);
    expect(read('Google said sales rose; 华为发布财报。')).toEqual(['Google', '华为']);
  });

  it('reads an exchange as a venue when filings appear on its website', () => {
    expect(read('以在深圳证券交易所网站发布的公告为准。')).toEqual([]);
  });
});

describe('news sources and services on Chinese portals and app banners (issue 16: real pages)', () => {
  const data = createCompanyMatcher([
    { id: 'sina', name: 'Sina', zh: ['新浪'], kind: 'company' },
    { id: 'netease', name: 'NetEase', zh: ['网易'], kind: 'company' },
    { id: 'tencent', name: 'Tencent', zh: ['腾讯'], kind: 'company' },
    { id: 'google', name: 'Google', kind: 'company' },
    { id: 'apple', name: 'Apple', kind: 'company' },
  ]);
  const read = (text: string) => findCompanies(text, data).map((m) => m.text);

  it('reads a portal before its channel and 讯, or in 据…报道, as the source of the report', () => {
    expect(read('新浪财经讯 11月18日晚，腾讯公布业绩。')).toEqual(['腾讯']);
    expect(read('据网易新闻报道，销量增长。')).toEqual([]);
    expect(read('腾讯新发布的游戏上线。')).toEqual(['腾讯']);
  });

  it('reads a maker’s news and app-store services as services', () => {
    expect(read('Get the latest news from Google News and Apple News, or download it on Google Play.')).toEqual([]);
  });
});

describe('a sponsor’s ground after "at the" (issue 16: sports pages)', () => {
  const data = createCompanyMatcher([
    { id: 'etihad', name: 'Etihad Airways', shortNames: ['Etihad'], kind: 'company' },
    { id: 'google', name: 'Google', kind: 'company' },
  ]);
  const read = (text: string) => findCompanies(text, data).map((m) => m.text);

  it('reads a one-word name after "at the" as the place, unless a business noun follows', () => {
    expect(read('Manchester City and Real Madrid drew at the Etihad; Barcelona won.')).toEqual([]);
    expect(read('He met analysts at the Google offices. Etihad said fares rose.')).toEqual(['Google', 'Etihad']);
  });
});

describe('a row of tags (issue 16: real pages)', () => {
  const data = createCompanyMatcher([
    { id: 'nissan', name: 'Nissan', kind: 'company' },
    { id: 'greggs', name: 'Greggs', kind: 'company' },
  ]);
  const read = (text: string) => findCompanies(text, data).map((m) => m.text);

  it('reads each one-word name of a tag row, though capitalised words stand on both sides', () => {
    expect(read('Topics: Nissan Greggs Sunderland Jobs')).toEqual(['Nissan', 'Greggs']);
    expect(read('Chairman Roberto Greggs Castellani said')).toEqual([]);
  });
});

describe('teams, regions and bodies in fresh wire copy (issue 16, session 15)', () => {
  const data = createCompanyMatcher([
    ...records,
    { id: 'oracle', name: 'Oracle', kind: 'company' },
    { id: 'red-bull', name: 'Red Bull', kind: 'company' },
    { id: 'ferrari', name: 'Ferrari', legalNames: ['Ferrari NV'], kind: 'company' },
    { id: 'aichi', name: 'Aichi', legalNames: ['Aichi Corporation'], kind: 'company' },
  ]);
  const texts = (text: string) => findCompanies(text, data).map((m) => m.text);

  it('reads a team named after sponsors or a maker as the team', () => {
    expect(texts('Max Verstappen won for Oracle Red Bull Racing ahead of Charles Leclerc of Scuderia Ferrari. Shares of Ferrari NV were flat.')).toEqual(['Ferrari NV']);
  });

  it('reads a one-word name after "in <Town>, " and before a comma as the town’s region', () => {
    expect(texts('The maker, based in Kariya, Aichi, builds forklifts. Aichi rose 2%.')).toEqual(['Aichi']);
  });

  it('takes plural heads of public bodies as bodies too', () => {
    expect(notCompanyReason(['National', 'Institutes', 'of', 'Health'])).toBe('government or institution');
  });

  it('takes a computer line’s name as a product ("Mac Pro Shipping in December": a headline, not a shipping firm)', () => {
    expect(notCompanyReason(['Mac', 'Pro', 'Shipping'])).toBe('product');
  });
});

describe('products, advert lines, towns and quote lines on pages (issue 16, session 15)', () => {
  const data = createCompanyMatcher([
    ...records,
    { id: 'apple', name: 'Apple', kind: 'company', match: 'case-sensitive' },
    { id: 'lseg', name: 'London Stock Exchange Group', shortNames: ['London Stock Exchange'], kind: 'company' },
  ]);
  const texts = (text: string) => findCompanies(text, data).map((m) => m.text);

  it('reads Apple Intelligence as the product and Member FDIC as no company', () => {
    expect(texts('Apple unveiled Apple Intelligence. Brightvale Bank, Member FDIC.')).toEqual(['Apple', 'Brightvale Bank']);
  });

  it('reads a town before a county as the town, and an exchange in a quote line as the venue', () => {
    expect(texts('Marlow Aerostructures plc makes wings.\nHeadquarters: Marlow, Buckinghamshire')).toEqual(['Marlow Aerostructures plc']);
    expect(texts('MRLW · London Stock Exchange · Currency in GBp\nLondon Stock Exchange Group reported results.')).toEqual(['London Stock Exchange Group']);
  });
});

describe('a browser named after its maker (issue 16, session 15)', () => {
  it('reads Netscape Navigator as the product', () => {
    const data = createCompanyMatcher([...records, { id: 'netscape', name: 'Netscape', kind: 'company' }]);
    expect(findCompanies('Netscape said Netscape Navigator gained users.', data).map((m) => m.text)).toEqual(['Netscape']);
  });
});

describe('towns and counties, narrowly (issue 16, session 15)', () => {
  const data = createCompanyMatcher([
    ...records,
    { id: 'apple', name: 'Apple', kind: 'company' },
    { id: 'berkshire-hathaway', name: 'Berkshire Hathaway', kind: 'company' },
    { id: 'volkswagen', name: 'Volkswagen', kind: 'company' },
  ]);
  const texts = (text: string) => findCompanies(text, data).map((m) => m.text);

  it('keeps a company before a county-like company name, and after "in <Town>, " without "based"', () => {
    expect(texts('Apple, Berkshire Hathaway and Tencent rose. Shares rose in Wolfsburg, Volkswagen, which makes cars, gained.')).toEqual(['Apple', 'Berkshire Hathaway', 'Tencent', 'Volkswagen']);
  });
});

describe('fresh set 2 (issue 16): towns before a state, places north of, founders, exchanges’ figures, seas', () => {
  const m = createCompanyMatcher([
    { id: 'norfolk-southern', name: 'Norfolk Southern', legalNames: ['Norfolk Southern Corp.'], kind: 'company' },
    { id: 'li-ning', name: 'Li Ning', zh: ['李宁'], kind: 'company' },
    { id: 'hkex', name: 'HKEX', zh: ['香港交易所', '上海证券交易所'], kind: 'company' },
    { id: 'hna-group', name: 'HNA Group', zh: ['海航'], kind: 'company' },
    { id: 'evergreen-marine', name: 'Evergreen Marine', zh: ['长荣海运'], kind: 'company' },
  ]);
  const ids = (text: string) => findCompanies(text, m).map((x) => `${x.text}=${x.id}`);

  it('reads a name before ", Virginia", ", Pa." or ", Ontario", or north of it, as the town', () => {
    expect(ids('Norfolk Southern Corp. moved to Atlanta from Norfolk, Virginia, last year.')).toEqual(['Norfolk Southern Corp.=norfolk-southern']);
    expect(ids('Thunder Bay Nickel Corp. drilled north of Thunder Bay. Thunder Bay Nickel rose.')).toEqual(['Thunder Bay Nickel Corp.=unknown:thunder-bay-nickel', 'Thunder Bay Nickel=unknown:thunder-bay-nickel']);
  });

  it('reads a short Chinese name that founds something as its founder', () => {
    expect(ids('体操运动员出身的李宁创办的李宁有限公司公布业绩。')).toEqual(['李宁有限公司=li-ning']);
  });

  it('reads an exchange’s figures and what it newly accepts as the market’s, and no 海航 in 红海航线', () => {
    expect(ids('香港交易所数据显示，南向资金净流入。上海证券交易所新受理的IPO申请回升。')).toEqual([]);
    expect(ids('红海航线受阻推升运价，长荣海运获利。')).toEqual(['长荣海运=evergreen-marine']);
  });
});

describe('golden pages of session 16 (issue 16): a transcript’s headings, an exchange before a symbol or its rules', () => {
  const m = createCompanyMatcher([
    { id: 'nyse', name: 'New York Stock Exchange', shortNames: ['NYSE'], kind: 'company' },
    { id: 'sse', name: 'Shanghai Stock Exchange', zh: ['上海证券交易所'], kind: 'company' },
  ]);
  const ids = (text: string) => findCompanies(text, m).map((x) => `${x.text}=${x.id}`);

  it('reads no company in a heading over people, nor the exchange before a symbol', () => {
    expect(ids('Call participants\nCorporate participants\nJenna Liu — Vice President, Investor Relations')).toEqual([]);
    expect(ids('Corriveau Aerostructures Inc. (NYSE: CVAS) held its call.')).toEqual(['Corriveau Aerostructures Inc.=unknown:corriveau-aerostructures']);
  });

  it('reads an exchange whose rules a filing follows as the regulator', () => {
    expect(ids('本次减持计划符合上海证券交易所相关规定。')).toEqual([]);
  });
});

describe('fresh set 2 (issue 16), batch C: a dealer’s brands, a bank’s name inside an institution’s', () => {
  const m = createCompanyMatcher([
    { id: 'mercedes-benz', name: 'Mercedes-Benz', zh: ['奔驰'], kind: 'company' },
    { id: 'bmw', name: 'BMW', zh: ['宝马'], kind: 'company' },
    { id: 'bank-of-india', name: 'Bank of India', kind: 'company' },
  ]);
  const ids = (text: string) => findCompanies(text, m).map((x) => `${x.text}=${x.id}`);

  it('reads car brands before a dealer’s showrooms as brands', () => {
    expect(ids('旗下奔驰和宝马4S店销量下滑。')).toEqual([]);
    expect(ids('奔驰和宝马均上调了售价。')).toEqual(['奔驰=mercedes-benz', '宝马=bmw']);
  });

  it('reads "Bank of India" after a capitalised word as part of another name', () => {
    expect(ids('a loan from the Industrial Development Bank of India. Bank of India rose.')).toEqual(['Bank of India=bank-of-india']);
  });
});

describe('a company’s name opening its brand’s (issue 16, golden page cma-notices-2025-larchfield-tollgate)', () => {
  const m = createCompanyMatcher([{ id: 'tesco', name: 'Tesco', kind: 'company' }]);
  it('reads "its Tollgate Farmhouse brand" as the brand, "Tesco Finest range" too', () => {
    expect(findCompanies('Tollgate Bakeries Holdings Ltd (Tollgate) sells bread under its Tollgate Farmhouse brand. Larchfield agreed to buy Tollgate.', m).map((x) => x.text).filter((t) => t.startsWith('Tollgate'))).toEqual(['Tollgate Bakeries Holdings Ltd', 'Tollgate', 'Tollgate']);
    expect(findCompanies('Shoppers liked the Tesco Finest range, Tesco said.', m).map((x) => x.text)).toEqual(['Tesco']);
  });

  // Session 17 (wire-fresh-3): a club read as a company after "a stake in", an index written with "index" in lower
  // case, and an exchange known by its initials named as where shares trade.
  it('reads a place and a club\'s word as a club, an index before a lower-case "index", and "on the BSE" as a venue', () => {
    expect(notCompanyReason(['Leeds', 'United'])).toBeDefined();
    expect(notCompanyReason(['Kingsbridge', 'Athletic'])).toBe('club');
    expect(notCompanyReason(['Harbour', 'Rovers'])).toBe('club');
    const more = createCompanyMatcher([...records, { id: 'hang-seng-bank', name: 'Hang Seng Bank', shortNames: ['Hang Seng'], kind: 'company' }, { id: 'bse', name: 'BSE', legalNames: ['BSE Limited'], kind: 'company' }]);
    expect(findCompanies("Hong Kong's Hang Seng index was flat. Hang Seng Bank rose.", more).map((x) => x.text)).toEqual(['Hang Seng Bank']);
    expect(findCompanies('The small cap surged on its market debut on the BSE. BSE said volumes rose.', more).map((x) => x.text)).toEqual(['BSE']);
  });

  it('knows the towns, counties and states of regional news as places: a company named after one is not linked by the town alone', () => {
    expect(notCompanyReason(['Worcester'])).toBe('place');
    expect(notCompanyReason(['Kansas', 'City', 'Southern'])).toBeUndefined();
    const text = 'Worcester Bosch, the boiler maker, said it would add 100 jobs in Worcester. Workers in Worcester welcomed it.';
    expect(findCompanies(text, matcher).map((x) => x.text)).toEqual(['Worcester Bosch']);
    expect(notCompanyReason(['Advanced', 'Manufacturing', 'Research', 'Centre'])).toBe('government or institution');
  });

  it('reads an exchange whose prices a story quotes as a venue ("上海期货交易所的铝价")', () => {
    const ex = createCompanyMatcher([...records, { id: 'shfe', name: 'Shanghai Futures Exchange', zh: ['上海期货交易所'], kind: 'company' }]);
    expect(findCompanies('今年以来，上海期货交易所的铝价在每吨1.9万元至2.1万元之间波动。', ex).map((x) => x.text)).toEqual([]);
  });

  it('reads a capitalised word and the kind of product after a maker\'s name as the product ("Westmoor Gold lager")', () => {
    const text = 'Westmoor Brewing Co. said sales fell, though its Westmoor Gold lager held its share. Corvane Motors Inc. is recalling 4,100 Corvane Terra SUVs.';
    expect(findCompanies(text, matcher).map((x) => x.text)).toEqual(['Westmoor Brewing Co.', 'Corvane Motors Inc.']);
  });

  it('reads an unknown company\'s two-character short form after a surname, at a clause start or before 先生, as a person', () => {
    const text = '温州正达电器股份有限公司创始人林正达先生于本月3日逝世。林正达1984年以3000元起家，创办正达电器。正达表示将继续经营。';
    expect(findCompanies(text, matcher).map((x) => x.text)).toEqual(['温州正达电器股份有限公司', '正达电器', '正达']);
  });

  it('reads a picture\'s credit as the page\'s furniture ("Photograph: Getty Images"), the same name elsewhere as a company', () => {
    const m2 = createCompanyMatcher([...records, { id: 'getty-images', name: 'Getty Images', kind: 'company' }]);
    expect(findCompanies('Photograph: Getty Images. Getty Images said revenue rose.', m2).map((x) => x.start)).toEqual([26]);
  });

  it('reads the surname of a person the page names alone as the person, not as an unknown company named after them', () => {
    const text = 'Margaret Ellery, who ran Ellery Shipping Ltd for four decades, died. Ellery took over the agency in 1968. Ellery Shipping was sold.';
    expect(findCompanies(text, matcher).map((x) => x.text)).toEqual(['Ellery Shipping Ltd', 'Ellery Shipping']);
    expect(findCompanies('Northgate Mining Corp agreed to buy Tamarack Copper Ltd. Northgate said the deal would close.', matcher).map((x) => x.text)).toContain('Northgate');
  });
});

// Shapes seen on real pages (issue 16, item 5), in our own words.
describe('a name before a noun that says what else it is', () => {
  it('is a party, a government, a place or a people, not a company', () => {
    expect(find('A government led by Tencent party members fell.')).toEqual([]);
    expect(find('Tencent said the Baidu administration erred.')).toEqual([['Tencent', 'tencent']]);
  });
});

describe('the authors of a reference list', () => {
  it('are people, surname first', () => {
    expect(find('^ Baidu, Alex (January 2005). "Huge eagles". ^ Langton, Google (1996). A history.')).toEqual([]);
    expect(find('^ Wallis, G. P.; Tencent, S. A. (2009). "Phylogeography".')).toEqual([]);
  });

  it('leave a list of companies alone', () => {
    expect(find('Google, Baidu (which fell) and Tencent (up 2%) reported.')).toEqual([['Google', 'google'], ['Baidu', 'baidu'], ['Tencent', 'tencent']]);
  });
});

describe('a data name closing a person’s name', () => {
  it('is the person, after any common given name', () => {
    expect(find('Columns by Holly Baidu and Melissa Tencent.')).toEqual([]);
  });
});

describe('names whose shape or words say what else they are (real pages, issue 16, item 5)', () => {
  it.each([
    [['Islamists'], 'people'],
    [['Times', 'Square'], 'place'],
    [['Boulevard', 'Montmartre'], 'place'],
    [['Exclusive', 'Economic', 'Zone'], 'place'],
    [['Network', 'Security', 'Services'], 'generic words'],
  ])('%j: %s', (names, reason) => {
    expect(notCompanyReason(names)).toBe(reason);
  });

  it('reads a month in capitals before a day as the date', () => {
    const nov = createCompanyMatcher([{ id: 'nov', name: 'NOV', legalNames: ['NOV Inc.'], kind: 'company' }]);
    const read = (text: string) => findCompanies(text, nov).map((m) => m.text);
    expect(read('Offer to Take Sudan Off the List NOV. 7, 2010')).toEqual([]);
    expect(read('NOV Inc. said NOV would cut jobs.')).toEqual(['NOV Inc.', 'NOV']);
  });
});

describe('page chrome around the companies (real pages, issue 16, item 5)', () => {
  it('takes the holder before a copyright notice on the same line for the publisher', () => {
    expect(find('2019 Tencent Holdings Ltd. All rights reserved.')).toEqual([]);
    expect(find('Baidu Ltd, Brighton, UK. © 2004-2019 All rights reserved.')).toEqual([]);
    expect(find('Copyright © 2015, Baidu, Inc. Comments are their authors’.')).toEqual([]);
    expect(find('© Provided by Tencent Inc')).toEqual([]);
    // A story's last company, before the copyright line on a line of its own, is the story's.
    expect(find('Alibaba Cloud sold it to Tencent.\n© 2024 All rights reserved.')).toEqual([['Alibaba Cloud', 'alibaba-cloud'], ['Tencent', 'tencent']]);
  });

  it('reads an imperative verb of a page’s menus as no part of a name', () => {
    expect(find('Despite AI’s clear benefits, onboarding is slow.')).toEqual([]);
    expect(find('Cookies · Legal\nVisit Kestrel Holdings Corporation’s parent.').map(([t]) => t)).toEqual(['Kestrel Holdings Corporation']);
  });

  it('reads bodies by their first word, and universities named alone, as institutions', () => {
    expect(notCompanyReason(['Museum', 'of', 'Neon', 'Art'])).toBe('government or institution');
    expect(notCompanyReason(['Project', 'Jonah'])).toBe('government or institution');
    expect(notCompanyReason(['Harvard'])).toBe('government or institution');
  });

  it('reads a data name before an event’s word as the event', () => {
    expect(find('Sections: Women in the World, Tencent Summit, Baidu Week.')).toEqual([]);
  });
});

describe('owners named on a copyright or trademark line, and sports leagues', () => {
  it('are chrome, not companies of the story', () => {
    expect(find('© 2022 Baidu LLC. All Rights Reserved. A Division of Tencent')).toEqual([]);
    expect(find('Baidu Sports is a registered trademark of Tencent Holdings Limited.').map(([t]) => t)).not.toContain('Tencent Holdings Limited');
    expect(notCompanyReason(['MLB'])).toBe('sports league');
    expect(notCompanyReason(['Major', 'League', 'Baseball'])).toBe('sports league');
    expect(notCompanyReason(['Treasuries'])).toBe('securities');
  });
});

describe('company names that open with a word of menus', () => {
  it('keep it ("Discover Financial Services")', () => {
    const discover = createCompanyMatcher([{ id: 'capital-one', name: 'Capital One', kind: 'company' }]);
    expect(findCompanies('Capital One agreed to buy Discover Financial Services for $35 billion.', discover).map((m) => m.text)).toEqual(['Capital One', 'Discover Financial Services']);
  });
});

describe('more shapes from saved real pages (issue 16, item 5)', () => {
  it('reads the authors of a Vancouver-style reference list as people, initials too', () => {
    const data = createCompanyMatcher([{ id: 'anker', name: 'Anker', kind: 'company' }, { id: 'jd-com', name: 'JD', kind: 'company' }]);
    const read = (text: string) => findCompanies(text, data).map((m) => m.text);
    expect(read('Publications: Anker P, Mulcahy H, Chen XQ. Detection of mutations.')).toEqual([]);
    expect(read('Wu Y, Kensler TW, Vogelstein B, Groopman JD. Specific mutations.')).toEqual([]);
    expect(read('Anker sold chargers; JD.com and JD, Alibaba rivals, rose.')).toContain('Anker');
  });

  it('reads a maker’s named service as the service', () => {
    expect(find('Find this author on Google Scholar.')).toEqual([]);
  });
});

describe('a place’s kind alone', () => {
  it('is no place: "Square" may be the company', () => {
    expect(notCompanyReason(['Square'])).toBeUndefined();
    expect(notCompanyReason(['Times', 'Square'])).toBe('place');
  });
});

describe('everyday words, model numbers and quoted titles on real pages', () => {
  const words = createCompanyMatcher([
    { id: 'box', name: 'Box', kind: 'company' },
    { id: 'amazon', name: 'Amazon', kind: 'company' },
    { id: 'ford', name: 'Ford', kind: 'company' },
    { id: 'ferrari', name: 'Ferrari', kind: 'company' },
    { id: 'bt-group', name: 'BT', kind: 'company' },
  ]);
  const texts = (text: string) => findCompanies(text, words).map((m) => m.text);

  it('reads a company name as the everyday word its neighbour makes it', () => {
    expect(texts('News Galleries Box Office Trailers')).toEqual([]);
    expect(texts('at the "Caja Magica" (Magic Box) centre court')).toEqual([]);
    expect(texts('Brazil’s Amazon rainforest loss rose; cities cut ties with companies linked to Amazon fires.')).toEqual([]);
  });

  it('keeps the company beside other words', () => {
    expect(texts('Box raised prices. Amazon shares rose.')).toEqual(['Box', 'Amazon']);
  });

  it('reads the everyday words of the table’s other names too', () => {
    const more = createCompanyMatcher([
      { id: 'apple', name: 'Apple', kind: 'company' },
      { id: 'viking', name: 'Viking', kind: 'company' },
      { id: 'grab', name: 'Grab', kind: 'company' },
    ]);
    const read = (text: string) => findCompanies(text, more).map((m) => m.text);
    expect(read('The Big Apple’s billboards; a 9th century Viking woman; Grab your copy now.')).toEqual([]);
    expect(read('Apple, Viking and Grab reported results.')).toEqual(['Apple', 'Viking', 'Grab']);
  });

  it('reads a name joined to a long number as a model', () => {
    expect(texts('I cherish the journey, as I do with BT-7274.')).toEqual([]);
    expect(texts('BT-owned EE and BT rose.')).toEqual(['BT', 'BT']);
  });

  it('reads names inside a quoted title with "v" as the title’s', () => {
    expect(texts('In ‘Ford v Ferrari’, the racetrack came to life.')).toEqual([]);
    expect(texts('Where does that leave "Ford v Ferrari" and "Waves"?')).toEqual([]);
    expect(texts('Ford said ‘Ferrari’ was a rival; Ford and Ferrari raced.')).toEqual(['Ford', 'Ferrari', 'Ford', 'Ferrari']);
  });
});

describe('given names that are companies’ names, and phrases in lower case (real pages)', () => {
  const data = createCompanyMatcher([
    { id: 'leonardo', name: 'Leonardo', kind: 'company' },
    { id: 'clarkson', name: 'Clarkson', kind: 'company' },
    { id: 'spacex', name: 'SpaceX', aliases: ['Space Exploration'], kind: 'company' },
    { id: 'amazon', name: 'Amazon', kind: 'company' },
    { id: 'ford', name: 'Ford', kind: 'company' },
    { id: 'ferrari', name: 'Ferrari', kind: 'company' },
  ]);
  const texts = (text: string) => findCompanies(text, data).map((m) => m.text);

  it('reads such a given name before a surname, and a company name after it, as a person', () => {
    expect(texts('The tie was decided when Leonardo Mayer topped Jarry.')).toEqual([]);
    expect(texts('Kelly Clarkson laughs off the backlash; Leonardo DiCaprio scares Jonah Hill.')).toEqual([]);
    expect(texts('Leonardo Helicopters and Leonardo said; Clarkson rose.')).toEqual(['Leonardo', 'Leonardo', 'Clarkson']);
  });

  it('reads a data name at a sentence’s start with its second word in lower case as a phrase', () => {
    expect(texts('“Space exploration, and especially humans becoming multi-planetary, needs a market.”')).toEqual([]);
    expect(texts('Space Exploration Technologies raised money.')).toEqual(['Space Exploration Technologies']);
  });

  it('reads a place’s possessive as the neighbour of an everyday word, and a title with its closing comma', () => {
    expect(texts('Deforestation in Brazil’s Amazon is highest since 2008.')).toEqual([]);
    expect(texts('Locations play a key role in ‘Ford v Ferrari,’ starring two actors.')).toEqual([]);
  });
});

describe('another language’s word and a phone’s name (real pages)', () => {
  const data = createCompanyMatcher([
    { id: 'uber', name: 'Uber', kind: 'company' },
    { id: 'orsted', name: 'Orsted', kind: 'company' },
    { id: 'motorola-solutions', name: 'Motorola Solutions', shortNames: ['Motorola'], kind: 'company' },
  ]);
  const texts = (text: string) => findCompanies(text, data).map((m) => m.text);

  it('reads a short word with a German umlaut the company’s name lacks as the word', () => {
    expect(texts('Über die Daten der Akte hinaus kann der Patient mehr sehen.')).toEqual([]);
    expect(texts('Uber rose; Uber über alles.')).toEqual(['Uber', 'Uber']);
  });

  it('reads a maker’s name before its phone’s as the phone’s', () => {
    expect(texts('This year the Motorola Razr made a comeback.')).toEqual([]);
  });
});

describe('given names of sport, film and politics (real pages)', () => {
  it('reads a company name after one as a surname', () => {
    const data = createCompanyMatcher([{ id: 'santos', name: 'Santos', kind: 'company' }]);
    expect(findCompanies('Aqui tenho dois companheiros, Reginaldo Santos e Gabriel Murilo.', data)).toEqual([]);
    expect(findCompanies('Santos rose 2%.', data).map((m) => m.text)).toEqual(['Santos']);
  });
});

describe('a company name the page uses as a person’s surname (real pages)', () => {
  const data = createCompanyMatcher([
    { id: 'ford', name: 'Ford', legalNames: ['Ford Motor Company'], kind: 'company' },
    { id: 'dell', name: 'Dell', kind: 'company' },
  ]);
  const texts = (text: string) => findCompanies(text, data).map((m) => m.text);

  it('reads the surname alone as the person when the page names them in full twice and never the company', () => {
    const page = 'Copies of the novel by John M. Ford sold for $200. Ford had other books. John M. Ford died in 2006. Ford and Fry replied.';
    expect(texts(page)).toEqual([]);
  });

  it('keeps the company on a page that writes it with a corporate word, or names the person once', () => {
    expect(texts('Michael Dell spoke. Dell Technologies rose, and Michael Dell said Dell would grow.')).toEqual(['Dell Technologies', 'Dell']);
    expect(texts('Henry Ford built cars. Ford sold 2 million.')).toEqual(['Ford']);
  });

  it('reads a contest or an award as no company', () => {
    expect(notCompanyReason(['Davis', 'Cup'])).toBe('event');
    expect(notCompanyReason(['Booker', 'Prize'])).toBe('event');
  });
});

describe('clubs by a royal title, a menu’s "More", and more given names (real pages)', () => {
  it('reads them as no company', () => {
    expect(notCompanyReason(['Real', 'Madrid'])).toBe('club');
    expect(looksLikeAnyPerson(['Kylie', 'Jenner'])).toBe(true);
  });
});

describe("a blog's commenters", () => {
  it('drops the name a commenter goes by wherever the page writes it', () => {
    const m = createCompanyMatcher([{ id: 'princo', name: 'Princeton University Investment Company', aliases: ['PRINCO'], kind: 'investor' }]);
    const text = 'Comment by Princo — 17.07, 2011 @ 22:24\n@Princo da haben sie wohl nicht aufgepasst.';
    expect(findCompanies(text, m)).toEqual([]);
  });
});

describe('everyday neighbours of Box and Meta', () => {
  const m = createCompanyMatcher([{ id: 'box', name: 'Box', kind: 'company' }, { id: 'meta', name: 'Meta', kind: 'company' }]);
  const ids = (text: string) => findCompanies(text, m).map((c) => c.id);
  it('reads a post-office box, a beauty box and a blog sidebar widget as no company', () => {
    expect(ids('Creative Commons PO Box 1866, Mountain View, CA 94042')).toEqual([]);
    expect(ids('Write to P.O. Box 12, Springfield.')).toEqual([]);
    expect(ids('Durchatmen Beauty Box für empfindliche Haut')).toEqual([]);
    expect(ids('Wissenschaft Meta Anmelden Beitrags-Feed (RSS)')).toEqual([]);
    expect(ids('Search: Meta: Anmelden RSS Kommentare als RSS')).toEqual([]);
  });
  it('keeps the companies in prose', () => {
    expect(ids('Box shares rose after Meta said it would buy more cloud storage.')).toEqual(['box', 'meta']);
  });
});

describe('a time zone after a clock time', () => {
  const m = createCompanyMatcher([{ id: 'hkt', name: 'HKT', kind: 'company' }]);
  const ids = (text: string) => findCompanies(text, m).map((c) => c.id);
  it('is no company', () => {
    expect(ids('Trading resumes at 9:30 HKT on Monday.')).toEqual([]);
    expect(ids('The call starts at 10am (HKT).')).toEqual([]);
  });
  it('leaves the company of the letters elsewhere', () => {
    expect(ids('HKT raised its dividend.')).toEqual(['hkt']);
  });
});

describe('a German quote’s speaker', () => {
  it('is a person wherever the page writes the surname', () => {
    const m = createCompanyMatcher([{ id: 'kemper', name: 'Kemper', kind: 'company' }, { id: 'siemens', name: 'Siemens', kind: 'company' }]);
    const text = 'Für Kemper ist dies nicht nachvollziehbar. Das sei Revolution, sagt Kemper. Siemens sagt dazu nichts.';
    expect(findCompanies(text, m).map((c) => c.id)).toEqual(['siemens']);
  });
});

describe("a blog's theme in its footer", () => {
  it('is no company', () => {
    const m = createCompanyMatcher([{ id: 'google', name: 'Google', kind: 'company' }]);
    expect(findCompanies('Zun Zeng Wong (1) Awesome Inc. theme. Powered by Blogger.', m)).toEqual([]);
  });
});

describe('a charity or a publication a cue guessed', () => {
  const m = createCompanyMatcher([{ id: 'google', name: 'Google', kind: 'company' }]);
  const texts = (text: string) => findCompanies(text, m).map((c) => c.text);
  it('is no company', () => {
    expect(texts('The grant came from Good Ventures, a philanthropic foundation.')).toEqual([]);
    expect(texts('The END Fund, a private philanthropic initiative, said it would help.')).toEqual([]);
    expect(texts('Writing in Fast Company magazine, she argued for it.')).toEqual([]);
  });
  it('leaves a fund and a firm', () => {
    expect(texts('Kelvara Ventures, a Berlin-based fund, raised money.')).toEqual(['Kelvara Ventures']);
  });
});

describe('a restaurant named with a company’s name', () => {
  it('is the venue', () => {
    const m = createCompanyMatcher([{ id: 'westlake', name: 'Westlake', kind: 'company' }]);
    expect(findCompanies('Dinner at the Westlake Bistro was fine.', m)).toEqual([]);
    expect(findCompanies('Westlake Fish Grill / local place', m)).toEqual([]);
    expect(findCompanies('Westlake shares rose.', m).map((c) => c.id)).toEqual(['westlake']);
  });
});

describe('words for a kind of software', () => {
  it('name no company on their own', () => {
    expect(notCompanyReason(['Virtual', 'Private', 'Assistants'])).toBeDefined();
    expect(notCompanyReason(['AI', 'Chatbots'])).toBeDefined();
  });
});
