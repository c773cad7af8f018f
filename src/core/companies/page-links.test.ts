import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';
import { fitsInitials, shortFormsOf } from './page-links';
import { createPageMemory } from './find-companies';

// Document-level linking (issue 4, item 4).
const records: CompanyRecord[] = [
  { id: 'hongshan', name: 'HongShan', kind: 'investor' },
  { id: 'sequoia-capital', name: 'Sequoia Capital', shortNames: ['Sequoia'], kind: 'investor' },
  { id: 'zhipu-ai', name: 'Zhipu AI', shortNames: ['Zhipu'], kind: 'company' },
  { id: 'tencent', name: 'Tencent', kind: 'both' },
];
const matcher = createCompanyMatcher(records);

function find(text: string): [string, string, string][] {
  return findCompanies(text, matcher).map((m) => [m.text, m.id, m.name]);
}

describe('aliases on the page', () => {
  it('"X (formerly known as Y)" makes Y the data entity X, here and later', () => {
    expect(find('HongShan (formerly known as Sequoia India) led. Sequoia India declined to comment.')).toEqual([
      ['HongShan', 'hongshan', 'HongShan'],
      ['Sequoia India', 'hongshan', 'HongShan'],
      ['Sequoia India', 'hongshan', 'HongShan'],
    ]);
  });

  it('"X (previously Y)" between unknown names links Y to X', () => {
    expect(find('MetaX Integrated Circuits (previously Muxi) filed, and Muxi said more.')).toEqual([
      ['MetaX Integrated Circuits', 'unknown:metax-integrated-circuits', 'MetaX Integrated Circuits'],
      ['Muxi', 'unknown:metax-integrated-circuits', 'MetaX Integrated Circuits'],
      ['Muxi', 'unknown:metax-integrated-circuits', 'MetaX Integrated Circuits'],
    ]);
  });

  it('a new unknown name for a data entity’s old name links to the data entity', () => {
    expect(find('Zhiyuan Labs, formerly known as Zhipu, raised.')).toEqual([
      ['Zhiyuan Labs', 'zhipu-ai', 'Zhipu AI'],
      ['Zhipu', 'zhipu-ai', 'Zhipu AI'],
    ]);
  });

  it('ignores "formerly" that introduces no name', () => {
    expect(find('Tencent, formerly a games company, said')).toEqual([['Tencent', 'tencent', 'Tencent']]);
  });
});

describe('full names once, short forms later', () => {
  it('lists the short forms of a full name', () => {
    expect(shortFormsOf('Hangzhou Municipal Construction Investment Group Co.')).toEqual([
      'Hangzhou Municipal Construction Investment Group',
      'Hangzhou Municipal Construction Investment',
      'HMCIG',
    ]);
    expect(shortFormsOf('Zhejiang Jingsheng Mechanical & Electrical Co., Ltd.')).toEqual([
      'Zhejiang Jingsheng Mechanical & Electrical Co.',
      'Zhejiang Jingsheng Mechanical & Electrical',
      'Jingsheng Mechanical & Electrical',
      'Jingsheng',
      'ZJME',
    ]);
    // No place to drop: a lone "Kingdom" would be a common word.
    expect(shortFormsOf('Kingdom Holding Co.')).toEqual(['Kingdom Holding']);
  });

  it('links later short mentions to the full name', () => {
    const text = 'Hangzhou Municipal Construction Investment Group Co. put in 500 million yuan. Hangzhou Municipal Construction Investment is owned by the city, and HMCIG said it would add more.';
    expect(find(text)).toEqual([
      ['Hangzhou Municipal Construction Investment Group Co.', 'unknown:hangzhou-municipal-construction-investment-group', 'Hangzhou Municipal Construction Investment Group Co.'],
      ['Hangzhou Municipal Construction Investment', 'unknown:hangzhou-municipal-construction-investment-group', 'Hangzhou Municipal Construction Investment Group Co.'],
      ['HMCIG', 'unknown:hangzhou-municipal-construction-investment-group', 'Hangzhou Municipal Construction Investment Group Co.'],
    ]);
    expect(find('Shares of Zhejiang Jingsheng Mechanical & Electrical Co., Ltd. rose. Jingsheng supplies wafers.').map(([t, id]) => [t, id])).toEqual([
      ['Zhejiang Jingsheng Mechanical & Electrical Co., Ltd.', 'unknown:zhejiang-jingsheng-mechanical-electrical'],
      ['Jingsheng', 'unknown:zhejiang-jingsheng-mechanical-electrical'],
    ]);
  });

  it('finds a name found once by a cue wherever it recurs, on whole words only', () => {
    expect(find('Shenzhen startup Galbot raised money. Galbot makes robots; Galbots are not it.').map(([t]) => t)).toEqual(['Galbot', 'Galbot']);
  });

  it('does not link short forms before the text names the company (nothing to link to)', () => {
    expect(find('Jingsheng rose.')).toEqual([]);
  });
});

