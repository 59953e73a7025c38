// The wheel's table and the map's list fit the element they are in: on a phone each row stacks
// under its column names; wide, they stay a table whose selects share its width. Before, the
// wheel's table was 1,429 px wide in every box (each select as wide as its longest option) and the
// map's list 720 px on a phone.
import { describe, expect, it } from "vitest";
import type {
  InstrumentDefinition,
  NetworkAnswer,
  NetworkSection,
  WheelSection,
} from "@famwel/instrument";
import familyWheelJson from "@famwel/instruments/definitions/family-wheel.json" with { type: "json" };
import networkJson from "@famwel/instruments/definitions/service-network.json" with { type: "json" };
import "../define/famwel-life-wheel.js";
import "../define/famwel-service-map.js";
import { expectNoAxeViolations } from "../test-support/axe.js";
import { drawnLeftToRight } from "../test-support/bidi.js";
import { axTree } from "../test-support/keys.js";
import { registerLocale } from "../shared/i18n.js";
import { boxOfWidth, mount } from "../test-support/mount.js";

const familyWheel = (familyWheelJson as unknown as InstrumentDefinition).sections.find(
  (s) => s.type === "wheel",
) as WheelSection;
// Everything a table row can hold: two ratings, a note, renaming and removing.
const wheel: WheelSection = { ...familyWheel, notes: true, custom: { rename: true, remove: true } };
const network = (networkJson as unknown as InstrumentDefinition).sections[0] as NetworkSection;
const at = "2026-10-01T10:00:00Z";
const service = (catalog: string, sector: string, ring: string) =>
  ({ catalog, kind: "service", sector, ring, position: 0.5, at }) as const;
const people: NetworkAnswer = {
  type: "network",
  nodes: {
    school: service("school", "school", "close"),
    gp: service("gp", "health", "middle"),
    kari: {
      label: "Naboen Kari",
      kind: "person",
      sector: "family",
      ring: "middle",
      position: 0.2,
      at,
    },
  },
  links: [{ a: "school", b: "gp", cooperation: 3, at }],
};

const mountWheel = (width: number) =>
  mount(
    "famwel-life-wheel",
    (e) => {
      e.definition = wheel;
      e.view = "table";
    },
    boxOfWidth(width),
  );
const mountMap = (width: number) =>
  mount(
    "famwel-service-map",
    (e) => {
      e.definition = network;
      e.value = people;
      e.view = "list";
    },
    boxOfWidth(width),
  );

/** The widest right edge of anything in the element's shadow root, from the element's left. */
function reach(el: HTMLElement): number {
  const left = el.getBoundingClientRect().left;
  return Math.max(
    ...[...el.shadowRoot!.querySelectorAll("*")].map((e) => e.getBoundingClientRect().right - left),
  );
}

