// Turns candidate records from all sources into CompanyRecords that can sit beside the hand-written
// company data: duplicates of existing entities are skipped, and no written name (nor a form the
// matcher derives from it) is given to two entities, the same rules companies.test.ts and the
// matcher's clash check apply.

import { derivedNamesOf, nameKey } from '../../src/core/companies/name-forms';
import type { CompanyRecord } from '../../src/core/types';
import { comparable, matchRule, slug, type MatchContext, type WordList } from './names';

export interface Candidate {
  /** Where it comes from, for reports: "sec", "fd:PAR", "csi300" … */
  source: string;
  /** Output file (without .json). */
  file: string;
  /** Display name, then fallbacks tried in order when it is taken by another entity. */
  names: string[];
  legalNames: string[];
  zh: string[];
  tickers: string[];
  country?: string;
  sector?: string;
  kind?: CompanyRecord['kind'];
  /** Index constituent or large company. */
  prominent: boolean;
  indices: string[];
  /** Lower first: who gets a contested name. */
  rank: number;
  /** Id stem when the name is not Latin ("sse-600519"). */
  idHint?: string;
  /** Rule for the short names decided by the source (Chinese names that are ordinary words). */
  match?: CompanyRecord['match'];
}

export interface AssemblyReport {
  duplicates: { source: string; name: string; existing: string; by: string }[];
  dropped: { source: string; name: string; reason: string }[];
  namesDropped: number;
}

const TICKER_RE = /^[A-Z]+:[A-Z0-9]+(?:\.[A-Z])?$/;
const HAN_RE = /\p{Script=Han}/u;

/** Same as the data test: case-insensitive, typographic apostrophes, whitespace runs. */
function normalise(name: string): string {
  return name.trim().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();
}

function keysOf(text: string): string[] {
  return [`k:${nameKey(text)}`, `n:${normalise(text)}`];
}

function tickerForms(t: string): string[] {
  const colon = t.indexOf(':');
  return colon > 0 ? [t, `${t.slice(0, colon)}: ${t.slice(colon + 1)}`] : [t];
}

class Registry {
  readonly explicit = new Map<string, string>();
  readonly derived = new Map<string, string>();
  readonly ids = new Set<string>();
  /** Output file of each generated record (existing records have none). */
  readonly fileOf = new Map<string, string>();

  ownerOf(text: string): string | undefined {
    for (const k of keysOf(text)) {
      const o = this.explicit.get(k);
      if (o !== undefined) return o;
    }
    return undefined;
  }

  /** Whether any form derived from `text` is already derived by another entity. */
  derivedClash(text: string, id: string): boolean {
    return derivedNamesOf(text).some((d) => {
      const o = this.derived.get(`k:${nameKey(d)}`);
      return o !== undefined && o !== id;
    });
  }

  add(r: CompanyRecord): void {
    this.ids.add(r.id);
    const names = [r.name, ...(r.legalNames ?? []), ...(r.shortNames ?? []), ...(r.aliases ?? []), ...(r.formerNames ?? []), ...(r.zh ?? [])];
    for (const n of names) {
      for (const k of keysOf(n)) if (!this.explicit.has(k)) this.explicit.set(k, r.id);
      for (const d of derivedNamesOf(n)) {
        const k = `k:${nameKey(d)}`;
        if (!this.derived.has(k)) this.derived.set(k, r.id);
      }
    }
    for (const t of r.tickers ?? []) for (const f of tickerForms(t)) for (const k of keysOf(f)) if (!this.explicit.has(k)) this.explicit.set(k, r.id);
  }
}

/** The existing entity a candidate repeats, by ticker, Chinese name or comparable name. */
class ExistingIndex {
  private readonly byTicker = new Map<string, string>();
  private readonly byZh = new Map<string, string>();
  private readonly byName = new Map<string, string>();

  constructor(records: readonly CompanyRecord[], private readonly words: WordList) {
    for (const r of records) {
      for (const t of r.tickers ?? []) this.byTicker.set(t, r.id);
      for (const z of r.zh ?? []) this.byZh.set(z, r.id);
      for (const n of [r.name, ...(r.legalNames ?? []), ...(r.shortNames ?? []), ...(r.aliases ?? []), ...(r.formerNames ?? [])]) {
        const c = comparable(n, words);
        if (c.length >= 3) this.byName.set(c, r.id);
      }
    }
  }

  find(c: Candidate): { id: string; by: string } | undefined {
    for (const t of c.tickers) {
      const id = this.byTicker.get(t);
      if (id) return { id, by: `ticker ${t}` };
    }
    for (const n of [...c.names.slice(0, 1), ...c.legalNames]) {
      const k = comparable(n, this.words);
      const id = k.length >= 3 ? this.byName.get(k) : undefined;
      if (id) return { id, by: `name "${n}"` };
    }
    for (const z of c.zh) {
      const id = this.byZh.get(z);
      if (id) return { id, by: `Chinese name ${z}` };
    }
    return undefined;
  }
}

