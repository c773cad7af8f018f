import { describe, expect, it } from 'vitest';
import { procMemory, schedstat } from './pages-bench-firefox';

describe('procMemory', () => {
  it('reads the resident and the unique set size (private pages) of /proc/<pid>/smaps_rollup, in bytes', () => {
    const rollup = ['55d0c0000000-7ffd00000000 ---p 00000000 00:00 0    [rollup]', 'Rss:              120000 kB', 'Pss:               90000 kB', 'Shared_Clean:       30000 kB', 'Private_Clean:       1000 kB', 'Private_Dirty:      79000 kB'].join('\n');
    expect(procMemory(rollup)).toEqual({ rss: 120000 * 1024, uss: 80000 * 1024 });
  });
});

describe('schedstat', () => {
  it('reads time on a CPU and time waiting on a run queue (ns) as ms', () => {
    expect(schedstat('1234567890 9876543 120\n')).toEqual({ runMs: 1234.56789, waitMs: 9.876543 });
  });
});
