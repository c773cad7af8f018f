import { describe, expect, it } from 'vitest';
import type { CompanyMention } from '../types';
import { withNameTails } from './en-name-tail';

const mention = (text: string, name: string, id = name.toLowerCase()): CompanyMention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, name, id };
};

describe('withNameTails', () => {
  it('puts back the investor words the reader left off', () => {
    const text = 'a Series C round led by Vertex Growth. The round also drew EDBI.';
    const [c] = withNameTails(text, [mention(text, 'Vertex')]);
    expect(c!.name).toBe('Vertex Growth');
    expect(c!.id.startsWith('unknown:')).toBe(true);
    const fund = 'led by Harbor Lake Capital Fund II, with others';
    expect(withNameTails(fund, [mention(fund, 'Harbor Lake')])[0]!.name).toBe('Harbor Lake Capital Fund II');
  });
  it('leaves a whole name, a name followed by other words, and a name before another mention', () => {
    const text = 'led by Sequoia Capital and Vertex Growth Asia';
    expect(withNameTails(text, [mention(text, 'Sequoia Capital')])[0]!.name).toBe('Sequoia Capital');
    expect(withNameTails(text, [mention(text, 'Vertex')])[0]!.name).toBe('Vertex');
    const plain = 'Vertex raised money';
    expect(withNameTails(plain, [mention(plain, 'Vertex')])[0]!.name).toBe('Vertex');
  });
});
