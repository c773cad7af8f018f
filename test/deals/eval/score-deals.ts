// Scores the engine's deals against the gold of the evaluation set (gold.ts). Pure: takes the
// paragraphs and a reader, returns counts; deals-eval.test.ts gates them and scripts/eval.ts prints them.
//
// Matching: a predicted deal matches a gold deal of the same paragraph when the types agree
// (acquisition and stake-sale count as one) and the predicted target is one of the gold target's
// names (after folding case, punctuation and legal words) or links to the same company; one to one,
// in order. Parties: investors (lead, participant, acquirer) are scored as a set per matched deal,
// plus every investor of an unmatched deal on either side; a predicted investor that is the gold
// seller or the target counts as wrong. Amount and valuation: right when the currency agrees and
// the value is within 0.5%, over the matched deals where the gold or the engine states one. Date: over
// the matched deals where the gold or the engine states one; a gold deal without a date is dated by
// its article, and two dates agree at the coarser of their precisions ("2016-06" and "2016-06-30" do;
// an engine "2024-04" agrees with an undated deal of a 2024-04-15 article).
import type { Annotation, DealMention } from '../../../src/core';
import type { GoldDeal, GoldParagraph } from './gold';

export interface Prf { tp: number; fp: number; fn: number }
export interface Accuracy { right: number; total: number }

export interface DealScores {
  paragraphs: number;
  deals: Prf;
  byType: Record<string, Prf>;
  byLang: Record<string, Prf>;
  twoDeal: Prf;
  investors: Prf;
  leadRole: Accuracy;
  amount: Accuracy;
  valuation: Accuracy;
  round: Accuracy;
  /** The deal's own date (GoldDeal.date vs DealMention.date). */
  date: Accuracy;
  /** Deals the engine reads in paragraphs that report none. */
  negativeHits: number;
  negatives: number;
  /** Per-paragraph differences, for reading the misses. */
  errors: string[];
}

export type DealReader = (p: GoldParagraph) => Annotation;
/** Company ids the reader links a bare name to ("Northgate Mining Corp" → "unknown:northgate-mining"). */
export type NameLinker = (name: string) => string[];

const empty = (): Prf => ({ tp: 0, fp: 0, fn: 0 });
const LEGAL_WORDS = /\b(?:inc|corp|corporation|co|cos|company|ltd|limited|plc|llc|ag|sa|nv|se|spa|holdings?|group)\b\.?/g;

