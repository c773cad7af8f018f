// The content script's build resolves 'webextension-polyfill' to this file (vite.config.ts): the
// page-side code uses only a few APIs, which Firefox's `browser` and Chrome's MV3 `chrome` both
// give as promises, so the 9 KB polyfill stays out of every page. The one difference bridged here:
// Chrome's runtime.onMessage takes no promise from a listener, only sendResponse and `true`.
import type { Browser } from 'webextension-polyfill';

type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;
type ChromeListener = (message: unknown, sender: unknown, sendResponse: (value: unknown) => void) => boolean | undefined;

const g = globalThis as { browser?: Browser; chrome?: Browser };

function fromChrome(chrome: Browser): Browser {
  const wrapped = new WeakMap<Listener, ChromeListener>();
  const onMessage = {
    addListener(listener: Listener) {
      const bridge: ChromeListener = (message, sender, sendResponse) => {
        const reply = listener(message, sender);
        if (!reply) return undefined;
        void reply.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: { name: 'Error', message: String(error) } }));
        return true;
      };
      wrapped.set(listener, bridge);
      (chrome.runtime.onMessage as unknown as { addListener(l: ChromeListener): void }).addListener(bridge);
    },
    removeListener(listener: Listener) {
      const bridge = wrapped.get(listener);
      if (bridge) (chrome.runtime.onMessage as unknown as { removeListener(l: ChromeListener): void }).removeListener(bridge);
    },
  };
  // runtime is read on every use: after the extension is reloaded, Chrome leaves it without an id.
  const runtime = new Proxy(chrome.runtime, { get: (target, key) => (key === 'onMessage' ? onMessage : Reflect.get(target, key)) });
  return new Proxy(chrome, { get: (target, key) => (key === 'runtime' ? runtime : Reflect.get(target, key)) });
}

const api: Browser = g.browser?.runtime ? g.browser : fromChrome(g.chrome!);
export default api;
