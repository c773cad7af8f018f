// The lint rule that keeps src/core pure must catch what it promises to catch.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });
const lintAsCore = async (code: string) => {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(import.meta.dirname, '../src/core/money/example.ts') });
  return result!.messages.map((m) => m.message);
};

describe('src/core purity rule', () => {
  it('rejects DOM, extension API and clock access', async () => {
    expect(await lintAsCore('export const a = document.title;\n')).toEqual([expect.stringMatching(/pure/)]);
    expect(await lintAsCore('export const b = browser.runtime.id;\n')).toEqual([expect.stringMatching(/pure/)]);
    expect(await lintAsCore('export const c = chrome.runtime.id;\n')).toEqual([expect.stringMatching(/pure/)]);
    expect(await lintAsCore('export const d = Date.now();\n')).toEqual([expect.stringMatching(/clock/)]);
    expect(await lintAsCore('export const e = new Date();\n')).toEqual([expect.stringMatching(/clock/)]);
  });

  it('rejects imports from outside src/core', async () => {
    expect(await lintAsCore("import { companies } from '../../data/companies';\nexport const f = companies;\n")).toEqual([expect.stringMatching(/nothing outside src\/core/)]);
    expect(await lintAsCore("import browser from 'webextension-polyfill';\nexport const g = browser;\n")).toEqual([expect.stringMatching(/nothing outside src\/core/)]);
    expect(await lintAsCore("export { companies } from '../../data/companies';\n")).toEqual([expect.stringMatching(/nothing outside src\/core/)]);
    expect(await lintAsCore("export const i = () => import('../../platform/settings');\n")).toEqual([expect.stringMatching(/nothing outside src\/core/)]);
  });

  it('accepts pure code and calendar arithmetic', async () => {
    expect(await lintAsCore("import type { MoneyMention } from '../types';\nexport const h = (m: MoneyMention) => new Date(Date.UTC(2023, 9, 20)).getTime() + m.amount;\n")).toEqual([]);
  });
});
