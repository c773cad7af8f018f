// The compact text form of the company match index that ships in the content script. JSON spent
// most of its bytes on keys, quotes and ids that repeat the name; this form keeps only what the
// matcher reads, one record per line, in data order:
//
//   name|id|kind|legalNames|shortNames|aliases|formerNames|zh|tickers
//
// Lists are joined by ";". An empty id is the name's slug (idFromName), an empty kind is
// "company" and trailing empty fields are left off. A name that starts like the one before it in
// the record (the record's name, then the lists in order) is written "^" + one character for the
// length of the shared start + the rest: after "Ant Financial", "^MServices Group" is "Ant
// Financial Services Group" (M = 13 characters: "@" is 0). A ticker's exchange is written as one
// letter ("q:BIDU" for "NASDAQ:BIDU"). scripts/build-company-index.ts writes it and checks that
// decoding gives back exactly the records it encoded.

import type { CompanyKind, CompanyRecord } from '../../core/types';

export const MATCH_LIST_FIELDS = ['legalNames', 'shortNames', 'aliases', 'formerNames', 'zh', 'tickers'] as const;

export type MatchRecord = Pick<CompanyRecord, 'id' | 'name' | 'kind' | (typeof MATCH_LIST_FIELDS)[number]>;

const KINDS: Record<string, CompanyKind> = { '': 'company', i: 'investor', b: 'both' };
const KIND_CODES: Record<CompanyKind, string> = { company: '', investor: 'i', both: 'b' };
const EXCHANGES: Record<string, string> = { n: 'NYSE', q: 'NASDAQ', h: 'HKEX', s: 'SSE', z: 'SZSE', w: 'TWSE', k: 'KRX', t: 'TSE', l: 'LSE' };
const EXCHANGE_CODES = Object.fromEntries(Object.entries(EXCHANGES).map(([code, name]) => [name, code]));
/** Characters the format reserves; the encoder refuses names that contain them. */
const RESERVED = /[|;^\n]/;
/** Shared starts are written as one character from "@" (0) to "z" (58), then "^" and the rest. */
const SHARED_ZERO = 0x40;
const SHARED_MAX = 0x7a - SHARED_ZERO;
/** Below this, "^" and the length character cost more than they save. */
const SHARED_MIN = 3;

const NOT_ID = /[^a-z0-9]+/g;
const EDGE_DASH = /^-|-$/g;

/** "Trip.com Group" → "trip-com-group": the id most records have. (Native regex replaces: a
 * character loop was 5× slower in the cold content script.) */
export function idFromName(name: string): string {
  return name.toLowerCase().replace(NOT_ID, '-').replace(EDGE_DASH, '');
}

/** Only the fields the matcher reads, in their canonical order (what the index round-trips). */
export function matchRecordOf(record: CompanyRecord): MatchRecord {
  const out: MatchRecord = { id: record.id, name: record.name, kind: record.kind };
  for (const field of MATCH_LIST_FIELDS) if (record[field] !== undefined) out[field] = record[field];
  return out;
}

function encodeTicker(ticker: string): string {
  const colon = ticker.indexOf(':');
  const code = colon > 0 ? EXCHANGE_CODES[ticker.slice(0, colon)] : undefined;
  return code ? code + ticker.slice(colon) : ticker;
}

/** `item` written against the name before it (see the format above). */
function encodeName(item: string, previous: string): string {
  let shared = 0;
  while (shared < SHARED_MAX && shared < item.length && item.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
  // Keep whole UTF-16 pairs together.
  if (shared > 0 && shared < item.length && (item.charCodeAt(shared - 1) & 0xfc00) === 0xd800) shared--;
  if (new TextEncoder().encode(item.slice(0, shared)).length < SHARED_MIN) return item;
  return `^${String.fromCharCode(SHARED_ZERO + shared)}${item.slice(shared)}`;
}

export function encodeMatchIndex(records: readonly MatchRecord[]): string {
  return records
    .map((record) => {
      if (RESERVED.test(record.name)) throw new Error(`${record.id}: name contains a character the match index reserves`);
      let previous = record.name;
      const fields = [
        record.name,
        record.id === idFromName(record.name) ? '' : record.id,
        KIND_CODES[record.kind],
        // An empty list and a missing one would read back the same; keep that distinction out of the data.
        ...MATCH_LIST_FIELDS.map((field) => {
          const list = record[field];
          if (list?.length === 0) throw new Error(`${record.id}: empty ${field}`);
          return (list ?? [])
            .map((item) => {
              if (RESERVED.test(item)) throw new Error(`${record.id}: ${field} "${item}" contains a character the match index reserves`);
              if (field === 'tickers') return encodeTicker(item);
              const written = encodeName(item, previous);
              previous = item;
              return written;
            })
            .join(';');
        }),
      ];
      while (fields[fields.length - 1] === '') fields.pop();
      return fields.join('|');
    })
    .join('\n');
}

/** Plain loops over split strings: decoding is part of the content script's start-up. */
export function decodeMatchIndex(text: string): MatchRecord[] {
  if (text.length === 0) return [];
  const lines = text.split('\n');
  const records: MatchRecord[] = new Array(lines.length);
  for (let r = 0; r < lines.length; r++) {
    const fields = lines[r]!.split('|');
    const name = fields[0]!;
    const record: MatchRecord = { id: fields[1] || idFromName(name), name, kind: KINDS[fields[2] ?? ''] ?? 'company' };
    let previous = name;
    for (let f = 3; f < fields.length; f++) {
      const value = fields[f]!;
      if (value.length === 0) continue;
      const field = MATCH_LIST_FIELDS[f - 3]!;
      const items = value.split(';');
      if (field === 'tickers') {
        for (let i = 0; i < items.length; i++) {
          const item = items[i]!;
          if (item.charCodeAt(1) === 0x3a) items[i] = (EXCHANGES[item[0]!] ?? item[0]) + item.slice(1);
        }
      } else {
        for (let i = 0; i < items.length; i++) {
          const item = items[i]!;
          previous = items[i] = item.charCodeAt(0) === 0x5e ? previous.slice(0, item.charCodeAt(1) - SHARED_ZERO) + item.slice(2) : item;
        }
      }
      record[field] = items;
    }
    records[r] = record;
  }
  return records;
}
