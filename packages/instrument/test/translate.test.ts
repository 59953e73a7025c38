// The translator's round trip: extract what is missing for a locale, merge it back, see the status.
import { describe, expect, it } from "vitest";
import {
  mergeTranslations,
  parseInstrument,
  translationStatus,
  translationUnits,
  type InstrumentDefinition,
} from "../src/index.js";

const def = {
  id: "t.wheel",
  version: "1.0.0",
  title: { nb: "Hjulet", en: "The wheel" },
  locales: ["nb", "en"],
  defaultLocale: "nb",
  roles: ["family"],
  sections: [
    {
      type: "wheel",
      id: "wheel",
      title: { nb: "Hvordan har dere det?" },
      scale: { min: 0, max: 10, anchors: [{ value: 0, label: { nb: "Svært vanskelig" } }] },
      domains: [
        { id: "school", label: { nb: "Skole", en: "School" } },
        { id: "home", label: { nb: "Bolig" } },
      ],
    },
  ],
} as InstrumentDefinition;

describe("translationUnits", () => {
  it("lists the strings missing in a locale, keyed by ids, with their pointers", () => {
    expect(translationUnits(def, "en")).toEqual([
      {
        key: "sections/wheel/title",
        pointer: "/sections/0/title",
        source: "Hvordan har dere det?",
      },
      {
        key: "sections/wheel/scale/anchors/0/label",
        pointer: "/sections/0/scale/anchors/0/label",
        source: "Svært vanskelig",
      },
      {
        key: "sections/wheel/domains/home/label",
        pointer: "/sections/0/domains/1/label",
        source: "Bolig",
      },
    ]);
    expect(translationUnits(def, "se")).toHaveLength(5);
    expect(translationUnits(def, "en", { all: true })[0]).toEqual({
      key: "title",
      pointer: "/title",
      source: "Hjulet",
      target: "The wheel",
    });
  });
});

describe("mergeTranslations", () => {
  it("puts texts in by key, whatever the order of the domains, adds the locale, reports unknown keys", () => {
    const r = mergeTranslations(def, "se", [
      { key: "sections/wheel/domains/home/label", text: "Ássanbáiki" },
      { key: "title", text: "Juvla" },
      { key: "sections/wheel/domains/garden/label", text: "x" },
      { key: "sections/wheel/title", text: "" },
    ]);
    expect(r.applied).toBe(2);
    expect(r.unknown).toEqual([{ index: 2, key: "sections/wheel/domains/garden/label" }]);
    expect(r.addedLocale).toBe(true);
    expect(r.definition.locales).toEqual(["nb", "en", "se"]);
    expect(r.definition.title).toEqual({ nb: "Hjulet", en: "The wheel", se: "Juvla" });
    expect(def.title).toEqual({ nb: "Hjulet", en: "The wheel" }); // the input is untouched
    expect(parseInstrument(r.definition).ok).toBe(true);
  });
});

describe("translationStatus", () => {
  it("counts the missing strings per locale", () => {
    expect(
      translationStatus(def, ["se"]).map((s) => [s.locale, s.total, s.missing.length]),
    ).toEqual([
      ["nb", 5, 0],
      ["en", 5, 3],
      ["se", 5, 5],
    ]);
  });
});
