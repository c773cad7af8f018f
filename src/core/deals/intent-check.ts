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
