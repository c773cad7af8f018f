import { describe, expect, it } from 'vitest';
import { caseSignature, nameFormsOf, nameKey } from './name-forms';

describe('nameKey', () => {
  it('folds case, typography and whitespace runs', () => {
    expect(nameKey('  People’s  Bank\tof\nChina ')).toBe("people's bank of china");
    expect(nameKey('ＯｐｅｎＡＩ')).toBe('openai');
    expect(nameKey('Zhi\u00adpu')).toBe('zhipu');
    expect(nameKey('阿里巴巴')).toBe('阿里巴巴');
  });
});

describe('caseSignature', () => {
  it('keeps case and drops spaces and invisible characters', () => {
    expect(caseSignature('Ant\u00a0 Group')).toBe('AntGroup');
    expect(caseSignature('Ap\u200bple’s')).toBe("Apple's");
  });
});

describe('nameFormsOf', () => {
  it('lists every explicit name, tickers with and without a space, and specific derived forms', () => {
    const forms = nameFormsOf({
      id: 'zhipu-ai',
      name: 'Zhipu AI',
      legalNames: ['Beijing Zhipu Huazhang Technology Co., Ltd.'],
      shortNames: ['Zhipu'],
      zh: ['智谱', '北京智谱华章科技有限公司'],
      tickers: ['HKEX:1234'],
      kind: 'company',
    });
    expect(forms.map((f) => [f.text, f.derived])).toEqual([
      ['Zhipu AI', false],
      ['Beijing Zhipu Huazhang Technology Co., Ltd.', false],
      ['Zhipu', false],
      ['智谱', false],
      ['北京智谱华章科技有限公司', false],
      ['HKEX:1234', false],
      ['HKEX: 1234', false],
      ['Beijing Zhipu Huazhang Technology Co.', true],
      ['Beijing Zhipu Huazhang Technology', true],
      ['Beijing Zhipu Huazhang', true],
      ['北京智谱华章科技', true],
      ['北京智谱华章', true],
    ]);
  });

  it('does not derive a bare single word that would dodge the common-word rules', () => {
    const forms = nameFormsOf({ id: 'x', name: 'Sea Limited', kind: 'company' });
    expect(forms.map((f) => f.text)).toEqual(['Sea Limited']);
  });

  it('applies the record’s match rule to its one-word names, and the short-acronym rule', () => {
    const byText = (id: string, name: string, shortNames: string[], match?: 'case-sensitive' | 'corporate-word') =>
      Object.fromEntries(nameFormsOf({ id, name, shortNames, kind: 'company', ...(match ? { match } : {}) }).map((f) => [f.text, f]));
    const ant = byText('ant-group', 'Ant Group', ['Ant'], 'corporate-word');
    expect(ant['Ant']).toMatchObject({ caseSensitive: true, needsCorporateWord: true });
    expect(ant['Ant Group']).toMatchObject({ caseSensitive: false, needsCorporateWord: false });
    const meta = byText('meta', 'Meta', ['Meta Platforms'], 'case-sensitive');
    expect(meta['Meta']).toMatchObject({ caseSensitive: true, needsCorporateWord: false });
    const sap = byText('sap', 'SAP', ['M12', 'NVIDIA']);
    expect(sap['SAP']?.caseSensitive).toBe(true);
    expect(sap['M12']?.caseSensitive).toBe(true);
    expect(sap['NVIDIA']?.caseSensitive).toBe(false);
  });

  it('makes a name of several words case-sensitive too when the record says so ("British Steel", not "British steel")', () => {
    const forms = Object.fromEntries(nameFormsOf({ id: 'british-steel', name: 'British Steel', legalNames: ['British Steel plc'], kind: 'company', match: 'case-sensitive' }).map((f) => [f.text, f]));
    expect(forms['British Steel']?.caseSensitive).toBe(true);
    expect(forms['British Steel plc']?.caseSensitive).toBe(false);
  });

  it('skips one-character names and names without a letter, digit or CJK character at the start', () => {
    const forms = nameFormsOf({ id: 'x', name: 'X', aliases: ['--', '  ', '&Co'], kind: 'company' });
    expect(forms).toEqual([]);
  });
});

describe('names of digits', () => {
  it('need their legal word: "111" alone is a number, "111, Inc." the company', () => {
    const [form] = nameFormsOf({ id: '111-inc', name: '111', kind: 'company' });
    expect(form).toMatchObject({ text: '111', needsCorporateWord: true });
  });
});

describe('the match rule of a record governs its short forms, not its former full names', () => {
  const record = { id: 'suez-sa', name: 'Suez', legalNames: ['Suez SA'], aliases: ['Suez Group'], formerNames: ['Compagnie de Suez', 'Suez'], kind: 'company' as const, match: 'after-full-name' as const };
  const rule = (text: string) => nameFormsOf(record).find((f) => f.text === text)?.needsFullName;
  it('lets a former name of several words count alone, and keeps a one-word one and an alias of several words waiting', () => {
    expect(rule('Compagnie de Suez')).toBe(false);
    expect(rule('Suez Group')).toBe(true);
    expect(rule('Suez')).toBe(true);
  });
});

describe('the first word of a legal name', () => {
  it('is derived as a form that needs a legal or group word after it, as written', () => {
    const forms = nameFormsOf({ id: 'sumitomo-corporation', name: 'Sumitomo Corporation', kind: 'company' });
    const first = forms.find((f) => f.text === 'Sumitomo');
    expect(first).toMatchObject({ derived: true, needsCorporateWord: true, caseSensitive: true });
    // Not from a short or lower-case word, and not twice when the record writes the word itself.
    expect(nameFormsOf({ id: 'sea', name: 'Sea Limited', kind: 'company' }).some((f) => f.text === 'Sea')).toBe(false);
    expect(nameFormsOf({ id: 'mca', name: 'MCA Inc.', shortNames: ['MCA'], kind: 'company' }).filter((f) => f.key === 'mca')).toHaveLength(1);
    expect(nameFormsOf({ id: 'mca', name: 'MCA Inc.', kind: 'company' }).find((f) => f.text === 'MCA')?.needsCorporateWord).toBe(true);
  });
});

describe('a name ending in "& Co."', () => {
  it('is matched without its full stop too', () => {
    expect(nameFormsOf({ id: 'merck-and-co', name: 'Merck & Co.', kind: 'company' }).map((f) => f.text)).toContain('Merck & Co');
  });
});
