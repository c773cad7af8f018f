import { afterEach, describe, expect, it } from 'vitest';
import { measureWork } from './measure-work';

describe('measureWork', () => {
  afterEach(() => performance.clearMeasures());

  it('records each piece of work as a measure of its name', () => {
    const start = performance.now();
    measureWork('deallens:test-find', start);
    const [entry] = performance.getEntriesByName('deallens:test-find', 'measure');
    expect(entry?.startTime).toBe(start);
  });

  it('never keeps much more than 1,000 measures of a name, however long the background lives', () => {
    for (let i = 0; i < 2_500; i++) measureWork('deallens:test-long', performance.now());
    const kept = performance.getEntriesByName('deallens:test-long', 'measure').length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(1_100);
  });
});
