// The smoke test both framework examples share, run in a real Chromium over the built app served by
// `vite preview` with the strict CSP from the example's vite.config.ts: it renders, a rating typed
// by keyboard reaches the host framework's state, the language switches without losing it, axe
// finds nothing, and the page logs no error and violates no policy. Each example's test names the
// framework, its package and what its state is called.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright";
import { preview, type PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumArgs, chromiumExecutablePath } from "../vitest.chromium.js";

export interface AppSmoke {
  /** The example's folder (where its vite.config.ts is). */
  exampleDir: string;
  /** E.g. "React", for the test names. */
  framework: string;
  /** Its package name, to build it when the test runs on its own. */
  pkg: string;
  /** What the host's state is called, e.g. "React state". */
  state: string;
}

export function describeAppSmoke(o: AppSmoke): void {
  const { exampleDir } = o;
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let cspHeader: string | undefined;
  let url: string;
  const errors: string[] = [];

  beforeAll(async () => {
    // The root `pnpm test` builds everything first; build here too when the test runs on its own.
    if (!existsSync(join(exampleDir, "dist", "index.html")))
      execSync(`pnpm --filter ${o.pkg}... build`, { cwd: exampleDir, stdio: "inherit" });
    server = await preview({ root: exampleDir, logLevel: "warn", preview: { port: 0 } });
    const local = server.resolvedUrls?.local[0];
    if (!local) throw new Error("vite preview did not report a URL");
    url = local;
    browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: chromiumArgs });
    page = await browser.newPage();
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    cspHeader = (await page.goto(url))?.headers()["content-security-policy"];
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe(`the ${o.framework} example`, () => {
    it("renders the wheel, the map and the runner under a strict CSP", async () => {
      expect(cspHeader).toContain("require-trusted-types-for 'script'");
      await expect.poll(() => page.locator("#wheel [role=slider]").count()).toBe(10);
      await expect.poll(() => page.locator("#map famwel-service-map").count()).toBe(1);
      await expect
        .poll(() => page.locator("#runner famwel-instrument [part=header] h2").textContent())
        .toBe("The family's reading");
      expect(await page.locator("#host-state td").first().textContent()).toBe("Nothing rated yet.");
    });

    it(`a rating typed by keyboard reaches ${o.state}`, async () => {
      const first = page.locator("#wheel [role=slider]").first();
      expect(await first.getAttribute("aria-label")).toBe("Home and neighbourhood");
      await first.focus();
      await page.keyboard.press("End");
      await page.keyboard.press("ArrowDown");
      const row = page.locator("#host-state tbody tr").first();
      await expect.poll(() => row.locator("th").textContent()).toBe("housing");
      expect(await row.locator("td").first().textContent()).toBe("9");
      const state = JSON.parse((await page.locator("#host-state pre").textContent()) ?? "{}") as {
        wheel?: { domains: Record<string, { current?: number }> };
      };
      expect(state.wheel?.domains.housing?.current).toBe(9);
      // The host handed the value back to the element; the element still shows the user's rating.
      expect(await first.getAttribute("aria-valuenow")).toBe("9");
    });

    it("switches the widgets' language without losing the answer", async () => {
      await page.locator(".language select").selectOption("nn");
      const first = page.locator("#wheel [role=slider]").first();
      await expect.poll(() => first.getAttribute("aria-label")).toBe("Bustad og nærmiljø");
      expect(await first.getAttribute("aria-valuenow")).toBe("9");
    });

    it("has no axe violations (WCAG 2.1 A and AA), shadow DOM included", async () => {
      // axe is injected as an inline script, which the page's CSP rightly blocks: this check gets a
      // context of its own that bypasses CSP; the CSP itself is checked by the other tests.
      const context = await browser!.newContext({ bypassCSP: true });
      const axePage = await context.newPage();
      await axePage.goto(url);
      await expect.poll(() => axePage.locator("#wheel [role=slider]").count()).toBe(10);
      await expect
        .poll(() => axePage.locator("#runner famwel-instrument [part=nav]").count())
        .toBe(1);
      await axePage.addScriptTag({
        path: createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
      });
      const { violations, passes } = await axePage.evaluate(async () => {
        type Rule = { id: string; nodes: { target: unknown }[] };
        type Run = (o: object) => Promise<{ violations: Rule[]; passes: Rule[] }>;
        const axe = (window as unknown as { axe: { run: Run } }).axe;
        const result = await axe.run({
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return {
          violations: result.violations.map(
            (v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`,
          ),
          passes: result.passes.length,
        };
      });
      await context.close();
      expect(passes).toBeGreaterThan(10); // axe ran
      expect(violations).toEqual([]);
    });

    it("logged no console errors and no CSP violations", () => {
      expect(errors).toEqual([]);
    });
  });
}
