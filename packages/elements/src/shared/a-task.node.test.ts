// When an element's first render runs (a-task.ts): in the page's DOMContentLoaded task while the
// page is still starting, else in a task of its own. Node, with the page's globals stood in for.
import { afterEach, describe, expect, it, vi } from "vitest";
import { aTask } from "./a-task.js";

/** A window with a navigation entry whose DOMContentLoaded started at `dcl` ms (0: not yet), or
 * none (undefined: a document without a navigation, such as about:blank). */
function page(dcl: number | undefined) {
  const win = new EventTarget();
  vi.stubGlobal("addEventListener", win.addEventListener.bind(win));
  vi.stubGlobal("performance", {
    getEntriesByType: (type: string) =>
      type === "navigation" && dcl !== undefined ? [{ domContentLoadedEventStart: dcl }] : [],
  });
  vi.stubGlobal("scheduler", undefined); // the timer, which a test can hold back
  vi.useFakeTimers();
  return win;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("aTask", () => {
  it("while the page is still starting, resolves in its DOMContentLoaded task, before any timer", async () => {
    const win = page(0);
    let done = false;
    void aTask().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false); // not in the task that asked
    win.dispatchEvent(new Event("DOMContentLoaded"));
    await Promise.resolve();
    expect(done).toBe(true);
    expect(vi.getTimerCount()).toBe(1); // the timer had not run: DOMContentLoaded came first
  });

  it.each([
    ["once the page has started", 12.5],
    ["without a navigation to wait for", undefined],
  ])("%s, waits for no DOMContentLoaded (none is to come) but a task", async (_, dcl) => {
    const win = page(dcl);
    let done = false;
    void aTask().then(() => (done = true));
    win.dispatchEvent(new Event("DOMContentLoaded")); // would resolve it, had it listened
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.runAllTimersAsync();
    expect(done).toBe(true);
  });
});
