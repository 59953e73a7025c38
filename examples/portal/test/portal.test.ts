// Smoke test of the plain-HTML portal: serve.mjs with its strict CSP, and the built pages in a real
// Chromium. The validator page: types an invalid instrument, reads the problem list, jumps to a
// problem by keyboard. The two wheel pages (plain theme, Designsystemet): the elements render from
// the one self-hosted famwel.js, a rating typed by keyboard reaches the form's data, the light/dark
// button switches the elements with the page, axe finds nothing (colour contrast included) in light
// and dark. Every page: no console error, no securitypolicyviolation, no request off 127.0.0.1.
import { execSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumArgs, chromiumExecutablePath } from "../../../vitest.chromium.js";

const portalDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

const invalidInstrument = `{
  "id": "trondheim.family-wheel",
  "version": "1.0.0",
  "title": { "nb": "Familiehjulet" },
  "locales": ["nb"],
  "defaultLocale": "nb",
  "roles": ["family"],
  "sections": [
    {
      "type": "wheel",
      "id": "wheel",
      "title": { "nb": "Hvordan har dere det?" },
      "scale": { "min": 0, "max": "ten" },
      "domains": [{ "id": "home", "label": { "nb": "<img src=x onerror=alert(1)>" } }]
    }
  ]
}`;

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let url: string;
const consoleErrors: string[] = [];
let cspHeader: string | undefined;

function startServer(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["serve.mjs"], {
      cwd: portalDir,
      env: { ...process.env, PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server = child;
    let out = "";
    const timer = setTimeout(() => reject(new Error(`serve.mjs did not start: ${out}`)), 10_000);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.on("exit", (code) => reject(new Error(`serve.mjs exited with ${code}: ${out}`)));
  });
}

