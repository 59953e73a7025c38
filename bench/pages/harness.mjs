// In-page side of the bench, bundled into every bench page. The runner (bench/run.mjs) injects the
// scenario as window.__BENCH before any script runs; the page mounts it, waits until it is rendered,
// and exposes window.__bench for the runner to read figures from and to drive changes.
// Both contenders run through the same code here; only their adapter (mount/change/focus) differs.
/* global performance, PerformanceObserver, MessageChannel, MutationObserver, Element */

const t0 = window.__t0 ?? 0; // set by an inline script just before this module's <script> tag
const tEval = performance.now(); // this bundle has been fetched, parsed and is running

// Every shadow root attached from here on, so `when` can watch inside it (Lit attaches an
// element's root when it connects, before its first render). This module runs before `mount`.
const shadowRoots = [];
const watchers = new Set();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  const root = attachShadow.call(this, init);
  shadowRoots.push(root);
  for (const watch of watchers) watch(root);
  return root;
};

/** Slow input events (Event Timing reports only those ≥ durationThreshold, 16 ms at least). */
const slowEvents = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      slowEvents.push({ type: e.name, duration: e.duration, t: e.startTime });
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
} catch {
  /* no Event Timing: the wall time still counts */
}

/**
 * Layout shift, as the Layout Instability API scores it: how far what was on screen moved, e.g. a
 * picture pushed down by a toolbar that came later. Buffered, so shifts before this module ran
 * count too; shifts right after a user's input are left out, as CLS leaves them out.
 */
const shifts = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) shifts.push([e.startTime, e.value]);
  }).observe({ type: "layout-shift", buffered: true });
} catch {
  /* no Layout Instability API: no shifts */
}
/** CLS so far: the largest session window of shifts (each under 1 s from the last, 5 s at most). */
export function cumulativeLayoutShift() {
  let [best, sum, first, last] = [0, 0, -Infinity, -Infinity];
  for (const [t, v] of shifts) {
    if (t - last >= 1000 || t - first >= 5000) [sum, first] = [0, t];
    sum += v;
    last = t;
    best = Math.max(best, sum);
  }
  return best;
}

/**
 * Yields one task without timer clamping (setTimeout is clamped to 4 ms when nested). One channel
 * for all: a new MessageChannel per poll cost the page several ms of its own while starting.
 */
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()?.();
export const settle = () =>
  new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
/** Two animation frames: what was rendered has been painted. */
export const painted = () =>
  new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/** Every node in the page, inside open shadow roots too (Lit's comment markers included). */
export function countNodes(root = document) {
  let n = 0;
  const walk = (node) => {
    n++;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return n;
}

/** The first element matching `selector`, searching inside open shadow roots. */
export function deepQuery(selector, root = document) {
  const hit = root.querySelector(selector);
  if (hit) return hit;
  for (const el of root.querySelectorAll("*")) {
    if (el.shadowRoot) {
      const inner = deepQuery(selector, el.shadowRoot);
      if (inner) return inner;
    }
  }
  return null;
}

/**
 * Runs a scenario with an adapter: optional `firstSelector` (what shows the first usable render) and
 * `mount(host, data)` → handle with `rendered()` (resolves once what the user sees is complete),
 * optional `change(i)` (one programmatic value change),
 * `focusRating()` (focus what arrow keys rate; returns the keys that rate up and down) and
 * `rated()` (how many ratings the user's edits have made: keys that rated nothing measure nothing).
 */
export async function run(adapter) {
  const data = window.__BENCH ?? {};
  const host = document.getElementById("host");
  const first = adapter.firstSelector ? firstSeen(adapter.firstSelector) : undefined;
  const tMount = performance.now();
  const handle = await adapter.mount(host, data);
  await handle.rendered();
  const tRendered = performance.now();
  const seen = await first;
  const tFirst = seen?.t ?? tRendered;
  await painted();
  // First render: when what a user rates is in the DOM (`firstSelector`); the same moment as
  // "rendered" for SurveyJS, whose first render is its whole form.
  const api = {
    start: tRendered - t0,
    render: tRendered - tMount,
    firstStart: tFirst - t0,
    firstRender: tFirst - tMount,
    // 1 when the first render was drawn at the size it kept: the width of the picture holding
    // what was first seen, then and now (the wheel was once drawn at 480 px, then at 1008 px).
    // SurveyJS draws no picture: its first render is its only one.
    firstAtSize: seen && seen.size !== pictureWidth(deepQuery(adapter.firstSelector)) ? 0 : 1,
    evalAt: tEval - t0,
    nodes: countNodes(),
    cls: cumulativeLayoutShift,
    slowEvents,
    /** 100 programmatic changes, each rendered before the next (ms). */
    async changes(count = 100) {
      if (!handle.change) return undefined;
      const start = performance.now();
      for (let i = 0; i < count; i++) {
        await handle.change(i);
        await settle();
        void document.body.offsetHeight; // style and layout of the result, as a frame would
      }
      return performance.now() - start;
    },
    focusRating: () => handle.focusRating?.(),
    /** How many ratings the user's edits have made so far: the keys must have rated something. */
    rated: () => handle.rated?.() ?? 0,
    /** Cost of one change driven by `drag(i)` (the map's drag frames), each rendered (ms, per step). */
    async dragFrames(steps) {
      if (!handle.drag) return undefined;
      const times = [];
      for (let i = 0; i < steps; i++) {
        const s = performance.now();
        await handle.drag(i);
        void document.body.offsetHeight;
        times.push(performance.now() - s);
      }
      return times;
    },
    settle: async () => {
      await settle();
      await painted();
    },
  };
  window.__bench = api;
  // The runner waits for this line (a CDP console event) rather than polling the page: polling
  // would put Playwright's own script into the page while it is still starting.
  console.info("famwel-bench: ready");
  return api;
}

/**
 * Resolves to the time at which `test(records)` first holds after a change to the DOM: the page
 * and every shadow root attached since this module ran are watched with MutationObservers. No
 * polling: a poll per task walked the whole DOM each time (about 10 ms of the map page's main
 * thread while it started) and saw a change only a task later, after any frame in between. The
 * observers report in the microtask after the change, before any layout or paint.
 */
export function when(test) {
  return new Promise((resolve) => {
    const observers = [];
    const check = (records) => {
      if (!test(records)) return;
      const t = performance.now();
      for (const o of observers) o.disconnect();
      watchers.delete(watch);
      resolve(t);
    };
    const watch = (root) => {
      const o = new MutationObserver(check);
      o.observe(root, { childList: true, subtree: true });
      observers.push(o);
    };
    watch(document);
    shadowRoots.forEach(watch);
    watchers.add(watch);
    check([]); // it may hold already
  });
}

/**
 * The time `selector` first appears anywhere in the page, inside shadow roots too: the first render
 * a user can see and use (the wheel's sliders, the map's nodes), whatever the element renders
 * before its definition is checked. Set up before the contender is mounted. Resolves to { t, size }:
 * the time, and the width of the picture that held it then (pictureWidth).
 */
export function firstSeen(selector) {
  let size;
  const added = (n) => {
    const hit = n.nodeType === 1 && (n.matches(selector) ? n : n.querySelector(selector));
    if (hit) size = pictureWidth(hit);
    return Boolean(hit);
  };
  return when((records) =>
    records.some((r) => Array.prototype.some.call(r.addedNodes, added)),
  ).then((t) => ({ t, size }));
}

/** The width attribute of the SVG picture holding `el` (an attribute: no layout), if any. */
const pictureWidth = (el) => el?.closest("svg")?.getAttribute("width") ?? null;
