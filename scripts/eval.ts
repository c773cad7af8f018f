// `npm run eval -- <set…> [--held-out] [--errors] [--only=<id prefix>]`: prints precision, recall and F1 of the engine on
// the project's evaluation sets. Sets: deals, companies, pages (all when none is named).
// Without --held-out it scores the development part of each set; --held-out scores only the part
// kept aside (test/held-out.ts), to be run once a piece of work is done. --errors lists the misses.
import fs from 'node:fs';
import path from 'node:path';
import { htmlToText, pageContextOf } from '../src/cli/html-to-text';
import { annotate, createCompanyMatcher, findCompanies } from '../src/core';
import { companies } from '../src/data/companies';
import { COMPANY_SETS, scoreCompanySet } from '../test/companies/company-sets';
import { DEAL_PARAGRAPHS } from '../test/deals/eval/index';
import { f1, scoreDeals, type Accuracy, type Prf } from '../test/deals/eval/score-deals';
import { splitSet } from '../test/held-out';

const args = process.argv.slice(2);
const heldOut = args.includes('--held-out');
const showErrors = args.includes('--errors');
const sets = args.filter((a) => !a.startsWith('--'));
// --only=<prefix>: score only the paragraphs whose id starts with it (a batch written together).
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const wanted = (name: string) => sets.length === 0 || sets.includes(name);
const part = heldOut ? 'held-out' : 'dev';

const matcher = createCompanyMatcher(companies);
const pct = (x: number) => `${(100 * x).toFixed(1)}`.padStart(5);
const prf = (label: string, p: Prf) => {
  const s = f1(p);
  return `  ${label.padEnd(14)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
};
const acc = (label: string, a: Accuracy) => `  ${label.padEnd(14)} ${a.total === 0 ? '  n/a' : pct(a.right / a.total)}%  (${a.right}/${a.total})`;

if (wanted('deals')) {
  const { dev, heldOut: kept } = splitSet(DEAL_PARAGRAPHS, (p) => p.id);
  const paragraphs = (heldOut ? kept : dev).filter((p) => !only || p.id.startsWith(only));
  const link = (name: string) => findCompanies(name, matcher).map((m) => m.id);
  const s = scoreDeals(paragraphs, (p) => annotate(p.text, { companies: matcher, context: { lang: p.lang, date: p.date } }), link);
  console.log(`deals (${part}: ${s.paragraphs} paragraphs, ${s.negatives} with no deal)`);
  console.log(prf('all', s.deals));
  for (const [type, p] of Object.entries(s.byType).sort()) console.log(prf(type, p));
  for (const [lang, p] of Object.entries(s.byLang).sort()) console.log(prf(`lang ${lang}`, p));
  console.log(prf('two-deal', s.twoDeal));
  console.log(prf('investors', s.investors));
  console.log(acc('lead role', s.leadRole));
  console.log(acc('amount', s.amount));
  console.log(acc('valuation', s.valuation));
  console.log(acc('round', s.round));
  console.log(acc('date', s.date));
  console.log(`  deals on negative paragraphs: ${s.negativeHits}`);
  if (showErrors) for (const e of s.errors) console.log(`    ${e}`);
}

if (wanted('companies')) {
  for (const [name, sources] of Object.entries(COMPANY_SETS)) {
    const { dev, heldOut: kept } = splitSet(sources, (_, i) => `${name}:${i}`);
    const s = scoreCompanySet(heldOut ? kept : dev, matcher);
    console.log(`companies ${name} (${part}: ${s.paragraphs} paragraphs, ${s.counts.gold} mentions; hard negatives hit ${s.negativesHit}/${s.negatives})`);
    for (const [label, sc] of [['overlap', s.overlap], ['exact', s.exact], ['linked', s.linked]] as const) {
      console.log(`  ${label.padEnd(14)} P ${pct(sc.precision)}  R ${pct(sc.recall)}  F1 ${pct(sc.f1)}`);
    }
    if (showErrors) {
      for (const e of s.errors) {
        const parts = [e.missed.length ? `missed: ${e.missed.join('; ')}` : '', e.spurious.length ? `spurious: ${e.spurious.join('; ')}` : '', e.wrongLink.length ? `link: ${e.wrongLink.join('; ')}` : '', e.negativesHit.length ? `negatives: ${e.negativesHit.join('; ')}` : ''].filter(Boolean);
        if (parts.length) console.log(`    #${e.index} ${parts.join('  ')}`);
      }
    }
  }
}

// pages: the golden pages of test/pages (no dev/held-out split: they are tests). A company highlight is
// right when the page's expected.json lists that text with that id (each listed mention used once, knownGap
// ones included); "text" counts a listed text under any id. --only=<prefix>[,<prefix>…] scores some folders.
if (wanted('pages') && !heldOut) {
  const dir = path.join(import.meta.dirname, '../test/pages');
  const prefixes = only?.split(',') ?? [];
  const folders = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && (prefixes.length === 0 || prefixes.some((p) => e.name.startsWith(p))))
    .map((e) => e.name)
    .sort();
  type Tally = { pages: number; found: number; linked: number; text: number; gold: number; goldFound: number };
  const tallies: Record<string, Tally> = {};
  const errors: string[] = [];
  for (const folder of folders) {
    const expected = JSON.parse(fs.readFileSync(path.join(dir, folder, 'expected.json'), 'utf8')) as { companies: { text: string; id: string }[] };
    const page = htmlToText(fs.readFileSync(path.join(dir, folder, 'source.html'), 'utf8'));
    const context = pageContextOf(page);
    const found = annotate(page.text, { context, companies: matcher }).companies;
    const lang = /^zh/.test(page.lang ?? '') ? 'zh' : 'en';
    for (const key of ['all', lang]) tallies[key] ??= { pages: 0, found: 0, linked: 0, text: 0, gold: 0, goldFound: 0 };
    const byLinked = expected.companies.map((c) => `${c.text}\u0000${c.id}`);
    const byText = expected.companies.map((c) => c.text);
    let linked = 0;
    let text = 0;
    const wrong: string[] = [];
    for (const c of found) {
      const at = byLinked.indexOf(`${c.text}\u0000${c.id}`);
      if (at !== -1) {
        byLinked.splice(at, 1);
        linked++;
      } else wrong.push(`${c.text} → ${c.id}`);
      const t = byText.indexOf(c.text);
      if (t !== -1) {
        byText.splice(t, 1);
        text++;
      }
    }
    for (const key of ['all', lang]) {
      const t = tallies[key]!;
      t.pages++;
      t.found += found.length;
      t.linked += linked;
      t.text += text;
      t.gold += expected.companies.length;
      t.goldFound += expected.companies.length - byLinked.length;
    }
    if (showErrors && (wrong.length || byLinked.length)) {
      errors.push(`    ${folder}${wrong.length ? `  spurious: ${wrong.join('; ')}` : ''}${byLinked.length ? `  missed: ${byLinked.map((k) => k.replace('\u0000', ' → ')).join('; ')}` : ''}`);
    }
  }
  for (const [key, t] of Object.entries(tallies)) {
    const p = (n: number) => pct(t.found === 0 ? 1 : n / t.found);
    console.log(`pages ${key} (${t.pages} pages, ${t.gold} mentions, ${t.found} highlights)`);
    console.log(`  linked         P ${p(t.linked)}  R ${pct(t.gold === 0 ? 1 : t.goldFound / t.gold)}   text P ${p(t.text)}`);
  }
  for (const e of errors) console.log(e);
}
