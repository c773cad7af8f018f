// The names a surface may show in Latin letters because they are names: every company and investor
// of the bundled data (its name, legal, short, former names, aliases and Chinese names, "SK海力士"), the deals' parties and
// publishers, and the words of the article the surface quotes.
import { companies } from '../src/data/companies/index';
import { deals } from '../src/data/deals/index';
import { NameIndex } from './latin-words';

let dataNames: string[] | undefined;

function namesOfData(): string[] {
  return (dataNames ??= [
    ...companies.flatMap((c) => [c.name, ...(c.legalNames ?? []), ...(c.shortNames ?? []), ...(c.aliases ?? []), ...(c.formerNames ?? []), ...(c.zh ?? [])]),
    ...deals.flatMap((d) => [d.target.name, ...d.investors.map((i) => i.name), ...d.sources.map((s) => s.publisher)]),
  ]);
}

/** The names of the data and the article's `quoted` words, for foreignWords. */
export function namesOnSurface(quoted: string[]): NameIndex {
  return new NameIndex([...namesOfData(), ...quoted]);
}
