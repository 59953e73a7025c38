// localize: the string in the reader's language, or the nearest one, and whether it fell back.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localeChain, localize } from "../src/index.js";
import { instrumentArb, LOCALES } from "./arbitraries.js";

const home = { nb: "Bolig", nn: "Bustad", en: "Home", se: "Ássi", ar: "السكن" };

describe("localize", () => {
  it("returns the requested language without a fallback flag", () => {
    for (const [locale, text] of Object.entries(home))
      expect(localize(home, locale)).toEqual({ text, locale, fallback: false });
  });

  it("falls back from nynorsk to bokmål, and from bokmål to nynorsk, before English", () => {
    expect(localize({ nb: "Bolig", en: "Home" }, "nn")).toEqual({
      text: "Bolig",
      locale: "nb",
      fallback: true,
    });
    expect(localize({ nn: "Bustad", en: "Home" }, "nb")).toEqual({
      text: "Bustad",
      locale: "nn",
      fallback: true,
    });
  });

  it("falls back from Northern Sami to Norwegian", () => {
    expect(localize({ nb: "Bolig", en: "Home" }, "se")).toEqual({
      text: "Bolig",
      locale: "nb",
      fallback: true,
    });
  });

  it("tries neighbours, then the caller's fallbacks in order, then English, then any language", () => {
    expect(localize({ nb: "Bolig", ar: "السكن", en: "Home" }, "nn", ["ar"])).toEqual({
      text: "Bolig",
      locale: "nb",
      fallback: true,
    });
    expect(localize({ pl: "Dom", ar: "السكن", en: "Home" }, "uk", ["ar", "pl"])).toEqual({
      text: "السكن",
      locale: "ar",
      fallback: true,
    });
    expect(localize({ pl: "Dom", ar: "السكن", en: "Home" }, "uk", ["pl"])).toEqual({
      text: "Dom",
      locale: "pl",
      fallback: true,
    });
    expect(localize({ pl: "Dom", en: "Home" }, "uk")).toEqual({
      text: "Home",
      locale: "en",
      fallback: true,
    });
    expect(localize({ pl: "Dom" }, "uk")).toEqual({ text: "Dom", locale: "pl", fallback: true });
  });

  it("falls back per string: each string of one section in the nearest language it has", () => {
    const title = { nb: "Livshjulet", nn: "Livshjulet (nn)" };
    const label = { nb: "Bolig" };
    expect(localize(title, "nn")).toEqual({
      text: "Livshjulet (nn)",
      locale: "nn",
      fallback: false,
    });
    expect(localize(label, "nn")).toEqual({ text: "Bolig", locale: "nb", fallback: true });
  });

  it("uses the base language of a regional tag without a fallback flag (nb-NO reads nb)", () => {
    expect(localize({ nb: "Bolig", en: "Home" }, "nb-NO")).toEqual({
      text: "Bolig",
      locale: "nb",
      fallback: false,
    });
    expect(localize({ en: "Colour", "en-US": "Color" }, "en-US")).toEqual({
      text: "Color",
      locale: "en-US",
      fallback: false,
    });
    expect(localize({ nn: "Bustad" }, "nb-NO")).toEqual({
      text: "Bustad",
      locale: "nn",
      fallback: true,
    });
  });

  it("gives an empty text for an empty or missing map, and skips empty strings", () => {
    expect(localize({}, "nb")).toEqual({ text: "", locale: "nb", fallback: true });
    expect(localize(undefined, "nb")).toEqual({ text: "", locale: "nb", fallback: true });
    expect(localize({ nn: "", nb: "Bolig" }, "nn")).toEqual({
      text: "Bolig",
      locale: "nb",
      fallback: true,
    });
  });

  it("never reads a language from Object.prototype", () => {
    expect(localize({ nb: "Bolig" }, "constructor")).toEqual({
      text: "Bolig",
      locale: "nb",
      fallback: true,
    });
    expect(localize({}, "toString").text).toBe("");
    expect(localize({}, "__proto__").text).toBe("");
  });

  it("for every string of any valid definition and any language: a text, and fallback exactly when the language is missing", () => {
    fc.assert(
      fc.property(instrumentArb, fc.constantFrom(...LOCALES, "nb-NO", "pl"), (def, locale) => {
        const maps: Array<Record<string, string | undefined>> = [def.title];
        for (const s of def.sections) maps.push(s.title);
        for (const map of maps) {
          const r = localize(map, locale, [def.defaultLocale]);
          expect(r.text.length).toBeGreaterThan(0);
          expect(map[r.locale]).toBe(r.text);
          const has = Object.hasOwn(map, locale) || Object.hasOwn(map, locale.split("-")[0]!);
          expect(r.fallback).toBe(!has);
          if (
            !has &&
            !(locale === "nb" || locale === "nn" || locale === "se" || locale === "nb-NO")
          ) {
            // No neighbour to try: the caller's fallback (the default locale) comes before English.
            expect(r.locale).toBe(def.defaultLocale);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("localeChain", () => {
  it("starts with the locale, then its base language, then neighbours, fallbacks and English, without repeats", () => {
    expect(localeChain("nn")).toEqual(["nn", "nb", "no", "en"]);
    expect(localeChain("nb-NO", ["ar"])).toEqual(["nb-NO", "nb", "nn", "no", "ar", "en"]);
    expect(localeChain("en", ["en", "nb"])).toEqual(["en", "nb"]);
  });
});
