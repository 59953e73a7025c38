import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { WheelSection } from "@famwel/instrument";
import * as core from "./life-wheel.model.js";
import * as edits from "./life-wheel.model-edits.js";
import { registerLocale } from "../shared/i18n.js";

const m = { ...core, ...edits };

const section: WheelSection = {
  type: "wheel",
  id: "wheel",
  title: { nb: "Hjulet", en: "The wheel" },
  scale: {
    min: 0,
    max: 10,
    step: 1,
    anchors: [
      { value: 0, label: { nb: "Veldig vanskelig", en: "Very hard" } },
      { value: 5, label: { nb: "Greit", en: "OK" } },
      { value: 10, label: { nb: "Veldig bra", en: "Very good" } },
    ],
  },
  desired: true,
  notes: true,
  required: true,
  domains: [
    { id: "home", label: { nb: "Bolig", nn: "Bustad", en: "Home" } },
    { id: "money", label: { nb: "Økonomi", en: "Money" }, childLabel: { nb: "Penger" } },
    { id: "health", label: { nb: "Helse", en: "Health" } },
  ],
  custom: { add: true, rename: true, remove: true },
  minDomains: 2,
  maxDomains: 5,
};
const T = "2026-11-23T10:00:00.000Z";
const T2 = "2026-11-24T10:00:00.000Z";

