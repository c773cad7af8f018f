import { afterEach, describe, expect, it, vi } from 'vitest';
import zh from '../../public/_locales/zh_CN/messages.json';
import type { RatesProblem } from '../messages/contract';
import { formatMessage } from '../platform/i18n';
import { ratesDiscardedText, ratesProblemText } from './rates-problem-text';

const refused: RatesProblem = { source: 'refresh', kind: 'untrusted', on: '2026-12-06', kept: '2026-12-04' };

describe('ratesProblemText', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says what failed, when, and which rates DealLens still uses, in words and dates a reader knows', () => {
    expect(ratesProblemText(refused, 'en-GB')).toBe('The rate server sent data DealLens could not trust on 6 Dec 2026; still using rates of 4 Dec 2026');
    expect(ratesProblemText({ ...refused, kind: 'unreachable' }, 'en-US')).toBe('DealLens could not reach the rate server on Dec 6, 2026; still using rates of Dec 4, 2026');
    expect(ratesProblemText({ ...refused, kept: null }, 'en-GB')).toBe('The rate server sent data DealLens could not trust on 6 Dec 2026; still using the rates that came with DealLens');
    expect(ratesProblemText({ ...refused, kind: 'unreachable', kept: null }, 'en-GB')).toMatch(/^DealLens could not reach the rate server on 6 Dec 2026; still using the rates that came with DealLens$/);
    expect(ratesProblemText({ source: 'fallback', kind: 'untrusted', on: '2026-12-06', day: '2025-07-18', kept: null }, 'en-GB')).toBe(
      'The backup rate server sent rates for 18 Jul 2025 that DealLens could not trust (6 Dec 2026); amounts on that day may be converted at an older rate',
    );
    expect(ratesProblemText({ source: 'fallback', kind: 'unreachable', on: '2026-12-06', day: '2025-07-18', kept: '2026-12-04' }, 'en-GB')).toMatch(/^DealLens could not reach the backup rate server for rates of 18 Jul 2025 \(6 Dec 2026\)/);
    expect(ratesDiscardedText({ on: '2026-12-06' }, 'en-GB')).toBe('Saved rates were damaged and were dropped on 6 Dec 2026; DealLens uses the rates that came with it until the next download');
  });

  it('says it in Chinese, with Chinese dates', () => {
    const messages = zh as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
    vi.stubGlobal('chrome', { i18n: { getMessage: (key: string, subs?: string[]) => formatMessage(messages[key]!, subs ?? []), getUILanguage: () => 'zh-CN' } });
    expect(ratesProblemText(refused, 'zh-CN')).toBe('汇率服务器在 2026年12月6日 发来的数据无法信任，仍在使用 2026年12月4日 的汇率');
    expect(ratesProblemText({ ...refused, kind: 'unreachable', kept: null }, 'zh-CN')).toBe('2026年12月6日 无法连接汇率服务器，仍在使用 DealLens 自带的汇率');
    // Today's rate asked today: the day once, not "2026年12月7日 … （2026年12月7日）".
    expect(ratesProblemText({ source: 'fallback', kind: 'unreachable', on: '2026-12-07', day: '2026-12-07', kept: null }, 'zh-CN')).toBe('无法连接备用汇率服务器获取 2026年12月7日 的汇率，该日的金额可能按更早的汇率换算');
    expect(ratesDiscardedText({ on: '2026-12-06' }, 'zh-CN')).toBe('保存的汇率已损坏，已于 2026年12月6日 丢弃；下次下载之前，DealLens 使用自带的汇率');
  });
});
