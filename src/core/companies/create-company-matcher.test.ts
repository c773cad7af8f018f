import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { compileAllNames, createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';

const ids = (text: string, records: CompanyRecord[]): string[] =>
  findCompanies(text, createCompanyMatcher(records)).map((m) => m.id);

describe('createCompanyMatcher', () => {
  it('lists the entities in data order and counts the forms', () => {
    const matcher = createCompanyMatcher([
      { id: 'a', name: 'Alpha Corp', shortNames: ['Alphaco'], kind: 'company' },
      { id: 'b', name: 'Beta', zh: ['贝塔'], kind: 'investor' },
    ]);
    expect(matcher.entities).toEqual([
      { id: 'a', name: 'Alpha Corp' },
      { id: 'b', name: 'Beta' },
    ]);
    // Alpha Corp, Alphaco, Beta, 贝塔, and "Alpha" derived from "Alpha Corp" (only before a legal word).
    expect(compileAllNames(matcher)).toEqual({ formCount: 5, conflicts: [] });
  });

  it('gives a name two entities share to the first one and reports it', () => {
    const records: CompanyRecord[] = [
      { id: 'first', name: 'Orion', kind: 'company' },
      { id: 'second', name: 'Orion Labs', aliases: ['Orion'], kind: 'company' },
    ];
    expect(ids('Orion and Orion Labs', records)).toEqual(['first', 'second']);
    expect(compileAllNames(createCompanyMatcher(records)).conflicts).toEqual(['"Orion": kept for first, not for second']);
  });

  it('lets an explicit name of one entity beat a form derived from another entity’s legal name', () => {
    const records: CompanyRecord[] = [
      { id: 'holding', name: 'Nova', legalNames: ['Nova Star Holdings Ltd.'], kind: 'company' },
      { id: 'star', name: 'Nova Star', kind: 'company' },
    ];
    // "Nova Star Holdings" stays with the holding (its own derived form); bare "Nova Star" is the other entity.
    expect(ids('Nova Star Holdings; Nova Star; Nova', records)).toEqual(['holding', 'star', 'holding']);
    expect(compileAllNames(createCompanyMatcher(records)).conflicts).toEqual([]);
  });

  it('keeps every spelling of one entity that folds to the same key', () => {
    const records: CompanyRecord[] = [{ id: 'hkex', name: 'HKEX', shortNames: ['HKEx'], kind: 'company' }];
    // "HKEX" alone would be case-sensitive (short acronym); "HKEx" adds the ordinary rule, so
    // "Hkex" matches through it while all-lowercase "hkex" still does not.
    expect(ids('HKEX, HKEx, Hkex, hkex', records)).toEqual(['hkex', 'hkex', 'hkex']);
  });

  it('compiles a bucket only when a text needs it', () => {
    const matcher = createCompanyMatcher([
      { id: 'a', name: 'Alpha', kind: 'company' },
      { id: 'b', name: 'Beta', kind: 'company' },
    ]);
    const compiled = () => [...matcher.buckets.values()].flatMap((inner) => [...inner.values()]).filter((b) => b.byThird).length;
    expect(compiled()).toBe(0);
    expect(findCompanies('Alpha', matcher).map((m) => m.id)).toEqual(['a']);
    expect(compiled()).toBe(1);
    compileAllNames(matcher);
    expect(compiled()).toBe(2);
  });

  it('accepts an empty data set', () => {
    expect(findCompanies('Anything at all', createCompanyMatcher([]))).toEqual([]);
  });
});
