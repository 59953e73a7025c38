// Issue 8, items 3 and 6 in the browser: a hostile definition handed to one element shows an error
// naming where, in bounded time, and the page lives on: the element beside it still rates by
// keyboard, the host's form still submits what it has, Object.prototype is untouched, no policy is
// violated. Figures (inputs tried, failures, slowest) print at the end.
import type { Browser, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, inPageLog, open } from "./browser.js";

const base = inject("securityUrl");
const missing = inject("securityMissing");
let browser: Browser;
let page: Page;
const BOUND_MS = 3000;
const figures = { tried: 0, failures: 0, slowest: 0, slowestLabel: "" };

beforeAll(async () => {
  browser = await launch();
  ({ page } = await open(browser, `${base}pages/harness.html?element=wheel,map&state=rated`));
});
afterAll(async () => {
  await browser?.close();
  console.log(
    `hostile definitions in the browser: ${figures.tried} inputs tried, ${figures.failures} failures, ` +
      `slowest ${figures.slowest.toFixed(0)} ms (${figures.slowestLabel}), bound ${BOUND_MS} ms`,
  );
});

const network = { type: "network", id: "n", title: { nb: "Kart" } };
const ring = (id: string) => ({ id, label: { nb: id } });
const validish = {
  ...network,
  rings: [ring("close"), ring("middle"), ring("distant")],
  sectors: [ring("family"), ring("school")],
};

/** Hostile definitions for the map and where their error must point. Built in the page (see below). */
const CASES: Array<{ label: string; pointer: string }> = [
  { label: "wrong types", pointer: "/rings" },
  { label: "unknown section type", pointer: "/type" },
  { label: "no type at all", pointer: "/type" },
  { label: "__proto__ key", pointer: "/__proto__" },
  { label: "constructor key in a label", pointer: "/title/constructor" },
  { label: "prototype key", pointer: "/prototype" },
  { label: "200 KB label", pointer: "/title/nb" },
  { label: "deep nesting (10 000 levels) in a label", pointer: "/title/nb" },
  { label: "a cycle", pointer: "/title/self" },
  { label: "2 000 bad sectors", pointer: "/sectors" },
  { label: "null", pointer: "" },
  { label: "a string", pointer: "" },
];

async function tryOne(label: string, pointer: string) {
  figures.tried++;
  try {
    const result = await page.evaluate(
      async ([which, V]) => {
        const [wheel, map] = window.famwelHarness.elements as Array<
          HTMLElement & { definition: unknown; value: unknown; updateComplete: Promise<unknown> }
        >;
        const protoBefore = Object.getOwnPropertyNames(Object.prototype).join();
        // Built here: cycles and own __proto__ keys do not survive the trip from Node as JSON.
        const build: Record<string, () => unknown> = {
          "wrong types": () => ({ ...V, rings: "three", sectors: 7 }),
          "unknown section type": () => ({ ...V, type: "zzz" }),
          "no type at all": () => {
            const v: Record<string, unknown> = { ...V };
            delete v.type;
            return v;
          },
          "__proto__ key": () =>
            JSON.parse(
              '{"type":"network","id":"n","title":{"nb":"K"},"rings":[],"sectors":[],"__proto__":{"polluted":true}}',
            ),
          "constructor key in a label": () => ({ ...V, title: { nb: "K", constructor: "x" } }),
          "prototype key": () => ({ ...V, prototype: { polluted: true } }),
          "200 KB label": () => ({ ...V, title: { nb: "x".repeat(200_000) } }),
          "deep nesting (10 000 levels) in a label": () => {
            let d: unknown = [];
            for (let i = 0; i < 10_000; i++) d = [d];
            return { ...V, title: { nb: d } };
          },
          "a cycle": () => {
            const title: Record<string, unknown> = { nb: "K" };
            const v = { ...V, title };
            title.self = v;
            return v;
          },
          "2 000 bad sectors": () => ({ ...V, sectors: Array(2000).fill({ id: 1 }) }),
          null: () => null,
          "a string": () => "network",
        };
        const definition = build[which]!();
        const start = performance.now();
        map!.definition = definition;
        await map!.updateComplete;
        const ms = performance.now() - start;
        const alert = map!.shadowRoot!.querySelector("[role=alert]")?.textContent ?? "";
        // The neighbour still works: a keyboard-like edit through its slider, and the form posts.
        const before = JSON.stringify(wheel!.value);
        const slider = wheel!.shadowRoot!.querySelector<SVGGElement>("[role=slider]")!;
        slider.focus();
        const atMax = slider.getAttribute("aria-valuenow") === slider.getAttribute("aria-valuemax");
        slider.dispatchEvent(
          new KeyboardEvent("keydown", {
            key: atMax ? "Home" : "End",
            bubbles: true,
            composed: true,
          }),
        );
        await wheel!.updateComplete;
        const after = JSON.stringify(wheel!.value);
        const posted = new FormData(document.getElementById("form") as HTMLFormElement).get(
          "wheel",
        );
        map!.definition = undefined;
        return {
          ms,
          alert,
          wheelChanged: before !== after,
          posted: posted === after,
          protoSame: Object.getOwnPropertyNames(Object.prototype).join() === protoBefore,
          polluted: ({} as Record<string, unknown>).polluted,
        };
      },
      [label, validish] as const,
    );
    if (result.ms > figures.slowest) [figures.slowest, figures.slowestLabel] = [result.ms, label];
    expect(result.alert, label).toContain(pointer);
    expect(result.ms, label).toBeLessThan(BOUND_MS);
    expect(result.wheelChanged, `${label}: the wheel beside it still rates`).toBe(true);
    expect(result.posted, `${label}: the form posts the wheel's answer`).toBe(true);
    expect(result.protoSame && result.polluted === undefined, label).toBe(true);
  } catch (error) {
    figures.failures++;
    throw error;
  }
}

