import { describe, expect, it } from 'vitest';
import { nextTask } from './next-task';

describe('nextTask', () => {
  it('resolves in a later task: every microtask queued now has run by then', async () => {
    let microtasksDone = false;
    const seen = nextTask().then(() => microtasksDone);
    let chain = Promise.resolve();
    for (let i = 0; i < 50; i++) chain = chain.then(() => undefined);
    void chain.then(() => (microtasksDone = true));
    expect(await seen).toBe(true);
  });

  it('resolves in the order asked', async () => {
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => nextTask().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3]);
  });
});

describe('nextTask, one waiter a task', () => {
  it('lets other tasks run between two waiters', async () => {
    const order: string[] = [];
    let ticking = true;
    const tick = () => {
      order.push('other');
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    await Promise.all([1, 2, 3].map((n) => nextTask().then(() => order.push(`step ${n}`))));
    ticking = false;
    const steps = order.map((o, i) => (o.startsWith('step') ? i : -1)).filter((i) => i >= 0);
    // Never two steps in a row: another task ran between each two.
    expect(steps.every((at, k) => k === 0 || at - steps[k - 1]! > 1)).toBe(true);
  });
});
