// Issue 8, item 6 for the service map, where hostile.test.ts stops (it hands the map bad definitions
// beside a wheel, and makes the wheel throw beside a map, reading FormData in the page): here the
// map's neighbours on one host form are a wheel and a whole instrument, edits are real key presses,
// and the form is really submitted (into a frame, so the page stays to be checked again) and read
// back from the server. Faults: definitions that 404, a validator that throws (a definition whose
// property read throws, a validator module that fails), and the map throwing while rendering (a host
// value that throws on every read, a layout that throws). After each: the others still edit by
// keyboard, the form posts what each element has, the page logs no error but the fault's own, and
// the map works again once the fault is gone. Figures print at the end.
import type { Browser, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { inPageLog, launch, open, type PageLog } from "./browser.js";

const base = inject("securityUrl");
const missing = inject("securityMissing");
let browser: Browser;
const figures = { faults: 0, submits: 0, failures: 0 };

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  console.log(
    `faults isolated (map): ${figures.faults} faults tried, ${figures.submits} real submits, ` +
      `${figures.failures} failures`,
  );
});

type El = HTMLElement & { value: unknown; updateComplete: Promise<unknown> };

/** An element's value as JSON (the instrument's answer is its inner wheel's), read in the page. */
function valueOf(page: Page, key: string) {
  return page.evaluate((k) => {
    const el = document.getElementById(k) as El;
    const inner = k === "instrument" ? el.shadowRoot!.querySelector("famwel-life-wheel") : el;
    return JSON.stringify((inner as El | null)?.value);
  }, key);
}

/** A real keyboard edit: focus the first node or slider and press a key that changes it. */
async function edits(page: Page, key: string): Promise<boolean> {
  const before = await valueOf(page, key);
  const settle = () =>
    page.evaluate(
      // A faulted element's updateComplete rejects: that is its own affair, not the edit's.
      (k) => (document.getElementById(k) as El).updateComplete.catch(() => undefined),
      key,
    );
  if (key.startsWith("map")) {
    await page.locator(`#${key} .node`).first().focus();
    // A ring further out, or back in when it is already on the outer ring.
    await page.keyboard.press("Shift+ArrowDown");
    await settle();
    if ((await valueOf(page, key)) === before) await page.keyboard.press("Shift+ArrowUp");
  } else {
    const slider = page.locator(`#${key} [role=slider]`).first();
    await slider.focus();
    const atMax = (await slider.getAttribute("aria-valuenow")) === "10";
    await page.keyboard.press(atMax ? "Home" : "End");
  }
  await settle();
  return (await valueOf(page, key)) !== before;
}

/** One part of the multipart body the server echoed back. */
function partOf(body: string, name: string): string | undefined {
  return new RegExp(`name="${name}"\\r?\\n\\r?\\n([^\\r\\n]*)\\r?\\n--`).exec(body)?.[1];
}

/**
 * Submits the host form for real (a click on its button, a multipart POST) into a frame, and returns
 * the parts the server received by name. The page itself stays, so it can be checked afterwards.
 */
async function submit(page: Page, names: string[], host: string) {
  figures.submits++;
  await page.evaluate(() => {
    if (document.querySelector("iframe[name=sink]")) return;
    const sink = document.createElement("iframe");
    sink.name = "sink";
    sink.title = "sink";
    document.body.append(sink);
    (document.getElementById("form") as HTMLFormElement).target = "sink";
  });
  await page.locator("#host-input").fill(host);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/echo") && r.request().method() === "POST"),
    page.locator("#send").click(),
  ]);
  const body = await response.text();
  return Object.fromEntries(["host", ...names].map((n) => [n, partOf(body, n)]));
}

/** Errors the page logged that are not the fault's own (the message starts "fault:") or a 404. */
const foreign = (log: PageLog) =>
  log.consoleErrors.filter((e) => !/fault:|404 \(Not Found\)/.test(e));

