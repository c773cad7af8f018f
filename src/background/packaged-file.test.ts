import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { getURL: (path: string) => `chrome-extension://deallens/${path}` } } }));

const { readPackagedFile, startPackagedFileRead } = await import('./packaged-file');

const gzipped = (text: string) => new Response(gzipSync(Buffer.from(text, 'utf8')));

describe('reading the extension’s own gzipped files', () => {
  afterEach(() => void vi.unstubAllGlobals());

  it('inflates a file read on demand', async () => {
    const fetch = vi.fn(async () => gzipped('名前 index'));
    vi.stubGlobal('fetch', fetch);
    await expect(readPackagedFile('data/a.txt')).resolves.toBe('名前 index');
    expect(fetch).toHaveBeenCalledWith('chrome-extension://deallens/data/a.txt.gz');
  });

  it('takes a read begun at start instead of reading again, once: a later read fetches anew', async () => {
    const fetch = vi.fn(async () => gzipped('early'));
    vi.stubGlobal('fetch', fetch);
    startPackagedFileRead('data/b.txt');
    startPackagedFileRead('data/b.txt');
    expect(fetch).toHaveBeenCalledTimes(1);
    await expect(readPackagedFile('data/b.txt')).resolves.toBe('early');
    expect(fetch).toHaveBeenCalledTimes(1);
    fetch.mockImplementation(async () => gzipped('later'));
    await expect(readPackagedFile('data/b.txt')).resolves.toBe('later');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('gives a begun read that failed to its taker as an error, and the next read tries again', async () => {
    const fetch = vi.fn(async () => new Response('gone', { status: 404, statusText: 'Not Found' }));
    vi.stubGlobal('fetch', fetch);
    startPackagedFileRead('data/c.txt');
    await expect(readPackagedFile('data/c.txt')).rejects.toThrow('data/c.txt.gz: 404 Not Found');
    fetch.mockImplementation(async () => gzipped('found'));
    await expect(readPackagedFile('data/c.txt')).resolves.toBe('found');
  });

  it('an early read that rejects costs no unhandled rejection before it is taken', async () => {
    // (A plain function: a spy's own bookkeeping would handle the rejection.)
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    startPackagedFileRead('data/d.txt');
    await new Promise((r) => setTimeout(r, 5));
    await expect(readPackagedFile('data/d.txt')).rejects.toThrow('Failed to fetch');
  });
});
