import { describe, expect, it } from 'vitest';
import { foreignWords, NameIndex } from './latin-words';

const names = new NameIndex(['Trip.com Group', 'Baidu', 'Zhipu AI', 'Beijing Zhipu Huazhang Technology Co., Ltd.', 'Procter & Gamble', 'Reuters', '2.5 billion yuan']);

describe('foreignWords', () => {
  it('finds English words in a Chinese interface, each once', () => {
    expect(foreignWords('相关交易：Same investors: 腾讯；Same investors', names)).toEqual(['Same', 'investors']);
    expect(foreignWords('轮次：Series B', names)).toEqual(['Series']);
    expect(foreignWords('Pre-Series A轮', names)).toEqual(['Series']);
  });

  it('passes names, codes, units and the allowed words', () => {
    const text = [
      '智谱 Zhipu AI×6 · 北京智谱华章科技有限公司 Beijing Zhipu Huazhang Technology Co., Ltd.',
      '≈ US$3.42亿 · CN¥25亿 · 1 CNY = 0.1367 USD · IMF 每日汇率 · NYSE:BABA · reuters.com ↗ · Reuters，2023-10-20',
      'B轮 · IPO · 导出 JSON · 日期 YYYY-MM-DD · Procter & Gamble · 原文 2.5 billion yuan · Trip.com Group, Baidu · 按 Alt+Shift+A · about:addons · 选择 zhipu-ai-2023-10-funding',
    ].join('\n');
    expect(foreignWords(text, names)).toEqual([]);
  });

  it('matches a name only as a whole, within one line', () => {
    expect(foreignWords('Zhipu 融资', names)).toEqual(['Zhipu']);
    expect(foreignWords('Zhipu\nAI', names)).toEqual(['Zhipu', 'AI']);
    expect(foreignWords('Procter and Gamble', names)).toEqual(['Procter', 'and', 'Gamble']);
  });
});
