// Which HTML elements hold readable inline text, which start a new block, and which are never
// annotated. Shared by the content script (live DOM) and the CLI (parsed HTML) so both read a page
// the same way. Upper-case tag names, as DOM tagName gives them.

/** Elements whose text is never annotated: code, forms, editable regions, our own card. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'IFRAME', 'OBJECT', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE',
  'DEALLENS-CARD',
]);

/** Elements that flow inside a line of text; any other element starts a new block. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'MARK', 'Q',
  'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'LABEL', 'NOBR', 'TT', 'BIG', 'STRIKE',
  'RUBY', 'RB', 'RT', 'RP', 'WBR',
]);

/** Line breaks inside a text node render as spaces; replacing them keeps every offset. */
const BREAKS = /[\n\r\t\f]/;
const ALL_BREAKS = /[\n\r\t\f]/g;

export function flattenLineBreaks(text: string): string {
  // Most text nodes have none: a test allocates nothing, a replace makes a new string.
  return BREAKS.test(text) ? text.replace(ALL_BREAKS, ' ') : text;
}
