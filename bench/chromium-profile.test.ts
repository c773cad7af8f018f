import { describe, expect, it } from 'vitest';
import { selfTimes } from './chromium-profile';

describe('selfTimes', () => {
  // A content script's function, the page's own script, and V8's own nodes (no URL), sampled 200 µs apart.
  const profile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 3, 4] },
      { id: 2, callFrame: { functionName: 'step', url: 'chrome-extension://abcd/content.js', lineNumber: 4339 } },
      { id: 3, callFrame: { functionName: '', url: 'chrome-extension://abcd/content.js', lineNumber: 572 } },
      { id: 4, callFrame: { functionName: 'tick', url: 'http://127.0.0.1:4444/liveblog.html', lineNumber: 2 } },
      { id: 5, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1 } },
    ],
    samples: [2, 2, 3, 4, 5, 2],
    timeDeltas: [200, 200, 200, 200, 200, 400],
  };

  it('sums self time by content-script function and line, and the rest by kind', () => {
    const times = Object.fromEntries(selfTimes(profile, '/content.js'));
    expect(times).toEqual({ 'step :4340': 0.8, 'anonymous :573': 0.2, '(other scripts)': 0.2, '(garbage collector)': 0.2 });
  });
});
