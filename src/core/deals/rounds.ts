// Round names normalized to one English form, so "B轮" and "Series B" group together in the deal store.
// Canonical forms: "Series B", "Series A+", "Pre-Series A", "Seed", "Pre-Seed", "Angel", "Pre-IPO",
// "Strategic", "Bridge", "Series A extension".
import { matchesOf } from '../text/matches-of';

export interface RoundMention {
  start: number;
  end: number;
  round: string;
}

// Bare "seed"/"angel"/"strategic" are common words; they name a round only before a funding noun.
const FUNDING_NOUN = String.raw`(?:round|funding|financing|investment|money|capital|stage|raise)`;
const EN_ROUND = new RegExp(
  String.raw`\bpre-?series\s+([A-Z])\b|\bSeries\s+([A-Z](?:-?\d|\+{1,2})?)(?![\w+])(\s+extension\b)?|\b(pre-?seed|seed|angel|strategic|bridge)(?=\s+${FUNDING_NOUN}\b)|\b(pre-?IPO)\b`,
  'gi',
);
// ("策略投資": Taiwan's word for a strategic investment.)
const ZH_ROUND = /(Pre-?[A-F]\+?|[A-F](?:\d|\+{1,2})?|天使\+{0,2}|种子\+?|战略|Pre-?IPO)轮|(?:战略|策略)(?:融资|投资)/gi;

/** Every round name in text[from, to), with absolute offsets. */
export function findRounds(text: string, from: number, to: number): RoundMention[] {
  const slice = text.slice(from, to);
  const found: RoundMention[] = [];
  for (const m of matchesOf(EN_ROUND, slice)) {
    const round = m[1]
      ? `Pre-Series ${m[1].toUpperCase()}`
      : m[2]
        ? // "a Series A extension" is a round of its own, after the Series A.
          `Series ${m[2].toUpperCase()}${m[3] ? ' extension' : ''}`
        : m[4]
          ? normalizeWord(m[4])
          : 'Pre-IPO';
    found.push({ start: from + m.index, end: from + m.index + m[0].length, round });
  }
  for (const m of matchesOf(ZH_ROUND, slice)) {
    const round = m[1] ? normalizeZh(m[1]) : 'Strategic';
    found.push({ start: from + m.index, end: from + m.index + m[0].length, round });
  }
  // "Pre-IPO轮" matches both tables: keep one mention per stretch of text.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((r, i) => i === 0 || r.start >= found[i - 1]!.end);
}

/** The round closest to `anchor` in text[from, to), if any. */
export function nearestRound(text: string, from: number, to: number, anchor: number): string | undefined {
  let best: RoundMention | undefined;
  let bestDistance = Infinity;
  for (const r of findRounds(text, from, to)) {
    const d = r.start >= anchor ? r.start - anchor : anchor - r.end;
    if (d < bestDistance) {
      best = r;
      bestDistance = d;
    }
  }
  return best?.round;
}

function normalizeWord(word: string): string {
  const w = word.toLowerCase().replace('-', '');
  if (w === 'preseed') return 'Pre-Seed';
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function normalizeZh(head: string): string {
  // "天使+轮": an extension of the angel round.
  if (head.startsWith('天使')) return `Angel${head.slice(2)}`;
  if (head.startsWith('种子')) return `Seed${head.slice(2)}`;
  if (head === '战略') return 'Strategic';
  if (/^pre-?ipo$/i.test(head)) return 'Pre-IPO';
  const pre = /^pre-?([A-F]\+?)$/i.exec(head);
  if (pre) return `Pre-Series ${pre[1]!.toUpperCase()}`;
  return `Series ${head.toUpperCase()}`;
}
