import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../../core/types';
import usualNames from './base/usual-names.json';
import { companies } from './index';
import { withUsualNames, type UsualNamesTable } from './usual-names';

const table = usualNames as UsualNamesTable;
const HAN_RE = /\p{Script=Han}/u;

/** The clash check's normalisation (companies.test.ts): case-insensitive, typographic apostrophes, whitespace runs. */
const normalise = (name: string) => name.trim().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();
const namesOf = (r: CompanyRecord) => [r.name, ...(r.legalNames ?? []), ...(r.shortNames ?? []), ...(r.aliases ?? []), ...(r.formerNames ?? []), ...(r.zh ?? []), ...(r.tickers ?? [])];

describe('withUsualNames', () => {
  const records: CompanyRecord[] = [
    { id: 'deutsche-lufthansa', name: 'Deutsche Lufthansa', legalNames: ['Deutsche Lufthansa AG'], kind: 'company' },
    { id: 'delta-air-lines', name: 'Delta Air Lines', shortNames: ['Delta Air'], zh: ['达美航空'], kind: 'company' },
    { id: 'untouched', name: 'Untouched', kind: 'company' },
  ];
  const merged = withUsualNames(records, {
    'deutsche-lufthansa': { shortNames: ['Lufthansa'], zh: ['汉莎航空'], formerNames: ['Deutsche Luft Hansa'] },
    'delta-air-lines': { shortNames: ['Delta', 'Delta  Air'], zh: ['达美航空', '达美'], match: 'after-full-name' },
    'not-in-these-records': { shortNames: ['Elsewhere'] },
  });

  it('appends short, Chinese and former names to the record with that id, without repeating one it holds', () => {
    expect(merged[0]).toEqual({ ...records[0], shortNames: ['Lufthansa'], zh: ['汉莎航空'], formerNames: ['Deutsche Luft Hansa'] });
    expect(merged[1]).toMatchObject({ shortNames: ['Delta Air', 'Delta'], zh: ['达美航空', '达美'], match: 'after-full-name' });
  });

  it('leaves other records as they are, in order, and does not change its input', () => {
    expect(merged.map((r) => r.id)).toEqual(['deutsche-lufthansa', 'delta-air-lines', 'untouched']);
    expect(merged[2]).toBe(records[2]);
    expect(records[0]!.shortNames).toBeUndefined();
    expect(records[1]!.shortNames).toEqual(['Delta Air']);
  });

  it('is idempotent', () => {
    expect(withUsualNames(merged, { 'deutsche-lufthansa': { shortNames: ['Lufthansa'] } })[0]).toEqual(merged[0]);
  });
});

describe('usual-names.json', () => {
  const byId = new Map(companies.map((r) => [r.id, r]));
  const entries = Object.entries(table);

  it('covers at least 1,500 records', () => {
    expect(entries.length).toBeGreaterThanOrEqual(1500);
  });

  it('names only records that exist', () => {
    expect(entries.map(([id]) => id).filter((id) => !byId.has(id))).toEqual([]);
  });

  it('has well-formed entries: known fields, non-empty lists, Chinese names in zh only', () => {
    const problems: string[] = [];
    for (const [id, e] of entries) {
      for (const key of Object.keys(e)) if (!['shortNames', 'zh', 'formerNames', 'match'].includes(key)) problems.push(`${id}: field ${key}`);
      if (!e.shortNames && !e.zh && !e.formerNames && !e.match) problems.push(`${id}: empty`);
      for (const list of [e.shortNames, e.zh, e.formerNames]) if (list !== undefined && list.length === 0) problems.push(`${id}: empty list`);
      for (const n of [...(e.shortNames ?? []), ...(e.formerNames ?? [])]) if (n.trim() !== n || n.length < 2 || HAN_RE.test(n)) problems.push(`${id}: short or former name "${n}"`);
      for (const n of e.zh ?? []) if (!HAN_RE.test(n)) problems.push(`${id}: zh "${n}"`);
      if (e.match !== undefined && !['case-sensitive', 'after-full-name', 'corporate-word'].includes(e.match)) problems.push(`${id}: match ${e.match}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives no name that another record holds, and every name ends up in its record', () => {
    const owners = new Map<string, Set<string>>();
    for (const r of companies) for (const n of namesOf(r)) owners.set(normalise(n), (owners.get(normalise(n)) ?? new Set()).add(r.id));
    const problems: string[] = [];
    for (const [id, e] of entries) {
      const own = new Set(namesOf(byId.get(id)!));
      for (const n of [...(e.shortNames ?? []), ...(e.zh ?? [])]) {
        const others = [...(owners.get(normalise(n)) ?? [])].filter((o) => o !== id);
        if (others.length > 0) problems.push(`"${n}" of ${id} is also held by ${others.join(', ')}`);
        if (!own.has(n)) problems.push(`"${n}" did not reach ${id}`);
      }
      if (e.match !== undefined && byId.get(id)!.match !== e.match) problems.push(`match of ${id} not set`);
    }
    expect(problems).toEqual([]);
  });
});

describe('usual-names.json', () => {
  it('names each company once (JSON keeps only the last of two equal keys, silently)', () => {
    const raw = fs.readFileSync(path.join(import.meta.dirname, 'base/usual-names.json'), 'utf8');
    const keys = [...raw.matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});
