import { describe, expect, it } from 'vitest';
import { withEarlyRead } from './early-read';

describe('withEarlyRead', () => {
  const reads: string[] = [];
  const read = async (file: string) => {
    reads.push(file);
    return `fresh ${file}`;
  };

  it('hands out the early read of its file once, then reads anew; other files are read as asked', async () => {
    reads.length = 0;
    const early = withEarlyRead(read, 'data/index', Promise.resolve('early text'));
    expect(await early('data/records')).toBe('fresh data/records');
    expect(await early('data/index')).toBe('early text');
    expect(await early('data/index')).toBe('fresh data/index');
    expect(reads).toEqual(['data/records', 'data/index']);
  });

  it('a failed early read fails the read that takes it, and the next read tries again', async () => {
    reads.length = 0;
    let unhandled = 0;
    const count = () => unhandled++;
    process.on('unhandledRejection', count);
    try {
      const early = withEarlyRead(read, 'data/index', Promise.reject(new Error('gone')));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toBe(0);
      await expect(early('data/index')).rejects.toThrow('gone');
      expect(await early('data/index')).toBe('fresh data/index');
    } finally {
      process.off('unhandledRejection', count);
    }
  });
});
