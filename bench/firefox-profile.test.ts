import { describe, expect, it } from 'vitest';
import { summarizeThread } from './firefox-profile';

describe('summarizeThread', () => {
  // Two frames: a Layout label frame under a JS function of the content script, and a bare JS frame of the page.
  const profile = { meta: { startTime: 1000, categories: [{ name: 'Idle' }, { name: 'Layout' }, { name: 'JavaScript' }] }, threads: [], processes: [] };
  const thread = {
    name: 'GeckoMain',
    pid: 7,
    stringTable: ['scan (moz-extension://abcd/content.js:1:200)[31]', 'Reflow', 'tick (http://127.0.0.1:4444/liveblog.html:3:10)[12]'],
    // JS frames' rows are short (no category), as Firefox writes them.
    frameTable: { schema: { location: 0, category: 1 }, data: [[0], [1, 1], [2]] },
    stackTable: { schema: { prefix: 0, frame: 1 }, data: [[null, 0], [0, 1], [null, 2]] },
    samples: { schema: { stack: 0, time: 1 }, data: [[1, 5], [1, 6], [2, 7], [0, 8], [null, 9], [2, 50]] },
  };

  it('sums the samples in the window by the leaf frame category and by the innermost script', () => {
    const s = summarizeThread(profile, thread, 1005, 1010);
    expect(s.total).toBe(4);
    expect(Object.fromEntries(s.byCategory)).toEqual({ Layout: 2, JavaScript: 2 });
    expect(Object.fromEntries(s.byScript)).toEqual({ 'ext:/content.js scan': 3, 'page:/liveblog.html tick': 1 });
  });
});
