// Smoke test of what `pnpm start` serves: serve.mjs with its strict CSP, and the built page in a real
// Chromium. Types an invalid instrument, reads the problem list, jumps to a problem by keyboard, and
// checks that the page logged no error and the CSP blocked nothing.
import { execSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumArgs, chromiumExecutablePath } from "../../../vitest.chromium.js";

const portalDir = join(dirname(fileURLToPath(import.meta.url)), "..");

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
  if (!existsSync(join(portalDir, "dist", "index.html")))
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
  });

  it("lists the problems of a pasted instrument with line, column and pointer", async () => {
    await expect.poll(() => page.locator("#summary").textContent()).toContain("Gyldig");
    const source = page.locator("#source");
    await source.fill(invalidInstrument.slice(0, -2));
    await source.press("End"); // then type the last characters, as a person would
    await source.pressSequentially("\n}");
    const items = page.locator("#problems li");
    await expect.poll(() => items.count()).toBe(1);
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

describe("the family wheel page under the same policy", () => {
  it("rates by keyboard, keeps the answer through a language switch and posts it with the form", async () => {
    const wheelPage = await browser!.newPage();
    const errors: string[] = [];
    wheelPage.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    wheelPage.on("pageerror", (e) => errors.push(e.message));
    await wheelPage.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await wheelPage.goto(url);
    const sliders = wheelPage.locator("famwel-life-wheel [role=slider]");
    await expect.poll(() => sliders.count()).toBe(10);
    await sliders.first().focus();
    await wheelPage.keyboard.press("End");
    await wheelPage.keyboard.press("ArrowDown");
    expect(await sliders.first().getAttribute("aria-valuetext")).toMatch(/^9 av 10/);
    await wheelPage.locator('input[name="lang"][value="nn"]').check();
    await expect.poll(() => sliders.first().getAttribute("aria-label")).toBe("Bustad og nærmiljø");
    expect(await sliders.first().getAttribute("aria-valuenow")).toBe("9");
    await wheelPage.locator('#wheel-form > .actions button[type="submit"]').click();
    const fields = JSON.parse((await wheelPage.locator("#posted").textContent()) ?? "{}") as {
      wheel: { type: string; domains: Record<string, { current?: number }> };
      network: { type: string };
    };
    const posted = fields.wheel;
    expect(fields.network.type).toBe("network");
    expect(posted.type).toBe("wheel");
    expect(posted.domains.housing?.current).toBe(9);
    expect(errors).toEqual([]);
    await wheelPage.close();
  });
});