describe('short forms and acronyms the page defines (issue 16, item 1)', () => {
  const base: CompanyRecord[] = [
    ...records,
    { id: 'ford-motor', name: 'Ford', legalNames: ['Ford Motor Company'], kind: 'company', match: 'after-full-name' },
    { id: 'vale', name: 'Vale', legalNames: ['Vale S.A.'], kind: 'company', match: 'after-full-name' },
  ];
  const m = createCompanyMatcher(base);
  const texts = (text: string, page = createPageMemory()) => findCompanies(text, m, undefined, page).map((x) => `${x.text}=${x.id}`);

  it('links the distinctive first word of an unknown full name everywhere on the page', () => {
    expect(texts('Northgate Mining Corp agreed to sell a mine. Northgate said the price was fair, and Northgate shares rose.')).toEqual([
      'Northgate Mining Corp=unknown:northgate-mining',
      'Northgate=unknown:northgate-mining',
      'Northgate=unknown:northgate-mining',
    ]);
  });

  it('does not take a first word the page writes in lower case, or a common one', () => {
    expect(texts('Summit Mining Corp rose. Summit said it had reached the summit of output.')).toEqual(['Summit Mining Corp=unknown:summit-mining']);
    expect(texts('Southern Copper Corp fell. Southern said nothing.')).toEqual(['Southern Copper Corp=unknown:southern-copper']);
  });

  it('links an acronym defined in brackets when it follows the initials', () => {
    expect(texts('Southern African Brewers Ltd (SAB) is for sale. SAB has 20 plants.')).toEqual([
      'Southern African Brewers Ltd=unknown:southern-african-brewers',
      'SAB=unknown:southern-african-brewers',
      'SAB=unknown:southern-african-brewers',
    ]);
    expect(fitsInitials('SAB', 'Southern African Brewers')).toBe(true);
    expect(fitsInitials('ICBC', 'Industrial and Commercial Bank of China')).toBe(true);
    expect(fitsInitials('AAPL', 'Apple Inc')).toBe(false);
  });

  it('links an acronym of a data company too', () => {
    expect(texts('Sequoia Capital (SC) led; SC said more. Tencent (TCH) is not defined as TCH.')).toEqual(['Sequoia Capital=sequoia-capital', 'SC=sequoia-capital', 'SC=sequoia-capital', 'Tencent=tencent']);
  });

  it('counts a short form marked after-full-name only when the page names the company in full', () => {
    expect(texts('Harrison Ford starred in the film.')).toEqual([]);
    expect(texts('Ford Motor Company cut prices. Ford said demand was weak.')).toEqual(['Ford Motor Company=ford-motor', 'Ford=ford-motor']);
    expect(texts('Ford Motor Co. cut prices.')).toEqual(['Ford Motor Co.=ford-motor']);
    expect(texts('Vale S.A. said output rose; Vale shares gained.')).toEqual(['Vale S.A.=vale', 'Vale=vale']);
  });

  it('carries what one slice of a page defined into the slices after it', () => {
    const page = createPageMemory();
    expect(texts('Ford Motor Company and Northgate Mining Corp (NMC) signed a deal.', page)).toEqual([
      'Ford Motor Company=ford-motor',
      'Northgate Mining Corp=unknown:northgate-mining',
      'NMC=unknown:northgate-mining',
    ]);
    expect(texts('Later, Ford and Northgate said NMC would pay.', page)).toEqual(['Ford=ford-motor', 'Northgate=unknown:northgate-mining', 'NMC=unknown:northgate-mining']);
    expect(texts('Later, Ford and Northgate said NMC would pay.')).toEqual([]);
  });
});

