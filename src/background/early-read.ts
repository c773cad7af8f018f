import type { ReadPackagedFile } from './company-data';

/**
 * `read`, except that the first read of `file` takes `early` (a read of it already under way) and
 * any later one reads anew: a failed early read is not handed out twice.
 */
export function withEarlyRead(read: ReadPackagedFile, file: string, early: Promise<string>): ReadPackagedFile {
  let pending: Promise<string> | null = early;
  // A failure is reported to the read that takes it, not as an unhandled rejection meanwhile.
  early.catch(() => undefined);
  return (wanted) => {
    if (wanted !== file || !pending) return read(wanted);
    const taken = pending;
    pending = null;
    return taken;
  };
}
