/**
 * Resolves in a task of its own, for an element's first render: never in the task of the host's
 * script that created it. While the page is still starting (its DOMContentLoaded not yet
 * dispatched), that is the DOMContentLoaded task, which comes next anyway and would otherwise run
 * its style and layout without the element first: the parsed wheel was in the page 2.5–3.3 ms
 * sooner than in a task after it, and painted as soon or sooner (bench page, three A/Bs of 20–40
 * runs). Otherwise, where the browser offers scheduler.postTask, a "user-blocking" task, which runs
 * ahead of the page's lesser work, such as a timer or a frame that would paint the page without
 * the element (the wheel's first update began 3.4 instead of 9.1 ms after its creation); elsewhere,
 * a timer. Whichever comes first resolves it.
 */
export const aTask = () =>
  new Promise<void>((r: () => void) => {
    // Once: nothing stays on the window after it. None at all once the page has started (that
    // DOMContentLoaded will not come again) or where there is no navigation to wait for.
    if (
      (performance.getEntriesByType("navigation") as PerformanceNavigationTiming[])[0]
        ?.domContentLoadedEventStart === 0
    )
      addEventListener("DOMContentLoaded", r, { once: true });
    if (globalThis.scheduler) void scheduler.postTask(r, { priority: "user-blocking" });
    else setTimeout(r);
  });
