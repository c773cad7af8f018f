import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCompanyMatcher, findCompanies } from '../../core/companies';
import { companies } from './index';

// The reference article (../shared/fixtures, read at test time and never copied into the project)
// against the bundled data: every company it names is found and linked, and its products, people
// and places are not.

const ARTICLE = readFileSync(new URL('../../../../shared/fixtures/zhipu-funding-2023.txt', import.meta.url), 'utf8');
const matcher = createCompanyMatcher(companies);
const mentions = findCompanies(ARTICLE, matcher);

describe('reference article: Zhipu funding, October 2023', () => {
  it('finds every company mention, in order, with the right span and entity', () => {
    expect(mentions.map((m) => [m.text, m.id])).toEqual([
      ['Alibaba Group Holding Ltd.', 'alibaba-group'],
      ['Tencent Holdings Ltd.', 'tencent'],
      ['Zhipu', 'zhipu-ai'],
      ['Alibaba', 'alibaba-group'],
      ['Tencent', 'tencent'],
      ['Ant Group Co.', 'ant-group'],
      ['Xiaomi Corp.', 'xiaomi'],
      ['HongShan', 'hongshan'],
      ['Sequoia China', 'hongshan'],
      ['Meituan', 'meituan'],
      ['Beijing Zhipu Huazhang Technology Co.', 'zhipu-ai'],
      ['OpenAI', 'openai'],
      ['Zhipu', 'zhipu-ai'],
      ['Zhipu', 'zhipu-ai'], // "Zhipu’s rival": the possessive stays outside the span
      ['Baichuan', 'baichuan-ai'],
      ['Zhipu', 'zhipu-ai'],
      ['Baichuan', 'baichuan-ai'],
      ['Microsoft Corp.', 'microsoft'], // "Microsoft Corp.-backed"
      ['OpenAI', 'openai'],
      ['Google', 'google'],
      ['Baidu Inc.', 'baidu'],
      ['OpenAI', 'openai'],
      ['Zhipu', 'zhipu-ai'],
      ['Zhipu', 'zhipu-ai'],
      ['Zhipu', 'zhipu-ai'],
      ['Nvidia Corp.', 'nvidia'],
    ]);
  });

  it('gives offsets that slice back to the mention and canonical names', () => {
    for (const m of mentions) expect(ARTICLE.slice(m.start, m.end)).toBe(m.text);
    expect(new Set(mentions.map((m) => m.name))).toEqual(
      new Set(['Alibaba Group', 'Tencent', 'Zhipu AI', 'Ant Group', 'Xiaomi', 'HongShan', 'Meituan', 'OpenAI', 'Baichuan AI', 'Microsoft', 'Google', 'Baidu', 'Nvidia']),
    );
  });

  it.each(['ChatGPT', 'Ernie', 'GPT-4', 'Qingyan', 'Robin Li', 'Washington', 'Beijing', 'Silicon Valley', 'Europe', 'Tsinghua'])(
    'finds nothing in "%s"',
    (word) => {
      // Every occurrence in the article lies outside all mentions…
      for (let at = ARTICLE.indexOf(word); at >= 0; at = ARTICLE.indexOf(word, at + 1)) {
        const inside = mentions.filter((m) => m.start < at + word.length && at < m.end);
        // …except "Beijing" as the first word of Zhipu's legal name.
        const allowed = inside.every((m) => m.id === 'zhipu-ai' && m.text.startsWith('Beijing Zhipu'));
        expect(allowed, `${word} at ${at}`).toBe(true);
      }
      expect(findCompanies(word, matcher)).toEqual([]);
    },
  );

  it('scans the article repeated to ~1 MB at a useful speed', () => {
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
    console.info(`reference article ×${Math.round(text.length / ARTICLE.length)}: ${mb.toFixed(2)} MB UTF-8 in ${best.toFixed(0)} ms = ${(mb / (best / 1000)).toFixed(1)} MB/s`);
    expect(best).toBeLessThan(1000);
  });
});
