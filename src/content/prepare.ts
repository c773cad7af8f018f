// Registered beside the content script, for the same sites, to run at document_start
// (src/background/site-access.ts): it asks the background to get ready (its company matcher loaded,
// the engine's code warm; see the prepare request) while the page is still loading, so a background
// the browser had stopped starts then, not when the content script sends the page's first slice.
// No page text is sent; a page that the content script then leaves alone has cost one message.
import type { Envelope } from '../messages/contract';

type Runtime = { runtime?: { sendMessage(message: unknown): Promise<unknown> } };
const g = globalThis as { browser?: Runtime; chrome?: Runtime };
const envelope: Envelope = { deallens: 1, name: 'prepare', payload: {} };
// (Firefox gives `browser`, Chrome `chrome`; both answer sendMessage with a promise in MV3.)
void (g.browser?.runtime ?? g.chrome?.runtime)?.sendMessage(envelope).catch(() => undefined);
