// An error as a reader can take it. Errors cross the message boundary as a name and a message
// (messages/handle.ts); the names DealLens knows are said in the reader's language, an error that
// was already worded for the reader (an invalid deal) keeps its message, and anything else is an
// internal error: its English detail goes to the console for a bug report, not into the interface.
import { t } from './i18n';

/** Errors whose message is already in the reader's words (made with t()). */
const WORDED = new Set(['InvalidDealError', 'SettingsSaveError']);

export function errorText(error: unknown): string {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  if (name === 'QuotaExceededError') return t('captureFailedQuota');
  if (name === 'StoreFullError') return t('captureFailedStoreFull');
  if (typeof name === 'string' && WORDED.has(name) && error instanceof Error) return error.message;
  console.warn('DealLens:', error);
  return t('errorInternal');
}
