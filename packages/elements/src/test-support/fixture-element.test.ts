// Proves the browser project end to end: a Lit element in real Chromium, keyboard input through
// userEvent, focus inside a shadow root, and the axe helper.
import { afterEach, expect, it } from "vitest";
import { expectNoAxeViolations } from "./axe.js";
import { FamwelTestFixture, fixtureTagName } from "./fixture-element.js";
import { deepActiveElement, page, userEvent } from "./keys.js";

afterEach(() => {
  document.body.replaceChildren();
});

async function mount(label = "Press me") {
  const el = document.createElement(fixtureTagName);
  el.label = label;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

it("upgrades and renders into its shadow root", async () => {
  const el = await mount("Save");
  expect(el).toBeInstanceOf(FamwelTestFixture);
  await expect.element(page.getByRole("button", { name: "Save" })).toBeVisible();
});

it("is reachable with Tab and pressed with Enter and Space", async () => {
  const el = await mount();
  const presses: Event[] = [];
  document.addEventListener("famwel-fixture-press", (e) => presses.push(e));

  await userEvent.keyboard("{Tab}");
  expect(deepActiveElement()).toBe(el.shadowRoot!.querySelector("button"));
  await userEvent.keyboard("{Enter}");
  await userEvent.keyboard(" ");

  expect(presses).toHaveLength(2);
  expect(presses[0]!.composed && presses[0]!.bubbles).toBe(true);
  await expect.element(page.getByRole("status")).toHaveTextContent("2");
});

it("is axe-clean", async () => {
  await expectNoAxeViolations(await mount());
});
