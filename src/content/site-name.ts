// The site's own name, from the page's metadata: its publisher, which the core never takes for a
// company of the story (core/companies/publisher-name.ts; a page without one is named by its host).

/** The page's og:site_name (else application-name), at most 100 characters. */
export function detectSiteName(doc: Document): string | undefined {
  const meta = doc.querySelector('meta[property="og:site_name"][content], meta[name="application-name"][content]');
  const name = meta?.getAttribute('content')?.trim();
  return name ? name.slice(0, 100) : undefined;
}
