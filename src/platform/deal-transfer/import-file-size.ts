// The largest file DealLens imports (a backup or a deal file), checked on File.size before its text is
// read. 100 MB holds 100,000 deals of our own export with a source and a quote each (about 75 MB as
// JSON, 38 MB as CSV) and keeps a page from reading a file of gigabytes into memory.
import { t } from '../i18n';

export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

const MB = 1024 * 1024;

/** Why a file of `size` bytes is not imported, or null when it may be. */
export function importFileTooLarge(size: number): string | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  return t('importFileTooLarge', (Math.ceil((size / MB) * 10) / 10).toLocaleString('en'), MAX_IMPORT_BYTES / MB);
}
