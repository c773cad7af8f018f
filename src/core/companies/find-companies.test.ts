import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { addedSince, createPageMemory, findCompanies, findEarlierConfirmed, findEarlierForms, markOf } from './find-companies';

// A small hand-made data set, so each rule is tested independently of the bundled data.
const records: CompanyRecord[] = [
  { id: 'alibaba-group', name: 'Alibaba Group', legalNames: ['Alibaba Group Holding Limited'], shortNames: ['Alibaba'], zh: ['阿里巴巴', '阿里巴巴集团'], tickers: ['NYSE:BABA'], kind: 'both' },
  { id: 'alibaba-cloud', name: 'Alibaba Cloud', zh: ['阿里云'], kind: 'company' },
  { id: 'google', name: 'Google', legalNames: ['Google LLC'], kind: 'company' },
  { id: 'google-cloud', name: 'Google Cloud', kind: 'company' },
  { id: 'ant-group', name: 'Ant Group', legalNames: ['Ant Group Co., Ltd.'], shortNames: ['Ant'], formerNames: ['Ant Financial'], zh: ['蚂蚁集团'], kind: 'both', match: 'corporate-word' },
  { id: 'meta', name: 'Meta', formerNames: ['Facebook'], kind: 'company', match: 'case-sensitive' },
  { id: 'apple', name: 'Apple', legalNames: ['Apple Inc.'], kind: 'company', match: 'case-sensitive' },
  { id: 'snap', name: 'Snap', kind: 'company', match: 'case-sensitive' },
  { id: 'block', name: 'Block', formerNames: ['Square'], kind: 'company', match: 'case-sensitive' },
  { id: 'box', name: 'Box', kind: 'company', match: 'case-sensitive' },
  { id: 'tencent', name: 'Tencent', legalNames: ['Tencent Holdings Limited'], zh: ['腾讯'], kind: 'both' },
  { id: 'xiaomi', name: 'Xiaomi', legalNames: ['Xiaomi Corporation'], zh: ['小米'], kind: 'both' },
  { id: 'baidu', name: 'Baidu', legalNames: ['Baidu, Inc.'], zh: ['百度'], kind: 'both' },
  { id: 'nvidia', name: 'Nvidia', kind: 'company' },
  { id: 'zhipu-ai', name: 'Zhipu AI', legalNames: ['Beijing Zhipu Huazhang Technology Co., Ltd.'], shortNames: ['Zhipu'], zh: ['智谱', '北京智谱华章科技有限公司'], kind: 'company' },
  { id: 'openai', name: 'OpenAI', kind: 'both' },
  { id: 'microsoft', name: 'Microsoft', legalNames: ['Microsoft Corporation'], kind: 'both' },
  { id: 'hongshan', name: 'HongShan', formerNames: ['Sequoia China', 'Sequoia Capital China'], zh: ['红杉中国'], kind: 'investor' },
  { id: 'sequoia-capital', name: 'Sequoia Capital', shortNames: ['Sequoia'], kind: 'investor' },
  { id: 'jd-com', name: 'JD.com', aliases: ['JD'], kind: 'company' },
  { id: 'sap', name: 'SAP', kind: 'company' },
  { id: 'pboc', name: "People's Bank of China", kind: 'company' },
  { id: 'bank-of-china', name: 'Bank of China', kind: 'company' },
  { id: 'meituan', name: 'Meituan', formerNames: ['Meituan-Dianping'], zh: ['美团'], kind: 'both' },
];
const matcher = createCompanyMatcher(records);

/** [matched text, id] pairs, the shape most assertions need. */
function find(text: string): [string, string][] {
  return findCompanies(text, matcher).map((m) => [m.text, m.id]);
}

