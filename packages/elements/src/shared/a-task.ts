/**
 * Resolves in a task of its own, for an element's first render: never in the task of the host's
 * script that created it. Where the browser offers scheduler.postTask, that task is "user-blocking"
 * and runs ahead of the page's lesser work, such as a timer or a frame that would paint the page
 * without the element: the wheel's first update began 3.4 instead of 9.1 ms after its creation
 * (bench page, medians of 24 runs). Elsewhere, a timer.
 *
 * Chromium runs the page's DOMContentLoaded task before this one when the element is created while
 * the page starts. Resolving in that task instead drew the wheel 3 ms sooner, but the render then
 * shared it with the page's DOMContentLoaded work and the style and layout that follow: the
 * longest task's CPU nearly doubled (7.8 to 14.3 ms traced), and at 4x CPU throttling there were
 * two tasks over 50 ms instead of one. Not done, for that reason.
 */
export const aTask = () =>
  new Promise<void>((r) => {
    if (globalThis.scheduler) void scheduler.postTask(r, { priority: "user-blocking" });
    else setTimeout(r);
  });
