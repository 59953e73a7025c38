// What a family or a worker types takes the direction of its own first letter (dir="auto"): a
// Norwegian note in an Arabic wheel keeps its full stop at its end, and Arabic typed into a
// Norwegian form reads right to left. Every free-text field of every element, in one place.
import { describe, expect, it } from "vitest";
import type { InstrumentDefinition, NetworkSection, WheelSection } from "@famwel/instrument";
import familyWheelJson from "@famwel/instruments/definitions/family-wheel.json" with { type: "json" };
import networkJson from "@famwel/instruments/definitions/service-network.json" with { type: "json" };
import reflectionJson from "@famwel/instruments/definitions/reflection.json" with { type: "json" };
import familyJson from "@famwel/instruments/definitions/family.json" with { type: "json" };
import "../define/famwel-life-wheel.js";
import "../define/famwel-service-map.js";
import "../define/famwel-reflection.js";
import "../define/famwel-instrument.js";
import { registerLocale } from "./i18n.js";
import { mount } from "../test-support/mount.js";

const sectionOf = <S>(json: unknown, type: string) =>
  (json as InstrumentDefinition).sections.find((s) => s.type === type) as S;
const wheel: WheelSection = {
  ...sectionOf<WheelSection>(familyWheelJson, "wheel"),
  notes: true,
  custom: { add: true, rename: true },
};

/** Every field in `el`'s shadow root where one types words. */
const textFields = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(
    'textarea, input:not([type]), input[type="text"], input[type="search"]',
  ),
];

describe("free text", () => {
  it("takes the direction of what is typed, in every field of every element", async () => {
    const fields = [
      ...textFields(
        await mount("famwel-life-wheel", (e) => {
          e.definition = wheel;
          e.view = "table";
        }),
      ),
      ...textFields(
        await mount("famwel-service-map", (e) => {
          e.definition = sectionOf<NetworkSection>(networkJson, "network");
          e.view = "list";
          e.value = {
            type: "network",
            nodes: {
              gp: {
                catalog: "gp",
                kind: "service",
                sector: "health",
                ring: "middle",
                at: "2026-10-01T10:00:00Z",
              },
            },
            links: [],
          };
        }),
      ),
      ...textFields(
        await mount("famwel-reflection", (e) => (e.instrument = reflectionJson as never)),
      ),
    ];
    const runner = await mount("famwel-instrument", (e) => (e.instrument = familyJson as never));
    // On to "Et godt liv for oss", the step of text fields.
    [...runner.shadowRoot!.querySelectorAll("button")]
      .find((b) => b.textContent.trim() === "Neste")!
      .click();
    await runner.updateComplete;
    await runner.updateComplete;
    fields.push(...textFields(runner));
    // Wheel: note, rename, add; map: search, add, note; reflection; the runner's questions.
    expect(fields.length).toBeGreaterThanOrEqual(8);
    expect(fields.filter((f) => f.getAttribute("dir") !== "auto")).toEqual([]);
  });

  it("lays out a Norwegian note in an Arabic wheel left to right, and Arabic in a Norwegian one right to left", async () => {
    registerLocale("ar", {}, { dir: "rtl" });
    const el = await mount("famwel-life-wheel", (e) => {
      e.definition = wheel;
      e.view = "table";
      e.locale = "ar";
    });
    const note = el.shadowRoot!.querySelector("textarea")!;
    note.value = "For trangt, barna deler rom.";
    expect(getComputedStyle(note).direction).toBe("ltr");
    // And Arabic typed into a Norwegian wheel, right to left.
    const nb = await mount("famwel-life-wheel", (e) => {
      e.definition = wheel;
      e.view = "table";
    });
    const field = nb.shadowRoot!.querySelector("textarea")!;
    field.value = "البيت ضيّق.";
    expect(getComputedStyle(field).direction).toBe("rtl");
  });
});
