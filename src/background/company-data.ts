// The bundled company data as the background reads it: the extension's own files, generated at build
// time (scripts/build-company-index.ts), not the readable records (src/data/companies/*.json). A
// script carrying the data costs a cold service worker ~40 ms per MB before it can answer anything
// (it is compiled whole at every start); these files are read when first needed instead: the
// compiled index by the first page that asks for mentions, the records by the first card.

import { readCompactIndexText, type CompactCompanyIndex, type CompanyRecord } from '../core';
import { COMPANY_INDEX_FILE, COMPANY_RECORDS_FILE, PACKAGED_DATA_DIR } from '../data/companies/generated-files';
import { measureWork } from './measure-work';
import { once } from './read-once';

export interface CompanyData {
  /** The compiled name index (matcherFromCompactIndex), read once per background life. */
  index(): Promise<CompactCompanyIndex>;
  /** The bundled record with this id, or undefined. */
  record(id: string): Promise<CompanyRecord | undefined>;
}

/** Reads one of the extension's files, by its path in the extension ("data/…"), as text. */
export type ReadPackagedFile = (file: string) => Promise<string>;

export const COMPANY_INDEX_PATH = `${PACKAGED_DATA_DIR}/${COMPANY_INDEX_FILE}`;
export const COMPANY_RECORDS_PATH = `${PACKAGED_DATA_DIR}/${COMPANY_RECORDS_FILE}`;

interface Records {
  text: string;
  /** Index of each record's line, by id. */
  byId: Map<string, number>;
  /** Where each line starts, and one past the last line's end. */
  starts: number[];
}

export function createCompanyData(read: ReadPackagedFile): CompanyData {
  const index = once(async () => {
    const started = performance.now();
    const text = await read(COMPANY_INDEX_PATH);
    const parsed = readCompactIndexText(text);
    // For the benches: when this background had the index, and how long reading it took.
    measureWork('deallens:company-index', started);
    return parsed;
  });
  const records = once(async (): Promise<Records> => {
    const [text, { ids }] = await Promise.all([read(COMPANY_RECORDS_PATH), index()]);
    const byId = new Map<string, number>();
    ids.split('\n').forEach((id, i) => byId.set(id, i));
    const starts = [0];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    starts.push(text.length + 1);
    if (starts.length - 1 !== byId.size) throw new Error(`${COMPANY_RECORDS_PATH} has ${starts.length - 1} records, the index ${byId.size}: rebuild`);
    return { text, byId, starts };
  });
  return {
    index,
    async record(id) {
      const { text, byId, starts } = await records();
      const i = byId.get(id);
      return i === undefined ? undefined : (JSON.parse(text.slice(starts[i], starts[i + 1]! - 1)) as CompanyRecord);
    },
  };
}