describe('mention shape', () => {
  it('gives UTF-16 offsets, the exact slice, the id and the canonical name', () => {
    const text = '😀 Alibaba and Tencent';
    expect(findCompanies(text, matcher)).toEqual([
      { start: 3, end: 10, text: 'Alibaba', id: 'alibaba-group', name: 'Alibaba Group' },
      { start: 15, end: 22, text: 'Tencent', id: 'tencent', name: 'Tencent' },
    ]);
  });

  it('finds nothing in empty or name-free text', () => {
    expect(find('')).toEqual([]);
    expect(find('The quick brown fox jumps over the lazy dog.')).toEqual([]);
  });

  it('ignores the page context for now (the rules do not depend on it)', () => {
    const text = 'Alibaba 和 腾讯';
    expect(findCompanies(text, matcher, { lang: 'zh-CN', domain: 'example.cn' })).toEqual(findCompanies(text, matcher));
  });
});

describe('longest match wins', () => {
  it('prefers the longer name that starts at the same place', () => {
    expect(find('Google Cloud signed a deal')).toEqual([['Google Cloud', 'google-cloud']]);
    expect(find('Alibaba Cloud grew')).toEqual([['Alibaba Cloud', 'alibaba-cloud']]);
    expect(find('Sequoia Capital China')).toEqual([['Sequoia Capital China', 'hongshan']]);
    expect(find('阿里巴巴集团')).toEqual([['阿里巴巴集团', 'alibaba-group']]);
  });

  it('falls back to the shorter name when the longer one would end inside a word', () => {
    expect(find('Google Cloudflare')).toEqual([['Google', 'google']]);
  });

  it('matches a full legal name as one span', () => {
    expect(find('Alibaba Group Holding Ltd. said')).toEqual([['Alibaba Group Holding Ltd.', 'alibaba-group']]);
    expect(find('Alibaba Group Holding Limited')).toEqual([['Alibaba Group Holding Limited', 'alibaba-group']]);
  });

  it('routes former names to the current entity', () => {
    expect(find('Sequoia China and Sequoia')).toEqual([
      ['Sequoia China', 'hongshan'],
      ['Sequoia', 'sequoia-capital'],
    ]);
    expect(find('Meituan-Dianping')).toEqual([['Meituan-Dianping', 'meituan']]);
    expect(find('Ant Financial')).toEqual([['Ant Financial', 'ant-group']]);
  });

  it('takes the leftmost name first', () => {
    expect(find("People's Bank of China")).toEqual([["People's Bank of China", 'pboc']]);
    expect(find('People’s Bank of China')).toEqual([['People’s Bank of China', 'pboc']]);
    expect(find('the Bank of China')).toEqual([['Bank of China', 'bank-of-china']]);
  });
});

describe('word boundaries for Latin names', () => {
  it.each(['Antique', 'Pants', 'Googleplex', 'Metadata', 'Boxing', 'Snapchat', 'Tencentric', 'xGoogle', 'Meituan2', 'SAPient'])(
    'finds nothing inside %s',
    (word) => {
      expect(find(`He saw ${word} today`)).toEqual([]);
    },
  );

  it('does not take a name out of a domain or an address', () => {
    expect(find('visit www.Google.com')).toEqual([]);
    expect(find('mail press@Tencent')).toEqual([]);
    expect(find('Alibaba.com')).toEqual([]);
    expect(find('JD.com')).toEqual([['JD.com', 'jd-com']]);
  });

  it('accepts punctuation around a name', () => {
    expect(find('(Tencent), "Baidu"; [Xiaomi]!')).toEqual([
      ['Tencent', 'tencent'],
      ['Baidu', 'baidu'],
      ['Xiaomi', 'xiaomi'],
    ]);
  });
});

