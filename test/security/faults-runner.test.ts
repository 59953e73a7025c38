// Issue 8, item 6 for <famwel-instrument>, beside what hostile.test.ts already shows for the wheel
// and the map (a hostile definition in one element, an element that throws while rendering):
// - a `src` that 404s and a `src` that returns something that is not JSON, in one host form with a
//   wheel and a working runner;
// - the definition validator throwing, and the response validator throwing at submit: the served
//   validator chunk is rewritten on its way to the page (Playwright routing), so the element runs
//   the very code path a broken validator would take;
// - the wheel throwing while rendering beside a runner;
// - a host's draft store that throws (storage full or blocked).
// Each time: the faulty one says so (or tells the host with famwel-error; a failed submit tells the
// family too, beside Send, that nothing is lost and they can try again), the working runner still
// fires famwel-submit with a valid response, the wheel still rates by keyboard, and a real submit
// of the host form posts what the form has. Figures print at the end.
import type { Browser, Locator, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseResponse } from "../../packages/instrument/src/index.js";
import { launch } from "./browser.js";

const base = inject("securityUrl");
const missing = inject("securityMissing");
let browser: Browser;
let family: unknown;
const figures = { faults: 0, failures: 0, submits: 0, posts: 0 };

beforeAll(async () => {
  browser = await launch();
  family = await (await fetch(new URL("/defs/family.json", base))).json();
});
afterAll(async () => {
  await browser?.close();
  console.log(
    `faults isolated (runner): ${figures.faults} faults tried, ${figures.failures} failures; ` +
      `${figures.submits} famwel-submit from the working runner, ${figures.posts} real form posts`,
  );
});

const at = "2026-11-20T10:00:00.000Z";
/** A reading with every required answer: the runner can go straight to its summary and submit. */
const draft = {
  id: "r-faults",
  instrument: { id: "famwel.family", version: "1.0.0", hash: `sha256:${"0".repeat(64)}` },
  role: "family",
  locale: "nb",
  status: "in-progress",
  created: at,
  updated: at,
  answers: {
    wheel: { type: "wheel", domains: { housing: { current: 3, at } } },
    reflection: {
      type: "reflection",
      prompts: { "family-what-helps": { text: "Mormor og skolen", share: false, at } },
    },
    "taking-part": { type: "choice", items: { "how-was-it": { value: "good", at } } },
  },
};

interface Opened {
  page: Page;
  /** Uncaught errors and console errors, other than the 404 the browser itself reports. */
  errors: string[];
}

/**
 * The harness page with the wheel and the family runner in its form; `rewrite` changes the
 * served JavaScript (to break a validator) before the page sees it.
 */
async function openPage(rewrite?: (js: string) => string): Promise<Opened> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { famwelViolations: string[] };
    w.famwelViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.famwelViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  // A definition file cut off half way, as a failed upload or a proxy might leave it.
  await page.route("**/defs/broken.json", (route) =>
    route.fulfill({
      status: 200,
      contentType: "application/json",
      body: '{"id":"famwel.family","version":"1.0.0","sections":[{"type":"wheel",',
    }),
  );
  if (rewrite)
    await page.route("**/chunks/*.js", async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, body: rewrite(await res.text()) });
    });
  await page.goto(`${base}pages/harness.html?element=wheel,instrument&state=empty`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  // Every famwel-error and famwel-submit on the page, by element id.
  await page.evaluate(() => {
    const w = window as unknown as { famwelHeard: Array<[string, string, unknown]> };
    w.famwelHeard = [];
    for (const type of ["famwel-error", "famwel-submit"])
      document.addEventListener(type, (e) => {
        const ev = e as Event & { problems?: unknown; response?: unknown };
        w.famwelHeard.push([
          type,
          (e.target as HTMLElement).id,
          JSON.parse(JSON.stringify(ev.problems ?? ev.response ?? null)),
        ]);
      });
  });
  return { page, errors };
}

