// DealLens CLI: the same core as the extension, over files.
//   annotate [--json|--jsonl] [--lang en|zh] [--date YYYY-MM-DD] [FILE|-]
//   convert "2.5 billion yuan" --to USD --date 2023-10-20 [--json]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { annotate, convert, createCompanyMatcher, createHistorySource, decodeRateHistory, extractMoney, type Annotation, type EncodedRateHistory, type PageContext, type RateSource } from '../core';
import { companies } from '../data/companies';
import { htmlToText, looksLikeHtml, pageContextOf } from './html-to-text';
import { BUNDLED_RATE_FILES } from '../data/rates/generated-files';

const USAGE = `usage:
  deallens annotate [--json|--jsonl] [--lang en|zh] [--date YYYY-MM-DD] [FILE|-]
  deallens convert "AMOUNT" --to CUR [--date YYYY-MM-DD] [--json]`;

class UsageError extends Error {}

/** The bundled rate tables, daily first (it wins ties), then the weekly one that holds every currency. */
const RATES_FILES = BUNDLED_RATE_FILES.map((file) => path.resolve(import.meta.dirname, '../data/rates', file));
let rateSources: RateSource[] | undefined;
function sources(): RateSource[] {
  if (!rateSources) {
    rateSources = RATES_FILES.map((file) => {
      if (!fs.existsSync(file)) throw new Error(`rate table missing (${file}); run: npm run data`);
      return createHistorySource(decodeRateHistory(JSON.parse(fs.readFileSync(file, 'utf8')) as EncodedRateHistory));
    });
  }
  return rateSources;
}

function checkDate(value: string | undefined): string | undefined {
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`--date must be YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function readInput(file: string | undefined): string {
  return !file || file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8');
}

const matcher = createCompanyMatcher(companies);

function annotateText(raw: string, context: PageContext, fileName?: string): Annotation & { date?: string } {
  const page = looksLikeHtml(raw, fileName) ? htmlToText(raw) : { text: raw };
  // What the command line says wins over what the page says of itself.
  const ctx: PageContext = { ...pageContextOf(page), ...context };
  const result = annotate(page.text, { context: ctx, companies: matcher });
  if (ctx.date) {
    const day = ctx.date;
    for (const m of result.money) {
      const usd = convert(m, 'USD', day, sources());
      if (usd) Object.assign(m, { conversions: [{ ...usd, askedDay: day }] });
    }
  }
  return { ...result, ...(ctx.date && { date: ctx.date }) };
}

function summary(result: Annotation): string {
  const lines: string[] = [];
  for (const m of result.money) {
    const range = m.amountMax !== undefined ? `${m.amount}–${m.amountMax}` : `${m.amount}`;
    lines.push(`money    ${m.start}-${m.end}\t${m.text}\t${m.currency} ${range}${m.approx ? ` (${m.approx})` : ''}\t${m.currencyReason}`);
  }
  for (const c of result.companies) lines.push(`company  ${c.start}-${c.end}\t${c.text}\t→ ${c.name} [${c.id}]`);
  for (const d of result.deals) lines.push(`deal     ${d.type}\t${d.target.name}\t${d.investors.map((i) => i.name).join(', ')}`);
  lines.push(`${result.money.length} amounts, ${result.companies.length} company mentions, ${result.deals.length} deals`);
  return lines.join('\n');
}

function runAnnotate(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, lang: { type: 'string' }, date: { type: 'string' } },
  });
  if (positionals.length > 1) throw new UsageError('annotate takes one FILE (or - for standard input)');
  const context: PageContext = {};
  if (values.lang) context.lang = values.lang;
  const date = checkDate(values.date);
  if (date) context.date = date;
  const input = readInput(positionals[0]);

  if (!values.jsonl) {
    const result = annotateText(input, context, positionals[0]);
    process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${summary(result)}\n`);
    return 0;
  }
  let failures = 0;
  input.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const record = JSON.parse(line) as unknown;
      if (!record || typeof record !== 'object' || Array.isArray(record)) throw new Error('expected a JSON object');
      const { id, text, lang, date: lineDate } = record as Record<string, unknown>;
      if (typeof text !== 'string') throw new Error('"text" must be a string');
      if (lang !== undefined && typeof lang !== 'string') throw new Error('"lang" must be a string');
      const ctx: PageContext = { ...context };
      if (typeof lang === 'string') ctx.lang = lang;
      if (lineDate !== undefined) ctx.date = checkDate(String(lineDate))!;
      const { money, companies: found, deals } = annotateText(text, ctx);
      process.stdout.write(`${JSON.stringify({ id: id ?? null, money, companies: found, deals })}\n`);
    } catch (error) {
      failures++;
      process.stderr.write(`deallens: line ${i + 1}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  });
  return failures ? 1 : 0;
}

function runConvert(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { to: { type: 'string' }, date: { type: 'string' }, json: { type: 'boolean' } },
  });
  const text = positionals.join(' ');
  if (!text) throw new UsageError('convert needs an amount, e.g. "2.5 billion yuan"');
  const to = (values.to ?? 'USD').toUpperCase();
  const day = checkDate(values.date) ?? today();
  const [money] = extractMoney(text);
  if (!money) throw new Error(`no amount found in ${JSON.stringify(text)}`);
  const result = convert(money, to, day, sources());
  if (!result) throw new Error(`no ${money.currency}→${to} rate on or before ${day}`);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ amount: result.amount, ...(result.amountMax !== undefined && { amountMax: result.amountMax }), currency: to, rate: result.rate, rateDate: result.rateDate, source: result.source })}\n`);
  } else {
    const fmt = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 2 });
    process.stdout.write(`${money.text} = ${fmt(money.amount)} ${money.currency} ≈ ${fmt(result.amount)} ${to}\nrate 1 ${money.currency} = ${result.rate.toPrecision(6)} ${to} on ${result.rateDate} (asked ${day})\nsource ${result.source}\n`);
  }
  return 0;
}

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    if (command === 'annotate') return runAnnotate(rest);
    if (command === 'convert') return runConvert(rest);
    throw new UsageError(command ? `unknown command ${JSON.stringify(command)}` : 'no command');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`deallens: ${message}\n${error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? `${USAGE}\n` : ''}`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
