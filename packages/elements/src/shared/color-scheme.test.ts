// The elements take the page's colour scheme, never the operating system's on their own: a light
// page stays readable for a family whose phone is set to dark, and a dark page gets light text.
import { afterEach, describe, expect, it } from "vitest";
import "../define/famwel-life-wheel.js";
import "../define/famwel-service-map.js";
import type { NetworkSection } from "@famwel/instrument/core";
import { expectNoAxeViolations } from "../test-support/axe.js";
import { cdp } from "../test-support/keys.js";
import { mount } from "../test-support/mount.js";
import { twoDomainWheel } from "../test-support/sections.js";

const wheel = twoDomainWheel;
const map: NetworkSection = {
  type: "network",
  id: "n",
  title: { nb: "Rundt familien" },
  sectors: [{ id: "s", label: { nb: "Hjelp" } }],
  rings: [{ id: "r", label: { nb: "Nær" } }],
};

/** The system's preference, as a phone or laptop set to dark reports it (CSS media emulation). */
const systemPrefers = (scheme: "dark" | "light" | "") =>
  cdp().send("Emulation.setEmulatedMedia", {
    features: [{ name: "prefers-color-scheme", value: scheme }],
  });

/** A page region in `scheme` (as a page declares it), painted in that scheme's canvas colour. */
function page(scheme: string): HTMLElement {
  const box = document.createElement("div");
  box.style.colorScheme = scheme;
  box.style.background = "Canvas";
  document.body.append(box);
  return box;
}

const DARK_TEXT = "rgb(26, 26, 26)"; // tokens.styles.ts: light-dark(#1a1a1a, #f2f2f2)
const LIGHT_TEXT = "rgb(242, 242, 242)";

const setDefinition = (definition: unknown) => (e: HTMLElement) => Object.assign(e, { definition });
// Each element, and a part of its picture with its colour in the light scheme: the wheel's domain
// names (the text colour), the map's sector names (the border colour, #6b6b6b).
const cases = [
  ["famwel-life-wheel", setDefinition(wheel), ".label", DARK_TEXT],
  ["famwel-service-map", setDefinition(map), ".sector-label", "rgb(107, 107, 107)"],
] as const;

describe("colour scheme", () => {
  afterEach(() => systemPrefers(""));

  for (const [tag, setup, part, light] of cases) {
    it(`${tag} stays dark on light on a light page when the system prefers dark`, async () => {
      await systemPrefers("dark");
      expect(matchMedia("(prefers-color-scheme: dark)").matches).toBe(true);
      const el = await mount(tag, setup, page("normal"));
      expect(getComputedStyle(el).color).toBe(DARK_TEXT);
      expect(getComputedStyle(el.shadowRoot!.querySelector(part)!).fill).toBe(light);
      await expectNoAxeViolations(el);
    });

    it(`${tag} turns light on dark on a page that says it is dark`, async () => {
      const el = await mount(tag, setup, page("dark"));
      expect(getComputedStyle(el).color).toBe(LIGHT_TEXT);
      expect(getComputedStyle(el.shadowRoot!.querySelector(part)!).fill).not.toBe(light);
      await expectNoAxeViolations(el);
    });
  }
});
