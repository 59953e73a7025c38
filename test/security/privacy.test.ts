// Issue 8, item 4 for the example pages a host would ship (the portal example, built): loaded and
// used by keyboard, they make no request to another origin, load no font, and write nothing to
// cookies, localStorage, sessionStorage, IndexedDB or Cache Storage. The element pages get the same
// checks in csp.test.ts. Figures print at the end.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { inPageLog, launch, leftovers, open } from "./browser.js";

const portal = inject("securityPortalUrl");
const dist = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "examples",
  "portal",
  "dist",
);
const pages = portal ? readdirSync(dist).filter((f) => f.endsWith(".html")) : [];
let browser: Browser;
const figures = {
  pages: 0,
  keys: 0,
  requests: 0,
  foreign: 0,
  writes: 0,
  leftovers: 0,
  failures: 0,
};

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  console.log(
    `nothing leaves, nothing stays (portal example): ${figures.pages} pages used with ${figures.keys} key presses, ` +
      `${figures.requests} requests, ${figures.foreign} to another origin or fonts, ` +
      `${figures.writes} storage writes, ${figures.leftovers} leftovers, ${figures.failures} failures`,
  );
});

describe("nothing leaves, nothing stays", () => {
  it("finds the portal's built pages (run `pnpm --filter @famwel/example-portal build`)", () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)("portal %s", async (file) => {
    figures.pages++;
    const { page, log } = await open(browser, new URL(file, portal).href, "body");
    try {
      await page.waitForLoadState("networkidle");
      // Use it: walk every stop by keyboard, nudging each control as a person exploring it would.
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        const tag = await page.evaluate(() => {
          let a: Element | null = document.activeElement;
          while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
          return `${a?.tagName ?? ""}:${a?.getAttribute("role") ?? ""}:${a?.getAttribute("type") ?? ""}`;
        });
        if (/slider|TEXTAREA|INPUT:+$|INPUT::text|INPUT::search/i.test(tag)) {
          await page.keyboard.press(tag.includes("slider") ? "ArrowUp" : "a");
          figures.keys++;
        }
        figures.keys++;
      }
      await page.waitForLoadState("networkidle");
      const { storage } = await inPageLog(page);
      const origin = new URL(portal).origin;
      const foreign = log.requests.filter(
        (r) => new URL(r).origin !== origin || /\.(woff2?|ttf|otf)(\?|$)/.test(r),
      );
      const left = await leftovers(page);
      figures.requests += log.requests.length;
      figures.foreign += foreign.length;
      figures.writes += storage.length;
      figures.leftovers += left.length;
      expect(foreign).toEqual([]);
      expect(storage).toEqual([]);
      expect(left).toEqual([]);
    } catch (error) {
      figures.failures++;
      throw error;
    } finally {
      await page.close();
    }
  });
});
