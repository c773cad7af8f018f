import { describe, expect, it } from 'vitest';
import { readPackagedFile } from '../../test/fixtures';
import { companies } from '../data/companies';
import { COMPANY_INDEX_PATH, COMPANY_RECORDS_PATH, createCompanyData } from './company-data';

describe('company data read from the extension’s files', () => {
  it('gives each bundled record as the readable data has it, reading each file once', async () => {
    const reads: string[] = [];
    const data = createCompanyData(async (file) => {
      reads.push(file);
      return readPackagedFile(file);
    });
    const chinese = companies.find((c) => c.zh !== undefined && c.description !== undefined)!;
    for (const record of [companies[0]!, chinese, companies.at(-1)!]) expect(await data.record(record.id)).toEqual(record);
    expect(await data.record('no-such-company')).toBeUndefined();
    expect((await data.index()).ids.split('\n')).toEqual(companies.map((c) => c.id));
    expect(reads.sort()).toEqual([COMPANY_INDEX_PATH, COMPANY_RECORDS_PATH]);
  });

  it('reads nothing until asked, refuses records that do not match the index, and tries again after a failure', async () => {
    const reads: string[] = [];
    let records = 'x\ny';
    const data = createCompanyData(async (file) => {
      reads.push(file);
      return file === COMPANY_RECORDS_PATH ? records : readPackagedFile(file);
    });
    expect(reads).toEqual([]);
    await expect(data.record('tencent')).rejects.toThrow(/has 2 records, the index \d+: rebuild/);
    records = await readPackagedFile(COMPANY_RECORDS_PATH);
    expect((await data.record('tencent'))?.name).toBe('Tencent');
  });
});
