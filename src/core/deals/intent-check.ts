import { INTENT_WORDS } from './gaps';

// "May" the month must not read as the modal "may", so modals are matched case-sensitively.
const MODALS = /\b(?:may|might)\b/;

/** True when `words` says the deal is planned, rumoured, denied or hypothetical. */
export function soundsUnsettled(words: string): boolean {
  return INTENT_WORDS.test(words) || MODALS.test(words);
}

/** The clause words before `pos` (back to the sentence start, at most `maxChars`). */
export function wordsBefore(text: string, sentenceStart: number, pos: number, maxChars = 80): string {
  return text.slice(Math.max(sentenceStart, pos - maxChars), pos);
}

/**
 * "denied a report that his startup xAI had raised …", "dismissed media reports that it was raising …": what a
 * report said and a company denied stands anywhere after the denial, however far from it.
 */
export const REPORT_DENIED = /\b(?:denied|denies|deny|denying|dismissed|dismisses|refuted|refutes|rejected|rejects|rebutted)\s+(?:(?:a|the|media|news|press|earlier|recent)\s+)*(?:reports?|claims?|speculation|rumou?rs?|suggestions?|stories|story)\b/i;

/**
 * "The FTC has opened an in-depth review of Ridgeway Health’s $5.3 billion purchase of Bayfront Care", "sued to
 * block the takeover of …", "a probe into the merger of …": a deal a regulator or a court looks at was reported
 * when it was agreed; the story is the scrutiny, not a deal. Asked of the clause words right before a deal noun
 * (no comma between: "After a strategic review, Acme completed its acquisition of …" is a deal).
 */
/** "Federal regulators approved Harbor National’s acquisition of Keystone Savings": a regulator's word on a deal reported before. */
const REGULATOR_APPROVED_BEFORE = /\b(?:regulators?|authorit(?:y|ies)|commission|watchdog|tribunal|court|judge|government|ministry|FTC|CMA|ACCC|CCI|SEC|FCC|Brussels)\b[^.;]{0,40}?\b(?:approved|approves|cleared|clears|signed off on|waved through|blessed)\s+(?:(?:[^\s;,]|,(?=\d))+\s+){0,6}$/i;
const SCRUTINY_BEFORE = /\b(?:review|reviews|reviewing|probe|probes|probing|investigation|investigating|inquiry|enquiry|scrutiny|scrutinis\w*|scrutiniz\w*|challenge|challenging|challenged|lawsuit|suit|sued|suing|sue)\s+(?:(?:of|into|over|to block|against|on)\s+)?(?:(?:[^\s;,]|,(?=\d))+\s+){0,6}$/i;

export function underScrutiny(words: string): boolean {
  return SCRUTINY_BEFORE.test(words) || REGULATOR_APPROVED_BEFORE.test(words);
}

/**
 * "Voltara said it had ended its agreement to acquire Lumenchip", "dropped its plan to buy …", "cancelled the deal to
 * merge with …": a deal ended before it closed is none. Asked of the clause words right before a deal's verb.
 */
const ENDED_BEFORE = /\b(?:ended|ends|ending|end|cancel(?:l)?ed|cancels|cancel(?:l)?ing|dropped|drops|dropping|ditched|axed|unwound|exited|rescinded)\s+(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,3}(?:agreement|deal|plan|plans|offer|bid|pact|contract|merger agreement)\s+(?:(?:to|with|for)\s+(?:[\w-]+\s+){0,2})?$/i;

export function soundsEnded(words: string): boolean {
  return ENDED_BEFORE.test(words);
}

/**
 * "its £250m takeover of rival Larchfield had been delayed by a review": a deal named by its noun whose sentence says it
 * is held up (or undone) was agreed and reported before; the news is the delay. Asked of the words after the deal's noun.
 */
// ("the takeover of Wessex Rail by Lowlands Transit was blocked by the regulator": so is one undone.)
const HELD_UP_AFTER = /^[^.;]{0,100}?\b(?:had|has|have)\s+been\s+(?:delayed|held up|put on hold|stalled|suspended|paused|blocked|terminated|scrapped|called off|abandoned|withdrawn)\b|^[^.;]{0,100}?\b(?:is|was|were|remains|remained)\s+(?:delayed|on hold|stalled|in limbo|blocked|terminated|scrapped|called off|abandoned|withdrawn|voted down|rejected)\b/i;

export function heldUp(wordsAfter: string): boolean {
  return HELD_UP_AFTER.test(wordsAfter);
}

/**
 * "Corvane Systems agreed to buy Telluric Analytics for $2 billion last year, but the deal collapsed in March": a clause after
 * the deal, opened by "but", that says it was undone. Asked of the words after a deal's verb, to the sentence's end.
 */
const UNDONE_LATER = /\bbut\s+(?:the|that|this|its|their)\s+(?:[\w-]+\s+)?(?:deal|agreement|takeover|transaction|merger|purchase|sale|offer|bid|combination)\s+(?:(?:was|were|has|had|have|been|later|since|eventually|subsequently)\s+){0,3}(?:collapsed|fell through|fell apart|blocked|terminated|scrapped|called off|abandoned|unravel(?:l)?ed|failed|fizzled|rejected|voted down)\b/i;

export function undoneLater(wordsAfter: string): boolean {
  return UNDONE_LATER.test(wordsAfter);
}