describe('after-full-name and the record’s own name', () => {
  it('lets a record’s own name of several words stand alone while its short form waits for it', () => {
    const m = createCompanyMatcher([{ id: 'united-airlines', name: 'United Airlines', shortNames: ['United'], zh: ['美国联合航空'], kind: 'company', match: 'after-full-name' }]);
    const texts = (text: string) => findCompanies(text, m).map((x) => x.text);
    expect(texts('United Airlines cut flights.')).toEqual(['United Airlines']);
    expect(texts('United won the cup.')).toEqual([]);
    expect(texts('United Airlines cut flights; United said fuel cost more.')).toEqual(['United Airlines', 'United']);
    expect(texts('美国联合航空削减航班。')).toEqual(['美国联合航空']);
  });
});

describe('a distinctive first word before words of a line of business', () => {
  it('is a short form of the full name', () => {
    expect(shortFormsOf('Nordvik Shipping A/S')).toContain('Nordvik');
    expect(shortFormsOf('Kessler Automotive')).toContain('Kessler');
    // Not a common word or a place.
    expect(shortFormsOf('Northern Shipping A/S')).not.toContain('Northern');
  });

  it('is the one distinctive word before legal words, linked unless it ends a longer name', () => {
    expect(shortFormsOf('Valtari Oyj')).toContain('Valtari');
    expect(shortFormsOf('Northern Ltd')).not.toContain('Northern');
    expect(find('Valtari Oyj will close a mill. Valtari shares fell. Chairman Roberto Valtari agreed.').map(([t, id]) => `${t}=${id}`)).toEqual([
      'Valtari Oyj=unknown:valtari',
      'Valtari=unknown:valtari',
    ]);
  });

  it('is the one distinctive word before a group word too ("Hanbo Group" → "Hanbo"), not a common or short one', () => {
    expect(shortFormsOf('Hanbo Group')).toContain('Hanbo');
    expect(shortFormsOf('YPF SA')).toContain('YPF');
    expect(shortFormsOf('Fuji Photo Film')).toContain('Fuji');
    expect(shortFormsOf('Ant Group')).not.toContain('Ant');
    expect(shortFormsOf('Northern Holdings')).not.toContain('Northern');
    expect(find('Loans to the collapsed Hanbo Group are under review. The opposition said the minister helped Hanbo win credit.').map(([t, id]) => `${t}=${id}`)).toEqual([
      'Hanbo Group=unknown:hanbo-group',
      'Hanbo=unknown:hanbo-group',
    ]);
  });

  it('drops words of the line of business at the end ("Sun Kwai Properties" → "Sun Kwai")', () => {
    expect(shortFormsOf('Sun Kwai Properties Ltd')).toContain('Sun Kwai');
    expect(shortFormsOf('Pelican Mutual Insurance Co.')).toContain('Pelican');
    // Not down to generic words alone.
    expect(shortFormsOf('Global Shipping Services Ltd')).not.toContain('Global');
  });

  it('is the surname of a founder’s name before legal words', () => {
    expect(shortFormsOf('Arthur J. Gallagher & Co.')).toContain('Gallagher');
    expect(shortFormsOf('J.P. Morgan & Co')).toContain('Morgan');
    expect(shortFormsOf('Philip Morris International Inc.')).not.toContain('Morris');
    expect(shortFormsOf('Mark Holdings Ltd')).not.toContain('Holdings');
  });

  it('links the short form across the page', () => {
    expect(find('Nordvik Shipping A/S agreed a deal. Nordvik shares rose 6%.').map(([t, id]) => `${t}=${id}`)).toEqual(['Nordvik Shipping A/S=unknown:nordvik-shipping', 'Nordvik=unknown:nordvik-shipping']);
  });
});

