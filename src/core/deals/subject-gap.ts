import { SUBJECT_TO_VERB_GAP } from './gaps';

// What may stand between a subject company and its verb. A bag of harmless words (auxiliaries, time
// words, "said it") plus one optional appositive between commas. Anything else — "plans to", "is in
// talks to", "which" — fails, which is how intentions and rumours are kept out.

const CLAUSE_WORDS = /\b(?:which|who|whom|whose|that|when|after|before|while|said|says|and|but|if|because)\b/i;

function bagPattern(words: string[]): RegExp {
  return new RegExp(String.raw`^\s*(?:(?:${words.join('|')})\s+)*$`, 'i');
}

const TIME_WORDS = [
  'today', 'yesterday', 'this week', 'last week', 'this month', 'last month', 'earlier this (?:week|month|year)',
  'on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)', 'in (?:january|february|march|april|may|june|july|august|september|october|november|december)',
];
const SAYING_WORDS = ['said', 'says', 'announced', 'confirmed', 'disclosed', 'revealed', 'that', 'it', 'they'];

/** "Zhipu has raised", "Zhipu, a Beijing startup, said on Monday it had raised". */
const RAISER_WORDS = bagPattern([
  'has', 'have', 'had', 'just', 'recently', 'also', 'now', 'successfully', 'finally', 'officially', ...TIME_WORDS, ...SAYING_WORDS,
]);

/** "Microsoft has agreed to acquire", "Tencent will buy", "Y signed a deal to buy", headline "Y to buy". */
const ACQUIRER_WORDS = bagPattern([
  'has', 'have', 'had', 'also', 'recently', 'just', 'now', 'finally', 'officially', 'will', 'agreed to', 'agrees to',
  'signed an agreement to', 'signed a deal to', 'struck a deal to', 'reached an agreement to', 'reached a deal to',
  'to', 'successfully', ...TIME_WORDS, ...SAYING_WORDS,
]);

function withAppositive(words: RegExp): (gap: string) => boolean {
  return (gap) => {
    if (gap.length > MAX_SUBJECT_GAP_CHARS) return false;
    const m = /^\s*,([^,;:]{1,80}),(.*)$/s.exec(gap);
    if (!m) return words.test(gap);
    return !CLAUSE_WORDS.test(m[1]!) && words.test(m[2]!);
  };
}

/** Longer gaps are never a subject and verb; the cap also bounds regex work on odd input. */
const MAX_SUBJECT_GAP_CHARS = 200;

export type GapTest = (gap: string) => boolean;

export const isRaiserGap: GapTest = withAppositive(RAISER_WORDS);
export const isAcquirerGap: GapTest = withAppositive(ACQUIRER_WORDS);
/** Between a passive target and "was acquired by": nothing, or an appositive. */
/** Between investors and "invest/infuse/led": auxiliaries, a coalition ("have teamed up with … to"). */
export const isInvestorGap: GapTest = withAppositive(SUBJECT_TO_VERB_GAP);
export const isPassiveTargetGap: GapTest = withAppositive(/^\s*$/);
