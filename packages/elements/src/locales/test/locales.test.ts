// The shipped catalogs on a real page: a host registers Arabic or Northern Sami, and the wheel and
// the map then speak it — every toolbar word, heading and label from the catalog (none left in
// bokmål), laid out right to left for Arabic and left to right for Sami, axe clean. The instruments'
// own texts (domain and service names) have no ar/se yet and fall back to bokmål: that is expected.
// (This file sits in a subfolder: the catalog test imports every src/locales/*.ts as a catalog.)
import { describe, expect, it } from "vitest";
import type { InstrumentDefinition, NetworkAnswer } from "@famwel/instrument";
import familyWheelJson from "@famwel/instruments/definitions/family-wheel.json" with { type: "json" };
import serviceNetworkJson from "@famwel/instruments/definitions/service-network.json" with { type: "json" };
import "../../define/famwel-life-wheel.js";
import "../../define/famwel-service-map.js";
import { registerCatalog, type LocaleCatalog } from "../../shared/locale-catalog.js";
import { expectNoAxeViolations } from "../../test-support/axe.js";
import { mount } from "../../test-support/mount.js";
import { ar } from "../ar.js";
import { se } from "../se.js";

const wheel = familyWheelJson as unknown as InstrumentDefinition;
const network = serviceNetworkJson as unknown as InstrumentDefinition;
const at = "2026-10-01T10:00:00.000Z";
/** Two services around the family, one of them the coordinator, so the map has named nodes. */
const two: NetworkAnswer = {
  type: "network",
  nodes: {
    school: {
      kind: "service",
      catalog: "school",
      sector: "school",
      ring: "close",
      position: 0.5,
      at,
    },
    gp: { kind: "service", catalog: "gp", sector: "health", ring: "distant", position: 0.5, at },
  },
  links: [],
  coordinator: { node: "gp", at },
};

type Root = HTMLElement & { shadowRoot: ShadowRoot };
const $ = (el: Root, selector: string) => el.shadowRoot.querySelector<HTMLElement>(selector);
const texts = (el: Root, selector: string) =>
  [...el.shadowRoot.querySelectorAll(selector)].map((n) => n.textContent?.trim() ?? "");
const notice = (el: Root) => $(el, "[part=notice]")?.textContent?.trim();

/** The catalog's strings as a set, to check that a word on screen came from it. */
const wordsOf = (c: LocaleCatalog) => new Set(Object.values(c.strings));

describe.each([
  // Arabic with the host's "not yet reviewed" notice, Sami without it.
  { locale: "ar", catalog: ar, dir: "rtl", options: { notice: true } },
  { locale: "se", catalog: se, dir: "ltr", options: { notice: false } },
] as const)("the $locale catalog on a page", ({ catalog, dir, options }) => {
  const s = catalog.strings;

  it(`the wheel speaks it, ${dir}, in the wheel and the table, axe clean`, async () => {
    registerCatalog(catalog, options);
    const el = (await mount("famwel-life-wheel", (e) => {
      e.instrument = wheel;
      e.locale = catalog.locale;
    })) as unknown as Root & { view: string; updateComplete: Promise<boolean> };
    const box = $(el, "[dir]")!;
    expect(box.getAttribute("dir")).toBe(dir);
    expect(box.getAttribute("lang")).toBe(catalog.locale);
    // Every button and legend of the toolbar is a string of this catalog: none fell back to bokmål.
    const toolbar = texts(el, "[part=toolbar] button, [part=toolbar] legend");
    expect(toolbar).toEqual(
      expect.arrayContaining([s.view, s.viewWheel, s.viewTable, s.exportPicture]),
    );
    for (const word of toolbar) expect(wordsOf(catalog), word).toContain(word);
    expect(el.shadowRoot.querySelector("[role=slider]")!.getAttribute("aria-valuetext")).toBe(
      s.notRated,
    );
    expect($(el, "[part=legend]")!.getAttribute("aria-label")).toBe(s.legend);
    expect(notice(el)).toBe(options.notice ? s.unreviewedNotice : undefined);
    await expectNoAxeViolations(el);

    el.view = "table";
    await el.updateComplete;
    expect(texts(el, "th[scope=col]")).toEqual(expect.arrayContaining([s.domain, s.current]));
    expect($(el, "[dir]")!.getAttribute("dir")).toBe(dir);
    await expectNoAxeViolations(el);
  });

  it(`the map speaks it, ${dir}, in the map and the list, axe clean`, async () => {
    registerCatalog(catalog, options);
    const el = (await mount("famwel-service-map", (e) => {
      e.instrument = network;
      e.value = two;
      e.locale = catalog.locale;
    })) as unknown as Root & { view: string; updateComplete: Promise<boolean> };
    expect($(el, "[dir]")!.getAttribute("dir")).toBe(dir);
    const toolbar = texts(el, "[part=toolbar] button, [part=toolbar] legend");
    expect(toolbar).toEqual(
      expect.arrayContaining([s.view, s.viewMap, s.viewList, s.mapExportPicture]),
    );
    for (const word of toolbar) expect(wordsOf(catalog), word).toContain(word);
    expect($(el, ".hub-label")!.textContent.trim()).toBe(s.family);
    expect($(el, ".help")!.textContent.trim()).toBe(s.mapHelp);
    // The picture's name is the catalog's sentence around the instrument's (bokmål) title.
    const label = $(el, "svg[part=map]")!.getAttribute("aria-label")!;
    expect(label.endsWith(s.mapLabel.replace("{title}", ""))).toBe(true);
    // The coordinator is named so in the catalog's word, after the node's place on the map.
    const names = [...el.shadowRoot.querySelectorAll(".node")].map((n) =>
      n.getAttribute("aria-label"),
    );
    expect(names.filter((n) => n?.endsWith(s.listSep + s.coordinatorShort))).toHaveLength(1);
    expect(notice(el)).toBe(options.notice ? s.unreviewedNotice : undefined);
    await expectNoAxeViolations(el);

    el.view = "list";
    await el.updateComplete;
    expect($(el, "[dir]")!.getAttribute("dir")).toBe(dir);
    expect(texts(el, "[part=list] caption")).toContain(s.people);
    expect(texts(el, "[part=list] th[scope=col]")).toEqual([s.ownName, s.kind, s.actions]);
    expect(texts(el, "[part=list] td")).toContain(s.kindService);
    await expectNoAxeViolations(el);
  });
});
