// Reads the markup of paragraphs.ts: {{text|id}} marks a company mention, <<text>> a hard negative.
// Offsets refer to the plain text that is left once the markup is removed.

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  /** A data id, or "new:<key>" for a company the data did not hold when the paragraph was written. */
  id: string;
}

export interface GoldParagraph {
  text: string;
  mentions: GoldMention[];
  negatives: { start: number; end: number; text: string }[];
}

const MARKUP = /\{\{([^{}|]+)\|([^{}|]+)\}\}|<<([^<>]+)>>/g;

export function parseGold(source: string): GoldParagraph {
  const mentions: GoldMention[] = [];
  const negatives: GoldParagraph['negatives'] = [];
  let text = '';
  let last = 0;
  for (const m of source.matchAll(MARKUP)) {
    text += source.slice(last, m.index);
    last = m.index + m[0].length;
    const inner = m[1] ?? m[3]!;
    const start = text.length;
    text += inner;
    if (m[1] !== undefined) mentions.push({ start, end: text.length, text: inner, id: m[2]! });
    else negatives.push({ start, end: text.length, text: inner });
  }
  text += source.slice(last);
  if (/\{\{|\}\}|<<|>>/.test(text)) throw new Error(`unbalanced markup in: ${source.slice(0, 60)}…`);
  return { text, mentions, negatives };
}
