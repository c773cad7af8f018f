import 'fake-indexeddb/auto';
import { createCompanyData } from '../src/background/company-data';
import { createMentionFinder } from '../src/background/mention-finder';
import { createPageDealsReader } from '../src/background/page-deals-reader';
import { nextSliceEnd } from '../src/content/scan-page';
import { dealsOfPage } from '../src/core/deals/page-deals';
import { readPackagedFile } from '../test/fixtures';
import { adversarialPage } from '../bench/fairness';

const companyData = createCompanyData(readPackagedFile);
const mentions = createMentionFinder(async () => [], companyData.index);
const context = { lang: 'en', date: '2024-05-14' };
await mentions.find('Alibaba raised $5 million.', context, 'warm');
const page = adversarialPage();
const slices: string[] = [];
for (let from = 0; from < page.text.length; ) { const to = nextSliceEnd(page, from, page.text.length); slices.push(page.text.slice(from, to)); from = to; }
// gaps
let last = performance.now(); let maxGap = 0; let on = true; const gaps: number[] = [];
const tick = () => { const n = performance.now(); const g = n - last; gaps.push(g); if (g > maxGap) maxGap = g; last = n; if (on) setImmediate(tick); };
setImmediate(tick);
const t0 = performance.now();
const found = await Promise.all(slices.map((s) => mentions.find(s, context, 'tab1')));
const t1 = performance.now();
on = false;
gaps.sort((a, b) => b - a);
console.log('mentions', (t1 - t0).toFixed(0), 'ms; top gaps', gaps.slice(0, 8).map((g) => g.toFixed(1)).join(' '));
// deals per slice
const times: number[] = [];
for (let i = 0; i < slices.length; i++) { const t = performance.now(); dealsOfPage([{ text: slices[i]!, money: found[i]!.money, companies: found[i]!.companies } as never], { url: 'http://x/', title: 'x', date: '2024-05-14' }); times.push(performance.now() - t); }
times.sort((a, b) => b - a);
console.log('deal slices top', times.slice(0, 8).map((g) => g.toFixed(1)).join(' '), 'sum', times.reduce((a, b) => a + b, 0).toFixed(0));
