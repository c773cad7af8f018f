import { describe, expect, it } from 'vitest';
import type { PageContext } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';
import { hostSiteName } from './publisher-name';

const data = createCompanyMatcher([
  { id: 'thomson-reuters', name: 'Thomson Reuters', kind: 'company' },
  { id: 'reuters-group', name: 'Reuters Group', kind: 'company' },
  { id: 'bloomberg-lp', name: 'Bloomberg', legalNames: ['Bloomberg L.P.'], kind: 'company' },
  { id: 'alibaba-group', name: 'Alibaba Group', shortNames: ['Alibaba'], kind: 'both' },
  { id: 'zhipu-ai', name: 'Zhipu AI', shortNames: ['Zhipu'], kind: 'company' },
]);
const found = (text: string, context?: PageContext) => findCompanies(text, data, context).map((m) => m.text);

/** A Reuters page as read: masthead, story, the footer's standards line and copyright line. */
const REUTERS_PAGE = [
  'Reuters Group',
  'Alibaba Group invests 2.5 billion yuan in Zhipu',
  'Alibaba said Zhipu would use the money for training.',
  'Our Standards: The Thomson Reuters Trust Principles.',
  '© 2024 Thomson Reuters. All rights reserved.',
].join('\n');

describe('the publisher of the page (issue 18, item 7)', () => {
  it('is not a company on its own site, while the companies of its story are', () => {
    expect(found(REUTERS_PAGE, { siteName: 'Reuters', domain: 'www.reuters.com' })).toEqual(['Alibaba Group', 'Zhipu', 'Alibaba', 'Zhipu']);
  });

  it('is a company on any other site', () => {
    expect(found(REUTERS_PAGE, { siteName: 'South China Morning Post', domain: 'www.scmp.com' })).toEqual(['Reuters Group', 'Alibaba Group', 'Zhipu', 'Alibaba', 'Zhipu', 'Thomson Reuters']);
  });

  it('leaves no part of its name to be read as another company', () => {
    // Without the publisher read in full first, "Thomson" alone was read as an unknown company.
    expect(found('Our Standards: The Thomson Reuters Trust Principles.', { siteName: 'Reuters' })).toEqual([]);
  });

  it('is named by og:site_name with a "The" or a ".com" of its own', () => {
    expect(found('Bloomberg rose. Bloomberg L.P. said.', { siteName: 'Bloomberg.com' })).toEqual([]);
    expect(found('Bloomberg rose.', { siteName: 'The Bloomberg' })).toEqual([]);
  });

  it('is named by its host too, as a whole name only', () => {
    expect(found('Bloomberg rose. Bloomberg L.P. said. Alibaba fell.', { domain: 'www.bloomberg.com' })).toEqual(['Bloomberg L.P.', 'Alibaba']);
    expect(found('Bloomberg rose. Alibaba fell.', { siteName: 'Bloomberg Markets', domain: 'www.bloomberg.com' })).toEqual(['Alibaba']);
    expect(found('Bloomberg rose.', { domain: '127.0.0.1' })).toEqual(['Bloomberg']);
  });

  it('is named by a host that writes it in initials (real pages: "The New York Times" on nytimes.com)', () => {
    const papers = createCompanyMatcher([
      { id: 'new-york-times', name: 'New York Times', kind: 'company' },
      { id: 'south-china-morning-post', name: 'South China Morning Post', kind: 'company' },
    ]);
    const read = (text: string, domain: string) => findCompanies(text, papers, { domain }).map((m) => m.text);
    expect(read('Photo: Halvard Berg for The New York Times. Alibaba fell.', 'www.nytimes.com')).toEqual([]);
    expect(read('South China Morning Post reported.', 'www.scmp.com')).toEqual([]);
    expect(read('Photo: Halvard Berg for The New York Times.', 'www.nypost.com')).toEqual(['New York Times']);
  });

  it('is named by a host that adds "the" or what the site is to its name, and no other word', () => {
    const sites = createCompanyMatcher([
      { id: 'guardian', name: 'Guardian', kind: 'company' },
      { id: 'apple', name: 'Apple', kind: 'company' },
    ]);
    const read = (text: string, domain: string) => findCompanies(text, sites, { domain }).map((m) => m.text);
    expect(read('The Guardian - Back to home. Guardian Weekly.', 'www.theguardian.com')).toEqual([]);
    expect(read('Apple shares rose.', 'appleinsider.com')).toEqual(['Apple']);
    expect(read('Apple shares rose.', 'www.applereview.com')).toEqual([]);
  });

  it('is named by a two-word name that closes with its host’s name, whatever section og:site_name names (real pages)', () => {
    expect(found('Our Standards: The Thomson Reuters Trust Principles. Alibaba said.', { siteName: 'U.S.', domain: 'www.reuters.com' })).toEqual(['Alibaba']);
    expect(found('Thomson Reuters said.', { domain: 'www.bloomberg.com' })).toEqual(['Thomson Reuters']);
  });

  it('is the company the data does not hold that the copyright line names, wherever the page names it (real pages)', () => {
    const page = 'About Us\nMeet the Editors The Harbor Desk Company Contact Us\nAlibaba said.\nCopyright The Harbor Desk Company, All rights reserved';
    expect(found(page, { siteName: 'HDN', domain: 'www.hdn.com' })).toEqual(['Alibaba']);
    // A data provider's credit is no publisher: its line goes on after its name.
    const credit = 'Market data by Kestrel Indices LLC.\n© 2016 Kestrel Indices LLC, its affiliates and licensors. All rights reserved.';
    expect(found(credit, { domain: 'www.hdn.com' })).toEqual(['Kestrel Indices LLC']);
  });

  it('is named by its site name without the word "News", and by its sections on its host', () => {
    const bbc = createCompanyMatcher([{ id: 'bbc', name: 'BBC', kind: 'company' }]);
    const read = (text: string, context: PageContext) => findCompanies(text, bbc, context).map((m) => m.text);
    expect(read('Sign in BBC navigation News Sport', { siteName: 'BBC News' })).toEqual([]);
    expect(read('Is your office full of insecure people? BBC Capital. BBC Autos', { domain: 'www.bbc.com' })).toEqual([]);
    expect(read('The BBC reported.', { siteName: 'Sky News' })).toEqual(['BBC']);
  });

  it('is the company a footer says runs the site: "is a trading name of", or a Chinese site\'s 由…主办/出版', () => {
    expect(found('Pitchside Business is a trading name of Touchline Media Group Ltd.', { siteName: 'Pitchside Business' })).toEqual([]);
    expect(found('江南财经网由浙江江南传媒有限公司主办。', { siteName: '江南财经网' })).toEqual([]);
    expect(found('港經財訊由港經傳媒有限公司出版。', { siteName: '港經財訊' })).toEqual([]);
    expect(found('浙江江南传媒有限公司主办了论坛。', { siteName: '江南财经网' })).toEqual(['浙江江南传媒有限公司']);
    expect(found('港經財訊由港經傳媒有限公司出版。本港經濟今年可望增長。', { siteName: '港經財訊' })).toEqual([]);
  });

  it('takes the story about its own company along: a chosen loss (see publisher-name.ts)', () => {
    expect(found('Bloomberg L.P. agreed to buy Zhipu.', { siteName: 'Bloomberg' })).toEqual(['Zhipu']);
  });
});