function uniqueId(c: Candidate, name: string, registry: Registry): string | undefined {
  const stem = /[a-z0-9]/i.test(name) ? slug(name) : (c.idHint ?? '');
  if (stem.length === 0) return undefined;
  const code = (c.tickers[0] ?? '').split(':')[1]?.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const options = [stem, c.country ? `${stem}-${c.country.toLowerCase()}` : undefined, code ? `${stem}-${code}` : undefined, c.idHint];
  for (const o of options) if (o && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(o) && !registry.ids.has(o)) return o;
  for (let i = 2; i < 100; i++) if (!registry.ids.has(`${stem}-${i}`)) return `${stem}-${i}`;
  return undefined;
}

export function assemble(
  existing: readonly CompanyRecord[],
  candidates: readonly Candidate[],
  words: WordList,
  matchContext: Omit<MatchContext, 'prominent'>,
): { byFile: Map<string, CompanyRecord[]>; report: AssemblyReport } {
  const registry = new Registry();
  for (const r of existing) registry.add(r);
  const index = new ExistingIndex(existing, words);
  const report: AssemblyReport = { duplicates: [], dropped: [], namesDropped: 0 };
  const byFile = new Map<string, CompanyRecord[]>();
  const sorted = [...candidates].sort((a, b) => a.rank - b.rank);

  for (const c of sorted) {
    const dup = index.find(c);
    if (dup) {
      report.duplicates.push({ source: c.source, name: c.names[0] ?? '', existing: dup.id, by: dup.by });
      continue;
    }
    const pending = '\u0000pending';
    const free = (text: string): boolean => {
      const o = registry.ownerOf(text);
      return o === undefined;
    };
    // The usual name held by an existing entity, or by a record of another region: the same
    // company listed twice (fuller names are only tried against records of the same market).
    const firstOwner = c.names[0] ? registry.ownerOf(c.names[0]) : undefined;
    if (firstOwner !== undefined && registry.fileOf.get(firstOwner) !== c.file) {
      report.duplicates.push({ source: c.source, name: c.names[0] ?? '', existing: firstOwner, by: 'usual name' });
      continue;
    }
    const ruleOf = (n: string): CompanyRecord['match'] => c.match ?? (/[A-Za-z]/.test(n) ? matchRule(n, words, { ...matchContext, prominent: c.prominent }) : undefined);
    const usable = c.names.map((n) => n.trim()).filter((n) => n.length > 1 && free(n) && !registry.derivedClash(n, pending));
    // With Chinese names, an English name that is an ordinary word would hold them back too: a
    // fuller English name is taken instead when there is one.
    // Two-letter names ("HS", "NI") are too common in text for a small company: a fuller one then.
    const specific = c.prominent ? usable : [...usable.filter((n) => !/^[A-Za-z0-9]{1,2}$/.test(n)), ...usable.filter((n) => /^[A-Za-z0-9]{1,2}$/.test(n))];
    const name = c.zh.length > 0 && !c.match ? (specific.find((n) => ruleOf(n) !== 'after-full-name') ?? specific[0]) : specific[0];
    if (!name) {
      report.dropped.push({ source: c.source, name: c.names[0] ?? '', reason: 'name taken by another entity' });
      continue;
    }
    const id = uniqueId(c, name, registry);
    if (!id) {
      report.dropped.push({ source: c.source, name, reason: 'no id' });
      continue;
    }
    const seen = new Set<string>([normalise(name)]);
    const keep = (text: string): boolean => {
      const t = text.trim();
      if (t.length < 2 || seen.has(normalise(t)) || !free(t) || registry.derivedClash(t, id)) {
        if (!seen.has(normalise(t))) report.namesDropped++;
        return false;
      }
      seen.add(normalise(t));
      return true;
    };
    const legalNames = c.legalNames.filter(keep);
    const zh = c.zh.filter((z) => HAN_RE.test(z)).filter(keep);
    const tickers = [...new Set(c.tickers)].filter((t) => TICKER_RE.test(t) && tickerForms(t).every(free));
    const record: CompanyRecord = { id, name, kind: 'company' };
    if (legalNames.length > 0) record.legalNames = legalNames;
    if (zh.length > 0) record.zh = zh;
    if (tickers.length > 0) record.tickers = tickers;
    record.kind = c.kind ?? 'company';
    if (c.country && /^[A-Z]{2}$/.test(c.country)) record.country = c.country;
    if (c.sector) record.sector = c.sector;
    const rule = ruleOf(name);
    if (rule) record.match = rule;
    registry.add(record);
    registry.fileOf.set(record.id, c.file);
    const list = byFile.get(c.file) ?? [];
    list.push(record);
    byFile.set(c.file, list);
  }
  return { byFile, report };
}

/** Field order of the hand-written files, so the generated lines read the same way. */
export function ordered(r: CompanyRecord): CompanyRecord {
  const out: Record<string, unknown> = {};
  for (const k of ['id', 'name', 'legalNames', 'shortNames', 'aliases', 'formerNames', 'zh', 'tickers', 'kind', 'country', 'domain', 'description', 'sector', 'match'] as const) {
    if (r[k] !== undefined) out[k] = r[k];
  }
  return out as unknown as CompanyRecord;
}
