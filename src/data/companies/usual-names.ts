// The names news uses for companies whose records hold only their long legal or listing form
// ("Deutsche Lufthansa" → "Lufthansa", "Exxon Mobil" → "Exxon", "ExxonMobil"), kept in one reviewed
// table (base/usual-names.json) and merged into the records by id: the generated base files stay as
// the build writes them, and the hand-written files stay as they are.
import type { CompanyRecord } from '../../core/types';

/** What the table adds to one record. */
export interface UsualNames {
  /** Short names news uses ("BHP", "Lufthansa", "Munich Re"). */
  shortNames?: string[];
  /** Chinese names in common use (汉莎航空, 埃克森美孚). */
  zh?: string[];
  /** Names the company was known by before (Hutchison Whampoa, folded into CK Hutchison in 2015). */
  formerNames?: string[];
  /** Replaces the record's rule when a short name is also an ordinary word or a person's or place's name. */
  match?: NonNullable<CompanyRecord['match']>;
}

/** Record id → the names to add. */
export type UsualNamesTable = Readonly<Record<string, UsualNames>>;

const spaced = (name: string) => name.trim().replace(/\s+/g, ' ');

/** Every name the record already holds, as the schema test compares them (exact, whitespace runs as one). */
function namesOf(r: CompanyRecord): Set<string> {
  const all = [r.name, ...(r.legalNames ?? []), ...(r.shortNames ?? []), ...(r.aliases ?? []), ...(r.formerNames ?? []), ...(r.zh ?? []), ...(r.tickers ?? [])];
  return new Set(all.map(spaced));
}

/**
 * The records with the table's names merged in: short, Chinese and former names appended (a name the record
 * already holds is not repeated), `match` set. Records the table does not name are returned as they
 * are, in the same order; the input is not changed. Ids of the table that are not among `records`
 * are ignored (the table covers the base and the hand-written files, each merged on its own).
 */
export function withUsualNames<T extends CompanyRecord>(records: readonly T[], table: UsualNamesTable): T[] {
  return records.map((r) => {
    const usual = Object.hasOwn(table, r.id) ? table[r.id] : undefined;
    if (!usual) return r;
    const held = namesOf(r);
    const fresh = (list: readonly string[] | undefined) => {
      const out: string[] = [];
      for (const name of list ?? []) {
        const s = spaced(name);
        if (s.length === 0 || held.has(s)) continue;
        held.add(s);
        out.push(s);
      }
      return out;
    };
    const shortNames = fresh(usual.shortNames);
    const zh = fresh(usual.zh);
    const formerNames = fresh(usual.formerNames);
    const merged: T = { ...r };
    if (shortNames.length > 0) merged.shortNames = [...(r.shortNames ?? []), ...shortNames];
    if (zh.length > 0) merged.zh = [...(r.zh ?? []), ...zh];
    if (formerNames.length > 0) merged.formerNames = [...(r.formerNames ?? []), ...formerNames];
    if (usual.match) merged.match = usual.match;
    return merged;
  });
}
