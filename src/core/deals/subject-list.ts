import type { CompanyMention } from '../types';
import { AND_GAP, COALITION_GAP, COMMA_GAP, cleanGap } from './gaps';
import { between, companiesBefore, type SentenceView } from './sentence-view';
import type { GapTest } from './subject-gap';

/**
 * The companies acting as the subject of the verb at `verbStart`: the nearest company before it (if
 * the words between pass `gapToVerb`), then, walking back, every company joined to it as a list
 * ("A, B and C", "A、B") or a coalition ("A and B, have joined forces with … such as C").
 * A comma joins only inside a list that ends with "and" — "After OpenAI, Google invested…" is not a list.
 */
export function findSubjectList(view: SentenceView, verbStart: number, gapToVerb: GapTest): CompanyMention[] {
  const before = companiesBefore(view, verbStart);
  const nearest = before[0];
  if (!nearest || !gapToVerb(cleanGap(between(view, nearest.end, verbStart)))) return [];
  const list = [nearest];
  let sawAnd = false;
  for (const company of before.slice(1)) {
    const next = list[list.length - 1]!;
    if (company.end > next.start) continue; // overlapping mention of the same words
    const gap = cleanGap(between(view, company.end, next.start));
    if (AND_GAP.test(gap)) sawAnd = true;
    else if (COMMA_GAP.test(gap) && (sawAnd || /[、，]/.test(gap))) {
      /* list continues */
    } else if (COALITION_GAP.test(gap)) sawAnd = false;
    else break;
    list.push(company);
  }
  return list.reverse();
}
