// The case system end to end, as `pnpm start` serves it: the built server on a free port with a
// temporary seeded database, driven in Debian's Chromium. A family rates the wheel by keyboard and
// the reading lands in SQLite; a tampered post is refused with the message and what was typed kept;
// an employee reflects; a manager sees only what was shared. Every page is checked for CSP
// violations and console errors, and every request for leaving 127.0.0.1.
import Database from "better-sqlite3";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instrumentHash } from "@famwel/instrument";
import { family } from "@famwel/instruments";
import { chromiumArgs, chromiumExecutablePath } from "../../../vitest.chromium.js";
import { startCaseSystem, type Running } from "./server.js";

let server: Running;
let browser: Browser;
let context: BrowserContext;
const problems: string[] = [];
/** expect.poll with room for a loaded machine (the default second is too short on 2 busy cores). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 }); // console errors and CSP violations, with the page they came from
const offsite: string[] = []; // any request not to the server

beforeAll(async () => {
  server = await startCaseSystem();
  browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: chromiumArgs });
  context = await browser.newContext();
  const origin = new URL(server.url).origin;
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin || url.startsWith("data:")) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    ),
  );
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

/** A new page that reports its errors; `path` is opened and the CSP header checked. */
async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on("console", (m) => {
    // A refused form is answered with 422 on purpose; Chromium logs every 4xx document as a console
    // error. Only that exact line for the page itself is expected; anything else is a failure.
    const refused = m.location().url === page.url() && / status of 422 /.test(m.text());
    if (m.type() === "error" && !refused) problems.push(`${path}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`${path}: ${e.message}`));
  const response = await page.goto(new URL(path, server.url).href);
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("require-trusted-types-for 'script'; trusted-types lit-html");
  expect(csp).not.toContain("unsafe");
  return page;
}

/** Where focus is, through shadow roots: e.g. "famwel-life-wheel#wheel > [slider]". */
const focusPath = (page: Page) =>
  page.evaluate(() => {
    const path: string[] = [];
    let el = document.activeElement;
    while (el && el !== document.body) {
      const role = el.getAttribute("role");
      path.push(role ? `[${role}]` : el.id ? `${el.localName}#${el.id}` : el.localName);
      el = el.shadowRoot?.activeElement ?? null;
    }
    return path.join(" > ");
  });

/** Waits for every famwel element to be defined and rendered (their views arrive lazily). */
const rendered = (page: Page) =>
  page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll("*")]
        .filter((e) => e.localName.startsWith("famwel-"))
        .map(async (e) => {
          await customElements.whenDefined(e.localName);
          await (e as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        }),
    ),
  );

/**
 * A context for axe, which is injected as a script: the page's own CSP rightly forbids that, so this
 * context bypasses CSP for that reason only (every other check here runs under the real policy).
 */
const newAxeContext = () => browser.newContext({ bypassCSP: true });