describe('a data company written in full links its distinctive first word (issue 16, item 1)', () => {
  const data = createCompanyMatcher([
    ...records,
    { id: 'reliance-industries', name: 'Reliance Industries', kind: 'company' },
    { id: 'tata-motors', name: 'Tata Motors', kind: 'company' },
    { id: 'tata-steel', name: 'Tata Steel', kind: 'company' },
  ]);
  const linked = (text: string) => findCompanies(text, data).map((m) => `${m.text}=${m.id}`);

  it('links the first word elsewhere on the page', () => {
    expect(linked('Reliance Industries Ltd will list its unit. Reliance rose 2%.')).toEqual(['Reliance Industries Ltd=reliance-industries', 'Reliance=reliance-industries']);
  });

  it('not when the page uses the word in lower case, nor when two companies open with it', () => {
    expect(linked('Reliance Industries Ltd said its reliance on oil fell. Reliance rose.')).toEqual(['Reliance Industries Ltd=reliance-industries']);
    expect(linked('Tata Motors and Tata Steel fell; Tata said nothing.')).toEqual(['Tata Motors=tata-motors', 'Tata Steel=tata-steel']);
  });

  it('holds a linked short form to the same context rules as a data name', () => {
    expect(linked('The broker Acrisure Holdings bought a rival. The Steelers play at Acrisure Stadium.').map((s) => s.split('=')[0])).toEqual(['Acrisure Holdings']);
  });
});

describe('a name the page defines an acronym for (issue 16, item 1)', () => {
  const texts = (text: string) => findCompanies(text, matcher).map((m) => `${m.text}=${m.id}`);

  it('is a company when the acronym is its initials and it ends in a corporate or trade word', () => {
    expect(texts('Southern African Brewers (SAB) raised prices. SAB sells lager.')).toEqual([
      'Southern African Brewers=unknown:southern-african-brewers',
      'SAB=unknown:southern-african-brewers',
      'SAB=unknown:southern-african-brewers',
    ]);
  });

  it('is not a company when it is a public body, a union, or the acronym does not fit', () => {
    expect(texts('The Australian Competition and Consumer Commission (ACCC) sued. The United Auto Workers (UAW) struck.')).toEqual([]);
    expect(texts('Southern African Brewers (SABM) raised prices.')).toEqual([]);
  });
});

describe('short forms after a national adjective or an acronym head (issue 16, item 1)', () => {
  it('drops a leading national adjective as it drops a place', () => {
    expect(shortFormsOf('Deutsche Telekom AG')).toContain('Telekom');
    expect(shortFormsOf('Koninklijke Philips NV')).toContain('Philips');
    expect(shortFormsOf('Royal Bank of Canada')).not.toContain('Bank of Canada');
  });

  it('takes an acronym that opens a name before corporate words, but not a country’s or a common one', () => {
    expect(shortFormsOf('ITA Airways')).toContain('ITA');
    expect(shortFormsOf('EDF Energy Ltd')).toContain('EDF');
    expect(shortFormsOf('US Steel Corp')).not.toContain('US');
    expect(shortFormsOf('AI Robotics Inc')).not.toContain('AI');
  });

  it('links them on the page', () => {
    const data = createCompanyMatcher([{ id: 'deutsche-telekom', name: 'Deutsche Telekom', legalNames: ['Deutsche Telekom AG'], kind: 'company' }]);
    expect(findCompanies('Deutsche Telekom AG raised its forecast. Telekom said margins grew.', data).map((m) => `${m.text}=${m.id}`)).toEqual(['Deutsche Telekom AG=deutsche-telekom', 'Telekom=deutsche-telekom']);
    expect(find('Tencent bought a stake in ITA Airways. ITA will add routes.').map(([text]) => text)).toEqual(['Tencent', 'ITA Airways', 'ITA']);
  });
});

