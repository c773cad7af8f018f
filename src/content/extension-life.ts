// Notices when the extension that injected this script is reloaded, updated or disabled (the script
// is then orphaned: "Extension context invalidated"), so the page run tears down quietly and takes
// its highlights with it. A port to the background disconnects at that moment; it also disconnects
// when the background merely goes to sleep, which leaves runtime.id in place and is ignored.
import browser from 'webextension-polyfill';

export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

const ORPHAN_RECHECK_MS = 1_000;

export function abortWhenOrphaned(controller: AbortController): void {
  const check = () => {
    if (!extensionAlive()) controller.abort();
  };
  try {
    const port = browser.runtime.connect({ name: 'deallens-page' });
    // At the disconnect itself the old context may still report an id (seen in Chromium 156): look
    // again a moment later.
    port.onDisconnect.addListener(() => {
      check();
      setTimeout(check, ORPHAN_RECHECK_MS);
    });
    // The run ends (page left for the back/forward cache, or orphaned): its port goes with it, so a
    // page in the cache holds no open port (which can keep a page out of the cache) and a restored
    // page's new run holds the only one.
    controller.signal.addEventListener('abort', () => {
      try {
        port.disconnect();
      } catch {
        // Already gone with the extension context.
      }
    }, { once: true });
  } catch {
    controller.abort();
    return;
  }
  // Also checked whenever the tab comes back into view, in case the port went quietly earlier.
  document.addEventListener('visibilitychange', check, { signal: controller.signal });
}
