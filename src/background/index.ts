import browser from 'webextension-polyfill';
import type { BackgroundContract } from '../messages/contract';
import { handleMessages } from '../messages/handle';
import { sendToTab } from '../messages/send';
import { backgroundHandlers } from './handlers';

handleMessages<BackgroundContract>(backgroundHandlers);

/**
 * Keyboard commands (remappable in the browser's shortcut settings) act on the active tab, or on
 * `tabId` when given (the e2e tests call this through `deallens.runCommand`, since headless
 * browsers deliver no global shortcuts).
 */
export async function runCommand(command: string, tabId?: number): Promise<void> {
  if (command !== 'next-highlight' && command !== 'previous-highlight') return;
  const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (target === undefined) return;
  await sendToTab(target, 'focusNext', { direction: command === 'next-highlight' ? 1 : -1 }).catch(() => {
    // No content script on this tab (browser page, store page): nothing to walk.
  });
}

browser.commands.onCommand.addListener((command) => void runCommand(command));
(globalThis as unknown as { deallens: unknown }).deallens = { runCommand };
