// Hostile and unusual pages for the robustness suite: each is served on 127.0.0.1 and comes with
// what DealLens must (and must not) highlight there. Written for the tests, in our own words.

export interface RobustnessPage {
  path: string;
  html: string;
  headers?: Record<string, string>;
  /** Texts that must be highlighted (company or money). */
  present: string[];
  /** Texts that must not be highlighted (deliberately left alone). */
  absent: string[];
  /** What the page checks about itself after DealLens ran (a main-world expression, true = works). */
  pageWorks?: string;
}

const shell = (body: string, head = '', lang = 'en', dir = 'ltr') =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>Robustness</title>${head}</head><body>${body}</body></html>`;

const FILLER = 'The quarterly report described steady demand for cloud services and a cautious outlook for hardware. ';

export const ROBUSTNESS_PAGES: RobustnessPage[] = [
  {
    path: '/robust/csp.html',
    // No inline styles or scripts allowed: the card must still be styled (constructable stylesheet).
    headers: { 'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self'" },
    html: shell('<p id="csp">Alibaba paid 5 million yuan for the stake under a strict policy.</p>'),
    present: ['Alibaba', '5 million yuan'],
    absent: [],
  },
  {
    path: '/robust/dark.html',
    // Dark, and hostile to anything it does not own: every element (a card host included) is told
    // to be dark-on-dark and transparent.
    html: shell(
      '<p>Tencent invested $8 million in Meituan, the dark page says.</p>',
      '<style>html,body{background:#0d1117;color:#e6edf3} *{color:#0d1117 !important;background:transparent !important;font-size:9px !important;opacity:.9}</style>',
    ),
    present: ['Tencent', '$8 million', 'Meituan'],
    absent: [],
  },
  {
    path: '/robust/rtl.html',
    html: shell('<p>أعلنت الشركة أن Tencent استثمرت $9 million في الجولة الأخيرة.</p><p>החברה אמרה ש-Alibaba שילמה.</p>', '', 'ar', 'rtl'),
    present: ['Tencent', '$9 million', 'Alibaba'],
    absent: [],
  },
  {
    path: '/robust/big-node.html',
    // One 2 MB text node with a few mentions far apart.
    html: shell(`<p id="big">${Array.from({ length: 200 }, (_, i) => `${FILLER.repeat(100)}Xiaomi paid $${i + 1} million. `).join('')}</p>`),
    present: ['Xiaomi', '$1 million', '$200 million'],
    absent: [],
    pageWorks: "document.querySelector('#big').textContent.length > 2000000",
  },
  {
    path: '/robust/svg.html',
    html: shell('<p>Baidu posted results.</p><svg width="300" height="40"><text x="0" y="20">Alibaba paid $4 million</text></svg>'),
    present: ['Baidu'],
    absent: ['Alibaba', '$4 million'],
  },
  {
    path: '/robust/frames.html',
    // Same-origin frames are not annotated (the content script runs in the top frame only).
    html: shell('<p>Nvidia announced a chip.</p><iframe srcdoc="<p>Alibaba paid $6 million.</p>"></iframe>'),
    present: ['Nvidia'],
    absent: ['Alibaba', '$6 million'],
  },
  {
    path: '/robust/shadow.html',
    // Text in a page's own shadow root is not read (the TreeWalker stays in the document); the page keeps working.
    html: shell(
      '<p>Meituan raised $3 million.</p><div id="host"></div><script>document.querySelector("#host").attachShadow({mode:"open"}).innerHTML = "<p>Tencent paid $2 million.</p>"; window.__shadowReady = true;</script>',
    ),
    present: ['Meituan', '$3 million'],
    absent: ['Tencent', '$2 million'],
    pageWorks: 'window.__shadowReady === true',
  },
  {
    path: '/robust/forms.html',
    html: shell(
      '<p>Ant Group paid $11 million.</p><form><input value="Tencent $12 million"><textarea>Baidu $13 million</textarea><select><option>Xiaomi $14 million</option></select></form><div contenteditable="true">Meituan $15 million</div><pre><code>Nvidia $16 million</code></pre>',
    ),
    present: ['Ant Group', '$11 million'],
    absent: ['Tencent', 'Baidu', 'Xiaomi', 'Meituan', 'Nvidia', '$12 million', '$13 million', '$14 million', '$15 million', '$16 million'],
  },
  {
    path: '/robust/ticker.html',
    // Rewrites its own text every 100 ms: highlights follow, and do not pile up.
    html: shell(
      '<p>Baidu said:</p><p id="tick">Price $1 million</p><script>let n = 1; window.__ticks = 0; setInterval(() => { n++; document.querySelector("#tick").textContent = "Price $" + n + " million"; window.__ticks++; }, 100);</script>',
    ),
    present: ['Baidu'],
    absent: [],
    pageWorks: 'window.__ticks >= 10',
  },
];