describe("wheel model", () => {
  it("lists the definition's domains in its language, falling back per string", () => {
    const nn = m.wheelDomains(section, m.emptyWheelAnswer(), "nn");
    expect(nn.map((d) => [d.label, d.lang])).toEqual([
      ["Bustad", "nn"],
      ["Økonomi", "nb"],
      ["Helse", "nb"],
    ]);
    expect(m.wheelDomains(section, m.emptyWheelAnswer(), "en").map((d) => d.label)).toEqual([
      "Home",
      "Money",
      "Health",
    ]);
    expect(
      m.wheelDomains({ ...section, variant: "faces" }, m.emptyWheelAnswer(), "nb")[1]!.label,
    ).toBe("Penger");
  });

  it("rates, notes and stamps each change, without touching other domains", () => {
    let a = m.setRating(m.emptyWheelAnswer(), "home", "current", 6, T);
    a = m.setRating(a, "home", "desired", 9, T2);
    a = m.setNote(a, "money", "Trenger hjelp med regninger", T);
    expect(a.domains.home).toEqual({ current: 6, desired: 9, at: T2 });
    expect(a.domains.money).toEqual({ note: "Trenger hjelp med regninger", at: T });
    expect(m.setNote(a, "money", "", T).domains.money).toEqual({ at: T });
    expect(m.setRating(a, "home", "current", undefined, T).domains.home).toEqual({
      desired: 9,
      at: T,
    });
  });

  it("rates exactly as the general domain update does (setRating is its first-load copy)", () => {
    const rating = fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined });
    const entry = fc.record(
      { current: rating, desired: rating, note: fc.string(), at: fc.constant(T) },
      { requiredKeys: ["at"] }, // as in a response: every domain answer says when
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("home", "money", "c-x"), entry),
        fc.constantFrom("home", "money", "c-x", "new"),
        fc.constantFrom("current" as const, "desired" as const),
        rating,
        (domains, id, layer, value) => {
          const answer = { type: "wheel" as const, domains };
          // Strictly: a rating taken back leaves no key behind, not a key holding undefined.
          expect(m.setRating(answer, id, layer, value, T2)).toStrictEqual(
            m.updateDomain(answer, id, { [layer]: value }, T2),
          );
        },
      ),
    );
  });

  it("adds the family's own domains with stable ids after the definition's, and renames them", () => {
    let a = m.addDomain(m.emptyWheelAnswer(), "  Hunden vår ", T, "c-dog");
    a = m.addDomain(a, "Tro", T, "c-faith");
    expect(m.wheelDomains(section, a, "nb").map((d) => [d.id, d.label, d.custom])).toEqual([
      ["home", "Bolig", false],
      ["money", "Økonomi", false],
      ["health", "Helse", false],
      ["c-dog", "Hunden vår", true],
      ["c-faith", "Tro", true],
    ]);
    expect(m.addDomain(a, "   ", T)).toBe(a);
    a = m.renameDomain(a, "home", "Leiligheten", T);
    expect(m.wheelDomains(section, a, "nb")[0]).toMatchObject({
      label: "Leiligheten",
      renamed: true,
      lang: undefined,
    });
    expect(m.renameDomain(a, "c-dog", " ", T)).toBe(a); // the family's own domain keeps a name
    expect(m.wheelDomains(section, m.renameDomain(a, "home", "", T), "nb")[0]!.label).toBe("Bolig");
  });

  it("removes without losing the answer, and undo restores it exactly", () => {
    const rated = m.setNote(
      m.setRating(m.emptyWheelAnswer(), "money", "current", 3, T),
      "money",
      "stramt",
      T,
    );
    const removed = m.removeDomain(rated, "money", T2);
    expect(m.wheelDomains(section, removed, "nb").map((d) => d.id)).toEqual(["home", "health"]);
    expect(removed.domains.money).toMatchObject({ current: 3, note: "stramt", removed: true });
    expect(m.removedDomains(removed)).toEqual(["money"]);
    const back = m.restoreDomain(removed, "money", T2);
    expect(m.wheelDomains(section, back, "nb")[1]).toMatchObject({
      id: "money",
      current: 3,
      note: "stramt",
    });
  });

  it("carries the family's own domains, names and removals into a later reading, without ratings", () => {
    let a = m.addDomain(m.emptyWheelAnswer(), "Hunden", T, "c-dog");
    a = m.setRating(a, "c-dog", "current", 8, T);
    a = m.renameDomain(a, "home", "Leiligheten", T);
    a = m.removeDomain(a, "health", T);
    const next = m.carryForward(a, T2);
    expect(next.domains).toEqual({
      "c-dog": { custom: true, label: "Hunden", at: T2 },
      home: { label: "Leiligheten", at: T2 },
      health: { removed: true, at: T2 },
    });
    expect(m.wheelDomains(section, next, "nb").map((d) => d.id)).toEqual([
      "home",
      "money",
      "c-dog",
    ]);
  });

  it("follows the WAI-ARIA slider keys, and mirrors left/right in right-to-left text", () => {
    const s = section.scale;
    expect(m.keyStep(undefined, "ArrowUp", s)).toBe(0);
    expect(m.keyStep(4, "ArrowUp", s)).toBe(5);
    expect(m.keyStep(4, "ArrowRight", s)).toBe(5);
    expect(m.keyStep(4, "ArrowRight", s, "rtl")).toBe(3);
    expect(m.keyStep(4, "ArrowLeft", s)).toBe(3);
    expect(m.keyStep(10, "ArrowUp", s)).toBe(10);
    expect(m.keyStep(0, "ArrowDown", s)).toBe(0);
    expect(m.keyStep(4, "PageUp", s)).toBe(6);
    expect(m.keyStep(1, "PageDown", s)).toBe(0);
    expect(m.keyStep(4, "Home", s)).toBe(0);
    expect(m.keyStep(4, "End", s)).toBe(10);
    expect(m.keyStep(4, "a", s)).toBeUndefined();
  });

  it("keeps every keyed value on the scale", () => {
    const keys = [
      "ArrowUp",
      "ArrowDown",
      "ArrowLeft",
      "ArrowRight",
      "PageUp",
      "PageDown",
      "Home",
      "End",
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(0.5, 1, 2),
        fc.array(fc.constantFrom(...keys), { maxLength: 30 }),
        (min, span, step, presses) => {
          const scale = { min, max: min + span * step, step };
          let v: number | undefined;
          for (const k of presses) v = m.keyStep(v, k, scale);
          if (v === undefined) return presses.length === 0;
          return (
            v >= scale.min && v <= scale.max && Number.isInteger(+((v - min) / step).toFixed(6))
          );
        },
      ),
    );
  });

  it("reads a value with its anchor, or between the nearest anchors", () => {
    expect(m.valueText(5, section.scale, "nb")).toBe("5 av 10, Greit");
    expect(m.valueText(6, section.scale, "en")).toBe("6 of 10, between “OK” and “Very good”");
    expect(m.valueText(6, section.scale, "nn")).toBe("6 av 10, mellom «Greit» og «Veldig bra»");
    expect(m.valueText(undefined, section.scale, "nn")).toBe("ikkje vurdert");
    expect(m.valueText(6, { min: 0, max: 10 }, "en")).toBe("6 of 10");
  });

  it("joins a rating and its anchor with the language's own comma", () => {
    registerLocale("ar", { valueOfMax: "{value} من {max}", listSep: "، " }, { dir: "rtl" });
    registerLocale("ti", { valueOfMax: "{value} ካብ {max}", listSep: "፣ " });
    // Right to left, what fills a placeholder is isolated (registerLocale): FSI … PDI.
    expect(m.valueText(5, section.scale, "ar")).toBe("\u20685\u2069 من \u206810\u2069، OK");
    expect(m.valueText(5, section.scale, "ti")).toBe("5 ካብ 10፣ OK");
    // A language that names no separator of its own borrows bokmål's, as for every string.
    expect(m.valueText(5, section.scale, "se")).toMatch(/^5 .* 10, Greit$/);
  });

  it("reports unrated domains when required, and too few domains", () => {
    const a = m.setRating(m.emptyWheelAnswer(), "home", "current", 2, T);
    expect(m.wheelValidity(section, m.wheelDomains(section, a, "nb")).missing).toEqual([
      "Økonomi",
      "Helse",
    ]);
    const fewer = m.removeDomain(m.removeDomain(a, "money", T), "health", T);
    expect(m.wheelValidity(section, m.wheelDomains(section, fewer, "nb"))).toEqual({
      missing: [],
      tooFew: true,
    });
    expect(
      m.wheelValidity(
        { ...section, required: false },
        m.wheelDomains(section, m.emptyWheelAnswer(), "nb"),
      ).missing,
    ).toEqual([]);
  });

  it("allows adding up to maxDomains and removing down to minDomains", () => {
    expect(m.canAdd(section, 4)).toBe(true);
    expect(m.canAdd(section, 5)).toBe(false);
    expect(m.canAdd({ ...section, custom: {} }, 1)).toBe(false);
    expect(m.canRemove(section, 3)).toBe(true);
    expect(m.canRemove(section, 2)).toBe(false);
  });

  it("makes ids that are valid, distinct and survive JSON", () => {
    const ids = new Set(Array.from({ length: 500 }, () => m.newDomainId()));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(id).toMatch(/^c-[0-9a-z]{10}$/);
  });

  it("maps values to five faces from saddest to happiest", () => {
    const s = { min: 1, max: 5 };
    expect([1, 2, 3, 4, 5].map((v) => m.faceFor(v, s))).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("formatNumber", () => {
  it("writes numbers as Intl.NumberFormat does, with or without its shortcut for small whole numbers", () => {
    const intl = (v: number, l: string) =>
      new Intl.NumberFormat(l, { maximumFractionDigits: 2 }).format(v);
    fc.assert(
      fc.property(
        fc.constantFrom("nb", "nn", "en", "se", "nb-NO", "ar", "fa", "de"),
        fc.oneof(
          fc.integer({ min: -50, max: 2000 }),
          fc.double({ min: -100, max: 100, noNaN: true }),
        ),
        (locale, value) => {
          expect(core.formatNumber(value, locale)).toBe(intl(value, locale));
        },
      ),
    );
  });

  it("keeps plain digits for a locale tag Intl does not know", () => {
    expect(core.formatNumber(2.5, "not a locale!")).toBe("2.5");
  });
});
