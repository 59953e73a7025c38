// Issue 8, item 1: every element in every state (cases.ts) on a page served with exactly
//   default-src 'self'; style-src 'self'; connect-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html
// shows no securitypolicyviolation, is styled (computed styles from its own sheets) and operable (a
// keyboard edit changes its value, except when read-only, where it must not). Figures at the end.
import type { Browser, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ELEMENTS, PAGES } from "./cases.js";
import { inPageLog, launch, leftovers, open } from "./browser.js";
import { STRICT_CSP } from "./server.js";

const base = inject("securityUrl");
const missing = inject("securityMissing");
let browser: Browser;
const figures = { pages: 0, violations: 0, failures: 0, operated: 0 };
// Issue 8, item 4 on the same pages: nothing leaves (requests), nothing stays (storage).
const privacy = { requests: 0, foreign: 0, fonts: 0, writes: 0, leftovers: 0 };

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  console.log(
    `strict CSP: ${figures.pages} element pages tried (${figures.operated} operated by keyboard), ` +
      `${figures.violations} violations, ${figures.failures} failures` +
      (missing.length ? `; not built, not tried: ${missing.join(", ")}` : ""),
  );
  console.log(
    `nothing leaves, nothing stays (element pages): ${figures.pages} pages used, ${privacy.requests} requests, ` +
      `${privacy.foreign} to another origin, ${privacy.fonts} fonts, ${privacy.writes} storage writes, ` +
      `${privacy.leftovers} leftovers`,
  );
});

/** Value, styles and error text of the first element on the page, read in the page. */
function inspect(page: Page, answerIn?: string) {
  return page.evaluate((inner) => {
    const el = window.famwelHarness.elements[0] as (HTMLElement & { value?: unknown }) | undefined;
    if (!el) return undefined;
    const root = el.shadowRoot!;
    const holder = (inner ? root.querySelector(inner) : el) as
      (Element & { value?: unknown }) | null;
    const button = root.querySelector("button");
    return {
      value: JSON.stringify(holder?.value),
      display: getComputedStyle(el).display,
      sheets: root.adoptedStyleSheets.length,
      buttonMinHeight: button ? getComputedStyle(button).minHeight : undefined,
      alert: root.querySelector("[role=alert]")?.textContent ?? "",
    };
  }, answerIn);
}

describe("every element in every state under the strict policy", () => {
  it("serves the pages with exactly the policy of issue 8", async () => {
    const response = await fetch(new URL("/pages/harness.html", base));
    expect(response.headers.get("content-security-policy")).toBe(STRICT_CSP);
  });

  // Pages run four at a time (each in its own browser context, focus emulated per page).
  it.concurrent.each(PAGES)("$element, $state", async ({ element, state }) => {
    const c = ELEMENTS.find((e) => e.key === element)!;
    if (missing.includes(element)) return; // reported in the figures
    figures.pages++;
    const { page, log } = await open(
      browser,
      `${base}pages/harness.html?element=${element}&state=${state}`,
    );
    try {
      const before = await inspect(page, c.answerIn);
      expect(before, "element mounted").toBeDefined();
      // Styled: a block box from :host, the element's sheets adopted, 44 px targets from the views' sheet.
      expect(before!.display).not.toBe("inline");
      expect(before!.sheets).toBeGreaterThan(0);
      if (before!.buttonMinHeight !== undefined) expect(before!.buttonMinHeight).toBe("44px");
      if (state === "error") expect(before!.alert).toContain(c.bad.pointer);
      else if (c.alerts?.[state]) expect(before!.alert).toContain(c.alerts[state]);
      else expect(before!.alert).toBe("");

      const operation = c.operate?.[state];
      if (operation) {
        figures.operated++;
        const target = page.locator(`#${element}`).locator(operation.focus).first();
        await target.focus();
        if (operation.type) await page.keyboard.type(operation.type);
        for (const key of operation.keys) await page.keyboard.press(key);
        await page.evaluate(
          () =>
            (window.famwelHarness.elements[0] as unknown as { updateComplete: Promise<unknown> })
              .updateComplete,
        );
        const after = await inspect(page, c.answerIn);
        if (state === "readonly")
          expect(after!.value, "read-only ignores keys").toBe(before!.value);
        else expect(after!.value, "a keyboard edit changes the value").not.toBe(before!.value);
      }
      const { violations, storage } = await inPageLog(page);
      figures.violations += violations.length;
      expect(violations).toEqual([]);
      const origin = new URL(base).origin;
      const foreign = log.requests.filter((r) => new URL(r).origin !== origin);
      const fonts = log.requests.filter((r) => /\.(woff2?|ttf|otf)(\?|$)/.test(r));
      const left = await leftovers(page);
      privacy.requests += log.requests.length;
      privacy.foreign += foreign.length;
      privacy.fonts += fonts.length;
      privacy.writes += storage.length;
      privacy.leftovers += left.length;
      expect(foreign, "requests to another origin").toEqual([]);
      expect(fonts, "font requests").toEqual([]);
      expect(storage, "storage writes").toEqual([]);
      expect(left, "left in storage").toEqual([]);
      // A definition URL that 404s is logged by the browser itself; nothing else may be.
      const expected = state === "src-404" ? /status of 404/ : /^$/;
      expect(log.consoleErrors.filter((e) => !expected.test(e))).toEqual([]);
    } catch (error) {
      figures.failures++;
      throw error;
    } finally {
      await page.close();
    }
  });
});
