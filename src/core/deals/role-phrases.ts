import type { CompanyMention } from '../types';
import type { InvestorRole } from './deal-draft';
import { AND_GAP, COMMA_GAP, cleanGap, isDescriptorGap, NAME_TAIL_GAP } from './gaps';
import { unknownId } from '../companies/unknown-companies';
import { between, type SentenceView } from './sentence-view';
import { zhArmOf } from './zh-object';
import { matchesOf } from '../text/matches-of';

/** Investors named by one role phrase ("led by A and B", "由A领投"). */
export interface RolePhrase {
  /** Where the phrase starts: it belongs to the deal whose cue precedes it. */
  cueStart: number;
  members: { company: CompanyMention; role?: InvestorRole }[];
}

interface Cue {
  start: number;
  end: number;
  role?: InvestorRole;
}

// English cues name the investors after them.
const EN_CUES: { pattern: RegExp; role?: InvestorRole }[] = [
  { pattern: /\b(?:co-)?led by\b|\bspearheaded by\b|\bheaded by\b/gi, role: 'lead' },
  { pattern: /\bwith (?:the )?participation (?:from|of|by)\b|\bparticipation from\b|\bjoined by\b|\bother (?:investors|backers|participants) (?:included|include|including|were|are)\b/gi, role: 'participant' },
  { pattern: /\b(?:existing|returning) (?:investors?|backers?|shareholders?)(?:\s*,?\s*(?:including|such as|like|namely))?/gi, role: 'existing' },
  { pattern: /\b(?:investors|backers) (?:including|such as|like)\b/gi },
  // "closed a $6 million seed round backed by Algebra Ventures and Flat6Labs" (a round's backers; not "a startup backed
  // by …", who owns the company).
  { pattern: /\b(?:round|financing|funding|investment|raise)\s+(?:(?:was|is)\s+)?(?:also\s+)?backed by\b/gi },
  // "led by IVP, alongside Nvidia and SoftBank" (lower case: "Alongside the raise, …" opens a sentence, names no backer).
  { pattern: /\balongside\b(?<=[\w.)’'],?\salongside)(?!\s+(?:the|its|a|an|other|this|that|their)\b)/g, role: 'participant' },
  // "Tampere Capital and Oulu Partners also participated, as did Turku Capital."
  // (The look-behind comes after the match, so it runs only where ", as did" stands, not at every offset.)
  { pattern: /,\s*as did\b(?<=\b(?:participated|invested|took part|joined|backed|chipped in)\b[^.;]{0,40},\s*as did)/gi, role: 'participant' },
];
// Chinese cues name the investors before them: "由A领投，B、C跟投".
const ZH_CUES: { pattern: RegExp; role: InvestorRole }[] = [
  // "由远澜创投独家投资": the only investor leads.
  // ("由淡马锡牵头": Hong Kong press says 牵头 for led; not 牵头成立, to set something up.)
  { pattern: /(?:联合|共同)?领投|独家投资|牵头(?!成立|设立|组建|发起|制定)/g, role: 'lead' },
  // "老股东星屿投资持续加注", "超额跟投", "继续追投": an existing backer putting in more.
  { pattern: /跟投|参投|跟进|参与(?:了)?(?:本轮|本次)?(?:融资|投资)|(?:均|也|亦|都|同时|继续)有?参与(?=[，。；,;]|$)|(?:持续|继续|再次|追加)(?:加注|加码|追投|投资|加持)|超额认购/g, role: 'participant' },
];
const STARTS_CLAUSE =
  /^\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+|later\s+)*(?:raised|raises|secured|secures|closed|closes|completed|acquired|acquires|bought|buys|invested|invests|led|leads|received|said|says|was|is|will|agreed|announced)\b/i;
const ZH_CLAUSE_BREAK = /[，,；;。：:！？]/;

/** Every role phrase in the sentence, in order. */
export function findRolePhrases(view: SentenceView): RolePhrase[] {
  const sentence = view.text.slice(view.start, view.end);
  const cues = collectCues(sentence, view.start, EN_CUES);
  const phrases: RolePhrase[] = [];
  cues.forEach((cue, i) => {
    const limit = cues[i + 1]?.start ?? view.end;
    const listed = listAfter(view, cue.end, limit, true);
    // ("Existing shareholder Warburg Pincus sold part of its stake in the offering": who sells is no backer.)
    const last = listed[listed.length - 1];
    if (last && /^\s+(?:also\s+)?(?:sold|sells|selling|offloaded|trimmed|cut)\b/i.test(view.text.slice(last.end, last.end + 30))) return;
    const members = listed.map((company) => (cue.role ? { company, role: cue.role } : { company }));
    if (members.length > 0) phrases.push({ cueStart: cue.start, members });
  });
  phrases.push(...findZhRolePhrases(view, sentence));
  return phrases.sort((a, b) => a.cueStart - b.cueStart);
}

/** "an offer for sale by existing investors including …": the words before a list of sellers (and before their cue). */
export const SELLERS_BEFORE = /\b(?:offer for sale|OFS|sale of (?:existing )?shares|(?:shares|stock) (?:were |was )?sold|sold|selling)\s+by\s+(?:(?:some|several|existing|early|of|its|their|the|investors|backers|shareholders|including|such as)\s+){0,4}$/i;

function collectCues(sentence: string, offset: number, table: { pattern: RegExp; role?: InvestorRole }[]): Cue[] {
  const cues: Cue[] = [];
  for (const { pattern, role } of table) {
    for (const m of matchesOf(pattern, sentence)) {
      // "an offer for sale by existing investors including Prosus", "sold by existing backers": who sells shares in a
      // listing invests nothing.
      if (SELLERS_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
      const cue: Cue = { start: offset + m.index, end: offset + m.index + m[0].length };
      if (role) cue.role = role;
      cues.push(cue);
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** An investor's name the company reader left out, by the word that ends it ("1789 Capital", "the Alpenhorn Foundation"). */
const ORG_NAME = /^(?:the\s+)?((?:[A-Z0-9][\w&’'.-]*\s+){0,3}(?:Capital|Ventures|Partners|Foundation|Fund|Investments?|Trust|Holdings|Management|Advisors|Equity))(?=\s*(?:,|\band\b|&|\.|;|$))/;
const LIST_SEPARATOR = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/;

/**
 * The investors' names in a gap of a list that the company reader left out: ", 1789 Capital and ", ", the
 * Alpenhorn Foundation, ".
 */
function orgsInGap(view: SentenceView, from: number, to: number, atEnd: boolean): CompanyMention[] {
  const names: CompanyMention[] = [];
  let at = from;
  for (;;) {
    const sep = LIST_SEPARATOR.exec(view.text.slice(at, to));
    if (!sep) break;
    const next = at + sep[0].length;
    if (next >= to) {
      at = next;
      break;
    }
    const m = ORG_NAME.exec(view.text.slice(next, to));
    if (!m) break;
    const nameStart = next + m[0].length - m[1]!.length;
    // A company the reader did take is its own item, and where a list stopped before it, it stays stopped.
    if (view.companies.some((c) => c.start < nameStart + m[1]!.length && nameStart < c.end)) break;
    names.push({ start: nameStart, end: nameStart + m[1]!.length, text: m[1]!, name: m[1]!, id: unknownId(m[1]!) });
    at = nameStart + m[1]!.length;
  }
  // Inside a list the names must fill the gap up to the next company; at its end they may be followed by anything.
  return atEnd || at === to ? names : [];
}

/** Companies listed right after `from` ("A, B and C"), stopping at anything that is not a list. */
export function listAfter(view: SentenceView, from: number, limit: number, firstUnread = false): CompanyMention[] {
  const list: CompanyMention[] = [];
  let cursor = from;
  const companies = view.companies;
  for (let i = 0; i < companies.length; i++) {
    const company = companies[i]!;
    if (company.start < cursor) continue;
    if (company.end > limit) break;
    const gap = cleanGap(between(view, cursor, company.start));
    // "led by Google’s venture arm GV": the arm invests, its owner is only named to say whose it is.
    // ("and Sequoia-backed Peak XV Partners": so does a company named as a modifier to the company it modifies.)
    if (list.length > 0 && (OWNER_OF_ARM.test(gap) || MODIFIER_GAP.test(between(view, cursor, company.start)))) {
      list[list.length - 1] = company;
      cursor = company.end;
      continue;
    }
    let joins = list.length === 0 ? isDescriptorGap(gap, 4) : AND_GAP.test(gap) || COMMA_GAP.test(gap) || NAME_TAIL_GAP.test(gap);
    // "Zugerberg Ventures, the Alpenhorn Foundation and Tern AG": names the reader left out stay in the list.
    if (!joins && list.length > 0) {
      const orgs = orgsInGap(view, cursor, company.start, false);
      if (orgs.length > 0) {
        list.push(...orgs);
        joins = true;
      }
    }
    if (!joins) break;
    // "…led by Alibaba, and Baichuan raised…": a company that starts a new clause ends the list.
    if (list.length > 0 && STARTS_CLAUSE.test(view.text.slice(company.end, company.end + 40))) break;
    // "led by IVP, alongside Nvidia and SoftBank": who comes in alongside the leads takes part; it does not lead.
    if (list.length > 0 && /\b(?:alongside|along with)\b/i.test(gap)) break;
    // "co-led by A and B, and C, D and E also invested": after ", and" a list with its own verb is a new clause.
    if (list.length > 0 && /,\s*and\s*$/.test(gap) && ownClauseFrom(view, i)) break;
    list.push(company);
    cursor = company.end;
  }
  // "…, Sequoia, 1789 Capital and former Google chief Eric Schmidt": names the reader left out at the list's end.
  if (list.length > 0) list.push(...orgsInGap(view, cursor, Math.min(limit, cursor + 120), true));
  // "Existing backer Global Ventures also took part": after a role cue, a first name the reader left out that ends in an
  // investor's word (the list goes on after it as any list does).
  else if (firstUnread) {
    const m = FIRST_ORG.exec(view.text.slice(from, Math.min(limit, from + 80)));
    const start = m ? from + m[0].length - m[1]!.length : -1;
    if (m && !view.companies.some((c) => c.start < start + m[1]!.length && start < c.end)) {
      list.push({ start, end: start + m[1]!.length, text: m[1]!, name: m[1]!, id: unknownId(m[1]!) });
      list.push(...orgsInGap(view, start + m[1]!.length, Math.min(limit, start + m[1]!.length + 120), true));
    }
  }
  return list;
}
const FIRST_ORG = /^\s*(?:the\s+)?((?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An)\s)(?:[A-Z0-9][\w&’'.-]*\s+){0,3}(?:Capital|Ventures|Partners|Foundation|Fund|Investments?|Trust|Holdings|Management|Advisors|Equity))(?=\s*(?:,|\band\b|&|\.|;|$)|\s+(?:also|has|have|had|was|were|led|co-led|joined|took|participated|invested|returned|is|are|put|chipped)\b)/;

const MODIFIER_GAP = /^-(?:backed|owned|controlled|funded|led)\s+(?:[a-z][\w-]*\s+){0,3}$/;

/** Between an owner and its investing arm: "’s venture arm", "'s corporate venture capital unit". */
const OWNER_OF_ARM = /^(?:’s|'s)\s+(?:[\w-]+\s+){0,3}(?:arm|unit|fund|subsidiary|affiliate)\s*$/i;

/** Whether the company is named only as the owner of the investing arm named right after it ("Google’s venture arm GV"). */
export function ownerOfArm(view: SentenceView, c: CompanyMention): boolean {
  if (!/^(?:’s|'s)\s/.test(view.text.slice(c.end, c.end + 3))) return false;
  const next = view.companies.find((o) => o.start >= c.end);
  return next !== undefined && next.start - c.end <= 50 && OWNER_OF_ARM.test(view.text.slice(c.end, next.start));
}

const OWN_VERB = /^\s*,?\s*(?:(?:have|has|had|also|all|both|each|too|were|are|was|is)\s+)*(?:also\s+)?(?:invested|participated|joined|took part|chipped in|backed|backing|doubled down|re-upped|came in|put in|followed on)\b/i;

/** Whether the list that starts at companies[i] ends on its own verb ("C, D and E also invested"). */
function ownClauseFrom(view: SentenceView, i: number): boolean {
  const companies = view.companies;
  let last = companies[i]!;
  // A list is short; twelve names bound the look-ahead so a long sentence stays linear.
  for (let j = i + 1; j < companies.length && j < i + 12; j++) {
    const gap = cleanGap(between(view, last.end, companies[j]!.start));
    if (!AND_GAP.test(gap) && !COMMA_GAP.test(gap)) break;
    last = companies[j]!;
  }
  return OWN_VERB.test(view.text.slice(last.end, last.end + 60));
}

function findZhRolePhrases(view: SentenceView, sentence: string): RolePhrase[] {
  const phrases: RolePhrase[] = [];
  const cues = collectCues(sentence, view.start, ZH_CUES);
  let previousEnd = view.start;
  for (const cue of cues) {
    // The phrase starts after the previous cue or clause break, whichever is later.
    let from = previousEnd;
    for (let i = cue.start - 1; i >= from; i--) {
      if (ZH_CLAUSE_BREAK.test(view.text[i]!)) {
        from = i + 1;
        break;
      }
    }
    const clause = view.text.slice(from, cue.start);
    const existing = /老股东|现有股东|原有股东/.test(clause);
    const role: InvestorRole = existing ? 'existing' : cue.role!;
    // ("由中金资本旗下中金启元领投": the arm named after 旗下 backs the round; its owner, and any mention inside the arm's name, do not.)
    const inClause = view.companies.filter((c) => c.start >= from && c.end <= cue.start);
    const arms = inClause.map((c) => zhArmOf(view, c));
    const members = inClause
      .map((c, i) => arms[i] ?? c)
      .filter((c, i, all) => !arms.some((a, j) => a !== undefined && j !== i && c.start >= a.start && c.end <= a.end && c !== a) && all.findIndex((o) => o.start === c.start && o.end === c.end) === i)
      .map((company) => ({ company, role }));
    if (members.length > 0) phrases.push({ cueStart: from, members });
    previousEnd = cue.end;
  }
  return phrases;
}