describe("tables of controls", () => {
  it("stack the wheel's table on a phone: nothing wider than the phone, each rating under its column's name, still a table", async () => {
    const el = await mountWheel(390);
    const table = el.shadowRoot!.querySelector("table")!;
    expect(reach(el)).toBeLessThanOrEqual(390);
    // The column's name stands above the select (the header row is hidden on screen only).
    const cell = table.querySelector<HTMLElement>("td[data-col]")!;
    expect(cell.dataset.col).toBe("Nå");
    expect(getComputedStyle(cell, "::before").display).toBe("block");
    // Quieter than what it names, so a column's name and a cell's text do not read alike.
    expect(getComputedStyle(cell, "::before").color).not.toBe(getComputedStyle(cell).color);
    const select = cell.querySelector("select")!;
    expect(select.getBoundingClientRect().top - cell.getBoundingClientRect().top).toBeGreaterThan(
      10,
    );
    expect(select.getBoundingClientRect().width).toBeGreaterThan(300);
    expect(table.querySelector("thead")!.getBoundingClientRect().height).toBeLessThanOrEqual(1);
    // Each row's rename field takes the row, its button the line under it, in every row alike.
    for (const form of table.querySelectorAll("form")) {
      const field = form.querySelector("input")!.getBoundingClientRect();
      expect(form.querySelector("button")!.getBoundingClientRect().top).toBeGreaterThan(
        field.bottom,
      );
      expect(field.width).toBeGreaterThan(300);
    }
    // A screen reader still gets a table with its header row, and each column's name once: the
    // names drawn above the cells are not read again.
    const ax = await axTree();
    const rows = ax.filter((n) => n.role === "row").length;
    expect(ax.some((n) => n.role === "table")).toBe(true);
    expect(rows).toBe(wheel.domains.length + 1);
    expect(ax.filter((n) => n.role === "columnheader").map((n) => n.name)).toContain("Nå");
    expect(ax.filter((n) => n.role === "StaticText" && n.name === "Ønsket")).toHaveLength(1);
    await expectNoAxeViolations(el);
  });

  it("keep the wheel's table a table where it fits, its selects sharing the width", async () => {
    const el = await mountWheel(1000);
    const table = el.shadowRoot!.querySelector("table")!;
    expect(table.className).toBe("");
    expect(reach(el)).toBeLessThanOrEqual(1000); // 1,429 px before
    const [now, desired] = table.querySelectorAll("tbody tr:first-child select");
    // Side by side, on one line.
    expect(desired!.getBoundingClientRect().top).toBe(now!.getBoundingClientRect().top);
    expect(table.querySelector("thead")!.getBoundingClientRect().height).toBeGreaterThan(20);
    // A note has room for words (it was 90 px, a word a line, beside two 200 px selects).
    expect(table.querySelector("textarea")!.getBoundingClientRect().width).toBeGreaterThanOrEqual(
      160,
    );
    await expectNoAxeViolations(el);
  });

  it("stack the map's list on a phone, its catalogue and add form within the phone too", async () => {
    const el = await mountMap(390);
    expect(reach(el)).toBeLessThanOrEqual(390); // 400 px (a select in the add form), 720 in the list
    const tables = el.shadowRoot!.querySelectorAll("table");
    expect([...tables].map((t) => t.className)).toEqual(["stack", "stack"]);
    const kind = el.shadowRoot!.querySelector<HTMLElement>("td[data-col]")!;
    expect(kind.dataset.col).toBe("Hva slags");
    const ax = await axTree();
    expect(ax.filter((n) => n.role === "row").length).toBe(3 + 1 + 1); // people + header, one link
    await expectNoAxeViolations(el);
  });

  it("keep the map's list a table where it fits", async () => {
    const el = await mountMap(1000);
    expect(reach(el)).toBeLessThanOrEqual(1000);
    expect(el.shadowRoot!.querySelector("table")!.className).toBe("");
    await expectNoAxeViolations(el);
  });

  it("lay out a row's name that falls back to another language in that language's direction", async () => {
    registerLocale("ar", {}, { dir: "rtl" });
    // An Arabic table whose domain has English words only: its full stop stays at its end.
    const wheelEl = await mount(
      "famwel-life-wheel",
      (e) => {
        e.definition = {
          ...wheel,
          domains: [{ id: "x", label: { nb: "X", en: "Home etc." } }, ...wheel.domains],
        };
        e.locale = "ar";
        e.view = "table";
      },
      boxOfWidth(1000),
    );
    const cell = wheelEl.shadowRoot!.querySelector("tbody th")!;
    const name = cell.querySelector("span")!;
    expect([name.getAttribute("lang"), name.getAttribute("dir")]).toEqual(["en", "ltr"]);
    expect(drawnLeftToRight(name)).toBe(true);
    // Its cell keeps the table's direction: the name stands on the right, as the Arabic words do.
    expect(getComputedStyle(cell).direction).toBe("rtl");
    expect(name.getBoundingClientRect().right).toBeCloseTo(cell.getBoundingClientRect().right, -1);
    // The family's own words have no language: their first letter sets their direction.
    wheelEl.value = {
      type: "wheel",
      domains: { "c-x": { custom: true, label: "Mormor i Steinkjer.", at } },
      order: ["c-x"],
    };
    await wheelEl.updateComplete;
    const own = [...wheelEl.shadowRoot!.querySelectorAll("tbody th > span")].at(-1)!;
    expect([own.textContent, own.getAttribute("dir")]).toEqual(["Mormor i Steinkjer.", "auto"]);
    expect(drawnLeftToRight(own)).toBe(true);
    // So is the table's caption, the wheel's title (in bokmål and English only).
    const caption = wheelEl.shadowRoot!.querySelector("caption > span")!;
    expect([caption.getAttribute("lang"), caption.getAttribute("dir")]).toEqual(["en", "ltr"]);
    // The map's list: a service from the catalogue, named in bokmål only.
    const mapEl = await mount(
      "famwel-service-map",
      (e) => {
        e.definition = network;
        e.value = people;
        e.locale = "ar";
        e.view = "list";
      },
      boxOfWidth(1000),
    );
    const row = [...mapEl.shadowRoot!.querySelectorAll("tbody th > [lang]")][0]!;
    expect(row.getAttribute("dir")).toBe("ltr");
    await expectNoAxeViolations(mapEl);
  });
});
