import { describe, expect, it } from 'vitest';
import { demoArticle, ZHIPU_WIRE_STORY } from '../../../test/fixtures';
import { createCompanyMatcher, findCompanies } from '../../core/companies';
import { companies } from './index';

// Our demo article and the same round told in wire style, against the bundled data: every company
// they name is found and linked, and their products, people and places are not.

const matcher = createCompanyMatcher(companies);
const ARTICLE = demoArticle().text;

const NOT_COMPANIES = ['ChatGPT', 'Ernie', 'GPT-4', 'Qingyan', 'Robin Li', 'Washington', 'Beijing', 'Silicon Valley', 'Europe', 'Tsinghua'];

describe.each([
  {
    name: 'demo article',
    text: ARTICLE,
    expected: [
      ['Alibaba', 'alibaba-group'], ['Tencent', 'tencent'], ['Zhipu', 'zhipu-ai'], // the headline
      ['Alibaba Group Holding Ltd.', 'alibaba-group'],
      ['Tencent Holdings Ltd.', 'tencent'],
      ['Zhipu', 'zhipu-ai'],
      ['Ant Group Co.', 'ant-group'],
      ['Xiaomi Corp.', 'xiaomi'],
      ['Meituan', 'meituan'],
      ['HongShan', 'hongshan'],
      ['Sequoia China', 'hongshan'], // "formerly known as Sequoia China"
      ['Beijing Zhipu Huazhang Technology Co.', 'zhipu-ai'],
      ['OpenAI', 'openai'], // "OpenAI’s ChatGPT": the possessive stays outside the span
      ['Baichuan', 'baichuan-ai'],
      ['Zhipu', 'zhipu-ai'],
      ['Microsoft Corp.', 'microsoft'], // "Microsoft Corp.-backed"
      ['OpenAI', 'openai'],
      ['Google', 'google'],
      ['Baidu Inc.', 'baidu'],
      ['Zhipu', 'zhipu-ai'],
      ['Nvidia Corp.', 'nvidia'],
      ['阿里巴巴', 'alibaba-group'], ['腾讯', 'tencent'], ['美团', 'meituan'], ['小米', 'xiaomi'], ['智谱', 'zhipu-ai'], // the Chinese summary
    ],
  },
  {
    name: 'wire-style story',
    text: ZHIPU_WIRE_STORY,
    expected: [
      ['Alibaba Group Holding Ltd.', 'alibaba-group'],
      ['Tencent Holdings Ltd.', 'tencent'],
      ['Zhipu', 'zhipu-ai'],
      ['Ant Group Co.', 'ant-group'],
      ['Xiaomi Corp.', 'xiaomi'],
      ['HongShan', 'hongshan'],
      ['Sequoia China', 'hongshan'], // "(formerly known as Sequoia China)"
      ['Meituan', 'meituan'],
      ['Beijing Zhipu Huazhang Technology Co.', 'zhipu-ai'],
      ['OpenAI', 'openai'],
      ['Zhipu', 'zhipu-ai'], // "Zhipu’s rival"
      ['Baichuan', 'baichuan-ai'],
      ['Microsoft Corp.', 'microsoft'],
      ['OpenAI', 'openai'],
      ['Google', 'google'],
      ['Baidu Inc.', 'baidu'],
      ['Nvidia Corp.', 'nvidia'],
    ],
  },
])('$name: the Zhipu round, October 2023', ({ text, expected }) => {
  const mentions = findCompanies(text, matcher);

  it('finds every company mention, in order, with the right span and entity', () => {
    expect(mentions.map((m) => [m.text, m.id])).toEqual(expected);
  });

  it('gives offsets that slice back to the mention and canonical names', () => {
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(new Set(mentions.map((m) => m.name))).toEqual(
      new Set(['Alibaba Group', 'Tencent', 'Zhipu AI', 'Ant Group', 'Xiaomi', 'HongShan', 'Meituan', 'OpenAI', 'Baichuan AI', 'Microsoft', 'Google', 'Baidu', 'Nvidia']),
    );
  });

  it.each(NOT_COMPANIES)('finds nothing in "%s"', (word) => {
    // Every occurrence in the text lies outside all mentions…
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const inside = mentions.filter((m) => m.start < at + word.length && at < m.end);
      // …except "Beijing" as the first word of Zhipu's legal name.
      const allowed = inside.every((m) => m.id === 'zhipu-ai' && m.text.startsWith('Beijing Zhipu'));
      expect(allowed, `${word} at ${at}`).toBe(true);
    }
    expect(findCompanies(word, matcher)).toEqual([]);
  });
});

describe('speed', () => {
  it('scans the demo article repeated to ~1 MB at a useful speed', () => {
    let text = '';
    while (text.length < 1_000_000) text += `${ARTICLE}\n`;
    const timings: number[] = [];
    for (let round = 0; round < 3; round++) {
      const t0 = performance.now();
      findCompanies(text, matcher);
      timings.push(performance.now() - t0);
    }
    const best = Math.min(...timings);
    const mb = new TextEncoder().encode(text).length / 1e6;
    console.info(`demo article ×${Math.round(text.length / ARTICLE.length)}: ${mb.toFixed(2)} MB UTF-8 in ${best.toFixed(0)} ms = ${(mb / (best / 1000)).toFixed(1)} MB/s`);
    expect(best).toBeLessThan(1000);
  });
});
