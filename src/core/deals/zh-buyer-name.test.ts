import { describe, expect, it } from 'vitest';
import { companies } from '../../data/companies';
import { annotate } from '../annotate';
import { createCompanyMatcher } from '../companies';

const matcher = createCompanyMatcher(companies);
const deals = (text: string) =>
  annotate(text, { companies: matcher, context: { lang: 'zh', date: '2025-05-24' } }).deals.map((d) => `${d.type} ${d.target.name} ← ${d.investors.map((i) => i.name).join(',')}`);

describe('a Chinese buyer the company reader left out', () => {
  it('takes the name that opens the purchase’s clause, and never a party of the clause before "；"', () => {
    expect(deals('本周A股并购市场活跃：周一，鑫峰铝业宣布以9.8亿元现金收购重庆金凯铝材100%股权；周三，宏达电控公告，公司以2.35亿元受让深圳智联科技35%股权。')).toEqual([
      'acquisition 重庆金凯铝材 ← 鑫峰铝业',
      'stake-sale 深圳智联科技 ← 宏达电控',
    ]);
  });

  it('takes no buyer when the clause opens with anything but a name', () => {
    expect(deals('据了解，以9.8亿元现金收购重庆金凯铝材100%股权的方案已获通过。').join()).not.toMatch(/据了解|方案/);
  });
});

describe('the subsidiary a Chinese buyer acts through', () => {
  it('buys too ("通过全资子公司青山国际以4.2亿元收购")', () => {
    expect(deals('青山资源公告，公司通过全资子公司青山国际以4.2亿元收购印尼镍矿企业PT Nusantara Mining 60%股权。')).toEqual(['stake-sale PT Nusantara Mining ← 青山资源,青山国际']);
  });
});
