// The steps of a longer start (the runner's load, the map's warm-up) give the main thread back in
// between. A module of its own: the wheel's and the map's first load, which hold aTask (a-task.ts),
// must not carry it; the runner's shell does, for its flow (instrument.ts, _yield).

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