async function fault(url: string, run: (page: Page, log: PageLog) => Promise<void>) {
  figures.faults++;
  const { page, log } = await open(browser, `${base}pages/harness.html?${url}`);
  page.setDefaultTimeout(5000);
  try {
    await run(page, log);
    expect(foreign(log)).toEqual([]);
    expect((await inPageLog(page)).violations).toEqual([]);
  } catch (error) {
    figures.failures++;
    throw error;
  } finally {
    await page.close();
  }
}

/**
 * Faults set on the map in the page (`map`), as code run there: Node cannot hand over getters,
 * proxies or functions. Each sets `heal` to a function that takes the fault away again.
 */
const FAULTS: Record<string, { code: string; validator: boolean }> = {
  "a definition whose property read throws (the validator throws)": {
    validator: true,
    code: `
      const good = map.instrument;
      const d = structuredClone(good.sections.find((s) => s.type === "network"));
      Object.defineProperty(d.rings[0], "label", {
        enumerable: true,
        get() { throw new Error("fault: hostile definition"); },
      });
      map.instrument = undefined;
      map.definition = d;
      heal = () => { map.definition = undefined; map.instrument = structuredClone(good); };`,
  },
  "a validator module that fails": {
    validator: true,
    code: `
      const good = map.instrument;
      map._check = () => Promise.reject(new Error("fault: validator down"));
      map.instrument = structuredClone(good);
      heal = () => { delete map._check; map.instrument = structuredClone(good); };`,
  },
  "a host value that throws on every read (the render throws)": {
    validator: false,
    code: `
      const good = map.value;
      const fail = () => { throw new Error("fault: hostile value"); };
      map.value = { type: "network", nodes: new Proxy({}, { get: fail, ownKeys: fail }), links: [] };
      heal = () => { map.value = good; };`,
  },
  "a layout that throws (the render throws)": {
    validator: false,
    code: `
      map._layout = () => { throw new Error("fault: layout"); };
      map.requestUpdate();
      heal = () => { delete map._layout; map.requestUpdate(); };`,
  },
};

/** Applies a fault in the page (the code is ours, run through the CDP, not the page's policy). */
function applyFault(page: Page, code: string) {
  return page.evaluate(async (source) => {
    const map = document.getElementById("map") as El & Record<string, unknown>;
    const w = window as unknown as { heal?: () => void };
    // eslint-disable-next-line no-new-func -- the test's own code, handed to the page through the CDP
    new Function("map", "w", `let heal; ${source}; w.heal = heal;`)(map, w);
    const settled = await Promise.race([
      map.updateComplete.then(
        () => "resolved",
        (e: Error) => `rejected: ${e.message}`,
      ),
      new Promise((r) => setTimeout(() => r("pending"), 2000)),
    ]);
    return {
      settled,
      alert: map.shadowRoot!.querySelector("[role=alert]")?.textContent ?? "",
    };
  }, code);
}

const skip = ["wheel", "map", "instrument"].some((k) => missing.includes(k));

