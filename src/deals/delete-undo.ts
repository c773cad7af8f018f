// Delete with undo. Deleted deals leave the list at once but stay in the store for UNDO_MS; only then
// is deleteDeals sent. Undo just shows them again: nothing was removed, so nothing has to be put back.
// A page closed (or crashed) during the wait deletes nothing: the deals are still there next time,
// which loses nothing, where deleting first and re-importing on undo would lose them on a close (and
// lose their first-seen date even on undo). A second delete during the wait carries out the first at once.

export const UNDO_MS = 10_000;

export interface DeleteUndo {
  /** Hides `ids` now and deletes them when the wait is over, unless undone. */
  remove(ids: readonly string[]): void;
  /** Shows the waiting deals again; they were never deleted. */
  undo(): void;
}

export interface DeleteUndoHooks {
  /** The deals now waiting (hidden from the list), or null when none are. */
  onChange(waiting: readonly string[] | null): void;
  /** Deletes from the store: the wait is over. */
  commit(ids: readonly string[]): void;
  delayMs?: number;
}

export function createDeleteUndo({ onChange, commit, delayMs = UNDO_MS }: DeleteUndoHooks): DeleteUndo {
  let waiting: { ids: readonly string[]; timer: ReturnType<typeof setTimeout> } | null = null;
  const settle = () => {
    if (!waiting) return;
    clearTimeout(waiting.timer);
    const { ids } = waiting;
    waiting = null;
    commit(ids);
  };
  return {
    remove(ids) {
      settle();
      waiting = { ids: [...ids], timer: setTimeout(() => (settle(), onChange(null)), delayMs) };
      onChange(waiting.ids);
    },
    undo() {
      if (!waiting) return;
      clearTimeout(waiting.timer);
      waiting = null;
      onChange(null);
    },
  };
}
