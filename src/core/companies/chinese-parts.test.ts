import { describe, expect, it } from 'vitest';
import { chineseParts, inChineseParts } from './chinese-parts';
import type { CompanyMention } from '../types';

describe('chineseParts', () => {
  it('gives the runs of lines that hold a Han character', () => {
    const text = `Acme said.\n腾讯入股。\n字节跳动。\n${'Plain line. '.repeat(50)}\n又一行`;
    const parts = chineseParts(text);
    expect(parts.map(([s, e]) => text.slice(s, e))).toEqual(['腾讯入股。\n字节跳动。', '又一行']);
  });

  it('reads lines close together as one part, with the English between them', () => {
    const text = 'Intro.\n腾讯入股。\nShort English line.\n字节跳动。';
    expect(chineseParts(text).map(([s, e]) => text.slice(s, e))).toEqual(['腾讯入股。\nShort English line.\n字节跳动。']);
  });

  it('finds nothing in a text without Chinese, and the whole of a Chinese text', () => {
    expect(chineseParts('Only English here.\nAnd here.')).toEqual([]);
    expect(chineseParts('全是中文')).toEqual([[0, 4]]);
  });
});

describe('Japanese text', () => {
  it('is no Chinese part: a line with kana, and every line of a page with kana throughout', () => {
    expect(chineseParts('腾讯发布财报\n電気通信事業法の改正について')).toEqual([[0, 6]]);
    const page = ['国立研究開発法人情報通信研究機構', 'この法律は、電気通信の健全な発達を図ることを目的とする。', 'アクセス制御機能に対する社会的信頼を確保する。'].join('\n');
    expect(chineseParts(page)).toEqual([]);
  });
});

describe('inChineseParts', () => {
  const mention = (text: string, start: number): CompanyMention => ({ start, end: start + text.length, text, id: text, name: text });

  it('reads each part alone and gives findings in the offsets of the whole text', () => {
    const text = `Acme Corp grew.\n华为宣布。\n${'More English. '.repeat(40)}\n小米宣布。`;
    const seen: string[] = [];
    const found = inChineseParts(text, [], (part) => {
      seen.push(part);
      return [mention(part.slice(0, 2), 0)];
    });
    expect(seen).toEqual(['华为宣布。', '小米宣布。']);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['华为', '小米']);
  });

  it('passes the mentions inside a part and gives back the caller’s own object for one it returns or replaces', () => {
    const text = 'English first.\n腾讯控股入股。';
    const known = [mention('Acme', 0), mention('腾讯', 15)];
    const found = inChineseParts(text, known, (part, inside): (CompanyMention & { replaces?: CompanyMention })[] => {
      expect(inside.map((m) => part.slice(m.start, m.end))).toEqual(['腾讯']);
      return [inside[0]!, { ...mention('腾讯控股', 0), replaces: inside[0]! }];
    });
    expect(found[0]).toBe(known[1]);
    expect(found[1]!.replaces).toBe(known[1]);
    expect(text.slice(found[1]!.start, found[1]!.end)).toBe('腾讯控股');
  });
});
