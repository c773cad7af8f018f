import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from './html-to-text';

describe('htmlToText', () => {
  it('joins inline elements and breaks blocks like the content script', () => {
    const { text } = htmlToText('<p><b>Alibaba</b> Group paid $<span>342</span> million.</p><p>Second</p>');
    expect(text).toBe('Alibaba Group paid $342 million.\nSecond');
  });

  it('skips scripts, styles, code, form fields and editable regions', () => {
    const { text } = htmlToText(
      '<p>Keep</p><script>var a="$1 billion"</script><style>p{}</style><pre><code>$2<br>bn</code></pre><textarea>$3bn</textarea><div contenteditable>$4bn</div><p hidden>$5bn</p><p>Tail</p>',
    );
    expect(text).toBe('Keep\nTail');
  });

  it('breaks at <br>, decodes entities and reads lang and the publication date', () => {
    const r = htmlToText(
      '<html lang="zh-CN"><head><meta property="article:published_time" content="2023-10-20T08:00:00Z"></head><body><p>Tencent<br>Holdings &amp; Co &#36;5</p></body></html>',
    );
    expect(r.text).toBe('Tencent\nHoldings & Co $5');
    expect(r.lang).toBe('zh-CN');
    expect(r.date).toBe('2023-10-20');
  });

  it('reads datePublished from JSON-LD', () => {
    expect(htmlToText('<script type="application/ld+json">{"datePublished":"2021-03-04T00:00:00Z"}</script><p>x</p>').date).toBe('2021-03-04');
  });

  it('tells HTML from text', () => {
    expect(looksLikeHtml('<!doctype html><p>x')).toBe(true);
    expect(looksLikeHtml('plain $5 < 6')).toBe(false);
    expect(looksLikeHtml('anything', 'page.html')).toBe(true);
  });
});