/** Adds a runner to the host form. */
function addRunner(page: Page, id: string, props: Record<string, unknown>) {
  return page.evaluate(
    async ([id, props]) => {
      const el = document.createElement("famwel-instrument") as HTMLElement &
        Record<string, unknown> & { updateComplete: Promise<unknown> };
      el.id = id;
      el.setAttribute("name", id);
      Object.assign(el, props);
      document.getElementById("slot")!.append(el);
      await el.updateComplete.catch(() => undefined);
      // A fetch and a parse in tasks of their own: wait until it shows something.
      for (let i = 0; i < 100; i++) {
        const root = el.shadowRoot;
        if (root?.querySelector("[role=alert], [part=header]")) break;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    [id, props] as const,
  );
}

function alertOf(page: Page, id: string) {
  return page.evaluate(
    (id) =>
      document.getElementById(id)?.shadowRoot?.querySelector("[role=alert]")?.textContent ?? "",
    id,
  );
}

function heard(page: Page) {
  return page.evaluate(
    () => (window as unknown as { famwelHeard: Array<[string, string, unknown]> }).famwelHeard,
  );
}

/** The wheel still rates by keyboard: End on its first slider sets the top of the scale. */
async function wheelRates(page: Page) {
  const slider = page.locator("#wheel [role=slider]").first();
  await slider.focus();
  await page.keyboard.press("End");
  await expect.poll(() => slider.getAttribute("aria-valuenow")).toBe("10");
  await page.keyboard.press("ArrowDown");
  await expect.poll(() => slider.getAttribute("aria-valuenow")).toBe("9");
}

/** Focuses a runner's Next (or Send) and presses Enter, once it shows: the runner holds its nav
 * unseen while a step's element draws, as a family would see it. */
async function pressNext(page: Page, primary: Locator) {
  await expect.poll(() => primary.isVisible()).toBe(true);
  await primary.focus();
  await page.keyboard.press("Enter");
}

/** Runner `id` resumes the complete draft, goes to the summary by keyboard and submits. */
async function complete(page: Page, id: string) {
  await page.evaluate(
    ([id, draft]) => {
      (document.getElementById(id) as HTMLElement & { response: unknown }).response = draft;
    },
    [id, draft] as const,
  );
  const primary = page.locator(`#${id} .nav button.primary`);
  for (let i = 0; i < 5; i++) await pressNext(page, primary);
  await expect.poll(() => page.locator(`#${id} [part=summary]`).count()).toBe(1);
  await pressNext(page, primary);
}

/** A real submit of the host form: what the browser posted, part by part. */
async function post(page: Page): Promise<Record<string, string>> {
  await page.locator("#host-input").fill("vert");
  await Promise.all([page.waitForURL(/\/echo$/), page.locator("#send").click()]);
  const body = await page.evaluate(() => document.body.textContent ?? "");
  figures.posts++;
  const parts: Record<string, string> = {};
  for (const m of body.matchAll(/name="([^"]+)"\r?\n\r?\n([^\r\n]*)\r?\n--/g)) parts[m[1]!] = m[2]!;
  return parts;
}

async function fault(run: () => Promise<void>) {
  figures.faults++;
  try {
    await run();
  } catch (error) {
    figures.failures++;
    throw error;
  }
}

const skip = missing.includes("instrument") || missing.includes("wheel");

/** The wheel's answer as its form field posts it. */
const wheelJson = (page: Page) =>
  page.evaluate(() =>
    JSON.stringify((document.getElementById("wheel") as HTMLElement & { value: unknown }).value),
  );

describe("a fault in one runner takes down nothing else", () => {
  it.skipIf(skip)(
    "a src that 404s and one that is not JSON, beside a wheel and a working runner in one form",
    () =>
      fault(async () => {
        const { page, errors } = await openPage();
        try {
          await addRunner(page, "gone", { src: "/defs/no-such-instrument.json", role: "family" });
          await addRunner(page, "cut", { src: "/defs/broken.json", role: "family" });
          expect(await alertOf(page, "gone")).toContain("404");
          // Not JSON: the problem names where the text stops making sense.
          expect(await alertOf(page, "cut")).toMatch(/\S/);
          const errorsHeard = (await heard(page)).filter(([t]) => t === "famwel-error");
          expect(errorsHeard.map(([, id]) => id).sort()).toEqual(["cut", "gone"]);
          await wheelRates(page);
          await complete(page, "instrument");
          const submits = (await heard(page)).filter(([t]) => t === "famwel-submit");
          expect(submits.map(([, id]) => id)).toEqual(["instrument"]);
          const response = submits[0]![2] as { status: string };
          expect(response.status).toBe("completed");
          expect(parseResponse(response, { instrument: family as never }).ok).toBe(true);
          figures.submits++;
          const wheel = await wheelJson(page);
          expect(await post(page)).toEqual({ wheel, host: "vert" });
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      }),
  );

  it.skipIf(skip)(
    "the definition validator throws: the runner says it could not read the form, the rest works",
    () =>
      fault(async () => {
        const { page, errors } = await openPage((js) =>
          js.replace(
            /var validateInstrument = validate\d+;/,
            'var validateInstrument = () => { throw new Error("validator exploded"); };',
          ),
        );
        try {
          await addRunner(page, "second", { instrument: family, role: "family" });
          // parseInstrument never throws: the failure is an "internal" problem, shown and heard.
          for (const id of ["instrument", "second"])
            expect(await alertOf(page, id)).toContain("validator exploded");
          const problems = (await heard(page)).filter(([t]) => t === "famwel-error");
          expect(problems.length).toBeGreaterThan(0);
          await wheelRates(page);
          const wheel = await wheelJson(page);
          expect(await post(page)).toEqual({ wheel, host: "vert" });
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      }),
  );

  it.skipIf(skip)(
    "the response validator throws at submit: famwel-error, the family is told, no famwel-submit, the answers stay",
    () =>
      fault(async () => {
        const { page, errors } = await openPage((js) =>
          js.replace(
            /var validateResponse = validate\d+;/,
            'var validateResponse = () => { throw new Error("validator exploded"); };',
          ),
        );
        try {
          // The draft cannot be checked either: rate by keyboard instead, and answer what is required.
          await page.locator("#instrument famwel-life-wheel [role=slider]").first().focus();
          await page.keyboard.press("End");
          const primary = page.locator("#instrument .nav button.primary");
          for (let i = 0; i < 3; i++) await pressNext(page, primary);
          await page.locator("#instrument famwel-reflection #p-family-what-helps-text").focus();
          await page.keyboard.type("Mormor");
          await pressNext(page, primary);
          await page.locator("#instrument input[name=q-taking-part--how-was-it]").first().focus();
          await page.keyboard.press("Space");
          await pressNext(page, primary);
          await expect.poll(() => page.locator("#instrument [part=summary]").count()).toBe(1);
          await pressNext(page, primary);
          const all = await heard(page);
          expect(all.filter(([t]) => t === "famwel-submit")).toEqual([]);
          const problems = all.find(([t, id]) => t === "famwel-error" && id === "instrument");
          expect(JSON.stringify(problems?.[2])).toContain("validator exploded");
          // The family, who only pressed Send, is told beside it: not sent, nothing lost, try again.
          const told = page.locator("#instrument [part=send-error]");
          await expect.poll(() => told.getAttribute("role")).toBe("alert");
          const message = (await told.textContent())?.replace(/\s+/g, " ").trim();
          expect(message).toContain("Svarene kunne ikke sendes");
          expect(message).toContain("Ingenting av det dere har svart er borte");
          expect(message).toContain("Prøv å sende dem igjen");
          expect(message).not.toContain("validator exploded"); // the detail is the host's, not theirs
          // Send keeps focus and still works: another try is heard by the host, and told again.
          expect(
            await page.evaluate(() =>
              document.getElementById("instrument")?.shadowRoot?.activeElement?.textContent?.trim(),
            ),
          ).toBe("Send inn svarene");
          await page.keyboard.press("Enter");
          await expect
            .poll(
              async () =>
                (await heard(page)).filter(([t, id]) => t === "famwel-error" && id === "instrument")
                  .length,
            )
            .toBe(2);
          expect(await told.count()).toBe(1);
          expect((await heard(page)).filter(([t]) => t === "famwel-submit")).toEqual([]);
          // Nothing lost: the runner still holds every answer, and can be sent once fixed.
          const held = await page.evaluate(() => {
            const el = document.getElementById("instrument") as HTMLElement & {
              _draft(): { answers: Record<string, unknown> };
            };
            return el._draft().answers;
          });
          expect(held).toMatchObject({
            wheel: { domains: { housing: { current: 10 } } },
            reflection: { prompts: { "family-what-helps": { text: "Mormor" } } },
            "taking-part": { items: { "how-was-it": { value: "good" } } },
          });
          await wheelRates(page);
          const wheel = await wheelJson(page);
          expect(await post(page)).toEqual({ wheel, host: "vert" });
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      }),
  );

  it.skipIf(skip)(
    "the wheel throws while rendering: the runner beside it still completes and submits",
    () =>
      fault(async () => {
        const { page, errors } = await openPage();
        try {
          await page.evaluate(async () => {
            const wheel = document.getElementById("wheel") as HTMLElement & {
              value: unknown;
              updateComplete: Promise<unknown>;
            };
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
            wheel.value = { type: "wheel", domains: trap };
            await wheel.updateComplete.catch(() => undefined);
          });
          await complete(page, "instrument");
          const submits = (await heard(page)).filter(([t]) => t === "famwel-submit");
          expect(submits.map(([, id]) => id)).toEqual(["instrument"]);
          expect(parseResponse(submits[0]![2], { instrument: family as never }).ok).toBe(true);
          figures.submits++;
          // The form still posts: the host's own field at least.
          expect((await post(page)).host).toBe("vert");
          expect(errors.every((e) => /hostile value/.test(e))).toBe(true);
        } finally {
          await page.close();
        }
      }),
  );

  it.skipIf(skip)(
    "a draft store that throws (storage full or blocked): drafts still reach the host, submit works",
    () =>
      fault(async () => {
        const { page, errors } = await openPage();
        try {
          await page.evaluate(() => {
            const w = window as unknown as { famwelDrafts: number };
            w.famwelDrafts = 0;
            const el = document.getElementById("instrument") as HTMLElement & {
              storage: unknown;
              draftDelay: number;
            };
            el.draftDelay = 0;
            el.addEventListener("famwel-draft", () => w.famwelDrafts++);
            const full = () => {
              throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
            };
            el.storage = { saveDraft: full, loadDraft: full, clearDraft: full };
          });
          await page.locator("#instrument famwel-life-wheel [role=slider]").first().focus();
          await page.keyboard.press("End");
          await expect
            .poll(() =>
              page.evaluate(() => (window as unknown as { famwelDrafts: number }).famwelDrafts),
            )
            .toBeGreaterThan(0);
          await complete(page, "instrument");
          const submits = (await heard(page)).filter(([t]) => t === "famwel-submit");
          expect(submits.map(([, id]) => id)).toEqual(["instrument"]);
          figures.submits++;
          // A runner whose store throws while it looks for a draft to resume: it starts empty.
          const started = await page.evaluate(async (def) => {
            const el = document.createElement("famwel-instrument") as HTMLElement & {
              storage: unknown;
              instrument: unknown;
              updateComplete: Promise<unknown>;
            };
            el.id = "stored";
            el.storage = {
              saveDraft: () => undefined,
              loadDraft: () => {
                throw new DOMException("The operation is insecure.", "SecurityError");
              },
            };
            el.instrument = def;
            document.getElementById("slot")!.append(el);
            const settled = await el.updateComplete.then(
              () => "resolved",
              (e: Error) => `rejected: ${e.message}`,
            );
            return { settled, header: el.shadowRoot!.querySelector("[part=header]") !== null };
          }, family);
          expect(started).toEqual({ settled: "resolved", header: true });
          await wheelRates(page);
          expect((await post(page)).host).toBe("vert");
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      }),
  );
});
