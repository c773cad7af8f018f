import { afterEach, describe, expect, it, vi } from 'vitest';
import zh from '../../public/_locales/zh_CN/messages.json';
import { formatMessage } from '../platform/i18n';
import { relatedReasonBadges } from './related-reason';
import { sectorLabel } from './sector-label';

const inChinese = () => {
  const messages = zh as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  vi.stubGlobal('chrome', { i18n: { getMessage: (key: string, subs?: string[]) => formatMessage(messages[key]!, subs ?? []), getUILanguage: () => 'zh-CN' } });
};

const peer = { sector: 'ai', round: 'Series B', sizeBand: { currency: 'USD', band: 8 } };

describe('relatedReasonBadges', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says why a deal is related in short badges', () => {
    expect(relatedReasonBadges({ shared: ['Alibaba Group', 'Tencent', 'Xiaomi'], peer }, { type: 'funding' }, 'en-US')).toEqual([
      'Same investors: Alibaba Group, Tencent, and Xiaomi', 'Same sector: AI', 'Same round: Series B', 'Same size: US$100M–US$1B',
    ]);
    expect(relatedReasonBadges({ shared: ['Fund 3'] }, { type: 'funding' }, 'en-GB')).toEqual(['Also backed by Fund 3']);
    expect(relatedReasonBadges({ shared: ['Fund 3'], peer: { sector: 'e-commerce', sizeBand: null } }, { type: 'acquisition' }, 'en-GB')).toEqual(['Also involves Fund 3', 'Same sector: E-commerce']);
  });

  it('says it in Chinese', () => {
    inChinese();
    expect(relatedReasonBadges({ shared: ['阿里巴巴', '腾讯'], peer }, { type: 'funding' }, 'zh-CN')).toEqual(['相同投资方：阿里巴巴和腾讯', '同一领域：人工智能', '同一轮次：B轮', '规模相当：1亿美元–10亿美元']);
  });
});

describe('sectorLabel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives a sector code as words, and an unknown code with spaces', () => {
    expect([sectorLabel('ai'), sectorLabel('autos'), sectorLabel('space-tourism')]).toEqual(['AI', 'Cars', 'space tourism']);
    inChinese();
    expect([sectorLabel('ai'), sectorLabel('social-media'), sectorLabel('telecoms')]).toEqual(['人工智能', '社交媒体', '电信']);
  });

  it('names the shared investors in the reader\'s language when it is given their names', () => {
    const deal = { type: 'funding' as const, investors: [{ id: 'alibaba-group', name: 'Alibaba Group' }, { name: 'HongShan' }] };
    const nameOf = (p: { id?: string; name: string }) => ({ title: p.id === 'alibaba-group' ? '阿里巴巴' : p.name });
    expect(relatedReasonBadges({ shared: ['Alibaba Group', 'HongShan'] }, deal, 'zh-CN', nameOf)).toEqual([expect.stringContaining('阿里巴巴和HongShan')]);
    expect(relatedReasonBadges({ shared: ['Alibaba Group'] }, deal, 'zh-CN', nameOf)[0]).toContain('阿里巴巴');
  });
});