describe("a fault in or beside the map stays where it is", () => {
  it.skipIf(skip)(
    "an instrument whose definition 404s, beside a map and a wheel: both edit by keyboard, the form posts theirs",
    () =>
      fault("element=wheel,map,instrument&state=rated&state-instrument=src-404", async (page) => {
        const alert = await page.evaluate(
          () =>
            document.getElementById("instrument")!.shadowRoot!.querySelector("[role=alert]")
              ?.textContent ?? "",
        );
        expect(alert).toContain("404");
        expect(await edits(page, "map")).toBe(true);
        expect(await edits(page, "wheel")).toBe(true);
        const [map, wheel] = [await valueOf(page, "map"), await valueOf(page, "wheel")];
        expect(await submit(page, ["map", "wheel"], "vert")).toEqual({ host: "vert", map, wheel });
      }),
  );

  it.skipIf(skip)(
    "a map whose host's definition fetch 404s keeps the family's answers and posts them; the map and wheel beside it work",
    () =>
      fault("element=wheel,map&state=rated", async (page) => {
        // The host fetches the second map's definition, gets a 404 and (naively) hands over the body.
        const given = await page.evaluate(async () => {
          const first = document.getElementById("map") as El;
          const response = await fetch("/defs/no-such-network.json");
          const map = document.createElement("famwel-service-map") as El & {
            definition: unknown;
          };
          map.id = "map2";
          map.setAttribute("name", "map2");
          map.value = structuredClone(first.value);
          map.definition = response.ok ? await response.json() : await response.text();
          document.getElementById("slot")!.append(map);
          await map.updateComplete;
          return {
            status: response.status,
            alert: map.shadowRoot!.querySelector("[role=alert]")?.textContent ?? "",
            value: JSON.stringify(map.value),
          };
        });
        expect(given.status).toBe(404);
        expect(given.alert).not.toBe(""); // says the definition is not usable
        expect(await edits(page, "map")).toBe(true);
        expect(await edits(page, "wheel")).toBe(true);
        const [map, wheel] = [await valueOf(page, "map"), await valueOf(page, "wheel")];
        // Without a definition there is nothing to show, but what the family said is not dropped.
        expect(await submit(page, ["map", "wheel", "map2"], "vert")).toEqual({
          host: "vert",
          map,
          wheel,
          map2: given.value,
        });
      }),
  );

  it.skipIf(skip).each(Object.keys(FAULTS))(
    "%s: the wheel and instrument beside it edit by keyboard, the form posts what each has, the map recovers",
    (name) =>
      fault("element=wheel,map,instrument&state=rated&state-instrument=src", async (page) => {
        const { code, validator } = FAULTS[name]!;
        const before = await valueOf(page, "map");
        const state = await applyFault(page, code);
        // A validator fault is a problem the map shows and names (its update resolves); a render
        // fault reaches the map's own update, and no further.
        if (validator) {
          expect(state.settled).toBe("resolved");
          expect(state.alert, "the map says its definition cannot be used").toMatch(/fault:/);
        } else expect(state.settled, "the fault reached the map").toMatch(/^rejected: fault:/);
        // The neighbours work; the map keeps what it had (a validator fault leaves the last good
        // definition in use, so the family can even go on editing it).
        expect(await edits(page, "wheel")).toBe(true);
        expect(await edits(page, "instrument")).toBe(true);
        if (validator) expect(await edits(page, "map")).toBe(true);
        const wheel = await valueOf(page, "wheel");
        const posted = await submit(page, ["map", "wheel"], "under the fault");
        expect(posted.host).toBe("under the fault");
        expect(posted.wheel).toBe(wheel);
        // The map posts its last good answer: the edit above for a validator fault, otherwise the
        // answer it had before the host handed it something it cannot render.
        expect(posted.map).toBe(validator ? await valueOf(page, "map") : before);
        // The fault gone, the map renders and edits again, and posts that.
        await page.evaluate(() => (window as unknown as { heal: () => void }).heal());
        expect(await edits(page, "map")).toBe(true);
        const again = await submit(page, ["map", "wheel"], "healed");
        expect(again).toEqual({ host: "healed", map: await valueOf(page, "map"), wheel });
      }),
  );
});

// Found here (2026-11-24) and fixed in shared/section-element.ts (`_resolve`): a validator that
// throws is a problem like any other: an alert naming where, one `famwel-error`, no unhandled
// rejection. parseInstrument turns the same throwing host object into one problem too.
describe("a validator that throws is reported", () => {
  it.skipIf(skip)("the map shows an error and fires famwel-error", () =>
    fault("element=map&state=rated", async (page) => {
      const seen = await page.evaluate(async () => {
        const map = document.getElementById("map") as El & { definition: unknown };
        let events = 0;
        map.addEventListener("famwel-error", () => events++);
        const section = (map as unknown as { _section: { rings: object[] } })._section;
        const d = structuredClone(section);
        Object.defineProperty(d.rings[0], "label", {
          enumerable: true,
          get() {
            throw new Error("fault: hostile definition");
          },
        });
        map.definition = d;
        await map.updateComplete.catch(() => undefined);
        await new Promise((r) => setTimeout(r, 100));
        return {
          events,
          alert: map.shadowRoot!.querySelector("[role=alert]")?.textContent ?? "",
        };
      });
      expect(seen.events).toBe(1);
      expect(seen.alert).not.toBe("");
    }),
  );
});
