import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import type { InstrumentDefinition, NetworkAnswer, NetworkSection } from "@famwel/instrument";
import { parseInstrument } from "@famwel/instrument";
import serviceNetworkJson from "@famwel/instruments/definitions/service-network.json" with { type: "json" };
import "../define/famwel-service-map.js";
import type { FamwelServiceMap } from "./service-map.js";
import { wheelSvgText } from "../life-wheel/life-wheel.export.js";
import { LINE_HEIGHT_EM } from "./service-map.layout.js";
import { catalogSearch } from "./service-map.model-search.js";
import { registerLocale } from "../shared/i18n.js";
import { expectNoAxeViolations } from "../test-support/axe.js";
import { drawnLeftToRight } from "../test-support/bidi.js";
import {
  boxOfWidth,
  cleanupAfterTest,
  drawnPictures,
  mount as mountTag,
  recordEvents as record,
} from "../test-support/mount.js";

const mount = (setup: (el: FamwelServiceMap) => void, parent?: HTMLElement) =>
  mountTag("famwel-service-map", setup, parent);

const network = serviceNetworkJson as unknown as InstrumentDefinition;
const section = network.sections[0] as NetworkSection;
const at = "2026-10-01T10:00:00.000Z";
const node = (
  sector: string,
  ring: string,
  position: number,
  extra: Partial<NetworkAnswer["nodes"][string]> = {},
) => ({
  kind: "service" as const,
  sector,
  ring,
  position,
  at,
  ...extra,
});
/** Three services around the family: child welfare, school and the GP. */
const three: NetworkAnswer = {
  type: "network",
  nodes: {
    "child-welfare": node("welfare", "middle", 0.5, { catalog: "child-welfare" }),
    school: node("school", "close", 0.5, { catalog: "school" }),
    gp: node("health", "distant", 0.5, { catalog: "gp" }),
  },
  links: [],
};