describe('an acronym defined for two names joined by "&"', () => {
  it('makes the names a company and links the acronym', () => {
    expect(find('Larsen & Toubro (L&T) took control of the firm. L&T later merged it.').map(([text, id]) => `${text}=${id}`)).toEqual([
      'Larsen & Toubro=unknown:larsen-toubro',
      'L&T=unknown:larsen-toubro',
      'L&T=unknown:larsen-toubro',
    ]);
  });

  it('not for places, nor without the acronym', () => {
    expect(find('Trinidad & Tobago (T&T) won the match.')).toEqual([]);
    expect(find('Larsen & Toubro took control of the firm.')).toEqual([]);
  });
});

describe('a Chinese 简称 defined in brackets after the full name', () => {
  const zh = (text: string) => findCompanies(text, matcher).map((m) => `${m.text}=${m.id}`);
  it('links the short form, written in the name’s own characters, wherever it recurs', () => {
    expect(zh('浙江省交通投资集团有限公司（浙江交投）完成增资。浙江交投表示将继续投资。')).toEqual([
      '浙江省交通投资集团有限公司=unknown:浙江交通投资',
      '浙江交投=unknown:浙江交通投资',
      '浙江交投=unknown:浙江交通投资',
    ]);
    expect(zh('浙江华盛达新材料股份有限公司（以下简称“华盛达”）首发申请获通过，华盛达拟募资。').filter((m) => m.startsWith('华盛达='))).toHaveLength(2);
  });

  it('not a bracketed word made of other characters', () => {
    expect(zh('青岛海润船舶制造有限公司（下同）公告，下同。')).toEqual(['青岛海润船舶制造有限公司=unknown:海润船舶制造']);
  });
});

describe('a data company’s short form of two or three words', () => {
  it('links "Hang Seng" after "Hang Seng Bank Ltd", but not inside an index’s name', () => {
    const data = createCompanyMatcher([{ id: 'hang-seng-bank', name: 'Hang Seng Bank', legalNames: ['Hang Seng Bank Ltd'], kind: 'company' }]);
    expect(findCompanies('HSBC offered to buy Hang Seng Bank Ltd. Hang Seng said the board backed it. The Hang Seng Index rose.', data).map((m) => m.text)).toEqual(['Hang Seng Bank Ltd', 'Hang Seng']);
  });
});

describe('the first word of a two-word name a legal word closes', () => {
  it('links "Skarholm" after "Skarholm Stål AB", not "Lockhart" of "Lockhart Point Holdings Ltd"', () => {
    expect(shortFormsOf('Skarholm Stål AB')).toContain('Skarholm');
    expect(shortFormsOf('Rheinhalde Antriebstechnik GmbH')).toContain('Rheinhalde');
    expect(shortFormsOf('Lockhart Point Holdings Ltd')).not.toContain('Lockhart');
    expect(find('Skarholm Stål AB raised money. Skarholm hopes to sell steel.').map(([text]) => text)).toEqual(['Skarholm Stål AB', 'Skarholm']);
  });
});