/** axe's violations on the page, shadow DOM included, as "rule [targets]". */
async function axeViolations(page: Page, runOnly: unknown): Promise<string[]> {
  await page.addScriptTag({
    content: readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8"),
  });
  return page.evaluate(async (runOnly) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            o: unknown,
          ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run({
      runOnly,
      resultTypes: ["violations"], // passes are not needed, and collecting them is slow
    });
    return result.violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, runOnly);
}

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(server.dbFile, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const readingsOf = (id: string) =>
  query<{ response: string }>(
    "SELECT response FROM readings WHERE family_id = ? ORDER BY taken",
    id,
  ).map(
    (r) =>
      JSON.parse(r.response) as {
        id: string;
        instrument: { hash: string };
        answers: {
          wheel: { domains: Record<string, { current?: number } | undefined> };
          network: { type: string };
        };
      },
  );

describe("the case system", () => {
  it("lists the three seeded families", async () => {
    const page = await open("/");
    const rows = page.locator("table.data tbody tr");
    expect(await rows.count()).toBe(3);
    expect(await rows.first().textContent()).toContain("Familien Aziz");
    await page.close();
  });

  it("shows a family's progress over its readings in the chart", async () => {
    const page = await open("/families/f-nordli");
    const chart = page.locator("famwel-progress-chart");
    // The chart's own data table: one row per domain, the dates as column headers.
    await poll(() => chart.locator("table tbody tr").count()).toBe(10);
    expect(await chart.locator("table thead th").count()).toBeGreaterThanOrEqual(5);
    // The distance travelled: housing went from 2 to 5 over the four seeded readings.
    expect(await chart.locator("[part=summary]").textContent()).toMatch(/Bolig og nærmiljø: 2 → 5/);
    await poll(() => chart.locator("canvas").count()).toBe(1);
    await page.close();
  });

  it("stores a reading the family rated by keyboard", async () => {
    const before = readingsOf("f-nordli").length;
    const page = await open("/families/f-nordli/readings/new");
    const sliders = page.locator("famwel-life-wheel [role=slider]");
    await poll(() => sliders.count()).toBeGreaterThanOrEqual(10);
    await sliders.first().focus();
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowDown");
    expect(await sliders.first().getAttribute("aria-valuenow")).toBe("9");
    await page.locator("#save").click();
    await page.waitForURL(/\/families\/f-nordli\?saved=reading$/);
    expect(await page.locator(".notice").textContent()).toBe("Kartleggingen er lagret.");
    const readings = readingsOf("f-nordli");
    expect(readings.length).toBe(before + 1);
    const stored = readings.at(-1)!;
    expect(stored.answers.wheel.domains.housing?.current).toBe(9);
    expect(stored.answers.network.type).toBe("network");
    expect(stored.instrument.hash).toBe(instrumentHash(family));
    await page.close();
  });

  it("refuses a tampered reading with the message and keeps what was typed", async () => {
    const before = readingsOf("f-haugen").length;
    const page = await open("/families/f-haugen/readings/new");
    const sliders = page.locator("famwel-life-wheel [role=slider]");
    await poll(() => sliders.count()).toBeGreaterThanOrEqual(10);
    await sliders.first().focus();
    await page.keyboard.press("Home");
    for (let i = 0; i < 7; i++) await page.keyboard.press("ArrowUp");
    // Tamper with the post on its way: add a domain the instrument does not have.
    await page.route("**/families/f-haugen/readings", async (route) => {
      const form = new URLSearchParams(route.request().postData() ?? "");
      const wheel = JSON.parse(form.get("wheel")!) as { domains: Record<string, unknown> };
      wheel.domains.hacked = { current: 3, at: "2026-11-23T10:00:00Z" };
      form.set("wheel", JSON.stringify(wheel));
      await route.continue({ postData: form.toString() });
    });
    const [refusal] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.locator("#save").click(),
    ]);
    expect(refusal.status()).toBe(422);
    const summary = page.locator(".error-summary");
    await poll(() => summary.count()).toBe(1);
    expect(await summary.textContent()).toContain("Ukjent domene «hacked».");
    expect(await summary.locator("code").first().textContent()).toBe(
      "/answers/wheel/domains/hacked",
    );
    // The summary has focus, and links to the wheel. `autofocus` acts at the page's next rendering
    // step, which may come after the summary is in the DOM: wait for it (a busy CI machine saw '').
    await poll(() => page.evaluate(() => document.activeElement?.className)).toBe("error-summary");
    expect(await summary.locator("a").first().getAttribute("href")).toBe("#wheel");
    // What the family typed is back in the wheel, and nothing was stored.
    await poll(() => sliders.first().getAttribute("aria-valuenow")).toBe("7");
    expect(readingsOf("f-haugen").length).toBe(before);
    await page.close();
  });

  it("refuses a reading with nothing rated, and its summary link takes focus into the wheel", async () => {
    const page = await open("/families/f-aziz/readings/new");
    await poll(() =>
      page.locator("famwel-life-wheel [role=slider]").count(),
    ).toBeGreaterThanOrEqual(10);
    await page.locator("#save").click();
    await poll(() => page.locator(".error-summary").textContent()).toContain(
      "Vurder minst ett område i hjulet slik det er nå.",
    );
    await poll(() => page.locator("famwel-life-wheel [role=slider]").count()).toBeGreaterThan(0);
    // A fragment alone scrolls to the element but leaves focus on the body: a custom element is
    // not focusable by fragment. The link hands focus to the wheel's first control.
    await page
      .getByRole("link", { name: "Vurder minst ett område i hjulet slik det er nå." })
      .focus();
    await page.keyboard.press("Enter");
    await poll(() => focusPath(page)).toMatch(/^famwel-life-wheel#wheel > (button|\[slider\])/);
    await page.close();
  });

  it("links the whole instrument's refusal to the wheel in the runner, and says what to rate", async () => {
    const before = readingsOf("f-aziz").length;
    const page = await open("/families/f-aziz/readings/full");
    const runner = page.locator("famwel-instrument");
    const wheel = runner.locator("famwel-life-wheel");
    const next = runner.getByRole("button", { name: /^(Neste|Se over svarene)$/ });
    // Only the level the family wants, for one area: not a reading of how things are now.
    await wheel.getByRole("button", { name: "Slik vil vi ha det" }).click();
    await wheel.locator("[role=slider]").first().focus();
    await page.keyboard.press("End");
    for (let step = 0; step < 5; step++) {
      if (step === 3) await runner.locator("#p-family-what-helps-text").fill("Naboene.");
      if (step === 4) await runner.getByRole("radio", { name: "Både og" }).check();
      await next.click();
    }
    const [refusal] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      runner.getByRole("button", { name: "Send inn svarene" }).click(),
    ]);
    expect(refusal.status()).toBe(422);
    expect(readingsOf("f-aziz").length).toBe(before);
    const link = page.locator(".error-summary a");
    await poll(() => link.textContent()).toMatch(
      /Steg 1, «Slik har vi det»: Vurder minst ett område i hjulet slik det er nå\./,
    );
    // The link goes to something on the page (the wheel is inside the runner's shadow root).
    const href = (await link.getAttribute("href")) ?? "";
    expect(await page.locator(href).count()).toBe(1);
    await poll(() => wheel.locator("[role=slider]").count()).toBeGreaterThan(0);
    // From another step too: the runner goes back to the wheel's step and focuses an area to rate.
    await next.click();
    await poll(() => wheel.count()).toBe(0);
    await link.focus();
    await page.keyboard.press("Enter");
    await poll(() => focusPath(page)).toMatch(
      /^famwel-instrument#runner > famwel-life-wheel#\S* > \[slider\]/,
    );
    await page.close();
  });

  it("runs the whole family instrument, refuses a tampered response and resumes it, then stores it", async () => {
    const before = readingsOf("f-aziz").length;
    const page = await open("/families/f-aziz/readings/full");
    const runner = page.locator("famwel-instrument");
    const next = runner.getByRole("button", { name: /^(Neste|Se over svarene)$/ });
    const helps = runner.locator("famwel-reflection #p-family-what-helps-text");
    const firstArea = runner.locator("famwel-life-wheel [role=slider]").first();
    /** Next through the steps, answering what is required, up to the summary. */
    const toSummary = async () => {
      for (let step = 0; step < 5; step++) {
        if (step === 0) {
          // A stored reading rates at least one area as it is now (the server refuses one that
          // does not, whichever way it was posted).
          await firstArea.focus();
          await page.keyboard.press("End");
        }
        if (step === 3 && !(await helps.inputValue())) await helps.fill("Naboene og skolen.");
        if (step === 4) await runner.getByRole("radio", { name: "Både og" }).check();
        await next.click();
      }
    };
    await toSummary();
    // Tamper on the way: claim another edition of the instrument.
    await page.route("**/readings/full", async (route) => {
      const form = new URLSearchParams(route.request().postData() ?? "");
      const response = JSON.parse(form.get("response")!) as { instrument: { hash: string } };
      response.instrument.hash = `sha256:${"0".repeat(64)}`;
      form.set("response", JSON.stringify(response));
      await route.continue({ postData: form.toString() });
    });
    await runner.getByRole("button", { name: "Send inn svarene" }).click();
    await poll(() => page.locator(".error-summary").textContent()).toContain(
      "Svaret er gitt til en annen utgave av skjemaet.",
    );
    expect(readingsOf("f-aziz").length).toBe(before);
    // The runner resumed the posted response: what was typed is still there.
    await page.unroute("**/readings/full");
    for (let step = 0; step < 3; step++) await next.click();
    expect(await helps.inputValue()).toBe("Naboene og skolen.");
    await next.click();
    await next.click();
    await runner.getByRole("button", { name: "Send inn svarene" }).click();
    await page.waitForURL(/\/families\/f-aziz\?saved=reading$/);
    const stored = readingsOf("f-aziz").at(-1)! as unknown as {
      role: string;
      answers: Record<string, { type: string }>;
    };
    expect(readingsOf("f-aziz").length).toBe(before + 1);
    expect(stored.role).toBe("family");
    expect(Object.keys(stored.answers)).toEqual(
      expect.arrayContaining(["reflection", "taking-part"]),
    );
    await page.close();
  });

  it("stores an employee's reflection about the family's latest reading", async () => {
    const page = await open("/families/f-haugen/reflections/new");
    const reflection = page.locator("famwel-reflection");
    const goodLife = reflection.locator("#p-employee-good-life-text");
    await goodLife.pressSequentially("At familien får hvile i helgene.");
    await reflection.locator("#p-employee-do-differently-text").fill("Ringe BUP selv.");
    await reflection
      .locator('input[name="p-employee-do-differently-share"][value="share"]')
      .check();
    // The latest reading is shown read-only beside the prompts.
    await poll(() => page.locator("#about-wheel [role=slider]").count()).toBeGreaterThanOrEqual(10);
    await page.locator("#save").click();
    await page.waitForURL(/\?saved=reflection$/);
    const rows = query<{ response: string; reading_id: string }>(
      "SELECT response, reading_id FROM reflections WHERE family_id = ? ORDER BY written DESC",
      "f-haugen",
    );
    expect(rows.length).toBe(3);
    const stored = JSON.parse(rows[0]!.response) as {
      role: string;
      answers: { reflection: { prompts: Record<string, unknown> } };
    };
    expect(stored.role).toBe("employee");
    expect(rows[0]!.reading_id).toBe("f-haugen-reading-4");
    expect(stored.answers.reflection.prompts["employee-do-differently"]).toMatchObject({
      text: "Ringe BUP selv.",
      share: true,
    });
    await page.close();
  });

  it("shows a manager only what was shared, in groups large enough", async () => {
    const page = await open("/manager");
    const shared = page.locator("famwel-reflection [part=shared]");
    await poll(() => shared.count()).toBe(1);
    const text = (await shared.textContent()) ?? "";
    expect(text).toContain("Avtale ett felles møte med NAV og skolen"); // shared by all six
    expect(text).toContain("Ringe BUP selv."); // the reflection written above
    // Never shared, or shared by too few: not in the page at all, not even in its data.
    const source = await page.content();
    expect(source).not.toContain("Hvor mye besteforeldrene bærer"); // not shareable
    expect(source).not.toContain("NAV og skolen visste ikke om hverandre"); // too few shared it
    expect(source).not.toContain("f-nordli");
    await page.close();
  });

  it("reflows at 320 px: no page scrolls sideways, and a wide table scrolls in a labelled region", async () => {
    const paths = [
      "/",
      "/families/f-nordli",
      "/families/f-nordli/readings/new",
      "/families/f-aziz/readings/full",
      "/families/f-haugen/reflections/new",
      "/manager",
    ];
    const wide: string[] = [];
    for (const width of [320, 390]) {
      for (const path of paths) {
        const page = await open(path);
        await page.setViewportSize({ width, height: 720 });
        await rendered(page);
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (scroll > client) wide.push(`${path} at ${width}: ${scroll} > ${client}`);
        // A table wider than the screen scrolls inside a region that has a name and takes focus,
        // so it can be scrolled by keyboard (WCAG 1.4.10 lets a data table scroll on its own).
        const bare = await page.evaluate(() =>
          [...document.querySelectorAll("main table")]
            .filter((t) => {
              const r = t.parentElement;
              const name = document.getElementById(r?.getAttribute("aria-labelledby") ?? "");
              return !(r?.role === "region" && r.tabIndex === 0 && name?.textContent?.trim());
            })
            .map((t) => t.id || t.className),
        );
        if (bare.length && width === 320)
          wide.push(`${path}: table ${bare.join(", ")} not in a region`);
        await page.close();
      }
    }
    expect(wide).toEqual([]);
  });

  it("enforces the policy: an HTML sink is blocked and reported, so the checks above can fail", async () => {
    const page = await context.newPage(); // no error listener: this violation is the point
    await page.goto(server.url);
    const result = await page.evaluate(async () => {
      const seen = new Promise<string>((resolve) =>
        document.addEventListener("securitypolicyviolation", (e) => resolve(e.violatedDirective)),
      );
      try {
        // eslint-disable-next-line no-restricted-properties -- the sink Trusted Types must block
        document.createElement("div").innerHTML = "<b>not trusted</b>";
        return "assigned";
      } catch {
        return await seen;
      }
    });
    expect(result).toBe("require-trusted-types-for");
    await page.close();
    // Static files carry the same headers as pages.
    const js = await fetch(new URL("/js/reading.js", server.url));
    expect(js.headers.get("content-security-policy")).toContain("trusted-types lit-html");
    expect(js.headers.get("content-type")).toMatch(/javascript/);
  });

  it("has no axe violations (WCAG 2.1 A/AA) on each kind of page, shadow DOM included", async () => {
    const axeContext = await newAxeContext();
    const found: string[] = [];
    // The host's own markup in each state: lists, the chart page, a refused form with its error
    // summary (the form itself included), the manager's pool. The elements alone are checked with
    // axe in every state by their own tests, so the step-by-step pages are not repeated here.
    for (const path of ["/", "/families/f-nordli", "refused", "/manager"]) {
      const page = await axeContext.newPage();
      if (path === "refused") {
        await page.goto(new URL("/families/f-nordli/readings/new", server.url).href);
        await page.locator("#save").click();
        await page.locator(".error-summary").waitFor();
      } else await page.goto(new URL(path, server.url).href);
      await rendered(page);
      const violations = await axeViolations(page, ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
      found.push(...violations.map((v) => `${path}: ${v}`));
      await page.close();
    }
    await axeContext.close();
    expect(found).toEqual([]);
  });

  it("gives the reading form's wheel and map headings that skip no level (axe heading-order)", async () => {
    const axeContext = await newAxeContext();
    const found: string[] = [];
    for (const state of ["new", "refused"]) {
      const page = await axeContext.newPage();
      await page.goto(new URL("/families/f-nordli/readings/new", server.url).href);
      if (state === "refused") {
        await page.locator("#save").click();
        await page.locator(".error-summary").waitFor();
      }
      await rendered(page);
      // The map compares with the previous reading under a heading of its own, an h4 in its
      // shadow root: the page's outline around the elements must lead down to it.
      await poll(() => page.locator("famwel-service-map .compare h4").count()).toBe(1);
      const violations = await axeViolations(page, { type: "rule", values: ["heading-order"] });
      found.push(...violations.map((v) => `${state}: ${v}`));
      await page.close();
    }
    await axeContext.close();
    expect(found).toEqual([]);
  });

  it("logged no console error, violated no policy and made no request off 127.0.0.1", () => {
    expect(problems).toEqual([]);
    expect(offsite).toEqual([]);
  });
});
