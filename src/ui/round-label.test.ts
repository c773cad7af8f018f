import { afterEach, describe, expect, it, vi } from 'vitest';
import zh from '../../public/_locales/zh_CN/messages.json';
import { formatMessage } from '../platform/i18n';
import { roundLabel } from './round-label';

const inChinese = () => {
  const messages = zh as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  vi.stubGlobal('chrome', { i18n: { getMessage: (key: string, subs?: string[]) => formatMessage(messages[key]!, subs ?? []), getUILanguage: () => 'zh-CN' } });
};

describe('roundLabel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names the engine’s rounds and the data’s listings in English, in one form whichever way they were written', () => {
    expect(['Series B', 'B轮', 'series a+', 'Pre-Series A', 'Seed', 'seed', '种子轮', 'Angel', 'Pre-IPO', 'Strategic', 'IPO (NYSE)', 'secondary listing (HKEX)', 'share placement'].map(roundLabel)).toEqual([
      'Series B', 'Series B', 'Series A+', 'Pre-Series A', 'Seed', 'Seed', 'Seed', 'Angel', 'Pre-IPO', 'Strategic', 'IPO (NYSE)', 'Secondary listing (HKEX)', 'Share placement',
    ]);
  });

  it('says them as Chinese does', () => {
    inChinese();
    expect(['Series A', 'Series B+', 'Pre-Series A', 'Seed', 'Angel', 'Pre-IPO', 'Strategic', 'Bridge', 'IPO (Nasdaq)', 'direct listing (NYSE)', 'secondary listing (HKEX)', 'distribution in specie'].map(roundLabel)).toEqual([
      'A轮', 'B+轮', 'Pre-A轮', '种子轮', '天使轮', 'Pre-IPO轮', '战略融资', '过桥融资', 'IPO（纳斯达克）', '直接上市（纽交所）', '二次上市（港交所）', '实物分派',
    ]);
  });

  it('shows a round it does not know as written', () => {
    inChinese();
    expect(roundLabel(' Growth round ')).toBe('Growth round');
    expect(roundLabel('IPO (LSE)')).toBe('IPO（LSE）');
  });
});
