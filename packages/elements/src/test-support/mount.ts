// Mounting famwel elements in browser tests: create, configure before connecting (as a host page
// does), wait until the element has checked its definition and rendered, and remove it afterwards.
import { afterEach } from "vitest";

const mounted: Element[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

/** Any famwel element whose define module declared its tag in HTMLElementTagNameMap. */
type FamwelTag = {
  [K in keyof HTMLElementTagNameMap]: K extends `famwel-${string}`
    ? HTMLElementTagNameMap[K] extends { locale: string }
      ? K
      : never
    : never;
}[keyof HTMLElementTagNameMap];

/** Creates `tag` in Norwegian bokmål (the test page says lang="en"), runs `setup`, connects it under `parent`. */
export async function mount<K extends FamwelTag>(
  tag: K,
  setup: (el: HTMLElementTagNameMap[K]) => void,
  parent: HTMLElement = document.body,
): Promise<HTMLElementTagNameMap[K]> {
  const el = connect(tag, setup, parent);
  await el.updateComplete;
  return el;
}

/** `mount` without the wait: connected, its first render still to come (a task later). */
function connect<K extends FamwelTag>(
  tag: K,
  setup: (el: HTMLElementTagNameMap[K]) => void,
  parent: HTMLElement,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.locale = "nb";
  setup(el);
  parent.append(el);
  mounted.push(parent === document.body ? el : parent);
  return el;
}

/** A box `width` px wide at the end of the page, to mount an element in: `mount` removes it with
 * the element after the test. */
export function boxOfWidth(width: number): HTMLElement {
  const box = document.createElement("div");
  box.style.width = `${width}px`;
  document.body.append(box);
  return box;
}

/** Removes `el` (e.g. a form the test built) after the test. */
export function cleanupAfterTest(el: Element): void {
  mounted.push(el);
}

/** The user-facing events an element fires, in order. */
export function recordEvents(el: HTMLElement): string[] {
  const events: string[] = [];
  for (const type of ["input", "change", "famwel-error"])
    el.addEventListener(type, () => events.push(type));
  return events;
}

/**
 * Creates `tag` in a 1000 px wide box as `mount` does, and follows its picture `selector` from the
 * first render until the element has settled (its views and its resize observer's frame included):
 * each width the picture is drawn at, how far (px) its first `item` moved on the page, and the
 * layout shift the browser counted meanwhile.
 */
export async function drawnPictures<K extends FamwelTag>(
  tag: K,
  setup: (el: HTMLElementTagNameMap[K]) => void,
  selector: string,
  item: string,
): Promise<{ widths: string[]; moved: number; shift: number }> {
  const box = boxOfWidth(1000);
  const el = connect(tag, setup, box);
  // Watched from the connection on: the first render comes in a task of its own, after this one.
  const widths: string[] = [];
  let top: number | undefined;
  let moved = 0;
  const watch = new MutationObserver(() => {
    const picture = el.shadowRoot!.querySelector(selector);
    const width = picture?.getAttribute("width");
    if (width != null && width !== widths.at(-1)) widths.push(width);
    const at = picture?.querySelector(item)?.getBoundingClientRect().top;
    if (at === undefined) return;
    top ??= at;
    moved = Math.max(moved, Math.abs(at - top));
  });
  watch.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
  // What the browser counts as layout shift (CLS, the Layout Instability API): a picture whose
  // box moves counts even when what it draws stays put, as it did with a padding for the toolbar.
  let shift = 0;
  const shifts = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) shift += (e as PerformanceEntry & { value: number }).value;
  });
  shifts.observe({ type: "layout-shift" });
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  for (const e of shifts.takeRecords()) shift += (e as PerformanceEntry & { value: number }).value;
  watch.disconnect();
  shifts.disconnect();
  return { widths, moved, shift };
}
