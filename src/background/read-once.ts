// A load done once per background life, shared by every caller that asks while it runs. A load that
// failed (a file missing from a broken build) is not kept: the next caller tries again.

export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    const current = (pending ??= load());
    current.catch(() => {
      if (pending === current) pending = null;
    });
    return current;
  };
}