describe('names that are common words', () => {
  it('matches "Ant" only with a corporate word after it', () => {
    expect(find('Ant colonies are complex.')).toEqual([]);
    expect(find('an ant group')).toEqual([]);
    expect(find('Ant Group raised')).toEqual([['Ant Group', 'ant-group']]);
    expect(find('Ant Group Co., Ltd. said')).toEqual([['Ant Group Co., Ltd.', 'ant-group']]);
    expect(find('Ant Inc. said')).toEqual([['Ant Inc.', 'ant-group']]);
    expect(find("Ant's IPO")).toEqual([]);
  });

  it('matches Meta, Apple, Snap, Square and Box only in their exact capitalisation', () => {
    expect(find('a meta-analysis of apple pie, a snap decision, square feet and a box')).toEqual([]);
    expect(find('META and APPLE and SNAP')).toEqual([]);
    expect(find('Meta, Apple, Snap, Square and Box')).toEqual([
      ['Meta', 'meta'],
      ['Apple', 'apple'],
      ['Snap', 'snap'],
      ['Square', 'block'],
      ['Box', 'box'],
    ]);
    expect(find('Apple Inc. sells')).toEqual([['Apple Inc.', 'apple']]);
  });

  it('treats short all-capital names as case-sensitive', () => {
    expect(find('SAP and JD')).toEqual([
      ['SAP', 'sap'],
      ['JD', 'jd-com'],
    ]);
    expect(find('Sap rises; a Jd')).toEqual([]);
  });

  it('accepts other capitalisations of ordinary names, but not all-lowercase', () => {
    expect(find('NVIDIA and GOOGLE and Hongshan')).toEqual([
      ['NVIDIA', 'nvidia'],
      ['GOOGLE', 'google'],
      ['Hongshan', 'hongshan'],
    ]);
    expect(find('just google it on your nvidia card')).toEqual([]);
  });
});

describe('legal suffixes extend the span', () => {
  it.each([
    ['Tencent Holdings Ltd. invested', 'Tencent Holdings Ltd.', 'tencent'],
    ['Tencent Holdings invested', 'Tencent Holdings', 'tencent'],
    ['Xiaomi Corp. invested', 'Xiaomi Corp.', 'xiaomi'],
    ['Xiaomi Corporation invested', 'Xiaomi Corporation', 'xiaomi'],
    ['Baidu Inc. said', 'Baidu Inc.', 'baidu'],
    ['Baidu, Inc. said', 'Baidu, Inc.', 'baidu'],
    ['Nvidia Corp. chips', 'Nvidia Corp.', 'nvidia'],
    ['Xiaomi Group shares', 'Xiaomi Group', 'xiaomi'],
    ['Tencent Co said', 'Tencent Co', 'tencent'],
    ['Beijing Zhipu Huazhang Technology Co. These', 'Beijing Zhipu Huazhang Technology Co.', 'zhipu-ai'],
    ['Beijing Zhipu Huazhang Technology Co., Ltd. is', 'Beijing Zhipu Huazhang Technology Co., Ltd.', 'zhipu-ai'],
    ['Beijing Zhipu Huazhang is', 'Beijing Zhipu Huazhang', 'zhipu-ai'],
    ['Zhipu Technology Co., Ltd.', 'Zhipu Technology Co., Ltd.', 'zhipu-ai'],
    ['Microsoft Corp.', 'Microsoft Corp.', 'microsoft'],
  ])('%s → %s', (text, span, id) => {
    expect(find(text)).toEqual([[span, id]]);
  });

  it('does not take a descriptor without a legal word, a comma list, or a word that only starts like a suffix', () => {
    // A place named after a company is not the company (issue 16, item 5).
    expect(find('Baidu Technology Park')).toEqual([]);
    expect(find('Baidu Technology Co.')).toEqual([['Baidu Technology Co.', 'baidu']]);
    expect(find('Tencent, Alibaba')).toEqual([
      ['Tencent', 'tencent'],
      ['Alibaba', 'alibaba-group'],
    ]);
    expect(find('Tencent Cooperation')).toEqual([['Tencent', 'tencent']]);
    expect(find('Tencent group of investors')).toEqual([['Tencent', 'tencent']]);
  });

  it('extends Chinese names over Chinese company forms', () => {
    expect(find('腾讯控股有限公司宣布')).toEqual([['腾讯控股有限公司', 'tencent']]);
    expect(find('小米集团和百度公司')).toEqual([
      ['小米集团', 'xiaomi'],
      ['百度公司', 'baidu'],
    ]);
    expect(find('北京智谱华章科技有限公司')).toEqual([['北京智谱华章科技有限公司', 'zhipu-ai']]);
  });
});

