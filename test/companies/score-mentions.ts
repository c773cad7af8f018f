// Mention scores for company recognition: precision, recall and F1 by exact span and by overlap,
// and linked F1 (overlap plus the right entity).
//
// Overlap matching is one-to-one, in text order. A gold "new:<key>" entity is linked right when
// the predicted id is not another gold entity's data id and every mention of that key in the
// paragraph got the same id (the data may grow to hold it, so any consistent id counts).

import type { CompanyMention } from '../../src/core/types';
import type { GoldParagraph } from './parse-gold';

export interface Counts {
  gold: number;
  predicted: number;
  exact: number;
  overlap: number;
  linked: number;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export interface ParagraphErrors {
  index: number;
  missed: string[];
  spurious: string[];
  wrongSpan: string[];
  wrongLink: string[];
  negativesHit: string[];
}

export function scoreOf(correct: number, predicted: number, gold: number): Score {
  const precision = predicted === 0 ? 1 : correct / predicted;
  const recall = gold === 0 ? 1 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function scoreParagraph(gold: GoldParagraph, predicted: readonly CompanyMention[], index: number, counts: Counts): ParagraphErrors {
  const errors: ParagraphErrors = { index, missed: [], spurious: [], wrongSpan: [], wrongLink: [], negativesHit: [] };
  const dataIds = new Set(gold.mentions.filter((g) => !g.id.startsWith('new:')).map((g) => g.id));
  const newIds = new Map<string, string>();
  const used = new Set<CompanyMention>();
  counts.gold += gold.mentions.length;
  counts.predicted += predicted.length;
  for (const g of gold.mentions) {
    const p = predicted.find((m) => !used.has(m) && m.start < g.end && g.start < m.end);
    if (!p) {
      errors.missed.push(`${g.text} [${g.id}]`);
      continue;
    }
    used.add(p);
    counts.overlap++;
    if (p.start === g.start && p.end === g.end) counts.exact++;
    else errors.wrongSpan.push(`${g.text} → ${p.text}`);
    let linked: boolean;
    if (g.id.startsWith('new:')) {
      const first = newIds.get(g.id);
      if (first === undefined) newIds.set(g.id, p.id);
      linked = !dataIds.has(p.id) && (first === undefined || first === p.id);
    } else {
      linked = p.id === g.id;
    }
    if (linked) counts.linked++;
    else errors.wrongLink.push(`${g.text} [${g.id}] → ${p.id}`);
  }
  for (const p of predicted) if (!used.has(p)) errors.spurious.push(`${p.text} [${p.id}]`);
  for (const n of gold.negatives) {
    if (predicted.some((p) => p.start < n.end && n.start < p.end)) errors.negativesHit.push(n.text);
  }
  return errors;
}