describe('short forms that fresh wire copy uses (issue 16, session 15)', () => {
  it('takes the other half of a hyphenated name that opens with a place, and the one acronym beside a bank or group word', () => {
    expect(shortFormsOf('Cleveland-Cliffs Inc.')).toContain('Cliffs');
    expect(shortFormsOf('Banco BPM SpA')).toContain('BPM');
    expect(shortFormsOf('Grupo ASUR')).toContain('ASUR');
    expect(shortFormsOf('Anheuser-Busch Cos.')).not.toContain('Busch');
  });

  it('drops more words of a line of business: machines, carriers', () => {
    expect(shortFormsOf('Makino Milling Machine Co.')).toContain('Makino');
    expect(shortFormsOf('Aegean Bulk Carriers SA')).toContain('Aegean Bulk');
  });

  it('reads a legal form in capitals letter by letter in an acronym', () => {
    expect(fitsInitials('ISA', 'Interconexión Eléctrica SA')).toBe(true);
    expect(fitsInitials('ISB', 'Interconexión Eléctrica SA')).toBe(false);
  });

  it('links a data short form where no cue vouches for it, once the page names the company in full', () => {
    const data = createCompanyMatcher([...records, { id: 'makino', name: 'Makino Milling Machine', shortNames: ['Makino'], match: 'after-full-name', kind: 'company' }]);
    const linked = (text: string) => findCompanies(text, data).map((m) => `${m.text}=${m.id}`);
    expect(linked('Nidec bid for Makino Milling Machine Co., the latest test. Makino said it had not been consulted. Makino shares jumped.')).toEqual([
      'Makino Milling Machine Co.=makino',
      'Makino=makino',
      'Makino=makino',
    ]);
  });
});

describe('defined acronyms after a leading legal form, renamed Chinese companies (issue 16, session 15)', () => {
  it('reads a name that opens with PT without it', () => {
    expect(fitsInitials('BRI', 'PT Bank Rakyat Indonesia (Persero) Tbk')).toBe(true);
    const data = createCompanyMatcher([...records, { id: 'bri', name: 'Bank Rakyat Indonesia', legalNames: ['PT Bank Rakyat Indonesia (Persero) Tbk'], kind: 'company' }]);
    expect(findCompanies('PT Bank Rakyat Indonesia (Persero) Tbk (BRI) said loans grew. BRI is state-owned.', data).map((m) => `${m.text}=${m.id}`)).toEqual([
      'PT Bank Rakyat Indonesia (Persero) Tbk=bri',
      'BRI=bri',
      'BRI=bri',
    ]);
  });

  it('drops a trade word in Turkish or Italian too', () => {
    expect(shortFormsOf('Karadeniz Cam Sanayi')).toContain('Karadeniz Cam');
  });

  it('links the name after 更名为 to the company before it', () => {
    expect(find('星辰医疗科技股份有限公司则更名为星辰健康，星辰健康表示业务不变。').map(([t, id]) => `${t}=${id}`)).toEqual([
      '星辰医疗科技股份有限公司=unknown:星辰医疗科技',
      '星辰健康=unknown:星辰医疗科技',
      '星辰健康=unknown:星辰医疗科技',
    ]);
  });
});

describe('a full name without its last trade word (issue 16, session 15)', () => {
  it('links "Halden Marine" to "Halden Marine Systems ASA"', () => {
    expect(shortFormsOf('Halden Marine Systems ASA')).toContain('Halden Marine');
    expect(find('Halden Marine Systems ASA won a contract. The CEO of Halden Marine said so.').map(([t, id]) => `${t}=${id}`)).toEqual([
      'Halden Marine Systems ASA=unknown:halden-marine-systems',
      'Halden Marine=unknown:halden-marine-systems',
    ]);
  });
});

describe('an unknown company of two words by its first, and a reinsurer without Re (issue 16, session 15)', () => {
  it('links the distinctive first word of a two-word name in another language', () => {
    expect(find('Severin Robinetterie, a Lyon-based maker of valves, won a contract. Workers at Severin struck.').map(([t, id]) => `${t}=${id}`)).toEqual([
      'Severin Robinetterie=unknown:severin-robinetterie',
      'Severin=unknown:severin-robinetterie',
    ]);
  });

  it('does not take a common, given or place word', () => {
    expect(shortFormsOf('Coral Harbour Re')).toContain('Coral Harbour');
  });
});

describe('a foundry’s short form after the words that open a sentence (issue 16, session 15)', () => {
  it('drops precision, castings, forgings … and links the first word after "Today" or "What"', () => {
    expect(shortFormsOf('Halloran Precision Castings Ltd.')).toContain('Halloran');
    expect(find('Halloran Precision Castings Ltd. is loud. Today Halloran is the only one left. What Halloran makes now is small.').map(([t]) => t)).toEqual([
      'Halloran Precision Castings Ltd.',
      'Halloran',
      'Halloran',
    ]);
  });
});

