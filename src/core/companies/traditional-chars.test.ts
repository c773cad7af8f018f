import { describe, expect, it } from 'vitest';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';
import { simplifiedOf, toSimplified } from './traditional-chars';

describe('traditional Chinese folded to simplified (issue 16, item 3)', () => {
  it('maps one character to one character, and leaves others alone', () => {
    expect(toSimplified('滙豐控股恒生銀行騰訊')).toBe('汇丰控股恒生银行腾讯');
    expect(toSimplified('腾讯 Tencent 著名')).toBe('腾讯 Tencent 著名');
    expect(simplifiedOf('A'.charCodeAt(0))).toBe('A'.charCodeAt(0));
  });

  it('finds a company the data holds in simplified characters on a traditional page, with the page’s offsets', () => {
    const matcher = createCompanyMatcher([
      { id: 'hsbc', name: 'HSBC', zh: ['汇丰', '汇丰控股'], kind: 'company' },
      { id: 'hang-seng-bank', name: 'Hang Seng Bank', zh: ['恒生银行'], kind: 'company' },
    ]);
    const found = findCompanies('滙豐控股建議私有化恒生銀行，滙豐表示。', matcher).map((m) => [m.text, m.id, m.start]);
    expect(found).toEqual([
      ['滙豐控股', 'hsbc', 0],
      ['恒生銀行', 'hang-seng-bank', 9],
      ['滙豐', 'hsbc', 14],
    ]);
  });

  it('folds the characters of Hong Kong business copy that earlier sessions missed (淡馬錫, 償還, 遲, 寬)', () => {
    expect(toSimplified('淡馬錫用作償還銀行貸款，延遲置業，放寬按揭')).toBe('淡马锡用作偿还银行贷款，延迟置业，放宽按揭');
  });

  it('does not read an index in traditional characters as a company whose shares moved', () => {
    const matcher = createCompanyMatcher([{ id: 'hsbc', name: 'HSBC', zh: ['汇丰'], kind: 'company' }]);
    expect(findCompanies('港股收市，恒生指數跌1%，滙豐跌2%。', matcher).map((m) => m.text)).toEqual(['滙豐']);
  });
});

describe('a traditional page read by the simplified readers (readFolded)', () => {
  const matcher = createCompanyMatcher([
    { id: 'tencent', name: 'Tencent', zh: ['腾讯', '腾讯控股'], kind: 'company' },
    { id: 'standard-chartered', name: 'Standard Chartered', zh: ['渣打'], kind: 'company' },
    { id: 'hsbc', name: 'HSBC', zh: ['汇丰'], kind: 'company' },
    { id: 'hang-seng-bank', name: 'Hang Seng Bank', zh: ['恒生银行'], kind: 'company' },
  ]);
  const found = (text: string) => findCompanies(text, matcher).map((m) => `${m.text}=${m.id}`);

  it('cuts a name at the words the readers know in simplified characters (繼續 is 继续, a verb)', () => {
    expect(found('恒生指數昨日收市微升，騰訊控股繼續回購股份。')).toEqual(['騰訊控股=tencent']);
  });

  it('takes the group word and the bank head in traditional characters, and gives the text as written', () => {
    expect(found('渣打集團則於較早前公布業績，滙豐旗下的恒生銀行亦然。')).toEqual(['渣打集團=standard-chartered', '滙豐=hsbc', '恒生銀行=hang-seng-bank']);
  });

  it('gives an unknown company the id of its simplified form, and its name as written', () => {
    const [m] = findCompanies('去年收購硅谷銀行英國業務的收益入賬。', matcher);
    expect([m?.text, m?.id, m?.name]).toEqual(['硅谷銀行', 'unknown:硅谷银行', '硅谷銀行']);
  });
});
