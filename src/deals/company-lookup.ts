// The company records of the deals' parties (names, aliases, Chinese names), for the names the page
// shows and the names its search finds: asked of the background (companyRecords), at most
// IDS_PER_REQUEST ids a request, and only for ids not already known.
import type { CompanyRecord, DealRecord } from '../core/types';
import type { BackgroundContract } from '../messages/contract';

type CompanyRecords = BackgroundContract['companyRecords'];

/** companyRecords's own limit on one request (MAX_IDS in messages/schemas.ts). */
export const IDS_PER_REQUEST = 1_000;

/** `known` with the records of every party id of `deals` it lacks (a new map; ids without a record are left out). */
export async function withPartyRecords(
  deals: readonly DealRecord[],
  known: ReadonlyMap<string, CompanyRecord>,
  ask: (request: CompanyRecords['request']) => Promise<CompanyRecords['response']>,
): Promise<Map<string, CompanyRecord>> {
  const missing = new Set<string>();
  for (const deal of deals) for (const party of [deal.target, ...deal.investors]) if (party.id && !known.has(party.id)) missing.add(party.id);
  const ids = [...missing];
  const result = new Map(known);
  for (let from = 0; from < ids.length; from += IDS_PER_REQUEST) {
    const batch = ids.slice(from, from + IDS_PER_REQUEST);
    (await ask({ ids: batch })).forEach((record, i) => record && result.set(batch[i]!, record));
  }
  return result;
}
