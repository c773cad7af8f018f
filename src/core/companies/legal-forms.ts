// The one table of corporate words (issue 16, item 2): legal forms, group words, descriptors and the
// heads that close a company name. Every reader takes its view from here: the matcher's suffix
// extension and legal-name stripping (legal-suffix.ts), the unknown-company reader
// (unknown-companies.ts), page linking, the deal reader's gaps and the sentence splitter.
//
// Kinds:
//   legal       a company form: closes a name for sure ("Ltd", "NV", "SpA", "Oyj", "有限公司")
//   group       "Group", "Holdings", "集团": closes a name; kept in stripped legal names ("Ant Group")
//   descriptor  "Technology": part of a name only when a legal or group word follows ("Technology Co.")
//   head        a noun that closes a company name on its own in news ("Koram Bank", "Delta Re",
//               "Northgate Mining"); after a known name it is the same company ("HSBC Bank")
//   entity      closes a name and, after a known name, makes another one ("Baidu Ventures")
//   ai          "AI": closes a name ("Moonshot AI"); after a known name it is the same one
//   chain       only continues a chain of corporate words ("Capital Management")
//
// A word is written without its full stop; `dot` says a full stop may follow and belongs to the span
// ("Co.", "S.A."). `comma`: may follow a comma ("Baidu, Inc.", "Co., Ltd."). Case matters: "plc" and
// "PLC" are both listed; "AB" and "SE" only in capitals.

export type FormKind = 'legal' | 'group' | 'descriptor' | 'head' | 'entity' | 'ai' | 'chain';

export interface LegalForm {
  word: string;
  kind: FormKind;
  dot?: boolean;
  comma?: boolean;
}

const forms = (kind: FormKind, words: string, extra: Omit<LegalForm, 'word' | 'kind'> = {}): LegalForm[] =>
  words.split(' ').map((word) => ({ word, kind, ...extra }));

export const LEGAL_FORMS: readonly LegalForm[] = [
  // English-speaking and Asian company forms.
  // ("Cos.": companies, "Albertsons Cos.")
  ...forms('legal', 'Co Corp Cos', { dot: true }),
  ...forms('legal', 'Inc Ltd Pte Bhd Pty Tbk', { dot: true, comma: true }),
  ...forms('legal', 'Corporation Company'),
  ...forms('legal', 'Incorporated Limited LLC LLP Plc PLC plc LP', { comma: true }),
  ...forms('legal', 'L.L.C L.P', { dot: true, comma: true }),
  // Continental European forms, with and without dots.
  ...forms('legal', 'S.A N.V B.V S.p.A S.A.S S.L K.K S.A.A', { dot: true, comma: true }),
  // (SAA: the Peruvian listed form, "Compañía de Minas Buenaventura SAA".)
  ...forms('legal', 'SA NV BV AG SE SpA SAS SARL GmbH KGaA ASA AB Oyj Sdn SAA', { comma: true }),
  // Two forms in one, and the Danish and Norwegian form: "Ageas SA/NV", "Ørsted A/S".
  ...forms('legal', 'SA/NV NV/SA A/S', { comma: true }),
  // Central and Eastern European, Nordic, Iberian and Latin American forms: "Vltava Energie a.s.",
  // "Kovo s.r.o.", "Nordkalk Oy", "Halberg ApS", "Vale do Norte Ltda", "Kaspi Bank JSC", "Mol Nyrt".
  ...forms('legal', 'a.s s.r.o S.r.l d.d d.o.o', { dot: true, comma: true }),
  ...forms('legal', 'Oy ApS Ltda Lda Srl SRL PJSC OJSC JSC Kft Zrt Nyrt Berhad', { comma: true }),
  // Australia's "no liability" form of mining companies: "Kalgoorlie Consolidated Resources NL".
  ...forms('legal', 'NL', { comma: true }),
  ...forms('group', 'Group Holding Holdings'),
  ...forms('descriptor', 'Technology Technologies'),
  ...forms('head', 'Advisory Advisors Advisers Consulting Bank Bancorp Bankcorp Bancshares Bankshares Re Airways Airlines Motors Mining Minerals Resources Petroleum Pharmaceuticals Therapeutics Biosciences Insurance Brewing Breweries Steel Telecom Industries Shipbuilding Prospecting Securities Lines Shipping Werft'),
  // Drinks and retail heads of older companies: "Accolade Wines", "Fairbourne Home Stores" (session 17).
  ...forms('head', 'Wines Distillers Beverages Stores'),
  ...forms('entity', 'Capital Ventures Partners Labs Robotics Semiconductor Semiconductors Fund Angels Investments'),
  ...forms('ai', 'AI'),
  ...forms('chain', 'Management Investment'),
];

/** After 控股, words that make it "holding control" ("控股股东", "成为鞍钢控股子公司", "控股权"), not a group's word. */
export const HOLDING_CONTROL_AFTER = /^(?:股东|权|子公司|孙公司|地位|比例|合并|关系|型)/;

/** Chinese company forms, which attach without a space: 腾讯控股有限公司, 阿里巴巴集团. */
export const CJK_LEGAL_FORMS: readonly LegalForm[] = [
  ...forms('legal', '股份有限公司 有限责任公司 有限公司 公司'),
  // Taiwan's holding forms: 投控 (investment holding, "日月光投控"), 金控 (financial holding, "国泰金控").
  ...forms('group', '集团 控股 股份 投控 金控'),
  ...forms('descriptor', '科技'),
];

/** Kind of a Latin word as written (without a trailing full stop). */
export const FORM_KINDS: ReadonlyMap<string, FormKind> = new Map(LEGAL_FORMS.map((f) => [f.word, f.kind]));

/** Legal words that may follow a comma. */
export const AFTER_COMMA: ReadonlySet<string> = new Set(LEGAL_FORMS.filter((f) => f.comma).map((f) => f.word));

/** Words whose full stop is part of the span. */
export const DOTTED: ReadonlySet<string> = new Set(LEGAL_FORMS.filter((f) => f.dot).map((f) => f.word));

/** The legal and group words (no heads or entities), for regular expressions of other readers. */
export const LEGAL_AND_GROUP_WORDS: readonly string[] = LEGAL_FORMS.filter((f) => f.kind === 'legal' || f.kind === 'group').map((f) => f.word);

/** Escapes a word for a regular expression. */
export const escapeWord = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
