// The steps of a longer start (the runner's load, the map's warm-up) give the main thread back in
// between. A module of its own: only lazily loaded chunks use it, and an element's first load,
// which holds aTask (a-task.ts), must not carry it.

/**
 * Gives the main thread back for one task: `scheduler.yield()` where there is one (the continuation
 * keeps its place in line), else a MessageChannel message (no timer clamping, unlike setTimeout).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}
