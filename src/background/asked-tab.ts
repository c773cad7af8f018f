// Which tab the popup's "Annotate this page" may run DealLens in. The request is answered only for
// DealLens's own pages, but it names a tab by number: DealLens runs only in a web page (http or https)
// whose address the browser lets it see — a site the reader allowed, or the tab the reader opened
// the popup on (activeTab) — never in a browser page, a file, another extension or a tab it cannot see.
import { t } from '../platform/i18n';

/** Why DealLens may not run in `tab` (as tabs.get gave it; undefined when there is no such tab), or null when it may. */
export function refusedTab(tab: { url?: string } | undefined): string | null {
  if (!tab) return t('annotateNoSuchTab');
  let protocol = '';
  try {
    protocol = new URL(tab.url ?? '').protocol;
  } catch {
    // No address: the browser does not let DealLens see this tab.
  }
  return protocol === 'http:' || protocol === 'https:' ? null : t('annotateNotWebPage');
}
