import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';
import { inShareChrome } from './page-chrome';

const records: CompanyRecord[] = [
  { id: 'meta', name: 'Meta Platforms', shortNames: ['Meta'], aliases: ['Facebook'], kind: 'company' },
  { id: 'linkedin', name: 'LinkedIn', kind: 'company' },
  { id: 'weibo', name: 'Weibo', zh: ['微博'], kind: 'company' },
];
const matcher = createCompanyMatcher(records);
const found = (text: string) => findCompanies(text, matcher).map((m) => m.text);

describe('social networks in a page’s share buttons and link rows (issue 16, item 5)', () => {
  it('drops a network named by a share or follow button', () => {
    expect(found('By Joe Hartley · Thursday 15 August 2024 · Share on X Share on Facebook')).toEqual([]);
    expect(found('Follow us on LinkedIn for daily updates')).toEqual([]);
  });

  it('drops a network on a line made only of footer links and button words', () => {
    expect(found('Terms · Privacy · Advertise · LinkedIn · X')).toEqual([]);
    expect(found('分享到：微信 微博 QQ空间 复制链接')).toEqual([]);
  });

  it('keeps a network that a sentence or a headline names as a company', () => {
    expect(found('Facebook shares rose 3% while LinkedIn fell.')).toEqual(['Facebook', 'LinkedIn']);
    expect(found('LinkedIn cuts jobs in engineering')).toEqual(['LinkedIn']);
    expect(found('微博发布三季度财报，广告收入回升。')).toEqual(['微博']);
  });
});

describe('a row of share buttons after a byline', () => {
  it('drops a network whose share word comes before other networks’ buttons', () => {
    expect(found('記者林怡君／台北報導　2024-10-18 06:00　分享 LINE Facebook')).toEqual([]);
  });
});

describe('a network alone', () => {
  it('keeps a network named alone on its line (a heading, a deal party read on its own)', () => {
    expect(found('Facebook')).toEqual(['Facebook']);
    expect(found('微博')).toEqual(['微博']);
  });
});

describe('a row of buttons inside a line of menu text (real pages, issue 16, item 5)', () => {
  const chrome = (text: string, name: string) => {
    const start = text.indexOf(name);
    return inShareChrome(text, { start, end: start + name.length, text: name, id: 'x', name });
  };
  it('takes a network among other networks, or beside a share word, for a button', () => {
    expect(chrome('Texas California STORE Facebook Twitter RSS SHOP NOW > Snopes story', 'Facebook')).toBe(true);
    expect(chrome('Follow 247Sports Facebook Twitter instagram FB Recruiting', 'Facebook')).toBe(true);
    expect(chrome('Tips Share Facebook LinkedIn Copy Link URLCopied! Print', 'LinkedIn')).toBe(true);
  });
  it('leaves a network a sentence names alone', () => {
    expect(chrome('Pamela Taylor Calls Michelle Obama an ape On Facebook, Gets Her Job Back', 'Facebook')).toBe(false);
    expect(chrome('Facebook shares rose after LinkedIn reported results.', 'Facebook')).toBe(false);
    expect(chrome('Facebook and Twitter said they would comply.', 'Facebook')).toBe(false);
  });
});