describe('possessives and -backed', () => {
  it('excludes the possessive from the span', () => {
    expect(find('Zhipu’s rival')).toEqual([['Zhipu', 'zhipu-ai']]);
    expect(find("OpenAI's ChatGPT")).toEqual([['OpenAI', 'openai']]);
    expect(find('Tencent Holdings Ltd.’s stake')).toEqual([['Tencent Holdings Ltd.', 'tencent']]);
  });

  it('still matches a name followed by -backed', () => {
    expect(find('Microsoft Corp.-backed OpenAI')).toEqual([
      ['Microsoft Corp.', 'microsoft'],
      ['OpenAI', 'openai'],
    ]);
    expect(find('Alibaba-backed Zhipu')).toEqual([
      ['Alibaba', 'alibaba-group'],
      ['Zhipu', 'zhipu-ai'],
    ]);
  });
});

describe('Chinese text', () => {
  it('matches Chinese names without word breaks', () => {
    expect(find('阿里巴巴和腾讯投资了智谱。')).toEqual([
      ['阿里巴巴', 'alibaba-group'],
      ['腾讯', 'tencent'],
      ['智谱', 'zhipu-ai'],
    ]);
    expect(find('红杉中国领投，美团跟投')).toEqual([
      ['红杉中国', 'hongshan'],
      ['美团', 'meituan'],
    ]);
  });

  it('matches Latin names glued to Chinese text', () => {
    expect(find('由Alibaba领投，OpenAI的对手')).toEqual([
      ['Alibaba', 'alibaba-group'],
      ['OpenAI', 'openai'],
    ]);
  });

  it('folds full-width Latin letters', () => {
    expect(find('ＯｐｅｎＡＩ和百度')).toEqual([
      ['ＯｐｅｎＡＩ', 'openai'],
      ['百度', 'baidu'],
    ]);
  });
});

describe('whitespace and line breaks', () => {
  it('lets any run of horizontal whitespace separate the words of a name', () => {
    expect(find('Ant  Group')).toEqual([['Ant  Group', 'ant-group']]);
    expect(find('Ant\u00a0Group')).toEqual([['Ant\u00a0Group', 'ant-group']]);
    expect(find('Sequoia\tChina')).toEqual([['Sequoia\tChina', 'hongshan']]);
  });

  it('treats a newline as a hard boundary', () => {
    expect(find('Ant\nGroup')).toEqual([]);
    expect(find('Sequoia\nChina')).toEqual([['Sequoia', 'sequoia-capital']]);
    expect(find('Alibaba\nGroup Holding')).toEqual([['Alibaba', 'alibaba-group']]);
    expect(find('Tencent\nHoldings Ltd.')).toEqual([['Tencent', 'tencent']]);
    expect(find('Tencent Holdings\r\nLtd.')).toEqual([['Tencent Holdings', 'tencent']]);
  });

  it('skips invisible characters inside a name and keeps them in the span', () => {
    expect(find('Ten\u00adcent and Bai\u200bdu')).toEqual([
      ['Ten\u00adcent', 'tencent'],
      ['Bai\u200bdu', 'baidu'],
    ]);
  });
});

describe('tickers', () => {
  it('matches exchange:symbol with or without a space', () => {
    expect(find('(NYSE: BABA) and NYSE:BABA')).toEqual([
      ['NYSE: BABA', 'alibaba-group'],
      ['NYSE:BABA', 'alibaba-group'],
    ]);
  });
});

describe('accented names', () => {
  it('finds a company whether or not the text writes its accents ("Nestlé", "Nestle", "Moët Hennessy")', () => {
    const m = createCompanyMatcher([
      { id: 'nestle', name: 'Nestle', legalNames: ['Nestle S.A.'], kind: 'company' },
      { id: 'moet-hennessy', name: 'Moët Hennessy', kind: 'company' },
    ]);
    expect(findCompanies('Nestlé S.A. and Nestle; Moet Hennessy and Moët Hennessy.', m).map((x) => `${x.text}=${x.id}`)).toEqual([
      'Nestlé S.A.=nestle',
      'Nestle=nestle',
      'Moet Hennessy=moet-hennessy',
      'Moët Hennessy=moet-hennessy',
    ]);
  });
});

