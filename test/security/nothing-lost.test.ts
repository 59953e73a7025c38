// Issue 8, item 5 for the wheel (the runner's part waits for the runner): model-based, with
// fast-check commands interleaving keyboard ratings, language switches, view switches, definition
// reloads, form resets and draft restores. After every step the model, the element's value, the
// form value and what the sliders or the table show must agree, and no rating may be dropped or
// attached to another domain. Figures print at the end.
import fc from "fast-check";
import type { Browser, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { wheelRated } from "./cases.js";
import { launch, open } from "./browser.js";

const base = inject("securityUrl");
const missing = inject("securityMissing");
let browser: Browser;
let page: Page;
let ids: string[] = [];
const figures = { runs: 0, steps: 0, failures: 0 };

type Ratings = Record<string, number | undefined>;
interface Model {
  ratings: Ratings;
  /** What a form reset returns to: the last value the host set. */
  initial: Ratings;
  view: "wheel" | "table";
  saved: Ratings | undefined;
}

const ratingsOf = (value: { domains: Record<string, { current?: number }> }): Ratings =>
  Object.fromEntries(ids.map((id) => [id, value.domains[id]?.current]));

beforeAll(async () => {
  browser = await launch();
  ({ page } = await open(browser, `${base}pages/harness.html?element=wheel&state=rated`));
  const def = (await (await fetch(new URL("/defs/family-wheel.json", base))).json()) as {
    sections: Array<{ type: string; domains: Array<{ id: string }> }>;
  };
  // The sliders show the definition's domains in order, then the family's own (answer.order).
  ids = [
    ...def.sections.find((s) => s.type === "wheel")!.domains.map((d) => d.id),
    ...wheelRated.order,
  ];
});
afterAll(async () => {
  await browser?.close();
  console.log(
    `nothing lost (wheel): ${figures.runs} runs, ${figures.steps} steps checked, ${figures.failures} failures`,
  );
});

/** Everything that must agree, read in the page. */
async function observe() {
  return page.evaluate(async () => {
    const el = document.getElementById("wheel") as HTMLElement & {
      value: { domains: Record<string, { current?: number }> };
      updateComplete: Promise<unknown>;
    };
    await el.updateComplete;
    const root = el.shadowRoot!;
    return {
      value: el.value,
      posted: new FormData(document.getElementById("form") as HTMLFormElement).get("wheel"),
      sliders: [...root.querySelectorAll("[role=slider]")].map((s) =>
        s.getAttribute("aria-valuenow"),
      ),
      selects: [...root.querySelectorAll<HTMLSelectElement>("table select")].map((s) => s.value),
    };
  });
}

async function check(model: Model) {
  figures.steps++;
  const seen = await observe();
  expect(ratingsOf(seen.value)).toEqual(model.ratings);
  expect(seen.posted).toBe(JSON.stringify(seen.value));
  const shown = ids.map((id) =>
    model.ratings[id] === undefined ? null : String(model.ratings[id]),
  );
  if (model.view === "wheel") expect(seen.sliders).toEqual(shown);
  // The table has a "now" select per domain (first of each row when desired ratings are on too).
  else
    expect(seen.selects.filter((_, i) => i % (seen.selects.length / ids.length) === 0)).toEqual(
      shown.map((v) => v ?? ""),
    );
}

class Rate implements fc.AsyncCommand<Model, Page> {
  constructor(
    readonly index: number,
    readonly key: "Home" | "End",
  ) {}
  check = (m: Readonly<Model>) => m.view === "wheel";
  async run(m: Model, p: Page) {
    await p.locator("#wheel [role=slider]").nth(this.index).focus();
    await p.keyboard.press(this.key);
    m.ratings[ids[this.index]!] = this.key === "Home" ? 0 : 10;
    await check(m);
  }
  toString = () => `rate ${this.index} ${this.key}`;
}
class Locale implements fc.AsyncCommand<Model, Page> {
  constructor(readonly locale: string) {}
  check = () => true;
  async run(m: Model, p: Page) {
    await p.evaluate(
      (l) => document.getElementById("wheel")!.setAttribute("locale", l),
      this.locale,
    );
    await check(m);
  }
  toString = () => `locale ${this.locale}`;
}
class View implements fc.AsyncCommand<Model, Page> {
  constructor(readonly view: "wheel" | "table") {}
  check = () => true;
  async run(m: Model, p: Page) {
    await p.evaluate((v) => document.getElementById("wheel")!.setAttribute("view", v), this.view);
    m.view = this.view;
    await check(m);
  }
  toString = () => `view ${this.view}`;
}
class Reload implements fc.AsyncCommand<Model, Page> {
  check = () => true;
  async run(m: Model, p: Page) {
    await p.evaluate(() => {
      const el = document.getElementById("wheel") as HTMLElement & { instrument: unknown };
      el.instrument = structuredClone(el.instrument); // the same definition, fetched again
    });
    await check(m);
  }
  toString = () => "reload definition";
}
class Reset implements fc.AsyncCommand<Model, Page> {
  check = () => true;
  async run(m: Model, p: Page) {
    await p.evaluate(() => (document.getElementById("form") as HTMLFormElement).reset());
    m.ratings = { ...m.initial };
    await check(m);
  }
  toString = () => "form reset";
}
class SaveDraft implements fc.AsyncCommand<Model, Page> {
  check = () => true;
  async run(m: Model, p: Page) {
    await p.evaluate(() => {
      const el = document.getElementById("wheel") as HTMLElement & { value: unknown };
      document.body.dataset.draft = JSON.stringify(el.value);
    });
    m.saved = { ...m.ratings };
    await check(m);
  }
  toString = () => "save draft";
}
class RestoreDraft implements fc.AsyncCommand<Model, Page> {
  check = (m: Readonly<Model>) => m.saved !== undefined;
  async run(m: Model, p: Page) {
    await p.evaluate(() => {
      const el = document.getElementById("wheel") as HTMLElement & { value: unknown };
      el.value = JSON.parse(document.body.dataset.draft!) as unknown;
    });
    m.ratings = { ...m.saved! };
    m.initial = { ...m.saved! }; // a host-set value is what a reset returns to
    await check(m);
  }
  toString = () => "restore draft";
}

describe("nothing lost", () => {
  it.skipIf(missing.includes("wheel"))(
    "the wheel's model, value, form value and view agree after every step",
    async () => {
      const commands = [
        fc
          .tuple(fc.integer({ min: 0, max: 10 }), fc.constantFrom("Home" as const, "End" as const))
          .map(([i, k]) => new Rate(i, k)),
        fc.constantFrom("nb", "nn", "en", "ar").map((l) => new Locale(l)),
        fc.constantFrom("wheel" as const, "table" as const).map((v) => new View(v)),
        fc.constant(new Reload()),
        fc.constant(new Reset()),
        fc.constant(new SaveDraft()),
        fc.constant(new RestoreDraft()),
      ];
      try {
        await fc.assert(
          fc.asyncProperty(fc.commands(commands, { maxCommands: 15, size: "+1" }), async (cmds) => {
            figures.runs++;
            // Each run starts from the host's value, in bokmål, on the wheel.
            await page.evaluate((v) => {
              const el = document.getElementById("wheel") as HTMLElement & { value: unknown };
              el.value = structuredClone(v);
              el.setAttribute("locale", "nb");
              el.setAttribute("view", "wheel");
            }, wheelRated);
            const start = ratingsOf(wheelRated);
            const model: Model = {
              ratings: { ...start },
              initial: { ...start },
              view: "wheel",
              saved: undefined,
            };
            await check(model);
            await fc.asyncModelRun(() => ({ model, real: page }), cmds);
          }),
          { numRuns: 25, seed: 8 },
        );
      } catch (error) {
        figures.failures++;
        throw error;
      }
    },
    90_000,
  );
});