describe('hostSiteName', () => {
  it('is the label before the public suffix', () => {
    expect(hostSiteName('www.reuters.com')).toBe('reuters');
    expect(hostSiteName('news.bbc.co.uk')).toBe('bbc');
    expect(hostSiteName('finance.sina.com.cn')).toBe('sina');
    expect(hostSiteName('caixin.com')).toBe('caixin');
  });
  it('is none for an address or a single label', () => {
    expect(hostSiteName('127.0.0.1')).toBeUndefined();
    expect(hostSiteName('localhost')).toBeUndefined();
    expect(hostSiteName('::1')).toBeUndefined();
  });
});

describe('the company that owns or publishes the site (issue 16, item 5)', () => {
  const owners = createCompanyMatcher([{ id: 'alibaba-group', name: 'Alibaba Group', shortNames: ['Alibaba'], kind: 'both' }]);
  const read = (text: string, siteName: string) => findCompanies(text, owners, { siteName }).map((m) => m.text);

  it('is the publisher when a line after the site’s name says it owns or publishes it', () => {
    expect(read('© 2024 Wearside Echo. All rights reserved. Wearside Echo is part of Northern Titles Media Ltd.', 'Wearside Echo')).toEqual([]);
    expect(read('Boxship Review is published by Quayside Media Ltd, registered in England.', 'Boxship Review')).toEqual([]);
    expect(read('© 2024 Newsdesk Wire, a Harbor Distribution Group company. All Rights Reserved.', 'Newsdesk Wire')).toEqual([]);
  });

  it('is a company when the line does not name the site, or names it for something else', () => {
    expect(read('Halden Foods is part of Northern Titles Media Ltd.', 'Wearside Echo')).toEqual(['Northern Titles Media Ltd.']);
    expect(read('Wearside Echo readers backed Alibaba, a Hangzhou company.', 'Wearside Echo')).toEqual(['Alibaba']);
  });
});

describe('a data name read inside the site’s own name (issue 16, item 5)', () => {
  const portals = createCompanyMatcher([{ id: 'sina', name: 'Sina', zh: ['新浪'], kind: 'company' }]);
  const read = (text: string, siteName: string) => findCompanies(text, portals, { siteName }).map((m) => m.text);

  it('is the publisher where the page writes the site’s name, and a company elsewhere on the page', () => {
    expect(read('新浪财经首页 新浪财经APP 新浪财经讯', '新浪财经')).toEqual([]);
    expect(read('新浪公布三季度业绩。', '新浪财经')).toEqual(['新浪']);
  });
});

describe("the site's initials", () => {
  const m = createCompanyMatcher([{ id: 'bt-group', name: 'BT', kind: 'company' }]);
  const ctx: PageContext = { siteName: 'BASIC thinking', domain: 'www.basicthinking.de' };
  it('are the publisher, written in capitals', () => {
    expect(findCompanies('Jobbörse BT Ticker Die Höhle der Löwen', m, ctx)).toEqual([]);
    expect(findCompanies('BT raised its prices for broadband customers.', m, ctx)).toEqual([]);
  });
  it('name the company on another site', () => {
    expect(findCompanies('BT raised its prices for broadband customers.', m, { siteName: 'Tech News Daily', domain: 'technewsdaily.com' }).map((c) => c.id)).toEqual(['bt-group']);
  });
});
