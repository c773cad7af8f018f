import { describe, expect, it } from 'vitest';
import {
  canonicalRound,
  dealDay,
  normalizePartyName,
  PartySet,
  partyMatchesKey,
  sameParty,
  slugify,
  strongerRole,
} from './merge-deals-identity';

describe('normalizePartyName', () => {
  it.each([
    ['Zhipu AI Inc.', 'zhipu ai'],
    ['The Carlyle Group', 'carlyle'],
    ['Alibaba Group Holding Limited', 'alibaba'],
    ['  SoftBank   Vision-Fund ', 'softbank vision fund'],
    ['Société Générale', 'societe generale'],
    ['ＡＢＣ Ｃｏｒｐ', 'abc'],
    ['北京智谱华章科技有限公司', '北京智谱华章科技'],
    ['阿里巴巴集团控股有限公司', '阿里巴巴'],
  ])('%s → %s', (name, expected) => {
    expect(normalizePartyName(name)).toBe(expected);
  });

  it('never reduces a name to nothing', () => {
    expect(normalizePartyName('Group')).toBe('group');
    expect(normalizePartyName('The')).toBe('the');
    expect(normalizePartyName('有限公司')).toBe('有限公司');
    expect(normalizePartyName('!!!')).toBe('');
  });
});

describe('sameParty', () => {
  it('compares ids when both have one, even if the names differ', () => {
    expect(sameParty({ id: 'tencent', name: 'Tencent' }, { id: 'tencent', name: 'Tencent Holdings' })).toBe(true);
    expect(sameParty({ id: 'a', name: 'Same Name' }, { id: 'b', name: 'Same Name' })).toBe(false);
  });

  it('compares normalized names when either has no id', () => {
    expect(sameParty({ id: 'tencent', name: 'Tencent' }, { name: 'Tencent Holdings Ltd.' })).toBe(true);
    expect(sameParty({ name: 'Acme' }, { name: 'ACME, Inc.' })).toBe(true);
    expect(sameParty({ name: 'Acme' }, { name: 'Acme Robotics' })).toBe(false);
    expect(sameParty({ name: '...' }, { name: '!!!' })).toBe(false);
  });
});

describe('PartySet', () => {
  const set = new PartySet([{ id: 'alibaba-group', name: 'Alibaba Group' }, { name: 'Acme Capital' }]);

  it('follows the sameParty rule', () => {
    expect(set.has({ id: 'alibaba-group', name: 'anything' })).toBe(true);
    expect(set.has({ name: 'Alibaba' })).toBe(true);
    expect(set.has({ id: 'acme-capital', name: 'Acme Capital LLC' })).toBe(true);
    expect(set.has({ id: 'other', name: 'Alibaba Group' })).toBe(false);
    expect(set.has({ name: 'Tencent' })).toBe(false);
  });
});

describe('partyMatchesKey', () => {
  it('matches by id, the store’s name key, or the slug of an id-less name', () => {
    expect(partyMatchesKey({ id: 'zhipu-ai', name: 'Zhipu AI' }, 'zhipu-ai')).toBe(true);
    expect(partyMatchesKey({ id: 'zhipu-ai', name: 'Zhipu AI' }, 'name:zhipu ai')).toBe(false);
    expect(partyMatchesKey({ name: 'Acme Robotics' }, 'acme-robotics')).toBe(true);
    expect(partyMatchesKey({ name: 'Acme Robotics' }, 'name:acme robotics')).toBe(true);
    expect(partyMatchesKey({ name: 'Acme Robotics' }, 'acme')).toBe(false);
  });
});

describe('strongerRole', () => {
  it('ranks lead > participant > existing > none', () => {
    expect(strongerRole('participant', 'lead')).toBe('lead');
    expect(strongerRole('existing', 'participant')).toBe('participant');
    expect(strongerRole(undefined, 'existing')).toBe('existing');
    expect(strongerRole('lead', undefined)).toBe('lead');
    expect(strongerRole(undefined, undefined)).toBeUndefined();
  });
});

describe('canonicalRound', () => {
  it('spells known rounds one way', () => {
    expect(canonicalRound('B轮')).toBe('Series B');
    expect(canonicalRound('series b')).toBe('Series B');
    expect(canonicalRound(' Series B ')).toBe('Series B');
    expect(canonicalRound('A+轮')).toBe('Series A+');
  });

  it('compares unknown rounds by lowercase text', () => {
    expect(canonicalRound('IPO  (NYSE)')).toBe('ipo (nyse)');
    expect(canonicalRound('Growth  Equity')).toBe('growth equity');
    // An extension is a round the reader knows (rounds.ts), kept apart from the round it extends.
    expect(canonicalRound('series b extension')).toBe('Series B extension');
  });
});

describe('dealDay', () => {
  it('counts days since 1970 and takes a month-only date as the 15th', () => {
    expect(dealDay('1970-01-01')).toBe(0);
    expect(dealDay('2023-10-15')).toBe(dealDay('2023-10'));
    expect(dealDay('2024-03-01')! - dealDay('2024-02-28')!).toBe(2);
  });

  it('rejects impossible or malformed dates', () => {
    for (const bad of ['2023-02-30', '2023-13', '2023-00-10', '2023-1-05', '20231005', '', '2023-10-05T00:00']) {
      expect(dealDay(bad), bad).toBeUndefined();
    }
  });
});

describe('slugify', () => {
  it('makes kebab-case ASCII', () => {
    expect(slugify('Zhipu AI')).toBe('zhipu-ai');
    expect(slugify('  Société Générale! ')).toBe('societe-generale');
    expect(slugify('Series A+')).toBe('series-a-plus');
    expect(slugify('01.AI')).toBe('01-ai');
  });

  it('hashes names without Latin letters, stably and distinctly', () => {
    expect(slugify('智谱')).toMatch(/^x[a-z0-9]+$/);
    expect(slugify('智谱')).toBe(slugify(' 智谱 '));
    expect(slugify('智谱')).not.toBe(slugify('百川'));
  });
});