describe('a name that opens with its trade in its own language (issue 16, session 15)', () => {
  it('is known by the word after the trade', () => {
    expect(shortFormsOf('Birrificio Castellano SpA')).toContain('Castellano');
    expect(shortFormsOf('Bodegas Lanza SA')).toContain('Lanza');
  });
});

describe('wire briefs with Asian and Romance names (issue 16, session 15)', () => {
  it('drops Japanese and heavy-industry trade words, and a leading Italian trade', () => {
    expect(shortFormsOf('Hokuriku Kasei Kogyo Co Ltd')).toContain('Hokuriku Kasei');
    expect(shortFormsOf('Daebong Heavy Industries Co')).toContain('Daebong');
    expect(shortFormsOf('Cementeria Valbruna SpA')).toEqual(['Cementeria Valbruna', 'Valbruna']);
  });

  it('reads a Société … de … name the page gives an acronym for', () => {
    expect(find('Société Lyonnaise de Chaudronnerie (SLC) won a contract. SLC said so.').map(([t]) => t)).toEqual(['Société Lyonnaise de Chaudronnerie', 'SLC', 'SLC']);
  });
});

describe('fresh set 2 (issue 16): acronyms of word beginnings, two-word short forms, names the data holds by their 简称', () => {
  it('fits an acronym made of the first letters of some words', () => {
    expect(fitsInitials('GOIL', 'Ghana Oil Company Ltd')).toBe(true);
    expect(fitsInitials('ARAMCO', 'Arabian American Oil Co.')).toBe(true);
    expect(fitsInitials('GOLD', 'Ghana Oil Company Ltd')).toBe(false);
  });

  it('lists the first two words of a longer name, not a place and the next word', () => {
    expect(shortFormsOf('Deccan Agro Pumps Ltd')).toContain('Deccan Agro');
    expect(shortFormsOf('Hamilton Forge & Axle Co. Ltd.')).toContain('Hamilton Forge');
    expect(shortFormsOf('Zhejiang Jingsheng Mechanical & Electrical Co.')).not.toContain('Zhejiang Jingsheng');
  });

  it('gives a registered name the data lacks the id of the 简称 or acronym it defines', () => {
    const m = createCompanyMatcher([
      { id: 'delta-electronics', name: 'Delta Electronics', zh: ['台达电'], kind: 'company' },
      { id: 'isa', name: 'ISA', kind: 'company' },
      { id: 'ccb', name: 'China Construction Bank', zh: ['中国建设银行', '建行'], kind: 'company' },
    ]);
    const ids = (text: string) => findCompanies(text, m).map((x) => `${x.text}=${x.id}`);
    expect(ids('台达电子工业股份有限公司（台达电）表示，需求强劲。')).toEqual(['台达电子工业股份有限公司=delta-electronics', '台达电=delta-electronics']);
    expect(ids('Interconexión Eléctrica SA (ISA) kept its stake.')).toEqual(['Interconexión Eléctrica SA=isa', 'ISA=isa']);
    // (A 简称 in brackets after a data name names no company before the bracket: no "银行" in "【银行年报】".)
    expect(ids('【银行年报】中国建设银行（建行）净息差收窄，中国人民银行降准。')).toEqual(['中国建设银行=ccb', '建行=ccb']);
  });
});

