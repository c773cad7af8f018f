// How often the event loop turned while some work ran: a test that work yields between its steps
// ("lets other tasks run") counts the macrotasks that got a turn, one setImmediate after another.

/** Runs `work` and counts the macrotask turns other tasks had meanwhile. */
export async function ticksDuring<T>(work: () => Promise<T>): Promise<{ result: T; ticks: number }> {
  let ticks = 0;
  let ticking = true;
  const tick = () => {
    ticks++;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  try {
    return { result: await work(), ticks };
  } finally {
    ticking = false;
  }
}
