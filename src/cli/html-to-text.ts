// HTML → text for the CLI, block by block like the content script reads a live page
// (same tag tables), so a file and the page it came from give the same mentions.
import { Parser } from 'htmlparser2';
import { DATE_META_KEYS, pickArticleDate, type DateEvidence } from '../core/text/article-date';
import { flattenLineBreaks, INLINE_TAGS, SKIPPED_TAGS } from '../core/text/html-blocks';

export interface HtmlText {
  text: string;
  lang?: string;
  /** The publication date the page declares, chosen as the extension chooses it. */
  date?: string;
  /** The site's own name (og:site_name or application-name), a publisher rather than a company. */
  siteName?: string;
}

export function htmlToText(html: string, url = ''): HtmlText {
  const evidence: DateEvidence = { jsonLd: [], meta: [], times: [], url };
  const blocks: string[] = [];
  let line = '';
  let skipDepth = 0;
  const result: HtmlText = { text: '' };
  let jsonLd: string | null = null;
  const endBlock = () => {
    if (line.trim()) blocks.push(line.replace(/ {2,}/g, ' ').trim());
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = name.toUpperCase();
        if (tag === 'HTML' && attrs.lang) result.lang = attrs.lang;
        if (tag === 'META') {
          const key = attrs.property ?? attrs.name ?? attrs.itemprop ?? '';
          if (DATE_META_KEYS.includes(key.toLowerCase()) && attrs.content) evidence.meta.push({ key, content: attrs.content });
          if (/^(?:og:site_name|application-name)$/i.test(key) && attrs.content?.trim() && !result.siteName) result.siteName = attrs.content.trim().slice(0, 100);
        }
        if (tag === 'TIME' && attrs.datetime) evidence.times.push(attrs.datetime);
        if (tag === 'SCRIPT' && attrs.type === 'application/ld+json') jsonLd = '';
        if (skipDepth || SKIPPED_TAGS.has(tag) || 'hidden' in attrs || (attrs.contenteditable !== undefined && attrs.contenteditable !== 'false')) {
          skipDepth++;
          return;
        }
        if (tag === 'BR' || !INLINE_TAGS.has(tag)) endBlock();
      },
      ontext(data) {
        if (jsonLd !== null) jsonLd += data;
        if (!skipDepth) line += flattenLineBreaks(data);
      },
      onclosetag(name) {
        const tag = name.toUpperCase();
        if (tag === 'SCRIPT' && jsonLd !== null) {
          evidence.jsonLd.push(jsonLd);
          jsonLd = null;
        }
        if (skipDepth) {
          // htmlparser2 closes every tag it opened (void and implied ones too), so depth balances.
          skipDepth--;
          return;
        }
        if (!INLINE_TAGS.has(tag)) endBlock();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endBlock();
  result.text = blocks.join('\n');
  const date = pickArticleDate(evidence);
  if (date) result.date = date.day;
  return result;
}

export function looksLikeHtml(text: string, fileName?: string): boolean {
  if (fileName && /\.x?html?$/i.test(fileName)) return true;
  return /^\s*(<!doctype html|<html[\s>])/i.test(text) || /<(p|div|article|body)[\s>]/i.test(text.slice(0, 4096));
}
