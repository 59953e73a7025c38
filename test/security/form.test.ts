// Issue 8, item 7: form participation in the real browser, where the element tests
// (packages/elements/src/*/…test.ts) stop: they check FormData, reset, a disabled fieldset and the
// validity message in place. Here: a real submission (navigation, multipart body), the form=
// attribute from outside the <form>, a required-but-empty wheel blocking a real submit click with
// its message, and back/forward navigation restoring the answer or clearly resetting it, with the
// DOM, the value and the form value agreeing either way. Figures print at the end.
import type { Browser, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, open } from "./browser.js";

const base = inject("securityUrl");
const missing = inject("securityMissing");
let browser: Browser;
const figures = { checks: 0, failures: 0, backForward: [] as string[] };

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  console.log(
    `form participation: ${figures.checks} scenarios tried, ${figures.failures} failures; ` +
      `back/forward: ${figures.backForward.join(", ") || "not tried"}`,
  );
});

async function scenario(run: () => Promise<void>) {
  figures.checks++;
  try {
    await run();
  } catch (error) {
    figures.failures++;
    throw error;
  }
}

/** The element's value, its posted form value and what its view shows, read in the page. */
function state(page: Page, key: string) {
  return page.evaluate((k) => {
    const el = document.getElementById(k) as HTMLElement & { value: unknown };
    const form = document.getElementById("form") as HTMLFormElement;
    const slider = el.shadowRoot!.querySelector("[role=slider]");
    return {
      value: JSON.stringify(el.value),
      posted: new FormData(form).get(k),
      shown: slider?.getAttribute("aria-valuenow") ?? null,
    };
  }, key);
}

function partOf(body: string, name: string): string | undefined {
  return new RegExp(`name="${name}"\\r?\\n\\r?\\n([^\\r\\n]*)\\r?\\n--`).exec(body)?.[1];
}

const elements = ["wheel", "map"].filter((k) => !missing.includes(k));

describe("form participation in a real browser", () => {
  it.each(elements)(
    "%s joins a form from outside it with form=, and posts on a real submit",
    (key) =>
      scenario(async () => {
        const { page } = await open(
          browser,
          `${base}pages/harness.html?element=${key}&state=rated&outside=1`,
        );
        try {
          const inForm = await page.evaluate((k) => {
            const el = document.getElementById(k) as HTMLElement & { form: HTMLFormElement | null };
            return { outside: !el.closest("form"), form: el.form?.id };
          }, key);
          expect(inForm).toEqual({ outside: true, form: "form" });
          const { value } = await state(page, key);
          await page.locator("#host-input").fill("vert");
          await Promise.all([page.waitForURL(/\/echo$/), page.locator("#send").click()]);
          const body = await page.evaluate(() => document.body.textContent ?? "");
          expect(partOf(body, key)).toBe(value);
          expect(body).toContain("vert"); // the host's own field still posts beside it
        } finally {
          await page.close();
        }
      }),
  );

  it.skipIf(missing.includes("wheel"))(
    "a required wheel left empty blocks a real submit click and says which ratings are missing",
    () =>
      scenario(async () => {
        const { page } = await open(
          browser,
          `${base}pages/harness.html?element=wheel&state=required`,
        );
        try {
          await page.evaluate(() =>
            document.getElementById("wheel")!.addEventListener("invalid", () => {
              document.body.dataset.invalid = "yes";
            }),
          );
          await page.locator("#send").click();
          await page.waitForTimeout(300);
          expect(new URL(page.url()).pathname).toBe("/pages/harness.html"); // not submitted
          const info = await page.evaluate(() => {
            const el = document.getElementById("wheel") as HTMLElement & {
              validationMessage: string;
              validity: ValidityState;
            };
            return {
              invalid: document.body.dataset.invalid,
              message: el.validationMessage,
              missing: el.validity.valueMissing,
            };
          });
          expect(info.invalid).toBe("yes");
          expect(info.missing).toBe(true);
          expect(info.message).toContain("Bolig");
          expect(info.message).toContain("Økonomi");
          // Rate both by keyboard: now it submits.
          for (const i of [0, 1]) {
            await page.locator("#wheel [role=slider]").nth(i).focus();
            await page.keyboard.press("ArrowUp");
          }
          await Promise.all([page.waitForURL(/\/echo$/), page.locator("#send").click()]);
          const posted = JSON.parse(
            partOf(await page.evaluate(() => document.body.textContent ?? ""), "wheel")!,
          ) as {
            domains: Record<string, { current?: number }>;
          };
          expect(posted.domains.home?.current).toBeTypeOf("number");
          expect(posted.domains.money?.current).toBeTypeOf("number");
        } finally {
          await page.close();
        }
      }),
  );

  it.skipIf(missing.includes("wheel"))(
    "a reset returns to the host's value; a disabled fieldset posts nothing and takes no keys",
    () =>
      scenario(async () => {
        const { page } = await open(browser, `${base}pages/harness.html?element=wheel&state=rated`);
        try {
          const initial = await state(page, "wheel");
          await page.locator("#wheel [role=slider]").first().focus();
          await page.keyboard.press("End");
          expect((await state(page, "wheel")).value).not.toBe(initial.value);
          await page.locator("#reset-button").click();
          await expect.poll(async () => (await state(page, "wheel")).value).toBe(initial.value);
          expect((await state(page, "wheel")).shown).toBe(initial.shown);
          await page.evaluate(
            () => ((document.getElementById("fieldset") as HTMLFieldSetElement).disabled = true),
          );
          await page
            .locator("#wheel [role=slider]")
            .first()
            .focus()
            .catch(() => undefined);
          await page.keyboard.press("Home");
          const after = await state(page, "wheel");
          expect(after.value).toBe(initial.value);
          expect(after.posted).toBeNull();
        } finally {
          await page.close();
        }
      }),
  );

  it.each(elements)(
    "%s after submit and Back: the answer is restored or clearly reset, never half",
    (key) =>
      scenario(async () => {
        const { page } = await open(
          browser,
          `${base}pages/harness.html?element=${key}&state=rated`,
        );
        try {
          const initial = await state(page, key);
          const focus = key === "wheel" ? "#wheel [role=slider]" : "#map .node";
          await page.locator(focus).first().focus();
          await page.keyboard.press(key === "wheel" ? "End" : "Shift+ArrowUp");
          const edited = await state(page, key);
          expect(edited.value).not.toBe(initial.value);
          await Promise.all([page.waitForURL(/\/echo$/), page.locator("#send").click()]);
          await page.goBack();
          await page.waitForSelector("body[data-ready=true]");
          const back = await state(page, key);
          // Consistent either way: what the form posts is what the element holds.
          expect(back.posted).toBe(back.value);
          const outcome =
            back.value === edited.value
              ? "restored"
              : back.value === initial.value
                ? "reset"
                : "other";
          figures.backForward.push(`${key} ${outcome}`);
          expect(outcome).not.toBe("other");
          if (key === "wheel" && back.shown !== null)
            expect(back.shown).toBe(
              String(
                (JSON.parse(back.value) as { domains: { housing?: { current?: number } } }).domains
                  .housing?.current ?? "",
              ),
            );
        } finally {
          await page.close();
        }
      }),
  );
});
