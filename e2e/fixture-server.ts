// Serves the fixture pages on 127.0.0.1 (a free port): our demo article as it is, its text as a
// plain news page, and small pages for edge cases. Everything served comes from the repository.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_HTML, demoArticle, ecbFile } from '../test/fixtures/index';
import { reactHydrateScript, reactPage } from './react-page';
import { ROBUSTNESS_PAGES } from './robustness-pages';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The text of our demo article (test/fixtures) as a plain news page of its own: the headline a
 * heading, every other block a paragraph, dated by its meta alone (2023-10-20). A link before it
 * gives the keyboard a start; the spacing makes the page taller than the 640 px viewport, so that
 * revealing its last mentions scrolls.
 */
export function articlePage(): string {
  const { text, date } = demoArticle();
  const [headline = '', ...blocks] = text.split('\n').filter((block) => block.trim());
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
<meta property="article:published_time" content="${date}T08:00:00Z">
<style>body{max-width:40rem;margin:1rem auto;font:16px/1.6 serif}p{margin:0 0 2rem}</style></head>
<body><nav><a id="top-link" href="#main">Skip to article</a></nav><article id="main">
<h1>${escapeHtml(headline)}</h1>
${blocks.map((block) => `<p>${escapeHtml(block)}</p>`).join('\n')}
</article></body></html>`;
}

const EDGE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Edge cases</title></head><body>
<p id="split"><b>Alibaba</b> Group paid $<span>342</span> million.</p>
<p id="br">Tencent<br>Holdings said nothing.</p>
<textarea>Tencent $5 billion</textarea>
<div contenteditable="true"><p>Baidu Inc. $7 billion</p></div>
<script>var s = "Xiaomi $3 billion";</script>
<p id="zh">阿里巴巴向智谱注资25亿元。</p>
</body></html>`;

/** Amounts in the four corners of the viewport and in its middle (fixed), for where a card goes. */
export const CORNER_AMOUNTS = ['6.8 million yuan', '7.1 million yuan', '5.2 million yuan', '3.3 million yuan', '9.9 million yuan'];
const CORNERS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Corners</title>
<meta property="article:published_time" content="2023-10-20T08:00:00Z">
<style>body{margin:0;font:16px/1.4 serif} p{position:fixed;margin:0;max-width:44vw}</style></head><body>
<p style="top:4px;left:4px">Tencent paid ${CORNER_AMOUNTS[0]}.</p>
<p style="top:4px;right:4px">Baidu paid ${CORNER_AMOUNTS[1]}.</p>
<p style="bottom:4px;left:4px">Xiaomi paid ${CORNER_AMOUNTS[2]}.</p>
<p style="bottom:4px;right:4px">Meituan paid ${CORNER_AMOUNTS[3]}.</p>
<p style="top:45%;left:35%">Alibaba paid ${CORNER_AMOUNTS[4]}.</p>
</body></html>`;

/**
 * What news pages hide: a share menu and a hovercard (display:none) holding company names, then, 3,000 px
 * further down but within a few hundred characters of text, the story. The menu's mention leads the run
 * of mentions that follows it.
 */
// 160 filings far below, and more than NEAR_RUN_CHARS of text from the story: the filings are
// registered by their own blocks, and stay unregistered while the story is on screen.
const HIDDEN_MENUS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hidden menus</title></head><body>
<nav><ul id="share" style="display:none"><li>Share on Reddit</li><li>Tencent partners: share with WeChat</li></ul></nav>
<div style="height:3000px"></div>
<h1 id="headline">Alibaba invests $50 million in Baidu's cloud unit</h1>
<div class="hovercard" style="display:none">Meituan profile card</div>
<p id="lede">Xiaomi said on Tuesday it would follow with 20 million yuan of its own.</p>
<div style="height:5200px"></div>
<p>${'The committee met again on Thursday and adjourned without a vote. '.repeat(40)}</p>
<ol id="filings">${Array.from({ length: 160 }, (_, i) => `<li>Filing ${i + 1}: €${i + 1} billion</li>`).join('')}</ol>
</body></html>`;

/**
 * Text nobody can see, beside the story (issue 20, item 5): a hidden lead block that reports a deal, a
 * closed menu, a hovercard (visibility:hidden), display:none spans inside shown paragraphs (by style,
 * and by class inside a link), a closed <details>, a hidden "read more"; and text hidden from
 * assistive technology only (aria-hidden), which is seen. The tests show and hide parts by class, attribute and <details open>.
 */
const HIDDEN_TEXT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hidden text</title>
<meta property="article:published_time" content="2024-05-14T09:00:00Z">
<style>.menu{display:none}.menu.open{display:block}.hovercard{visibility:hidden}.hovercard.open{visibility:visible}.quote-card{display:none}</style></head><body>
<div id="hidden-lead" style="display:none"><p>Hollowmere Robotics Inc. raised $45 million in a Series A round led by Sequoia Capital, the company said on Tuesday.</p></div>
<nav><ul id="menu" class="menu"><li>Tencent partners</li><li>Meituan deals</li></ul></nav>
<h1 id="headline">Alibaba invests $50 million in Baidu's cloud unit</h1>
<div id="hovercard" class="hovercard">JD.com profile: $9 million in revenue</div>
<p id="lede">Xiaomi said <span id="inline-hidden" style="display:none">Pinduoduo and </span>NetEase would follow with 20 million yuan of their own.</p>
<p id="quote"><a href="#baidu">Baidu<span class="quote-card"> Nvidia quote card</span></a> shares rose 3%.</p>
<p id="deal">Brightfen Labs Inc. raised $12 million in a Series A round led by Accel, the company said on Tuesday.</p>
<details id="more"><summary>More on the story</summary><p>ByteDance declined to comment.</p></details>
<p aria-hidden="true">Lenovo shares rose.</p>
<div id="read-more" hidden><p>Kuaishou also bid $30 million.</p></div>
</body></html>`;

/**
 * A story on the publisher's own site (issue 18, item 7): og:site_name, masthead, dateline, a "Reuters
 * analysis", the standards line and copyright line name the publisher; the story is about others.
 * `siteName` another than "Reuters" makes the same page another site's.
 */
const sitePage = (siteName: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Alibaba takes a stake in Zhipu | ${siteName}</title>
<meta property="og:site_name" content="${siteName}"></head><body>
<header><a id="masthead" href="/">Reuters</a> <a href="/business">Business</a></header>
<article><h1>Alibaba Group takes a stake in Zhipu</h1>
<p>BEIJING, Oct 20 (Reuters) - Alibaba Group has put 2.5 billion yuan into Zhipu, the startup said on Friday, a Reuters analysis of filings showed.</p>
</article>
<footer><p>Our Standards: The Thomson Reuters Trust Principles.</p><p>© 2024 Reuters. All rights reserved.</p></footer>
</body></html>`;

/** A page dated on the day of the real ECB daily file, so its amounts convert with ECB rates. */
const ECB_DATED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dated 2022-07-08</title>
<meta property="article:published_time" content="2022-07-08T10:00:00Z"></head><body>
<p id="amount">Tencent paid 6.8 million yuan for the stake.</p></body></html>`;

/** Entries on the long page: many screens of text, three mentions each. */
export const LONG_PAGE_ENTRIES = 400;

/** A page of `count` numbered entries like a live blog's, three mentions each. */
const entriesPage = (title: string, count: number, style = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${style}</head><body><main>
${Array.from({ length: count }, (_, i) => `<p id="e${i + 1}">Entry ${i + 1}: <b>Tencent</b> invested $${i + 1} million in Meituan, the filing said, as markets moved on.</p>`).join('\n')}
</main></body></html>`;

/** A long live-blog-like page (~50 screens at 640 px): only mentions near the viewport are registered. */
const LONG_PAGE = entriesPage('Long live blog', LONG_PAGE_ENTRIES, '\n<style>p{margin:0 0 2.5rem}</style>');

/** Entries on the very long page, long enough to stop the background while it is being read. */
export const VERY_LONG_PAGE_ENTRIES = 6_000;

/** ~550,000 characters with three mentions an entry: its read takes the background a good while. */
const VERY_LONG_PAGE = entriesPage('Very long live blog', VERY_LONG_PAGE_ENTRIES);

/**
 * A company named by its short form in the headline, in full (with its acronym) 2,000 characters
 * below, and by its short forms only far below that: the headline is read in a slice before the full
 * name, the last short forms in slices after it (issue 16, item 1).
 */
const SHORT_FORMS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mine deal</title></head><body><main>
<h1>Why Halvardsen is betting on Chile</h1>
${Array.from({ length: 16 }, (_, i) => `<p>Background ${i + 1}: copper prices have moved within a narrow band this year while mine output in the region held steady.</p>`).join('\n')}
<p>Halvardsen Mining Corp (HMC) agreed to buy a copper mine in Chile, the company said on Monday.</p>
${Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1}: the copper market was quiet on the day, with prices little changed as traders waited for figures on demand.</p>`).join('\n')}
<p>Halvardsen said the purchase would close in May.</p>
<p>Shares of HMC rose 3% in Toronto.</p>
</main></body></html>`;

/** A page that changes after load, like a live blog: the test drives the changes. */
const DYNAMIC_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live</title></head><body>
<main id="feed"><p id="first">Alibaba said it would keep investing.</p><p id="edit">Baidu posted results.</p><p id="gone">Xiaomi paid $7 million for a stake.</p></main>
</body></html>`;

/** Small deal reports by companies the bundled data does not know, for capture on and off. */
const capturePage = (company: string, amount: string, lead: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${company} raises ${amount}</title><meta property="article:published_time" content="2024-05-14T09:00:00Z"></head><body>
<p>${company} raised ${amount} in a Series A round led by ${lead}, the company said on Tuesday.</p></body></html>`;

/** Rate files the background downloads (test/fixtures/ecb; cross-origin from the extension, hence the CORS header). */
const RATE_FILES: Record<string, () => string> = {
  '/ecb/daily.xml': () => ecbFile('eurofxref-daily-2022-07-08.xml'),
  '/ecb/hist-90d.xml': () => ecbFile('eurofxref-hist-2017-02-27-to-03-03.xml'),
  '/ecb/truncated.xml': () => ecbFile('eurofxref-daily-2022-07-08.xml').slice(0, 500),
};

/** A slow fallback rate provider (ECB rates via Frankfurter's shape): answers each period after SLOW_RATES_MS, so a test can stop the background mid-request. */
export const SLOW_RATES_MS = 2_500;
const slowRates = (period: string) => {
  const to = period.split('..')[1] ?? '';
  return JSON.stringify({ base: 'EUR', rates: { [to]: { USD: 1.05, CNY: 7.6, HKD: 8.2, JPY: 160 } } });
};

export async function startFixtureServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const hydrateScript = await reactHydrateScript();
  const slowRequests: string[] = [];
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname.startsWith('/slow-rates/')) {
      // GET /slow-rates/requests lists the periods asked so far; /slow-rates/<from>..<to> answers slowly.
      const period = pathname.slice('/slow-rates/'.length);
      if (period === 'requests') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(slowRequests));
      slowRequests.push(period);
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(slowRates(period)), SLOW_RATES_MS);
      return;
    }
    if (pathname === '/react/hydrate.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(hydrateScript);
      return;
    }
    const pages: Record<string, () => string> = {
      '/demo.html': () => fs.readFileSync(DEMO_HTML, 'utf8'),
      '/article.html': articlePage,
      '/edge.html': () => EDGE_PAGE,
      '/ecb-dated.html': () => ECB_DATED_PAGE,
      '/corners.html': () => CORNERS_PAGE,
      '/hidden-menus.html': () => HIDDEN_MENUS_PAGE,
      '/hidden-text.html': () => HIDDEN_TEXT_PAGE,
      '/site-name.html': () => sitePage('Reuters'),
      '/site-name-elsewhere.html': () => sitePage('Harbour Post'),
      '/short-forms.html': () => SHORT_FORMS_PAGE,
      '/dynamic.html': () => DYNAMIC_PAGE,
      '/long.html': () => LONG_PAGE,
      '/very-long.html': () => VERY_LONG_PAGE,
      '/react/article.html': reactPage,
      // Deliberately inaccessible, to show the axe check can fail.
      '/a11y-broken.html': () => '<!doctype html><html lang="en"><head><title>Broken</title></head><body><button></button><img src="x.png"></body></html>',
      // Words and no company or amount: the popup's one empty state.
      '/nothing.html': () => '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weather</title></head><body><p>The weather was mild on Tuesday, and the trains ran on time.</p></body></html>',
      '/user-company.html': () => '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loom</title></head><body><p>The quarter pleased Brightwater Loom, and Tencent agreed.</p></body></html>',
      '/capture-on.html': () => capturePage('Quillfeather Robotics Co.', '$45 million', 'Sequoia Capital'),
      '/capture-off.html': () => capturePage('Marrowlight Labs Inc.', '$12 million', 'Accel'),
    };
    const rateFile = RATE_FILES[pathname];
    if (rateFile) {
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', 'access-control-allow-origin': '*' }).end(rateFile());
      return;
    }
    const robust = ROBUSTNESS_PAGES.find((p) => p.path === pathname);
    if (robust) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...robust.headers }).end(robust.html);
      return;
    }
    const page = pages[pathname];
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
