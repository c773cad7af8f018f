// What only a company does (issue 16, item 1): a short name the data lets count only on a page that
// names the company in full ("Chubb", "Target", "Delta": a surname, a word, a letter) counts without
// it when the sentence makes it a company — the subject of a deal or of results ("Chubb agreed to
// buy …", "Target cut its outlook", "Chubb's shares rose"). A person or a place does none of these;
// "said", "told", "met" are left out on purpose ("Ford said" may be Harrison Ford), and so is the object
// of a bid ("a takeover of United" may be a football club's).

import type { CompanyMention } from '../types';

const AFTER =
  /^(?:'s|’s)?,? (?:(?:has |had |have )?agreed to (?:buy|acquire|sell|merge|take over)|(?:will|would|plans to|is to|to) (?:buy|acquire|take over)|acquired|bought|(?:reported|posted|booked) (?:a |an |its )?(?:\w+ ){0,2}(?:profit|loss|revenue|revenues|earnings|sales|results)|(?:raised|cut|lowered|lifted|trimmed|kept|maintained|reaffirmed) its (?:\w+ )?(?:forecast|outlook|guidance|dividend)|(?:shares|stock) (?:rose|fell|jumped|slid|dropped|climbed|gained|slumped|surged|tumbled|plunged|rallied))\b/;

/** Whether the sentence around the mention makes it a company (see the header). */
export function hasCorporatePredicate(text: string, m: CompanyMention): boolean {
  return AFTER.test(text.slice(m.end, m.end + 60));
}
