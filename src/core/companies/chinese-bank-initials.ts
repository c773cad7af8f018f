// The big state banks by their initials in a list (issue 16, CLUENER-style consumer and bank items):
// "工、农、中、建四大国有银行", "对工、农、中、建、交5家国有银行", "工、中、建、交等银行均未公布细则". Chinese
// news writes the five large state-owned banks as one character each, joined by 、, before a word of banks.
// Each initial is one bank: 工 ICBC, 农 Agricultural Bank, 中 Bank of China, 建 Construction Bank, 交 Bank of
// Communications. Three or more different initials in one list, and a bank word within a few characters after
// it: "中、英、美三国" lists no bank, and the initials alone are everyday characters.

import type { CompanyMention } from '../types';

/** The five banks by initial (the ids and names of their data records). */
const BANKS: Readonly<Record<string, { id: string; name: string }>> = {
  工: { id: 'icbc', name: 'Industrial and Commercial Bank of China' },
  农: { id: 'agricultural-bank-of-china', name: 'Agricultural Bank of China' },
  中: { id: 'bank-of-china', name: 'Bank of China' },
  建: { id: 'china-construction-bank', name: 'China Construction Bank' },
  交: { id: 'bank-of-communications', name: 'Bank of Communications' },
};

// (Bounded: at most five items, then at most eight characters before the bank word. The last may be written
// 交通, the Bank of Communications' own word: "工、农、中、建、交通5家国有银行".)
const INITIALS_LIST = /[工农中建交](?:、(?:交通|[工农中建交])){2,4}(?=[^，。；！？]{0,8}?(?:银行|大行|国有|国行|四大|五大|行))/g;

/** Mentions of the big state banks written by their initials in a list (see the header). */
export function findBankInitials(text: string): CompanyMention[] {
  if (!text.includes('、')) return [];
  const found: CompanyMention[] = [];
  INITIALS_LIST.lastIndex = 0;
  for (const m of text.matchAll(INITIALS_LIST)) {
    const initials = m[0].split('、');
    if (new Set(initials).size !== initials.length) continue;
    let start = m.index;
    for (const item of initials) {
      const bank = BANKS[item[0]!]!;
      found.push({ start, end: start + item.length, text: item, id: bank.id, name: bank.name });
      start += item.length + 1;
    }
  }
  return found;
}
