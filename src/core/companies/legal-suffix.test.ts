import { describe, expect, it } from 'vitest';
import { extendOverSuffixes, strippedForms } from './legal-suffix';

/** The span that extendOverSuffixes gives after a name that ends at `nameEnd`. */
function extended(text: string, nameEnd: number, cjk = false): string {
  return text.slice(0, extendOverSuffixes(text, nameEnd, cjk).end);
}

describe('strippedForms', () => {
  it('strips legal suffixes one at a time', () => {
    expect(strippedForms('Beijing Zhipu Huazhang Technology Co., Ltd.')).toEqual([
      'Beijing Zhipu Huazhang Technology Co.',
      'Beijing Zhipu Huazhang Technology',
      'Beijing Zhipu Huazhang',
    ]);
    expect(strippedForms('Alibaba Group Holding Limited')).toEqual(['Alibaba Group Holding', 'Alibaba Group']);
    expect(strippedForms('Baidu, Inc.')).toEqual(['Baidu']);
    expect(strippedForms('JPMorgan Chase & Co.')).toEqual(['JPMorgan Chase']);
  });

  it('never strips "Group", so "Ant Group" does not become "Ant"', () => {
    expect(strippedForms('Ant Group Co., Ltd.')).toEqual(['Ant Group Co.', 'Ant Group']);
  });

  it('strips whole words only', () => {
    expect(strippedForms('Taco')).toEqual([]);
    expect(strippedForms('Incorporated')).toEqual([]);
  });

  it('strips Chinese company forms', () => {
    expect(strippedForms('北京智谱华章科技有限公司')).toEqual(['北京智谱华章科技', '北京智谱华章']);
    expect(strippedForms('阿里巴巴集团控股有限公司')).toEqual(['阿里巴巴集团控股', '阿里巴巴集团']);
  });
});

describe('extendOverSuffixes', () => {
  it('takes legal and group words after a space', () => {
    expect(extended('Tencent Holdings Ltd. said', 7)).toBe('Tencent Holdings Ltd.');
    expect(extended('Xiaomi Corp. said', 6)).toBe('Xiaomi Corp.');
    expect(extended('Xiaomi CORP. said', 6)).toBe('Xiaomi CORP.');
    expect(extended('X Technology Co., Ltd. said', 1)).toBe('X Technology Co., Ltd.');
    expect(extended('X Co.,Ltd. said', 1)).toBe('X Co.,Ltd.');
  });

  it('takes a comma only before the words that follow one ("Baidu, Inc.")', () => {
    expect(extended('Baidu, Inc. said', 5)).toBe('Baidu, Inc.');
    expect(extended('Baidu, Group', 5)).toBe('Baidu');
    expect(extended('Baidu, Corp.', 5)).toBe('Baidu');
  });

  it('gives back a descriptor with no legal word after it', () => {
    expect(extended('Baidu Technology Park', 5)).toBe('Baidu');
    expect(extendOverSuffixes('Baidu Technology', 5, false).corporateWords).toBe(0);
  });

  it('counts corporate words', () => {
    expect(extendOverSuffixes('Ant Group Co., Ltd.', 3, false).corporateWords).toBe(3);
    expect(extendOverSuffixes('Ant colonies', 3, false).corporateWords).toBe(0);
  });

  it('needs a whole word and stays on the line', () => {
    expect(extended('Tencent Cooper', 7)).toBe('Tencent');
    expect(extended('Tencent Incumbent', 7)).toBe('Tencent');
    expect(extended('Tencent\nLtd.', 7)).toBe('Tencent');
    expect(extended('Tencent Ltdx', 7)).toBe('Tencent');
  });

  it('takes Chinese forms directly after a Chinese name', () => {
    expect(extended('腾讯控股有限公司宣布', 2, true)).toBe('腾讯控股有限公司');
    expect(extended('小米科技有限责任公司', 2, true)).toBe('小米科技有限责任公司');
    expect(extended('小米科技园', 2, true)).toBe('小米');
  });

  it('does not take 控股 that means holding control ("成为鞍钢控股子公司")', () => {
    expect(extended('鞍钢控股子公司', 2, true)).toBe('鞍钢');
    expect(extended('鞍钢控股股东', 2, true)).toBe('鞍钢');
    expect(extended('鞍钢控股有限公司', 2, true)).toBe('鞍钢控股有限公司');
  });
});

describe('extendOverSuffixes: "& Co." and Taiwan’s holding forms (issue 16: fresh pages)', () => {
  it('takes "& Co." or "& Company" after a name as its legal form, and no other word after an ampersand', () => {
    expect(extended('Wells Fargo & Co. rose', 11)).toBe('Wells Fargo & Co.');
    expect(extended('Merck & Company said', 5)).toBe('Merck & Company');
    expect(extended('Tesla & Cooper', 5)).toBe('Tesla');
  });

  it('takes 投控 and 金控 after a Chinese name', () => {
    expect(extended('日月光投控公告', 3, true)).toBe('日月光投控');
    expect(extended('国泰金控与富邦', 2, true)).toBe('国泰金控');
  });
});

describe('a data name written without its full stop (issue 16, fresh set 2)', () => {
  it('takes the page’s full stop where the sentence goes on', () => {
    expect(extended('Comerica Inc. in an all-stock deal', 12)).toBe('Comerica Inc.');
    expect(extended('Southern Copper Corp., controlled by', 20)).toBe('Southern Copper Corp.');
    expect(extended('bought Hang Seng Bank Ltd. Hang Seng said', 25)).toBe('bought Hang Seng Bank Ltd');
  });

  it('takes the Mexican forms of several words', () => {
    expect(extended('Grupo México SAB de CV, said', 12)).toBe('Grupo México SAB de CV');
    expect(extended('Cemex, S.A.B. de C.V. rose', 5)).toBe('Cemex, S.A.B. de C.V.');
  });
});

describe('the Australian "no liability" form (issue 16, fresh set 2)', () => {
  it('takes NL after a name', () => {
    expect(extended('Kalgoorlie Consolidated Resources NL (KCR) said', 33)).toBe('Kalgoorlie Consolidated Resources NL');
  });
});

describe('"Cos." after a name (issue 16, fresh set 2)', () => {
  it('takes Cos. as a legal word', () => {
    expect(extended('purchase of Albertsons Cos., siding with', 22)).toBe('purchase of Albertsons Cos.');
  });
});

describe('"& Co." after a list of names', () => {
  it('is "and the like", not the last name\'s legal form', () => {
    expect(extended('So arbeiten Amazon, Alibaba, Netflix & Co. Glossar', 36)).toBe('So arbeiten Amazon, Alibaba, Netflix');
    expect(extended('Bande zu Google, Microsoft, Amazon, Facebook & Co haben', 44)).toBe('Bande zu Google, Microsoft, Amazon, Facebook');
  });
  it('stays the legal form of a name alone', () => {
    expect(extended('Wells Fargo & Co. rose', 11)).toBe('Wells Fargo & Co.');
  });
});