describe("a hostile definition takes down nothing but its own element", () => {
  // An element handed a raw definition checks it with the same entry and problem caps that
  // parseInstrument applies (packages/instrument/src/limits.ts). Before they were applied there,
  // 100 000 bad sectors blocked the page's main thread for 122 s and listed 200 000 problems.
  it("5 000 bad sectors report at most 101 problems, at once", async () => {
    if (missing.includes("map")) throw new Error("map not built");
    const { page: own } = await open(browser, `${base}pages/harness.html?element=map&state=rated`);
    try {
      const listed = await own.evaluate(async (V) => {
        const map = window.famwelHarness.elements[0] as HTMLElement & {
          definition: unknown;
          updateComplete: Promise<unknown>;
        };
        let problems = 0;
        map.addEventListener("famwel-error", (e) => {
          problems = (e as Event & { problems: unknown[] }).problems.length;
        });
        map.definition = { ...V, sectors: Array(5000).fill({ id: 1 }) };
        await map.updateComplete;
        return problems;
      }, validish);
      expect(listed).toBeLessThanOrEqual(101);
    } finally {
      await own.close();
    }
  });

  it.skipIf(missing.includes("map") || missing.includes("wheel")).each(CASES)(
    "$label",
    async ({ label, pointer }) => {
      await tryOne(label, pointer);
    },
  );

  it.skipIf(missing.includes("map") || missing.includes("wheel"))(
    "an element that throws while rendering leaves the one beside it working and the form posting",
    async () => {
      figures.tried++;
      const { page: own, log } = await open(
        browser,
        `${base}pages/harness.html?element=wheel,map&state=rated`,
      );
      try {
        const result = await own.evaluate(async () => {
          const [wheel, map] = window.famwelHarness.elements as Array<
            HTMLElement & { value: unknown; updateComplete: Promise<unknown> }
          >;
          // A host value whose answers throw on every read: the wheel's render throws.
          const trap = new Proxy(
            {},
            {
              get: () => {
                throw new Error("hostile value");
              },
              ownKeys: () => {
                throw new Error("hostile value");
              },
            },
          );
          wheel!.value = { type: "wheel", domains: trap };
          await wheel!.updateComplete.catch(() => undefined);
          await new Promise((r) => setTimeout(r, 50));
          const node = map!.shadowRoot!.querySelector<SVGGElement>(".node")!;
          const before = JSON.stringify(map!.value);
          node.focus();
          node.dispatchEvent(
            new KeyboardEvent("keydown", {
              key: "ArrowUp",
              shiftKey: true,
              bubbles: true,
              composed: true,
            }),
          );
          await map!.updateComplete;
          const after = JSON.stringify(map!.value);
          const posted = new FormData(document.getElementById("form") as HTMLFormElement).get(
            "map",
          );
          return { mapChanged: before !== after, posted: posted === after };
        });
        expect(result).toEqual({ mapChanged: true, posted: true });
        // The throw is the wheel's own (reported by the browser), not the page's end.
        expect(log.consoleErrors.every((e) => /hostile value/.test(e))).toBe(true);
      } catch (error) {
        figures.failures++;
        throw error;
      } finally {
        await own.close();
      }
    },
  );

  it("logged no policy violation and no uncaught error", async () => {
    expect((await inPageLog(page)).violations).toEqual([]);
  });
});
