import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml, pageContextOf } from './html-to-text';

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

  it('reads the site a saved page came from (its canonical link or og:url) and its name, as the page context', () => {
    const page = htmlToText('<html lang="en"><head><meta property="og:site_name" content="BBC News"><link rel="canonical" href="https://www.bbc.com/news/x"></head><p>x</p></html>');
    expect(pageContextOf(page)).toEqual({ lang: 'en', siteName: 'BBC News', domain: 'www.bbc.com' });
    expect(htmlToText('<meta property="og:url" content="http://www.nytimes.com/2017/a.html"><p>x</p>').domain).toBe('www.nytimes.com');
    // Only an http(s) address names a host.
    expect(htmlToText('<link rel="canonical" href="javascript:alert(1)"><p>x</p>').domain).toBeUndefined();
    expect(pageContextOf(htmlToText('<p>x</p>'))).toEqual({});
  });

  it('tells HTML from text', () => {
    expect(looksLikeHtml('<!doctype html><p>x')).toBe(true);
    expect(looksLikeHtml('plain $5 < 6')).toBe(false);
    expect(looksLikeHtml('anything', 'page.html')).toBe(true);
  });
});
