// Per-name rules for company names that are also ordinary words.
//
// The company data (CompanyRecord) has no field for this yet, so the rules live here, keyed by the
// exact name form as written in the data. Default matching is case-insensitive but never all-lowercase
// text for a capitalised name ("google it" is a verb); the names below need more:
//
//   case-sensitive   the text must have exactly this capitalisation: "Apple" yes, "apple"/"APPLE" no.
//   corporate-word   additionally, a legal or group word must follow ("Ant Group", "Block Inc.",
//                    "Sea Ltd"): the bare word is too common in prose ("Ant colonies", "a city block").
//
// Automatic rule (see name-forms.ts): an all-capitals form of up to 4 characters ("SAP", "GIC", "YC")
// is case-sensitive too, so "Sap" and "gic" do not match.

export type NameRule = 'case-sensitive' | 'corporate-word';

export const NAME_RULES: ReadonlyMap<string, NameRule> = new Map<string, NameRule>([
  // Riskiest: everyday nouns that start sentences in ordinary prose.
  ['Ant', 'corporate-word'],
  ['Block', 'corporate-word'],
  ['Sea', 'corporate-word'],
  ['Benchmark', 'corporate-word'],
  ['Runway', 'corporate-word'],
  // Common words whose capitalised form in business news is almost always the company.
  ['Meta', 'case-sensitive'],
  ['Apple', 'case-sensitive'],
  ['Snap', 'case-sensitive'],
  ['Square', 'case-sensitive'],
  ['Box', 'case-sensitive'],
  ['Amazon', 'case-sensitive'],
  ['Oracle', 'case-sensitive'],
  ['Visa', 'case-sensitive'],
  ['Zoom', 'case-sensitive'],
  ['Stripe', 'case-sensitive'],
  ['Grab', 'case-sensitive'],
  ['Arm', 'case-sensitive'],
  ['Alphabet', 'case-sensitive'],
  ['Snowflake', 'case-sensitive'],
  ['Adobe', 'case-sensitive'],
  ['Perplexity', 'case-sensitive'],
  ['Cohere', 'case-sensitive'],
  ['Mistral', 'case-sensitive'],
  ['Moonshot', 'case-sensitive'],
  ['MiniMax', 'case-sensitive'],
  ['Inflection', 'case-sensitive'],
  ['Lightspeed', 'case-sensitive'],
  ['Fidelity', 'case-sensitive'],
  ['Primavera', 'case-sensitive'],
  ['Citi', 'case-sensitive'],
]);
