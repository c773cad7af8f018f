import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeleteUndo, UNDO_MS } from './delete-undo';

describe('delete with undo', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const setUp = () => {
    const changes: (readonly string[] | null)[] = [];
    const committed: (readonly string[])[] = [];
    const undo = createDeleteUndo({ onChange: (w) => changes.push(w), commit: (ids) => committed.push(ids) });
    return { undo, changes, committed };
  };

  it('hides the deals at once and deletes them from the store only when 10 s have passed', () => {
    const { undo, changes, committed } = setUp();
    undo.remove(['a', 'b']);
    expect(changes).toEqual([['a', 'b']]);
    vi.advanceTimersByTime(UNDO_MS - 1);
    expect(committed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(committed).toEqual([['a', 'b']]);
    expect(changes.at(-1)).toBeNull();
  });

  it('undo shows them again and nothing is ever deleted', () => {
    const { undo, changes, committed } = setUp();
    undo.remove(['a']);
    vi.advanceTimersByTime(UNDO_MS / 2);
    undo.undo();
    expect(changes).toEqual([['a'], null]);
    vi.advanceTimersByTime(UNDO_MS * 2);
    expect(committed).toEqual([]);
  });

  it('a second delete during the wait carries out the first at once and waits for its own', () => {
    const { undo, committed } = setUp();
    undo.remove(['a']);
    vi.advanceTimersByTime(1_000);
    undo.remove(['b']);
    expect(committed).toEqual([['a']]);
    undo.undo();
    vi.advanceTimersByTime(UNDO_MS * 2);
    expect(committed).toEqual([['a']]);
  });

  it('an undo with nothing waiting does nothing', () => {
    const { undo, changes } = setUp();
    undo.undo();
    expect(changes).toEqual([]);
  });
});