const $ = (el: FamwelServiceMap, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const nodes = (el: FamwelServiceMap) => [...el.shadowRoot!.querySelectorAll<SVGGElement>(".node")];
const nodeNamed = (el: FamwelServiceMap, name: string) =>
  nodes(el).find((n) => n.getAttribute("aria-label")!.startsWith(name))!;
/** The labels drawn for `selector`, each as its lines: a label is a <text> a line, each one line
 * height under the last, at the same x. */
const labels = (el: FamwelServiceMap, selector: string) => {
  const out: string[][] = [];
  const y = (e: SVGTextElement) => Number(e.getAttribute("y"));
  let last: SVGTextElement | undefined;
  for (const t of el.shadowRoot!.querySelectorAll<SVGTextElement>(selector)) {
    const step = Number(t.getAttribute("font-size")) * LINE_HEIGHT_EM;
    const next =
      last?.getAttribute("x") === t.getAttribute("x") && Math.abs(y(t) - y(last) - step) < 0.01;
    if (next) out.at(-1)!.push(t.textContent);
    else out.push([t.textContent]);
    last = t;
  }
  return out;
};
const button = (el: FamwelServiceMap, text: string | RegExp) =>
  [...el.shadowRoot!.querySelectorAll("button")].find((b) =>
    typeof text === "string" ? b.textContent?.trim() === text : text.test(b.textContent ?? ""),
  )!;

describe("<famwel-service-map>", () => {
  it("adds a service from the catalog by searching in the family's language", async () => {
    const el = await mount((e) => (e.instrument = network));
    const events = record(el);
    expect(nodes(el)).toHaveLength(0);
    await expectNoAxeViolations(el);
    await userEvent.type($(el, 'input[type="search"]')!, "barnev");
    await el.updateComplete;
    await userEvent.click(button(el, "Legg til: Barnevernstjenesten"));
    await el.updateComplete;
    expect(el.value.nodes["child-welfare"]).toMatchObject({
      catalog: "child-welfare",
      sector: "welfare",
      kind: "service",
    });
    expect(nodeNamed(el, "Barnevernstjenesten").getAttribute("aria-label")).toContain(
      section.sectors.find((s) => s.id === "welfare")!.label.nb,
    );
    expect($(el, "[role=status]")!.textContent).toContain("Barnevernstjenesten");
    expect(events).toContain("change");
    await expectNoAxeViolations(el);
  });

  it("moves a node closer, further and to another sector by keyboard, announcing each move", async () => {
    const el = await mount((e) => {
      e.instrument = network;
      e.value = three;
    });
    const events = record(el);
    nodeNamed(el, "Barnevernstjenesten").focus();
    await userEvent.keyboard("{Shift>}{ArrowUp}{/Shift}");
    await el.updateComplete;
    expect(el.value.nodes["child-welfare"]!.ring).toBe("close");
    expect($(el, "[role=status]")!.textContent).toMatch(/Barnevernstjenesten/);
    await userEvent.keyboard("{Shift>}{ArrowDown}{ArrowDown}{/Shift}");
    await el.updateComplete;
    expect(el.value.nodes["child-welfare"]!.ring).toBe("distant");
    const sectors = section.sectors.map((s) => s.id);
    await userEvent.keyboard("{Shift>}{ArrowRight}{/Shift}");
    await el.updateComplete;
    expect(el.value.nodes["child-welfare"]!.sector).toBe(
      sectors[(sectors.indexOf("welfare") + 1) % sectors.length],
    );
    expect(events.filter((e) => e === "change")).toHaveLength(4);
    // Arrow keys alone move the selection, not the node
    await userEvent.keyboard("{Home}");
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute("aria-label")).not.toMatch(
      /^Barnevernstjenesten/,
    );
  });

  it("rates a node in its panel: helpfulness with the anchors, importance, coordinator, note", async () => {
    const el = await mount((e) => {
      e.instrument = network;
      e.value = three;
    });
    nodeNamed(el, "Skolen").focus();
    await el.updateComplete;
    const panel = $(el, ".panel")!;
    expect(panel.querySelector("h3")!.textContent).toBe("Skolen");
    await userEvent.selectOptions(
      panel.querySelector<HTMLSelectElement>('select[aria-label="Skolen: Hvor mye hjelper de?"]')!,
      "4",
    );
    await userEvent.click(
      panel.querySelector<HTMLInputElement>('input[aria-label="Skolen: Viktig for oss"]')!,
    );
    await userEvent.click(
      panel.querySelector<HTMLInputElement>('input[aria-label^="Skolen: Koordinator"]')!,
    );
    await el.updateComplete;
    expect(el.value.nodes.school).toMatchObject({ helpfulness: 4, important: true });
    expect(el.value.coordinator?.node).toBe("school");
    expect(nodeNamed(el, "Skolen").getAttribute("aria-label")).toContain("koordinator");
    await expectNoAxeViolations(el);
  });

  it("lays out a node's panel in even columns: each select as wide as the next, the note across them", async () => {
    const el = await mount((e) => {
      e.instrument = network;
      e.value = three;
    }, boxOfWidth(1000));
    nodeNamed(el, "Skolen").focus();
    await el.updateComplete;
    const controls = $(el, ".panel .controls")!;
    const widths = [...controls.querySelectorAll("select")].map((s) => s.offsetWidth);
    expect(widths.length).toBeGreaterThan(3);
    // Before, each select was as wide as its longest option: 273 to 378 px.
    expect(new Set(widths).size).toBe(1);
    expect(controls.querySelector("textarea")!.offsetWidth).toBe(controls.clientWidth);
    // Each link's select starts at one line, whatever the other service's name ("Fastlegen",
    // "Barnevernstjenesten": before, each select started where its name ended).
    const lefts = [...el.shadowRoot!.querySelectorAll(".links select")].map((x) =>
      Math.round(x.getBoundingClientRect().left),
    );
    expect(lefts.length).toBeGreaterThan(1);
    expect(new Set(lefts).size).toBe(1);
    await expectNoAxeViolations(el);
  });

  it("shows missing cooperation between two important services as a gap, and draws links by rating", async () => {
    const value: NetworkAnswer = {
      ...three,
      nodes: {
        ...three.nodes,
        "child-welfare": { ...three.nodes["child-welfare"]!, important: true },
        school: { ...three.nodes.school!, important: true },
      },
    };
    const el = await mount((e) => {
      e.instrument = network;
      e.value = value;
    });
    expect(el.shadowRoot!.querySelectorAll("line.gap")).toHaveLength(1);
    expect($(el, ".gaps")!.textContent).toContain("Barnevernstjenesten");
    // Its heading at the box's top (its own 1.33em margin left a gap above it).
    const gaps = $(el, ".gaps")!.getBoundingClientRect();
    expect($(el, ".gaps h4")!.getBoundingClientRect().top - gaps.top).toBeLessThan(16);
    nodeNamed(el, "Skolen").focus();
    await el.updateComplete;
    await userEvent.selectOptions(
      $(el, 'select[aria-label="Skolen – Barnevernstjenesten: Hvor godt samarbeider de?"]')!,
      "3",
    );
    await el.updateComplete;
    expect(el.value.links).toEqual([expect.objectContaining({ cooperation: 3 })]);
    expect(el.shadowRoot!.querySelectorAll("line.gap")).toHaveLength(0);
    const link = el.shadowRoot!.querySelector<SVGLineElement>("line.link")!;
    expect(link.getAttribute("stroke-dasharray")).toBeNull(); // the best rating is a solid line
    expect(Number(link.getAttribute("stroke-width"))).toBeGreaterThan(3);
  });

  it("links two nodes by keyboard (L on each) and removes a node with Delete, with undo", async () => {
    const el = await mount((e) => {
      e.instrument = network;
      e.value = three;
    });
    nodeNamed(el, "Skolen").focus();
    await userEvent.keyboard("l");
    nodeNamed(el, "Fastlegen").focus();
    await userEvent.keyboard("l");
    await el.updateComplete;
    expect(el.value.links?.map((l) => [l.a, l.b].sort())).toEqual([["gp", "school"]]);
    expect($(el, "[role=status]")!.textContent).toContain("koblet");
    nodeNamed(el, "Fastlegen").focus();
    await userEvent.keyboard("{Delete}");
    await el.updateComplete;
    expect(nodes(el)).toHaveLength(2);
    expect(el.value.nodes.gp).toMatchObject({ removed: true, sector: "health", ring: "distant" });
    await userEvent.click(button(el, "Angre"));
    await el.updateComplete;
    expect(nodes(el)).toHaveLength(3);
    expect(el.value.nodes.gp?.removed).toBeUndefined();
  });

  it("adds the family's own people with stable ids, rendering their words as text", async () => {
    const el = await mount((e) => (e.instrument = network));
    const form = $(el, ".add form")!;
    await userEvent.type(
      form.querySelector("input[name=label]")!,
      "Mormor <img src=x onerror=alert(1)>",
    );
    await userEvent.click(form.querySelector("button[type=submit]")!);
    await el.updateComplete;
    const [id, own] = Object.entries(el.value.nodes)[0]!;
    expect(id).toMatch(/^p-[0-9a-z]{10}$/);
    expect(own).toMatchObject({ label: "Mormor <img src=x onerror=alert(1)>", kind: "person" });
    expect(el.shadowRoot!.querySelector("img")).toBeNull();
    // A person is drawn as a circle and a service as a square with rounded corners.
    el.value = { ...el.value, nodes: { ...el.value.nodes, ...three.nodes } };
    await el.updateComplete;
    const shape = (name: string) =>
      nodeNamed(el, name).querySelector(".shape")!.getBoundingClientRect();
    const corner = (name: string) =>
      Number(nodeNamed(el, name).querySelector(".shape")!.getAttribute("rx"));
    expect(corner("Mormor")).toBeCloseTo(shape("Mormor").width / 2, 0);
    expect(corner("Skolen")).toBeLessThan(shape("Skolen").width / 4);
  });

  it("keeps the map and the editable list in sync", async () => {
    const el = await mount((e) => {
      e.instrument = network;
      e.value = three;
    });
    button(el, "Liste").click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll("tbody tr")).toHaveLength(3);
    await userEvent.selectOptions($(el, 'select[aria-label="Fastlegen: Hvor nær"]')!, "close");
    await el.updateComplete;
    expect(el.value.nodes.gp!.ring).toBe("close");
    await expectNoAxeViolations(el);
    button(el, "Kart").click();
    await el.updateComplete;
    expect(nodeNamed(el, "Fastlegen").getAttribute("aria-label")).toContain(
      section.rings[0].label.nb,
    );
  });

  it("drags a node to another ring by pointer: input while moving, one change at the end", async () => {
    const el = await mount((e) => {
      e.instrument = network;
      e.value = three;
    });
    const events = record(el);
    const svg = el.shadowRoot!.querySelector("svg")!;
    const g = nodeNamed(el, "Fastlegen");
    const start = g.querySelector(".shape")!.getBoundingClientRect();
    const hub = svg.querySelector(".hub")!.getBoundingClientRect();
    const [sx, sy] = [start.left + start.width / 2, start.top + start.height / 2];
    const [hx, hy] = [hub.left + hub.width / 2, hub.top + hub.height / 2];
    // Towards the centre along the same ray, to just outside the family disc: the innermost ring.
    const t = (hub.width / 2 + 12) / Math.hypot(sx - hx, sy - hy);
    const [ex, ey] = [hx + (sx - hx) * t, hy + (sy - hy) * t];
    const init = {
      bubbles: true,
      composed: true,
      pointerId: 3,
      isPrimary: true,
      pointerType: "touch",
    } as const;
    g.dispatchEvent(new PointerEvent("pointerdown", { ...init, clientX: sx, clientY: sy }));
    svg.dispatchEvent(
      new PointerEvent("pointermove", { ...init, clientX: (sx + ex) / 2, clientY: (sy + ey) / 2 }),
    );
    svg.dispatchEvent(new PointerEvent("pointermove", { ...init, clientX: ex, clientY: ey }));
    svg.dispatchEvent(new PointerEvent("pointerup", { ...init, clientX: ex, clientY: ey }));
    await el.updateComplete;
    expect(el.value.nodes.gp).toMatchObject({ ring: "close", sector: "health" });
    expect(events.filter((e) => e === "input").length).toBeGreaterThanOrEqual(1);
    expect(events.filter((e) => e === "change")).toHaveLength(1);
  });

  it("moves only the dragged node while dragging and lays out the map once, at the drop", async () => {
    const el = await mount((e) => {
      e.instrument = network;
      e.value = { ...three, links: [{ a: "gp", b: "school", cooperation: 3, at }] };
    });
    const events = record(el);
    const svg = el.shadowRoot!.querySelector("svg")!;
    const g = nodeNamed(el, "Fastlegen");
    const centre = (e: Element) => {
      const r = e.getBoundingClientRect();
      return [r.left + r.width / 2, r.top + r.height / 2] as const;
    };
    const [sx, sy] = centre(g.querySelector(".shape")!);
    const [hx, hy] = centre(svg.querySelector(".hub")!);
    const school = nodeNamed(el, "Skolen");
    const schoolAt = school.getBoundingClientRect();
    const init = { bubbles: true, composed: true, pointerId: 4, isPrimary: true } as const;
    g.dispatchEvent(new PointerEvent("pointerdown", { ...init, clientX: sx, clientY: sy }));
    await el.updateComplete;
    // Nearer the family disc along the same ray: the middle ring of the same sector.
    const [mx, my] = [hx + (sx - hx) * 0.72, hy + (sy - hy) * 0.72];
    svg.dispatchEvent(new PointerEvent("pointermove", { ...init, clientX: mx, clientY: my }));
    await el.updateComplete;
    const [nx, ny] = centre(g.querySelector(".shape")!);
    expect(Math.hypot(nx - mx, ny - my)).toBeLessThan(2); // the node is under the pointer
    const label = $(el, "text.label.selected")!;
    expect(label.textContent).toContain("Fastlegen");
    expect(getComputedStyle(label).transform).toBe(getComputedStyle(g).transform); // its name too
    expect(getComputedStyle(g).transform).not.toBe("none");
    expect(school.getBoundingClientRect()).toEqual(schoolAt);
    // Its link goes with it: one end under the pointer, the other still at the school.
    const link = el.shadowRoot!.querySelector<SVGLineElement>("line.link")!;
    const ends = () => {
      const m = link.getScreenCTM()!;
      const at = (k: 1 | 2) =>
        new DOMPoint(
          Number(link.getAttribute(`x${k}`)),
          Number(link.getAttribute(`y${k}`)),
        ).matrixTransform(m);
      return [at(1), at(2)];
    };
    const [gpEnd, schoolEnd] = link.dataset.a === "gp" ? ends() : ends().reverse();
    expect(Math.hypot(gpEnd!.x - mx, gpEnd!.y - my)).toBeLessThan(2);
    const [kx, ky] = centre(school.querySelector(".shape")!);
    expect(Math.hypot(schoolEnd!.x - kx, schoolEnd!.y - ky)).toBeLessThan(2);
    expect(events).toContain("input");
    expect(el.value.nodes.gp).toMatchObject({ ring: "middle", sector: "health" });
    // Over the family disc the node still follows, but no cell is outlined and the answer stays.
    svg.dispatchEvent(new PointerEvent("pointermove", { ...init, clientX: hx, clientY: hy }));
    await el.updateComplete;
    expect(el.value.nodes.gp).toMatchObject({ ring: "middle", sector: "health" });
    svg.dispatchEvent(new PointerEvent("pointerup", { ...init, clientX: hx, clientY: hy }));
    await el.updateComplete;
    // Dropped: laid out in its new cell, nothing left of the drag, the list and the news agree.
    expect(getComputedStyle(nodeNamed(el, "Fastlegen")).transform).toBe("none");
    const [dx, dy] = centre(nodeNamed(el, "Fastlegen").querySelector(".shape")!);
    const [dropped] = link.dataset.a === "gp" ? ends() : ends().reverse();
    expect(Math.hypot(dropped!.x - dx, dropped!.y - dy)).toBeLessThan(2); // the link at its new place
    expect(nodeNamed(el, "Fastlegen").getAttribute("aria-label")).toContain(
      section.rings.find((r) => r.id === "middle")!.label.nb,
    );
    expect($(el, "[role=status]")!.textContent).toContain("Fastlegen");
    expect(events.filter((e) => e === "change")).toHaveLength(1);
    await expectNoAxeViolations(el);
    button(el, "Liste").click();
    await el.updateComplete;
    expect(
      $(el, 'select[aria-label="Fastlegen: Hvor nær"]')!.querySelector<HTMLOptionElement>(
        "option:checked",
      )!.value,
    ).toBe("middle");
  });

  it("posts with its form, resets, follows a disabled fieldset, and fires change only on user edits", async () => {
    const form = document.createElement("form");
    const fieldset = document.createElement("fieldset");
    form.append(fieldset);
    document.body.append(form);
    cleanupAfterTest(form);
    const el = await mount((e) => {
      e.instrument = network;
      e.name = "network";
      e.value = three;
    }, fieldset);
    const events = record(el);
    expect(JSON.parse(new FormData(form).get("network") as string)).toEqual(three);
    el.locale = "en";
    el.value = three;
    await el.updateComplete;
    expect(events).toEqual([]);
    expect(nodeNamed(el, "Nav") ?? nodeNamed(el, "Child welfare")).toBeDefined();
    nodeNamed(el, "Child").focus();
    await userEvent.keyboard("{Shift>}{ArrowUp}{/Shift}");
    await el.updateComplete;
    expect(el.value.nodes["child-welfare"]!.ring).toBe("close");
    form.reset();
    await el.updateComplete;
    expect(el.value).toEqual(three);
    fieldset.disabled = true;
    await el.updateComplete;
    nodeNamed(el, "Child").focus();
    await userEvent.keyboard("{Shift>}{ArrowUp}{/Shift}");
    expect(el.value.nodes["child-welfare"]!.ring).toBe("middle");
    expect(new FormData(form).get("network")).toBeNull();
  });

  it("reads every rating option in the language and strings in force, in each link's select", async () => {
    const el = await mount((e) => {
      e.instrument = network;
      e.value = three;
    });
    nodeNamed(el, "Skolen").focus();
    await el.updateComplete;
    // A link's select by the names it starts with, or the first link's (name "").
    const options = (name: string) => {
      const select = $(el, name ? `select[aria-label^="${name}"]` : `select[aria-label*=" – "]`);
      return [...select!.querySelectorAll("option")].map((o) => o.textContent.trim());
    };
    expect(options("Skolen – Fastlegen")).toEqual([
      "—",
      "0 av 3, Kjenner ikke til hverandre",
      "1 av 3, Vet at den andre er der",
      "2 av 3, Har kontakt innimellom",
      "3 av 3, Samarbeider godt",
    ]);
    // Both links share one list per language (service-map.views-node.ts); each still reads it.
    expect(options("Skolen – Barnevernstjenesten")).toEqual(options("Skolen – Fastlegen"));
    el.locale = "nn";
    await el.updateComplete;
    // The first link's select (the services have names of their own in each language).
    expect(options("")[1]).toBe("0 av 3, Kjenner ikkje til kvarandre");
    // New strings for a language already drawn are read at once, not the list made before them.
    el.locale = "en-x-famwel";
    await el.updateComplete;
    expect(options("")[2]).toBe("1 of 3, Aware of each other");
    registerLocale("en-x-famwel", { valueOfMax: "{value}/{max}" });
    await el.updateComplete;
    expect(options("")[2]).toBe("1/3, Aware of each other");
    await expectNoAxeViolations(el);
  });

  it("keeps every answer through language switches", async () => {
    const el = await mount((e) => {
      e.instrument = network;
      e.value = three;
    });
    for (const locale of ["nn", "en", "nb"]) {
      el.locale = locale;
      await el.updateComplete;
      expect(el.value).toEqual(three);
      expect(nodes(el)).toHaveLength(3);
    }
    el.locale = "en";
    await el.updateComplete;
    expect(nodes(el).map((n) => n.getAttribute("aria-label")!.split(":")[0])).toContain(
      "Child welfare service",
    );
  });

  it("shows a bad definition as an alert naming the JSON path and keeps the last good one", async () => {
    const el = await mount((e) => {
      e.instrument = network;
      e.value = three;
    });
    const problems: unknown[] = [];
    el.addEventListener("famwel-error", (e) => problems.push(...e.problems));
    el.definition = { ...section, rings: [] } as unknown as NetworkSection; // invalid on purpose
    await el.updateComplete;
    expect($(el, "[role=alert]")!.textContent).toContain("/rings");
    expect(problems).toContainEqual(
      expect.objectContaining({ pointer: "/rings", rule: "minItems" }),
    );
    expect(nodes(el)).toHaveLength(3);
    await expectNoAxeViolations(el);
  });

  it("shows what changed since another reading, by name", async () => {
    const now: NetworkAnswer = {
      ...three,
      nodes: { ...three.nodes, school: { ...three.nodes.school!, helpfulness: 4 } },
    };
    const before: NetworkAnswer = {
      type: "network",
      nodes: {
        school: node("school", "distant", 0.5, { catalog: "school" }),
        police: node("other", "middle", 0.5, { catalog: "police" }),
      },
      links: [],
    };
    const el = await mount((e) => {
      e.instrument = network;
      e.value = now;
      e.compare = { label: "Forrige gang", value: before };
    });
    const text = $(el, ".compare")!.textContent.replace(/\s+/g, " ");
    expect(text).toContain("Forrige gang");
    expect(text).toMatch(/Nye .*Barnevernstjenesten/);
    expect(text).toMatch(/Borte .*Politiet/);
    expect(text).toMatch(/Nærmere .*Skolen/);
    // Not rated before: said in words, not as a dash a family has to guess at.
    expect(text).toMatch(
      /Vurdert annerledes .*Skolen: Hvor mye hjelper de\? ikke vurdert → .*4 av 4/,
    );
    await expectNoAxeViolations(el);
  });

  it("is read-only when asked, and lays out right to left for an RTL language", async () => {
    const el = await mount((e) => {
      e.instrument = network;
      e.value = three;
      e.readonly = true;
    });
    expect($(el, ".add")).toBeNull();
    nodeNamed(el, "Skolen").focus();
    await userEvent.keyboard("{Shift>}{ArrowUp}{/Shift}");
    expect(el.value).toEqual(three);
    await expectNoAxeViolations(el);
    registerLocale("ar", { family: "العائلة" }, { dir: "rtl" });
    el.readonly = false;
    el.locale = "ar";
    await el.updateComplete;
    expect($(el, "[dir]")!.getAttribute("dir")).toBe("rtl");
    expect($(el, ".hub-label")!.textContent.trim()).toBe("العائلة");
    await expectNoAxeViolations(el);
  });

  it("draws a name in its own language's direction, on the map and in the search", async () => {
    registerLocale("ar", {}, { dir: "rtl" });
    // The school's name in bokmål only, which an Arabic map falls back to; or the same words tagged Arabic.
    const withSchool = (label: Record<string, string>): InstrumentDefinition => ({
      ...network,
      sections: [
        {
          ...section,
          catalog: section.catalog!.map((c) => (c.id === "school" ? { ...c, label } : c)),
        },
      ],
    });
    const mapWith = (label: Record<string, string>, value: NetworkAnswer) =>
      mount((e) => {
        e.instrument = withSchool(label);
        e.value = value;
        e.locale = "ar";
      }, boxOfWidth(1000));
    const school = (el: FamwelServiceMap) =>
      [...el.shadowRoot!.querySelectorAll<SVGTextElement>("text.label")].find(
        (t) => t.textContent === "Skolen m.m.",
      )!;
    const fallback = school(await mapWith({ nb: "Skolen m.m." }, three));
    const own = school(await mapWith({ nb: "Skolen m.m.", ar: "Skolen m.m." }, three));
    expect(fallback.getAttribute("lang")).toBe("nb");
    // Bokmål left to right, its "." at the right end; Arabic text keeps the map's direction.
    expect(drawnLeftToRight(fallback)).toBe(true);
    expect(drawnLeftToRight(own)).toBe(false);
    // Where the layout put it: text-anchor follows the label's direction, so the box is the same.
    const [a, b] = [fallback.getBBox(), own.getBBox()];
    expect(Math.abs(a.x - b.x)).toBeLessThan(0.5);
    expect(Math.abs(a.width - b.width)).toBeLessThan(0.5);
    // In the search, "Add: " is Arabic and the name bokmål, each in its own direction.
    const { school: _, ...others } = three.nodes;
    const el = await mapWith({ nb: "Skolen m.m." }, { ...three, nodes: others });
    await userEvent.type($(el, 'input[type="search"]')!, "Skolen");
    await el.updateComplete;
    const hit = $(el, ".hits button")!;
    expect(hit.hasAttribute("lang")).toBe(false);
    const name = hit.querySelector("[lang]")!;
    expect(name.getAttribute("lang")).toBe("nb");
    expect(drawnLeftToRight(name)).toBe(true);
  });

  it("draws its first render at the width of its place in the page, never at a guess, and keeps it in place", async () => {
    // It drew at 480 px and grew a frame later, laid out twice: the family saw the map jump.
    const parsed = parseInstrument(JSON.stringify(network));
    const setup = (e: FamwelServiceMap) => {
      e.instrument = parsed.ok ? parsed.value : undefined;
      e.value = three;
    };
    const drawn = await drawnPictures("famwel-service-map", setup, "svg[part=map]", ".node");
    expect(drawn.widths).toEqual(["1000"]);
    // Nor down when the toolbar comes above it with the views: its row is kept free until then,
    // and the picture's box stays where it is, so the page counts no layout shift either.
    expect(drawn.moved).toBeLessThan(1);
    expect(drawn.shift).toBe(0);
  });

  it("never overlaps labels or sector names with 40 services and people on a 360 px screen", async () => {
    const host = boxOfWidth(360);
    const catalog = section.catalog!.slice(0, 40);
    const value: NetworkAnswer = {
      type: "network",
      nodes: Object.fromEntries(
        catalog.map((c, i) => [
          c.id,
          node(c.sector, section.rings[i % 3]!.id, ((i * 7) % 10) / 10 + 0.05, {
            catalog: c.id,
            kind: c.kind ?? "service",
          }),
        ]),
      ),
      links: [],
    };
    const el = await mount((e) => {
      e.instrument = network;
      e.value = value;
    }, host);
    await expect
      .poll(
        async () => (
          await el.updateComplete,
          el.shadowRoot!.querySelector("svg")!.getAttribute("width")
        ),
      )
      .toBe("360");
    // Every sector is named on the map (hidden from assistive technology: the nodes' names say it).
    const lines = [...el.shadowRoot!.querySelectorAll("text.sector-label")];
    expect(lines.map((t) => t.closest("[aria-hidden=true]"))).not.toContain(null);
    expect(labels(el, "text.sector-label")).toHaveLength(section.sectors.length);
    // Whole, on up to three lines: "Nav, barnevern og andre…" was cut at every width.
    expect(labels(el, "text.sector-label").map((l) => l.join(" "))).toEqual(
      section.sectors.map((s) => s.label.nb),
    );
    // Every node has its name (beside it, or in the key below), and no two lines overlap: the
    // lines of one name stack, and names of two nodes keep apart.
    expect([...labels(el, "text.label"), ...labels(el, "text.sector-label")]).toHaveLength(
      40 + section.sectors.length,
    );
    const boxes = [...el.shadowRoot!.querySelectorAll("text.label, text.sector-label")]
      .map((t) => t.getBoundingClientRect())
      .filter((b) => b.width > 0);
    expect(boxes.length).toBeGreaterThan(40 + section.sectors.length); // some names wrap
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
          `label lines ${i} and ${j} overlap`,
        ).toBe(false);
      }
    // Crowded cells keep their nodes in place as numbered circles; the key below names each one.
    // The number never takes the click: the node under it is still the button.
    const numbers = [...el.shadowRoot!.querySelectorAll<SVGTextElement>("text.key")];
    expect(numbers.length).toBeGreaterThan(0);
    const keyTexts = [...el.shadowRoot!.querySelectorAll("text.label")].map((t) => t.textContent);
    const mapBottom = el.shadowRoot!.querySelector("ellipse.ring:last-of-type")!;
    for (const number of numbers) {
      const k = number.textContent.trim();
      const entry = keyTexts.find((t) => t.startsWith(`${k} `));
      expect(entry, `key entry ${k}`).toBeDefined();
      const r = number.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      const nodeButton = hit?.closest<SVGGElement>("g.node");
      expect(nodeButton).not.toBeNull();
      expect(nodeButton!.getAttribute("aria-label")).toContain(entry!.slice(k.length + 1, -1));
      expect(r.bottom).toBeLessThan(mapBottom.getBoundingClientRect().bottom);
    }
  });

  it("exports a picture of the map the family can keep: sectors, names and links, no scripts or style attributes", async () => {
    const el = await mount((e) => {
      e.instrument = network;
      e.value = { ...three, links: [{ a: "school", b: "gp", cooperation: 3, at }] };
    });
    const text = wheelSvgText(el.shadowRoot!.querySelector("svg")!, "Nettverket vårt");
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.querySelector("title")!.textContent).toBe("Nettverket vårt");
    const words = [...doc.querySelectorAll("text")]
      .map((t) => t.textContent.replace(/\s+/g, " ").trim())
      .join(" | ");
    expect(words).toContain("Skolen");
    const health = section.sectors.find((s) => s.id === "health")!.label.nb ?? "";
    expect(words).toContain(health.split(" ")[0]!);
    expect(doc.querySelectorAll("line[stroke-width]").length).toBeGreaterThan(0);
    expect(text).not.toMatch(/style=|<script|tabindex/);
  });
});

