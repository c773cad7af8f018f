// A company's name as a reader of the interface's language knows it: in a Chinese interface the name
// the data gives in Chinese ("智谱", "百川智能") with the English one beside it; otherwise the canonical
// name. Lists of names are joined the way the language joins them ("A, B and C"; "A、B和C").

import type { CompanyRecord, DealParty, DealRecord } from '../core/types';

export interface CompanyTitle {
  /** The name to show first. */
  title: string;
  /** The other language's name, shown smaller, when it differs. */
  subtitle?: string;
}

/** True for a Chinese interface language (zh, zh-CN, zh-Hans…). */
export function isChineseLocale(locale: string): boolean {
  return /^zh\b/i.test(locale);
}

export function companyTitle(company: Pick<CompanyRecord, 'name' | 'zh'>, locale: string): CompanyTitle {
  const zh = company.zh?.[0];
  if (!zh || !isChineseLocale(locale) || zh === company.name) return { title: company.name };
  return { title: zh, subtitle: company.name };
}

/** "A, B, and C" / "A、B和C", by Intl.ListFormat in the reader's language. */
export function joinNames(names: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat([locale], { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** A party's or company's name in the reader's language, from the records the background gave (canonical name when none). */
export type NameOf = (party: { id?: string; name: string }) => CompanyTitle;

export function namesFrom(records: ReadonlyMap<string, Pick<CompanyRecord, 'name' | 'zh'> | null>, locale: string): NameOf {
  return (party) => {
    const record = party.id ? records.get(party.id) : undefined;
    return companyTitle(record ?? { name: party.name }, locale);
  };
}

/** The deal with its target's and investors' names in the reader's language. */
export function withLocalNames(deal: DealRecord, nameOf: NameOf): DealRecord {
  const rename = (p: DealParty): DealParty => ({ ...p, name: nameOf(p).title });
  return { ...deal, target: rename(deal.target), investors: deal.investors.map(rename) };
}