describe('a legal name written with another legal form (issue 16, wire copy)', () => {
  const legal = createCompanyMatcher([
    { id: 'sumitomo-corporation', name: 'Sumitomo Corporation', kind: 'company' },
    { id: 'groupe-bull', name: 'Groupe Bull', legalNames: ['Bull SA'], kind: 'company' },
  ]);
  const found = (text: string) => findCompanies(text, legal).map((m) => `${m.text}=${m.id}`);
  it('links "Sumitomo Corp" to Sumitomo Corporation, then "Sumitomo" on the same page', () => {
    expect(found('Sumitomo Corp said it lost $1.8 billion. Sumitomo will absorb the loss.')).toEqual(['Sumitomo Corp=sumitomo-corporation', 'Sumitomo=sumitomo-corporation']);
  });
  it('not the word alone, not after a cue, not inside a longer name', () => {
    expect(found('Sumitomo rose.')).toEqual([]);
    // The cue reads a name of its own, not Bull SA's first word.
    expect(found('The round was led by Bull.')).toEqual(['Bull=unknown:bull']);
    expect(found('Red Bull GmbH sold more cans.')).toEqual(['Red Bull GmbH=unknown:red-bull']);
  });
});

describe('forms a later slice defines, in the slices before it (issue 16, item 1)', () => {
  /** The page read in two slices: the mentions of the first under the forms the second defined. */
  const earlier = (first: string, second: string) => {
    const page = createPageMemory();
    const found = findCompanies(first, matcher, undefined, page);
    const before = markOf(page);
    findCompanies(second, matcher, undefined, page);
    return findEarlierForms(first, found, addedSince(page, before).forms).map((m) => `${m.start}:${m.text}=${m.id}`);
  };

  it('links a headline short form read one slice before the full name, not a place or a common word', () => {
    expect(earlier('Why Halvardsen bets on copper. Halvardsen Street was closed; halvardsen ore.', 'Halvardsen Mining Corp (HMC) agreed to buy a copper mine.')).toEqual(['4:Halvardsen=unknown:halvardsen-mining']);
  });

  it('links an acronym the later slice defines, and a Chinese short form written in traditional characters', () => {
    expect(earlier('Shares of HMC rose.', 'Halvardsen Mining Corp (HMC) agreed to buy a copper mine.')).toEqual(['10:HMC=unknown:halvardsen-mining']);
    expect(earlier('雲雀獲騰訊投資。', '杭州云雀机器人股份有限公司完成新一轮融资。')).toEqual(['0:雲雀=unknown:云雀机器人']);
  });

  it('links a data short form that needs the full name on the page, once a later slice names it, not inside a longer name', () => {
    const hess = createCompanyMatcher([...records, { id: 'hess', name: 'Hess Corporation', shortNames: ['Hess'], kind: 'company', match: 'after-full-name' }]);
    const first = 'What Hess means for oil; Amerada Hess Street.';
    const page = createPageMemory();
    const found = findCompanies(first, hess, undefined, page);
    expect(found).toEqual([]);
    findCompanies('Hess Corporation said it would sell a stake.', hess, undefined, page);
    expect(page.confirmed.has('hess')).toBe(true);
    expect(findEarlierConfirmed(first, found, hess, new Set(['hess'])).map((m) => `${m.start}:${m.text}=${m.id}`)).toEqual(['5:Hess=hess']);
    expect(findEarlierConfirmed(first, found, hess, new Set(['tencent']))).toEqual([]);
  });

  it('adds nothing a mention already covers, nor forms the page had before the later slice', () => {
    expect(earlier('Tencent and Halvardsen Mining Corp met.', 'Halvardsen Mining Corp (HMC) agreed to buy a copper mine.')).toEqual([]);
    const page = createPageMemory();
    page.forms.set('Tencent', { id: 'tencent', name: 'Tencent' });
    page.confirmed.add('tencent');
    const mark = markOf(page);
    page.forms.set('Ten', { id: 'ten', name: 'Ten' });
    page.confirmed.add('tencent');
    page.confirmed.add('ten');
    expect(addedSince(page, mark)).toEqual({ forms: new Map([['Ten', { id: 'ten', name: 'Ten' }]]), confirmed: new Set(['ten']) });
    expect(addedSince({ forms: new Map(), confirmed: new Set() }, mark)).toEqual({ forms: new Map(), confirmed: new Set() });
  });
});
