import { describe, expect, it } from 'vitest';
import { foldDealChars } from './zh-deal-chars';

describe('deal words in traditional characters', () => {
  it('folds what the company fold leaves, one character for one', () => {
    const text = '今日於港交所主板掛牌，擬全球發售，簽署股權轉讓協議，換股吸收合併，所得款項淨額';
    const folded = foldDealChars(text);
    expect(folded.length).toBe(text.length);
    for (const word of ['掛牌', '擬', '簽署', '轉讓', '換股', '合併', '淨額']) expect(folded).not.toContain(word);
    expect(folded).toContain('挂牌');
    expect(folded).toContain('拟');
    // ("是次招股引入三名基石投資者，分別為高瓴、淡馬錫及中國人壽": 分別為 opens a list of backers.)
    expect(foldDealChars('分別')).toBe('分别');
    expect(foldDealChars('聯穎科技')).toBe('聯颖科技');
  });
  it('returns a simplified text as it is', () => {
    const text = '云启医疗今日挂牌';
    expect(foldDealChars(text)).toBe(text);
  });
});
