// The edit form's investors, one a line: "name | role", the role in the reader's words ("Sequoia |
// lead", "红杉 | 领投"). Reading accepts the reader's words and the codes of the export format alike,
// and keeps the id of an investor the deal already had under that name.
import type { DealParty } from '../core/types';

export type InvestorRole = NonNullable<DealParty['role']>;
export type RoleWords = Record<InvestorRole, string>;

const ROLES: InvestorRole[] = ['lead', 'participant', 'existing'];

export function investorLines(investors: readonly DealParty[], words: RoleWords): string {
  return investors.map((i) => (i.role ? `${i.name} | ${words[i.role]}` : i.name)).join('\n');
}

export function readInvestorLines(text: string, known: readonly DealParty[], words: RoleWords): DealParty[] {
  const roleOf = (word: string | undefined): InvestorRole | undefined => {
    const w = word?.trim().toLowerCase();
    return w ? ROLES.find((role) => role === w || words[role].toLowerCase() === w) : undefined;
  };
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const bar = line.lastIndexOf('|');
      const role = bar >= 0 ? roleOf(line.slice(bar + 1)) : undefined;
      // A bar followed by no role word belongs to the name.
      const name = (role ? line.slice(0, bar) : line).trim();
      const id = known.find((i) => i.name === name)?.id;
      return { ...(id && { id }), name, ...(role && { role }) };
    });
}
