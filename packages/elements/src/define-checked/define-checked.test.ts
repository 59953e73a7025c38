// The elements registered by define-checked/: the same elements, with the definition check in the
// first load instead of a lazy chunk (what is bundled where is checked in budget.node.test.ts).
// Here, in Chromium: a plain-JSON definition is drawn, a bad one is refused with its JSON pointer,
// and each state is axe clean. The define/ modules imported after them leave the tags to them.
import { describe, expect, it } from "vitest";
import type { NetworkSection, ReflectionSection, WheelSection } from "@famwel/instrument";
import familyWheelJson from "@famwel/instruments/definitions/family-wheel.json" with { type: "json" };
import networkJson from "@famwel/instruments/definitions/service-network.json" with { type: "json" };
import reflectionJson from "@famwel/instruments/definitions/reflection.json" with { type: "json" };
import { FamwelLifeWheel } from "./famwel-life-wheel.js";
import { FamwelServiceMap } from "./famwel-service-map.js";
import { FamwelReflection } from "./famwel-reflection.js";
// Imported after them, as the React wrappers would be: the tags stay with the checked elements.
import "../define/famwel-life-wheel.js";
import "../define/famwel-service-map.js";
import "../define/famwel-reflection.js";
import { expectNoAxeViolations } from "../test-support/axe.js";
import { mount } from "../test-support/mount.js";

// Plain JSON, as a host reads it from a file or an API: never through parseInstrument.
const plain = <T>(json: unknown, type: string): T =>
  structuredClone(
    (json as { sections: { type: string }[] }).sections.find((s) => s.type === type),
  ) as T;
const wheel = plain<WheelSection>(familyWheelJson, "wheel");
const network = plain<NetworkSection>(networkJson, "network");
const reflection = plain<ReflectionSection>(reflectionJson, "reflection");

describe("define-checked/", () => {
  it("registers the checked elements under the usual tags, which a later define/ import leaves alone", () => {
    expect(customElements.get("famwel-life-wheel")).toBe(FamwelLifeWheel);
    expect(customElements.get("famwel-service-map")).toBe(FamwelServiceMap);
    expect(customElements.get("famwel-reflection")).toBe(FamwelReflection);
  });

  it("the wheel draws a plain definition and refuses a bad one with its JSON pointer", async () => {
    const el = await mount("famwel-life-wheel", (e) => (e.definition = wheel));
    const sliders = () => el.shadowRoot!.querySelectorAll("[role=slider]");
    expect(sliders()).toHaveLength(wheel.domains.length);
    await expectNoAxeViolations(el);
    const problems: string[] = [];
    el.addEventListener("famwel-error", (e) => problems.push(...e.problems.map((p) => p.pointer)));
    el.definition = { ...wheel, domains: [{ id: "bad id!", label: { nb: "X" } }] };
    await el.updateComplete;
    expect(problems).toContain("/domains/0/id");
    expect(el.shadowRoot!.querySelector("[role=alert]")!.textContent).toContain("/domains/0/id");
    expect(sliders()).toHaveLength(wheel.domains.length); // the last good definition stays
    await expectNoAxeViolations(el);
  });

  it("the map draws a plain definition and refuses a bad one with its JSON pointer", async () => {
    const el = await mount("famwel-service-map", (e) => {
      e.definition = network;
      e.value = {
        type: "network",
        nodes: {
          n1: {
            label: "Helsestasjonen",
            kind: "service",
            sector: network.sectors[0].id,
            ring: network.rings[0].id,
            position: 0.5,
            at: "2026-11-01T09:00:00Z",
          },
        },
      };
    });
    expect(el.shadowRoot!.querySelectorAll(".node")).toHaveLength(1);
    await expectNoAxeViolations(el);
    const problems: string[] = [];
    el.addEventListener("famwel-error", (e) => problems.push(...e.problems.map((p) => p.pointer)));
    el.definition = { ...network, rings: [] as never }; // a map needs a ring: invalid on purpose
    await el.updateComplete;
    expect(problems).toContain("/rings");
    expect(el.shadowRoot!.querySelector("[role=alert]")!.textContent).toContain("/rings");
    await expectNoAxeViolations(el);
  });

  it("the reflection shows a plain definition's prompts and refuses a bad one with its JSON pointer", async () => {
    const el = await mount("famwel-reflection", (e) => (e.definition = reflection));
    expect(el.shadowRoot!.querySelectorAll("textarea").length).toBeGreaterThan(0);
    await expectNoAxeViolations(el);
    const problems: string[] = [];
    el.addEventListener("famwel-error", (e) => problems.push(...e.problems.map((p) => p.pointer)));
    el.definition = { ...reflection, prompts: [] as never }; // invalid on purpose
    await el.updateComplete;
    expect(problems).toContain("/prompts");
    expect(el.shadowRoot!.querySelector("[role=alert]")!.textContent).toContain("/prompts");
    await expectNoAxeViolations(el);
  });

  it("the wheel reports a definition whose getter throws, and keeps the last good one", async () => {
    const el = await mount("famwel-life-wheel", (e) => (e.definition = wheel));
    const problems: { pointer: string; rule: string }[] = [];
    el.addEventListener("famwel-error", (e) => problems.push(...e.problems));
    const hostile = { ...wheel };
    Object.defineProperty(hostile, "domains", {
      enumerable: true,
      get() {
        throw new Error("the host's getter failed");
      },
    });
    el.definition = hostile;
    await el.updateComplete;
    expect(problems).toEqual([expect.objectContaining({ pointer: "", rule: "internal" })]);
    const alert = el.shadowRoot!.querySelector("[role=alert]")!.textContent;
    expect(alert).toContain("the host's getter failed");
    expect(el.shadowRoot!.querySelectorAll("[role=slider]")).toHaveLength(wheel.domains.length);
    await expectNoAxeViolations(el);
  });

  // The check runs inside the first update (shared/check-now.ts), so the page never gets a render
  // without the section first, as a definition from parseInstrument does.
  it.each([
    ["famwel-life-wheel", wheel, "[role=slider]", wheel.domains.length],
    ["famwel-reflection", reflection, "textarea", reflection.prompts.length],
  ] as const)(
    "%s draws a good plain definition in its very first render",
    async (tag, def, what, count) => {
      const el = document.createElement(tag) as HTMLElement & { definition: unknown };
      el.definition = def;
      document.body.append(el);
      const firstRender = await new Promise<number>((resolve) => {
        // The first batch of changes in the shadow root is the first render.
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(el.shadowRoot!.querySelectorAll(what).length);
        });
        observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      });
      el.remove();
      expect(firstRender).toBe(count);
    },
  );
});
