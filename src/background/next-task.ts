// Long work in the background (one page's slices, its deal reading) waits here between steps, so
// the messages of other tabs that arrived meanwhile are handled first. One waiter goes on per task:
// the mention finder's step and the deal reader's are never run back to back. In a browser, a
// MessageChannel message, not setTimeout(0), which browsers hold back 4 ms each once timers nest (a
// page of sixty slices would pay it sixty times). In Node (tests, benches), setImmediate: Node hands a
// port all its waiting messages in one go, so a message posted from one would not let timers and I/O in.

const waiting: (() => void)[] = [];
let scheduled = false;
let channel: MessageChannel | undefined;

function schedule(): void {
  scheduled = true;
  const immediate = (globalThis as { setImmediate?: (run: () => void) => void }).setImmediate;
  if (immediate) return immediate(wake);
  if (typeof MessageChannel !== 'function') return void setTimeout(wake, 0);
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = wake;
  }
  channel.port2.postMessage(null);
}

/** Lets the first waiter go on (its step runs in this task) and asks for a task for the next. */
function wake(): void {
  scheduled = false;
  waiting.shift()?.();
  if (waiting.length) schedule();
}

/** Resolves in a task of its own, after the tasks already queued and after the waiters before it. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!scheduled) schedule();
  });
}