describe('fresh set 2 (issue 16), batch B: an airline’s code, a miner’s metal, a name that opens with "Compañía"', () => {
  const m = createCompanyMatcher([
    { id: 'kenya-airways', name: 'Kenya Airways', legalNames: ['Kenya Airways Plc'], kind: 'company' },
    { id: 'valterra-platinum', name: 'Valterra Platinum', kind: 'company' },
  ]);
  const ids = (text: string) => findCompanies(text, m).map((x) => `${x.text}=${x.id}`);

  it('links a bracketed code of two capitals that opens like the name', () => {
    expect(ids('Kenya Airways Plc (KQ) made a profit. KQ wants an investor.')).toEqual(['Kenya Airways Plc=kenya-airways', 'KQ=kenya-airways', 'KQ=kenya-airways']);
  });

  it('knows a miner by the word before its metal, and a company by what follows "Compañía"', () => {
    expect(ids('Valterra Platinum began trading. Valterra mines the Bushveld.')).toEqual(['Valterra Platinum=valterra-platinum', 'Valterra=valterra-platinum']);
    expect(shortFormsOf('Compañía Cervecera del Plata SA')).toContain('Cervecera del Plata');
  });
});

describe('golden pages of session 16 (issue 16): a 公告’s two names, a headline before the legal name, an acronym head', () => {
  const m = createCompanyMatcher([{ id: 'tap-air-portugal', name: 'TAP Air Portugal', kind: 'company' }]);
  const ids = (text: string) => findCompanies(text, m).map((x) => `${x.text}=${x.id}`);

  it('takes the 简称 after “公司”或 in a 公告’s definition', () => {
    expect(ids('江苏恒泰精密电子股份有限公司（以下简称“公司”或“恒泰精电”）公告。恒泰精电称。')).toEqual(['江苏恒泰精密电子股份有限公司=unknown:恒泰精密电子', '恒泰精电=unknown:恒泰精密电子', '恒泰精电=unknown:恒泰精密电子']);
  });

  it('gives a headline’s short name the id of the legal name it opens', () => {
    expect(ids('Larchfield Foods Ltd agreed to buy Tollgate Bakeries. The deal: Tollgate Bakeries Holdings Ltd said.').filter((x) => x.startsWith('Tollgate'))).toEqual(['Tollgate Bakeries=unknown:tollgate-bakeries-holdings', 'Tollgate Bakeries Holdings Ltd=unknown:tollgate-bakeries-holdings']);
  });

  it('knows "TAP Air Portugal" as TAP', () => {
    expect(ids('TAP Air Portugal flies to Lisbon. TAP passengers may stop over.')).toEqual(['TAP Air Portugal=tap-air-portugal', 'TAP=tap-air-portugal']);
  });
});

describe('fresh set 2 (issue 16), batch C: a bare word another data company holds, a renamed sentence subject', () => {
  const m = createCompanyMatcher([
    { id: 'sanwa-bank', name: 'Sanwa Bank', legalNames: ['Sanwa Bank Ltd'], kind: 'company' },
    { id: 'sanwa-holdings', name: 'Sanwa', kind: 'company' },
  ]);
  const ids = (text: string) => findCompanies(text, m).map((x) => `${x.text}=${x.id}`);

  it('gives "Sanwa" after "Sanwa Bank Ltd" to the bank, not to a data company of that bare name the page names no other way', () => {
    expect(ids('Sanwa Bank Ltd said it would merge. Sanwa shares rose.')).toEqual(['Sanwa Bank Ltd=sanwa-bank', 'Sanwa=sanwa-bank']);
    expect(ids('Sanwa and Sanwa Bank Ltd both rose.')).toEqual(['Sanwa=sanwa-holdings', 'Sanwa Bank Ltd=sanwa-bank']);
  });

  it('renames the company that opens the sentence when no company stands right before 更名为', () => {
    expect(ids('辽宁振华银行吸收合并两家村镇银行后，更名为辽宁振华商业银行。')).toEqual(['辽宁振华银行=unknown:振华银行', '辽宁振华商业银行=unknown:振华银行']);
  });
});

describe('a short form that is a newsworthy surname', () => {
  it('is not taken from a company named after the person', () => {
    const none = createCompanyMatcher([]);
    const text = 'Given his history with defunct Trump Airlines, few laughed. Trump simpered in a morning tweet.';
    expect(findCompanies(text, none).map((m) => m.text)).toEqual(['Trump Airlines']);
  });
});