export function fold(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(LEGAL_WORDS, '')
    .replace(/(?:股份有限公司|有限责任公司|有限公司|公司|集团)$/u, '')
    .replace(/[\s.,'’"“”()（）-]+/g, '');
}

const typeClass = (t: string) => (t === 'stake-sale' ? 'acquisition' : t);

export function f1(p: Prf): { precision: number; recall: number; f1: number } {
  const precision = p.tp + p.fp === 0 ? 1 : p.tp / (p.tp + p.fp);
  const recall = p.tp + p.fn === 0 ? 1 : p.tp / (p.tp + p.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function add(to: Prf, from: Prf): void {
  to.tp += from.tp;
  to.fp += from.fp;
  to.fn += from.fn;
}

/** The names a predicted party or target can be known by. */
function keysOf(party: { id?: string; name: string }): Set<string> {
  const keys = new Set([fold(party.name)]);
  if (party.id) keys.add(`#${party.id}`);
  return keys;
}

function goldKeys(names: readonly string[], link: NameLinker): Set<string> {
  const keys = new Set<string>();
  for (const n of names) {
    keys.add(fold(n));
    for (const id of link(n)) keys.add(`#${id}`);
  }
  return keys;
}

const meets = (a: Set<string>, b: Set<string>) => [...a].some((k) => k !== '' && b.has(k));

function amountRight(gold: { currency: string; amount: number; amountMax?: number } | undefined, found: { currency: string; amount: number; amountMax?: number } | undefined): boolean {
  if (!gold || !found) return !gold && !found;
  const close = (x: number, y: number) => Math.abs(x - y) <= 0.005 * Math.abs(x);
  return gold.currency === found.currency && close(gold.amount, found.amount) && (gold.amountMax === undefined || (found.amountMax !== undefined && close(gold.amountMax, found.amountMax)));
}

/** Rounds compared by meaning: "B轮" (and "B輪") is "Series B", "Pre-A轮" "Pre-Series A", "种子轮" "seed", "战略融资" "strategic". */
const ROUND_WORDS: [RegExp, string][] = [[/种子/, 'seed'], [/天使/, 'angel'], [/战略/, 'strategic'], [/融资$/, '']];
const foldRound = (r: string) => ROUND_WORDS.reduce((x, [re, to]) => x.replace(re, to), r.toLowerCase()).replace(/[\s-]+/g, '').replace(/^(pre)?series/, '$1').replace(/[轮輪]$/, '').replace(/round$/, '').replace(/(?:funding|financing|investment)$/, '');

export function scoreDeals(paragraphs: readonly GoldParagraph[], read: DealReader, link: NameLinker): DealScores {
  const s: DealScores = {
    paragraphs: paragraphs.length, deals: empty(), byType: {}, byLang: {}, twoDeal: empty(), investors: empty(),
    leadRole: { right: 0, total: 0 }, amount: { right: 0, total: 0 }, valuation: { right: 0, total: 0 }, round: { right: 0, total: 0 },
    date: { right: 0, total: 0 }, negativeHits: 0, negatives: 0, errors: [],
  };
  for (const p of paragraphs) {
    const found = read(p);
    const predicted = [...found.deals];
    const notes: string[] = [];
    if (p.deals.length === 0) {
      s.negatives++;
      s.negativeHits += predicted.length;
    }
    const perPara = empty();
    const typeOf = (t: string) => (s.byType[typeClass(t)] ??= empty());
    for (const g of p.deals) {
      const targetKeys = goldKeys(g.target, link);
      const at = predicted.findIndex((d) => typeClass(d.type) === typeClass(g.type) && meets(keysOf(d.target), targetKeys));
      if (at === -1) {
        perPara.fn++;
        typeOf(g.type).fn++;
        s.investors.fn += g.parties.filter((x) => x.role !== 'seller').length;
        notes.push(`missed ${g.type} ${g.target[0]}`);
        continue;
      }
      const d = predicted.splice(at, 1)[0]!;
      perPara.tp++;
      typeOf(g.type).tp++;
      scoreParties(s, g, d, targetKeys, link, notes);
      scoreFacts(s, g, d, found, notes);
      scoreDate(s, g, d, p.date, notes);
    }
    for (const d of predicted) {
      perPara.fp++;
      typeOf(d.type).fp++;
      s.investors.fp += d.investors.length;
      notes.push(`extra ${d.type} ${d.target.name}`);
    }
    add(s.deals, perPara);
    add((s.byLang[p.lang] ??= empty()), perPara);
    if (p.deals.length >= 2) add(s.twoDeal, perPara);
    if (notes.length > 0) s.errors.push(`${p.id}: ${notes.join('; ')}`);
  }
  return s;
}

function scoreParties(s: DealScores, g: GoldDeal, d: DealMention, targetKeys: Set<string>, link: NameLinker, notes: string[]): void {
  const gold = g.parties.filter((x) => x.role !== 'seller').map((x) => ({ ...x, keys: goldKeys([x.name], link) }));
  const wrong = goldKeys(g.parties.filter((x) => x.role === 'seller').map((x) => x.name), link);
  for (const k of targetKeys) wrong.add(k);
  for (const inv of d.investors) {
    const keys = keysOf(inv);
    const at = gold.findIndex((x) => meets(keys, x.keys));
    if (at === -1) {
      s.investors.fp++;
      notes.push(meets(keys, wrong) ? `seller/target as investor ${inv.name}` : `extra investor ${inv.name}`);
      continue;
    }
    const hit = gold.splice(at, 1)[0]!;
    s.investors.tp++;
    if (hit.role === 'lead' || hit.role === 'participant') {
      s.leadRole.total++;
      if ((hit.role === 'lead') === (inv.role === 'lead')) s.leadRole.right++;
    }
  }
  s.investors.fn += gold.length;
  for (const x of gold) notes.push(`missed investor ${x.name}`);
}

function scoreFacts(s: DealScores, g: GoldDeal, d: DealMention, found: Annotation, notes: string[]): void {
  const money = d.money === undefined ? undefined : found.money[d.money];
  if (g.amount || money) {
    s.amount.total++;
    if (amountRight(g.amount, money)) s.amount.right++;
    else notes.push(`amount ${g.amount ? `${g.amount.currency} ${g.amount.amount}` : 'none'} ≠ ${money ? `${money.currency} ${money.amount}` : 'none'}`);
  }
  const valuation = d.valuation === undefined ? undefined : found.money[d.valuation.money];
  if (g.valuation || valuation) {
    s.valuation.total++;
    if (amountRight(g.valuation, valuation) && (!g.valuation?.basis || g.valuation.basis === d.valuation?.basis)) s.valuation.right++;
    else notes.push(`valuation ${g.valuation ? `${g.valuation.currency} ${g.valuation.amount}` : 'none'} ≠ ${valuation ? `${valuation.currency} ${valuation.amount}` : 'none'}`);
  }
  if (g.round || d.round) {
    s.round.total++;
    if (g.round && d.round && foldRound(g.round) === foldRound(d.round)) s.round.right++;
    else notes.push(`round ${g.round ?? 'none'} ≠ ${d.round ?? 'none'}`);
  }
}

/** Dates agree at the coarser of their precisions: "2016-06" and "2016-06-30" do, "2016-06-29" and "2016-06-30" do not. */
function sameDate(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

function scoreDate(s: DealScores, g: GoldDeal, d: DealMention, articleDate: string, notes: string[]): void {
  if (!g.date && !d.date) return;
  s.date.total++;
  if (d.date && sameDate(g.date ?? articleDate, d.date)) s.date.right++;
  else notes.push(`date ${g.date ?? `none (article ${articleDate})`} ≠ ${d.date ?? 'none'}`);
}
