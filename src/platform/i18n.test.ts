// The two message catalogues agree: same keys, nothing empty, same placeholders; every key the
// code asks for (t('…') in src/, __MSG_…__ in the manifest) exists, and every key is used.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage, t, uiLocale } from './i18n';

const ROOT = path.resolve(import.meta.dirname, '../..');
type Catalogue = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }>;
const read = (lang: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Catalogue;
const LANGS = ['en', 'zh_CN'] as const;
const catalogues = Object.fromEntries(LANGS.map((l) => [l, read(l)])) as Record<(typeof LANGS)[number], Catalogue>;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}
const sources = sourceFiles(path.join(ROOT, 'src')).map((file) => ({ file: path.relative(ROOT, file), text: fs.readFileSync(file, 'utf8') }));
const manifest = fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8');

/** $NAME$ tokens of a message, lower-cased (Chrome and Firefox match them case-insensitively). */
const tokens = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('message catalogues', () => {
  it('have the same keys in every language', () => {
    const en = Object.keys(catalogues.en).sort();
    for (const lang of LANGS) {
      const keys = Object.keys(catalogues[lang]).sort();
      expect(en.filter((k) => !keys.includes(k)), `missing in ${lang}`).toEqual([]);
      expect(keys.filter((k) => !en.includes(k)), `only in ${lang}`).toEqual([]);
    }
  });

  it('use names the i18n API accepts and have no empty message', () => {
    for (const lang of LANGS) {
      for (const [key, entry] of Object.entries(catalogues[lang])) {
        expect(key, `${lang}: key`).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(typeof entry.message === 'string' && entry.message.trim().length > 0, `${lang}.${key} is empty`).toBe(true);
      }
    }
  });

  it('have the same placeholders in every language, each used in its message and numbered $1…', () => {
    for (const key of Object.keys(catalogues.en)) {
      const shapes = LANGS.map((lang) => {
        const entry = catalogues[lang][key]!;
        const declared = Object.entries(entry.placeholders ?? {}).map(([name, p]) => `${name.toLowerCase()}=${p.content}`).sort();
        const used = [...new Set(tokens(entry.message))];
        expect(used, `${lang}.${key}: $NAME$ in the message without a placeholder`).toEqual(Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()).sort());
        return declared;
      });
      expect(shapes[1], `placeholders of ${key} differ between en and zh_CN`).toEqual(shapes[0]);
      const numbers = shapes[0]!.map((d) => Number(d.split('=$')[1])).sort((a, b) => a - b);
      expect(numbers, `${key}: placeholders are $1…$n`).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it("has every key used by t('…') in src/", () => {
    const used = sources.flatMap(({ file, text }) => [...text.matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)].map((m) => ({ file, key: m[1]! })));
    expect(used.length).toBeGreaterThan(50);
    for (const lang of LANGS) {
      expect(used.filter(({ key }) => !(key in catalogues[lang])), `keys missing in ${lang}`).toEqual([]);
    }
  });

  it('has every __MSG_…__ key of the manifest in both languages', () => {
    const keys = [...manifest.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1]!);
    expect(keys).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const lang of LANGS) expect(keys.filter((k) => !(k in catalogues[lang])), lang).toEqual([]);
  });

  it('has no key that nothing uses', () => {
    const everything = sources.map((s) => s.text).join('\n') + manifest;
    const unused = Object.keys(catalogues.en).filter((key) => !everything.includes(`'${key}'`) && !everything.includes(`"${key}"`) && !everything.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });
});

describe('t', () => {
  it('gives the English message outside an extension, with substitutions in order', () => {
    expect(uiLocale()).toBe('en');
    expect(t('moneyTodayLine', '≈ US$342M')).toBe('Today: ≈ US$342M');
    expect(t('moneyFromArticleDate', 'CN¥2.5B', "the page's publication date")).toBe("CN¥2.5B at the article's date, from the page's publication date");
    expect(t('companyMentionedTimesShort', 2)).toBe('Mentioned 2 times');
    expect(t('moneyTodayStale', '3 Jan 2025')).toBe("Today's rate unavailable — last known rate 3 Jan 2025");
    expect(t('moneyCheckMatches', 'US$342M', '+0.1%', 2)).toBe("✓ Matches the article's US$342M (+0.1%, within ±2%)");
  });

  it('uses the browser API when there is one, and shows the key when it knows no such message', () => {
    const calls: unknown[] = [];
    const fake = {
      getMessage: (name: string, subs?: string | string[]) => (calls.push([name, subs]), name === 'moneyTodayLine' ? `今日：${(subs as string[])[0]}` : ''),
      getUILanguage: () => 'zh-CN',
    };
    const g = globalThis as { chrome?: unknown };
    g.chrome = { i18n: fake };
    try {
      expect(t('moneyTodayLine', '≈ 3.42亿美元')).toBe('今日：≈ 3.42亿美元');
      expect(t('popupToday')).toBe('popupToday');
      expect(uiLocale()).toBe('zh-CN');
      expect(calls).toEqual([['moneyTodayLine', ['≈ 3.42亿美元']], ['popupToday', undefined]]);
    } finally {
      delete g.chrome;
    }
  });

  it('formats like getMessage: named placeholders, $1…, and $$ for a dollar sign', () => {
    const entry = { message: 'Pay $AMOUNT$ to $WHO$, not $$9', placeholders: { amount: { content: '$1' }, who: { content: '$2' } } };
    expect(formatMessage(entry, ['US$5', 'Ann'])).toBe('Pay US$5 to Ann, not $9');
    expect(formatMessage(catalogues.zh_CN.moneyProvenance!, ['2023年10月20日', '1 CNY = 0.136651 USD', 'IMF 每日汇率'])).toBe('2023年10月20日 汇率：1 CNY = 0.136651 USD · IMF 每日汇率');
  });
});