// The node buttons and the list's rows are not keyed by node id: the element at a DOM position stands
// for whichever node sorts there. These tests hold what the family sees and where their keys go to
// the node they are on, not to the position (see service-map.views.ts: `refocus`, `shows`).
describe("<famwel-service-map> follows the node, not the position", () => {
  const focused = (el: FamwelServiceMap) => el.shadowRoot!.activeElement;
  const sectorsOf = (el: FamwelServiceMap) =>
    Object.fromEntries(Object.entries(el.value.nodes).map(([id, n]) => [id, n!.sector]));
  const sectors = section.sectors.map((s) => s.id);
  // In reading order: the school (school), the GP (health), child welfare (welfare).
  const schoolAfter = (k: number) => sectors[sectors.indexOf("school") + k];

  it("keeps focus on the node Shift+Arrow moves past another, so the next key moves it again", async () => {
    const el = await mount((e) => {
      e.instrument = network;
      e.value = three;
    });
    nodeNamed(el, "Skolen").focus();
    // The second step puts the school after the GP in reading order (welfare, before child welfare).
    await userEvent.keyboard("{Shift>}{ArrowRight}{ArrowRight}{ArrowRight}{/Shift}");
    await el.updateComplete;
    expect(sectorsOf(el)).toEqual({
      "child-welfare": "welfare",
      school: schoolAfter(3),
      gp: "health",
    });
    expect(focused(el)?.getAttribute("data-id")).toBe("school");
    expect($(el, ".panel h3")!.textContent).toBe("Skolen");
    await expectNoAxeViolations(el);
  });

  it("after Delete, selects and focuses the next node (the one before, after the last)", async () => {
    const el = await mount((e) => {
      e.instrument = network;
      e.value = three;
    });
    nodeNamed(el, "Fastlegen").focus();
    await userEvent.keyboard("{Delete}");
    await el.updateComplete;
    expect(focused(el)?.getAttribute("data-id")).toBe("child-welfare");
    expect($(el, ".panel h3")!.textContent).toBe("Barnevernstjenesten");
    await userEvent.keyboard("{Delete}");
    await el.updateComplete;
    expect(focused(el)?.getAttribute("data-id")).toBe("school");
    expect($(el, ".panel h3")!.textContent).toBe("Skolen");
    expect(Object.keys(el.value.nodes).filter((id) => !el.value.nodes[id]!.removed)).toEqual([
      "school",
    ]);
    // With no node left to go to, focus goes to Undo; Undo goes too, so to the node it restored.
    await userEvent.keyboard("{Delete}");
    await el.updateComplete;
    expect(focused(el)?.textContent?.trim()).toBe("Angre");
    await userEvent.keyboard("{Enter}");
    await el.updateComplete;
    expect(focused(el)?.getAttribute("data-id")).toBe("school");
    expect(el.value.nodes.school?.removed).toBeUndefined();
  });

  it("sorts the catalog in the alphabet of nynorsk and Sami too, where the browser has no data of theirs", () => {
    const named = (id: string, nb: string) => ({ id, label: { nb }, sector: "other" });
    const local = {
      ...section,
      catalog: [named("a", "Åsen"), named("b", "Berg"), named("o", "Ørje"), named("z", "Zeta")],
    };
    // Chromium's root collation, which Intl gave for "nn", put "Å" with "A", first.
    for (const locale of ["nb", "nn", "se"])
      expect(catalogSearch(local, "", locale, [], new Set()).map((h) => h.label)).toEqual([
        "Berg",
        "Zeta",
        "Ørje",
        "Åsen",
      ]);
  });

  it("after adding from the catalog, focus goes back to the search, never onto another service", async () => {
    const el = await mount((e) => (e.instrument = network));
    const search = $(el, 'input[type="search"]')!;
    // The only hit: its button goes once it is added. With several, the pressed one would come to
    // stand for the next hit, and a second Enter would add that one.
    for (const [query, name] of [
      ["legevakt", "Legevakten"],
      ["barne", "Barnevernstjenesten"],
    ]) {
      await userEvent.clear(search);
      await userEvent.type(search, query!);
      await el.updateComplete;
      button(el, `Legg til: ${name}`).focus();
      await userEvent.keyboard("{Enter}");
      await el.updateComplete;
      expect(focused(el)).toBe(search);
    }
    expect(Object.keys(el.value.nodes)).toEqual(["emergency-clinic", "child-welfare"]);
  });

  it("in the list, focus follows an undone node to its row, and a removed link to the next one", async () => {
    const el = await mount((e) => {
      e.instrument = network;
      e.value = {
        ...three,
        links: [
          { a: "gp", b: "school", cooperation: 3, at },
          { a: "child-welfare", b: "school", cooperation: 2, at },
        ],
      };
      e.view = "list";
    });
    const rows = () => [...el.shadowRoot!.querySelectorAll("[part=list] tbody tr")];
    const removeIn = (row: Element) => [...row.querySelectorAll("button")].at(-1)!;
    removeIn(rows()[0]!).focus(); // the school's row
    await userEvent.keyboard("{Enter}{Enter}"); // remove, then Undo, which has focus
    await el.updateComplete;
    expect(el.value.nodes.school?.removed).toBeUndefined();
    expect(focused(el)?.getAttribute("aria-label")).toMatch(/^Skolen: /);
    // A link's remove button would come to stand for the next link: focus goes to that one's
    // rating, and with no link left, to the field that adds people and services.
    const linkRows = () => [...el.shadowRoot!.querySelectorAll("[part=list] table + table tr")];
    expect(linkRows()).toHaveLength(2);
    removeIn(linkRows()[0]!).focus();
    await userEvent.keyboard("{Enter}");
    await el.updateComplete;
    expect(el.value.links).toHaveLength(1);
    expect(focused(el)?.tagName).toBe("SELECT");
    expect(focused(el)?.getAttribute("aria-label")).toBe(
      linkRows()[0]!.querySelector("select")!.getAttribute("aria-label"),
    );
    removeIn(linkRows()[0]!).focus();
    await userEvent.keyboard("{Enter}");
    await el.updateComplete;
    expect(el.value.links).toHaveLength(0);
    expect(focused(el)).toBe($(el, 'input[type="search"]'));
    await expectNoAxeViolations(el);
  });

  it("keeps focus on the moved node's select in the list, so ArrowDown goes on moving that node", async () => {
    const el = await mount((e) => {
      e.instrument = network;
      e.value = three;
      e.view = "list";
    });
    // The school's row is first; its selects: ring, sector.
    el.shadowRoot!.querySelectorAll("tbody tr")[0]!.querySelectorAll("select")[1]!.focus();
    // The second step sorts the school's row after the GP's.
    await userEvent.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}");
    await el.updateComplete;
    expect(sectorsOf(el)).toEqual({
      "child-welfare": "welfare",
      school: schoolAfter(3),
      gp: "health",
    });
    const select = focused(el) as HTMLSelectElement;
    expect(select.getAttribute("aria-label")).toMatch(/^Skolen: /);
    expect(select.value).toBe(schoolAfter(3));
  });

  it("after a row's remove button, focus goes to Undo, not to the next node's remove button", async () => {
    const el = await mount((e) => {
      e.instrument = network;
      e.value = three;
      e.view = "list";
    });
    const removeFirst = [
      ...el.shadowRoot!.querySelectorAll("tbody tr")[0]!.querySelectorAll("button"),
    ].at(-1)!;
    expect(removeFirst.textContent).toMatch(/Skolen/);
    removeFirst.focus();
    await userEvent.keyboard("{Enter}");
    await el.updateComplete;
    expect(el.value.nodes.school?.removed).toBeTruthy();
    expect(focused(el)?.textContent?.trim()).toBe("Angre");
    await userEvent.keyboard("{Enter}"); // a second Enter undoes; it removes nothing else
    await el.updateComplete;
    expect(Object.values(el.value.nodes).filter((n) => n!.removed)).toHaveLength(0);
    await expectNoAxeViolations(el);
  });

  it("shows each node's own value in a select the family has used, in the panel and the list", async () => {
    const nav = node("welfare", "middle", 0.8, { catalog: "nav-office" });
    const el = await mount((e) => {
      e.instrument = network;
      e.value = {
        ...three,
        nodes: {
          ...three.nodes,
          "nav-office": nav,
          school: { ...three.nodes.school!, helpfulness: 3 },
        },
      };
    });
    const helpfulness = () =>
      el.shadowRoot!.querySelectorAll<HTMLSelectElement>(".panel .controls select")[2]!.value;
    nodeNamed(el, "Skolen").focus();
    await el.updateComplete;
    await userEvent.selectOptions(
      el.shadowRoot!.querySelectorAll<HTMLSelectElement>(".panel select")[2]!,
      "0",
    );
    await el.updateComplete;
    nodeNamed(el, "Fastlegen").focus(); // not rated
    await el.updateComplete;
    expect(helpfulness()).toBe("");
    nodeNamed(el, "Skolen").focus();
    await el.updateComplete;
    expect(helpfulness()).toBe("0");

    // The list: Nav's row is last (after child welfare, same sector and ring); one ring closer, it
    // sorts before child welfare, whose row now holds the select the family used.
    button(el, "Liste").click();
    await el.updateComplete;
    const rings = () =>
      [...el.shadowRoot!.querySelectorAll("tbody tr .controls")].map(
        (c) => c.querySelector("select")!.value,
      );
    expect(rings()).toEqual(["close", "distant", "middle", "middle"]);
    await userEvent.selectOptions(
      el.shadowRoot!.querySelectorAll("tbody tr .controls")[3]!.querySelector("select")!,
      "close",
    );
    await el.updateComplete;
    expect(el.value.nodes["nav-office"]!.ring).toBe("close");
    expect(rings()).toEqual(["close", "distant", "close", "middle"]);
  });
});
