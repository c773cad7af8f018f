// A page the reader switches DealLens off for (the popup's per-site switch, the options' denied
// sites, or "only when I ask") stops at once and takes its highlights with it, unless the reader
// asked for this page explicitly ("Annotate this page").
import { watchSettings } from '../platform/settings-storage';
import { isDenied } from '../platform/site-rules';

export function stopWhenSwitchedOff(controller: AbortController, asked: () => boolean): void {
  watchSettings((settings) => {
    if (asked()) return;
    if (settings.siteMode !== 'automatic' || isDenied(location.hostname.toLowerCase(), settings.deniedSites)) controller.abort();
  }, controller.signal);
}