beforeAll(async () => {
  // The root `pnpm test` builds everything first; build here too when the test runs on its own.
  if (!existsSync(join(portalDir, "dist", "assets", "famwel.js")))
    execSync("pnpm --filter @famwel/example-portal... build", { cwd: portalDir, stdio: "inherit" });
  url = await startServer();
  browser = await chromium.launch({
    executablePath: chromiumExecutablePath,
    args: chromiumArgs,
  });
  page = await browser.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await page.goto(new URL("/validate.html", url).href);
  cspHeader = response?.headers()["content-security-policy"];
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

describe("the portal under a strict CSP", () => {
  it("is served with the Content Security Policy", () => {
    expect(cspHeader).toContain("script-src 'self'");
    expect(cspHeader).toContain("style-src 'self'");
    expect(cspHeader).toContain("require-trusted-types-for 'script'");
    expect(cspHeader).toContain("trusted-types lit-html");
  });

  it("lists the problems of a pasted instrument with line, column and pointer", async () => {
    await expect.poll(() => page.locator("#summary").textContent()).toContain("Gyldig");
    const source = page.locator("#source");
    await source.fill(invalidInstrument.slice(0, -2));
    await source.press("End"); // then type the last characters, as a person would
    await source.pressSequentially("\n}");
    const items = page.locator("#problems li");
    // Checking waits for a pause in typing, so a loaded machine may list the syntax error of the
    // half-typed text first: wait for the problem of the whole text.
    await expect
      .poll(() => page.locator("#problems li code").allTextContents())
      .toEqual(["/sections/0/scale/max"]);
    const item = items.first();
    expect(await item.locator("code").textContent()).toBe("/sections/0/scale/max");
    expect(await item.locator(".position").textContent()).toBe("13:35");
    expect(await item.textContent()).toContain("Må være et heltall.");
    expect(await page.locator("#summary").textContent()).toBe("Ikke gyldig: 1 feil.");
    expect(await source.getAttribute("aria-invalid")).toBe("true");
    // The hostile label stayed text.
    expect(await page.locator("img").count()).toBe(0);

    // Keyboard: focus the problem, press Enter: the caret lands on the value at fault.
    await item.locator("button").focus();
    await page.keyboard.press("Enter");
    const caret = await page.evaluate(() => {
      const t = document.activeElement as HTMLTextAreaElement;
      return { id: t.id, text: t.value.slice(t.selectionStart, t.selectionStart + 5) };
    });
    expect(caret).toEqual({ id: "source", text: '"ten"' });
  });

  it("switches the language of the page and the messages", async () => {
    await page.locator('input[name="lang"][value="en"]').check();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.locator("#problems li .message").first().textContent()).toBe(
      "Must be a whole number.",
    );
  });

  it("logged no errors and violated no policy", async () => {
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

// The accessibility bar of the element tests (packages/elements/src/test-support/axe-tags.ts).
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

interface Watched {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors, CSP violations and requests that left 127.0.0.1 so far. */
  trouble(): Promise<string[]>;
}

/** Opens a page of the portal in a fresh context and records everything that should not happen. */
async function open(path: string, colorScheme: "light" | "dark"): Promise<Watched> {
  const context = await browser!.newContext({
    colorScheme,
    viewport: { width: 1100, height: 900 },
  });
  const page = await context.newPage();
  const seen: string[] = [];
  page.on("console", (m) => m.type() === "error" && seen.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => seen.push(`pageerror: ${e.message}`));
  page.on("request", (r) => {
    if (new URL(r.url()).hostname !== "127.0.0.1") seen.push(`request: ${r.url()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.cspViolations.push(`csp: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(new URL(path, url).href);
  return {
    page,
    context,
    trouble: async () => [
      ...seen,
      ...(await page.evaluate(
        () => (window as unknown as { cspViolations: string[] }).cspViolations,
      )),
    ],
  };
}

/**
 * axe-core on the whole page, shadow roots included. It is evaluated through the DevTools protocol,
 * which the page's CSP does not govern, and it writes no HTML: the page's securitypolicyviolation
 * count stays what the page itself caused.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags } });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`).join(" | ")}`,
    );
  }, AXE_TAGS);
  return violations;
}

/** Waits until the wheel and the map have drawn their editing views. */
async function rendered(page: Page): Promise<void> {
  await expect.poll(() => page.locator("famwel-life-wheel [role=slider]").count()).toBe(10);
  await expect.poll(() => page.locator("famwel-service-map [part=toolbar]").count()).toBe(1);
}

/** The colours the wheel's host element shows, and the colour scheme it uses. */
const looks = (page: Page) =>
  page.locator("famwel-life-wheel").evaluate((el) => {
    const style = getComputedStyle(el);
    return { color: style.color, scheme: style.colorScheme };
  });

/** Relative luminance of an rgb() colour, to tell light text from dark. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe("the validator page in light and dark", () => {
  it.each(["light", "dark"] as const)("is axe clean with the system in %s", async (scheme) => {
    const { page, context, trouble } = await open("/validate.html", scheme);
    await page.locator("#example-invalid").click(); // the problem list, in the error colours
    await expect.poll(() => page.locator("#problems li").count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => getComputedStyle(document.body).colorScheme)).toBe(
      "light dark",
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(await trouble()).toEqual([]);
    await context.close();
  });
});

describe.each([
  { name: "plain theme", path: "/", theme: "themes/plain.css" },
  { name: "Designsystemet", path: "/designsystemet.html", theme: "themes/designsystemet.css" },
])("the family wheel page, $name, under the same policy", ({ path, theme }) => {
  it("renders the wheel and the map from the one self-hosted famwel.js, with its theme", async () => {
    const { page, context, trouble } = await open(path, "light");
    await rendered(page);
    const scripts = await page.evaluate(() =>
      [...document.scripts].map((s) => ({ src: new URL(s.src).pathname, type: s.type })),
    );
    expect(scripts).toEqual([
      { src: "/assets/famwel.js", type: "module" },
      { src: "/assets/wheel-page.js", type: "module" },
    ]);
    const sheets = await page.evaluate(() =>
      [...document.styleSheets].map((s) => new URL(s.href ?? "inline:").pathname),
    );
    expect(sheets).toContain(`/assets/${theme}`);
    if (path.includes("designsystemet"))
      expect(sheets).toEqual(
        expect.arrayContaining([
          "/assets/designsystemet/index.css",
          "/assets/designsystemet/theme.css",
        ]),
      );
    expect(await trouble()).toEqual([]);
    await context.close();
  });

  it("a rating typed by keyboard reaches the form's data, through a language switch", async () => {
    const { page, context, trouble } = await open(path, "light");
    await rendered(page);
    const sliders = page.locator("famwel-life-wheel [role=slider]");
    await sliders.first().focus();
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowDown");
    expect(await sliders.first().getAttribute("aria-valuetext")).toMatch(/^9 av 10/);
    // What a plain <form> would post: the element is form-associated.
    const formData = () =>
      page.evaluate(() => {
        const data = new FormData(document.querySelector<HTMLFormElement>("#wheel-form")!);
        return JSON.parse(String(data.get("wheel"))) as {
          domains: Record<string, { current?: number }>;
        };
      });
    expect((await formData()).domains.housing?.current).toBe(9);
    await page.locator('input[name="lang"][value="nn"]').check();
    await expect.poll(() => sliders.first().getAttribute("aria-label")).toBe("Bustad og nærmiljø");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("nn");
    expect(await page.locator("h1").textContent()).toContain("Kva er eit godt liv");
    await page.locator('#wheel-form > .actions button[type="submit"]').click();
    const fields = JSON.parse((await page.locator("#posted").textContent()) ?? "{}") as {
      wheel: { type: string; domains: Record<string, { current?: number }> };
      network: { type: string };
    };
    expect(fields.wheel.type).toBe("wheel");
    expect(fields.wheel.domains.housing?.current).toBe(9);
    expect(fields.network.type).toBe("network");
    expect(await trouble()).toEqual([]);
    await context.close();
  });

  it("switches light and dark with the page's button, the elements with it, axe clean in both", async () => {
    const { page, context, trouble } = await open(path, "light");
    await rendered(page);
    const button = page.locator("#color-scheme");
    expect(await button.getAttribute("aria-pressed")).toBe("false");
    const light = await looks(page);
    expect(light.scheme).toBe("light");
    expect(luminance(light.color)).toBeLessThan(0.1); // dark text
    expect(await axeViolations(page)).toEqual([]);

    await button.click();
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    expect(await page.evaluate(() => document.documentElement.dataset.colorScheme)).toBe("dark");
    const dark = await looks(page);
    expect(dark.scheme).toBe("dark");
    expect(luminance(dark.color)).toBeGreaterThan(0.6); // light text
    // The editing views too: a button inside the wheel's shadow root turned dark.
    const viewButton = await page
      .locator("famwel-life-wheel [part=toolbar] button[aria-pressed=false]")
      .first()
      .evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(luminance(viewButton)).toBeLessThan(0.1);
    expect(await axeViolations(page)).toEqual([]);

    await button.click();
    expect(await page.evaluate(() => document.documentElement.dataset.colorScheme)).toBe("light");
    expect((await looks(page)).color).toBe(light.color);
    expect(await trouble()).toEqual([]);
    await context.close();
  });

  it("shows a bad definition in the theme's error box, axe clean in light and dark", async () => {
    const { page, context, trouble } = await open(path, "light");
    await rendered(page);
    await page.locator("famwel-life-wheel").evaluate((el) => {
      const wheel = el as HTMLElementTagNameMap["famwel-life-wheel"];
      const bad = structuredClone(wheel.instrument!) as unknown as {
        sections: { scale?: { max: unknown } }[];
      };
      bad.sections[0]!.scale!.max = "ten";
      wheel.instrument = bad as unknown as typeof wheel.instrument;
    });
    const error = page.locator("famwel-life-wheel [part=error]");
    await expect.poll(() => error.textContent()).toContain("/sections/0/scale/max");
    const border = () => error.evaluate((e) => getComputedStyle(e).borderTopColor);
    const light = await border();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator("#color-scheme").click();
    expect(await border()).not.toBe(light); // the part follows the scheme too
    expect(await axeViolations(page)).toEqual([]);
    expect(await trouble()).toEqual([]);
    await context.close();
  });

  it("is dark when the system prefers dark, axe clean, and the button can make it light", async () => {
    const { page, context, trouble } = await open(path, "dark");
    await rendered(page);
    const button = page.locator("#color-scheme");
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    const dark = await looks(page);
    expect(dark.scheme).toBe("dark");
    expect(luminance(dark.color)).toBeGreaterThan(0.6);
    expect(await axeViolations(page)).toEqual([]);
    await button.click();
    expect((await looks(page)).scheme).toBe("light");
    expect(await axeViolations(page)).toEqual([]);
    expect(await trouble()).toEqual([]);
    await context.close();
  });
});
