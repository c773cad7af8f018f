import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';

const records: CompanyRecord[] = [
  { id: 'tencent', name: 'Tencent', zh: ['腾讯'], kind: 'company' },
  { id: 'openai', name: 'OpenAI', kind: 'company' },
];
const matcher = createCompanyMatcher(records);
const found = (text: string) => findCompanies(text, matcher).map((m) => `${m.text}=${m.id}`);

describe('Latin-script company names inside Chinese text', () => {
  it('reads a name after what the company is', () => {
    expect(found('腾讯收购芬兰游戏公司Nordhaven Games多数股权。')).toEqual(['腾讯=tencent', 'Nordhaven Games=unknown:nordhaven-games']);
    expect(found('美国芯片初创公司Lumeris完成融资。')).toEqual(['Lumeris=unknown:lumeris']);
    // A number a percent sign follows is the stake bought, not the name's last word.
    expect(found('腾讯收购新加坡公司Pole Star 100%股权。')).toEqual(['腾讯=tencent', 'Pole Star=unknown:pole-star']);
    expect(found('本轮由美国风投机构Northgate领投。')).toEqual(['Northgate=unknown:northgate']);
    expect(found('德国汽车零部件供应商Kessler Automotive宣布扩产，Kessler在华客户众多。')).toEqual(['Kessler Automotive=unknown:kessler-automotive', 'Kessler=unknown:kessler-automotive']);
  });

  it('reads a target or a backer after the verb of a deal, and a bracketed name that did something', () => {
    expect(found('腾讯宣布收购Ubisoft旗下工作室。')).toEqual(['腾讯=tencent', 'Ubisoft=unknown:ubisoft']);
    expect(found('「PayNest」完成A轮融资。')).toEqual(['PayNest=unknown:paynest']);
  });

  it('takes no title, technology, figure, product or person for a name', () => {
    expect(found('该公司CEO Tim Cook表示，公司AI业务增长，公司App月活过亿。')).toEqual([]);
    expect(found('公司GPU出货下降，公司5G基站、公司H20芯片、公司2024年营收、集团COO离职。')).toEqual([]);
    expect(found('公司发布Kimi K2模型；「Kimi」发布新版本。')).toEqual([]);
    // English text is not read this way.
    expect(found('Lumeris rose.')).toEqual([]);
  });
});
