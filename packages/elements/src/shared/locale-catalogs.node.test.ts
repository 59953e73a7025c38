/// <reference types="vite/client" />
// Every language has every string: bokmål, nynorsk and English (ours, spread over each element's
// strings modules), and every catalog in src/locales (Sami, Arabic, …). A missing key would show the
// key itself, or silently fall back to another language, on a family's screen. Placeholders such
// as {label} must survive translation, or a name would vanish from a sentence.
import { describe, expect, it } from "vitest";
import { directionOf, registerLocale, stringsOf, uiString, type UiStrings } from "./i18n.js";
import type { LocaleCatalog } from "./locale-catalog.js";
import { registerCatalog, unreviewedNoticeFor } from "./locale-catalog.js";

// Load every strings module and run its add…Strings() functions, as the elements do when they load.
// Two modules that give one key different texts would make one element show the other's words
// (whichever loaded last wins), so such clashes are collected on the way.
const modules = import.meta.glob<Record<string, unknown>>(
  ["../**/*.strings.ts", "../**/*-strings.ts", "./locale-catalog.ts"],
  { eager: true },
);
const clashes: string[] = [];
for (const [file, mod] of Object.entries(modules))
  for (const [name, fn] of Object.entries(mod))
    if (/^add\w*Strings$/.test(name) && typeof fn === "function") {
      const before = ["nb", "nn", "en"].map((l) => [l, stringsOf(l)] as const);
      (fn as () => void)();
      for (const [l, old] of before)
        for (const [k, text] of Object.entries(stringsOf(l)))
          if (k in old && old[k as keyof UiStrings] !== text) clashes.push(`${l}.${k} in ${file}`);
    }

const catalogs = Object.values(
  import.meta.glob<Record<string, LocaleCatalog>>("../locales/*.ts", { eager: true }),
).flatMap((m) => Object.values(m).filter((v) => typeof v === "object" && v && "strings" in v));

const reference = stringsOf("nb");
const keys = Object.keys(reference).sort() as Array<keyof UiStrings>;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("UI string catalogs", () => {
  it("has a bokmål string for every key the elements use", () => {
    expect(keys.length).toBeGreaterThan(100);
  });

  it("never gives one key two texts in two elements", () => {
    expect(clashes).toEqual([]);
  });

  // Words that are the same in nynorsk as in bokmål are not repeated: nynorsk falls back to bokmål
  // key by key. Each is listed here on purpose, so a new bokmål string without nynorsk fails.
  const sameInNynorsk = new Set(
    `valueOfMax between note actions add save cancel remove added family coordinatorShort
     mapNodeDesc viewMap viewList sector important coordinator kindPerson kindGroup links linkWith
     moved further progressDomain progressLayerCurrent progressAddedByFamily
     progressDistance`.split(/\s+/),
  );
  // A pattern with no words in it, the same in every language that reads left to right.
  const neutral = new Set(["mapNodeDesc"]);
  const inherits: Record<string, Set<string>> = { nn: sameInNynorsk, en: neutral };

  it.each(["nn", "en"])("%s has every key, with the same placeholders as bokmål", (locale) => {
    const own = stringsOf(locale);
    const missing = keys.filter((k) => own[k] === undefined && !inherits[locale]!.has(k));
    expect(missing.join(" ")).toBe("");
    for (const k of inherits[locale]!) expect(reference[k as keyof UiStrings], k).toBeDefined();
    for (const k of keys)
      if (own[k] !== undefined)
        expect(placeholders(own[k]), `${locale}.${k}`).toEqual(placeholders(reference[k]!));
  });

  it.each(catalogs.map((c) => [c.locale, c] as const))(
    "%s has exactly the keys, non-empty, with the same placeholders, and says how far it is reviewed",
    (_locale, catalog) => {
      expect(Object.keys(catalog.strings).sort()).toEqual(keys);
      for (const k of keys) {
        const text = catalog.strings[k];
        expect(text.trim(), `${catalog.locale}.${k}`).not.toBe("");
        expect(placeholders(text), `${catalog.locale}.${k}`).toEqual(placeholders(reference[k]!));
      }
      expect(["reviewed", "unreviewed"]).toContain(catalog.review);
      expect(catalog.name.trim()).not.toBe("");
      registerCatalog(catalog, { notice: true });
      expect(directionOf(catalog.locale)).toBe(catalog.dir);
      expect(directionOf(`${catalog.locale}-XX`)).toBe(catalog.dir);
      expect(unreviewedNoticeFor(catalog.locale)).toBe(
        catalog.review === "unreviewed" ? catalog.strings.unreviewedNotice : undefined,
      );
    },
  );

  it("isolates what fills a right-to-left language's placeholders, once, and no left-to-right one's", () => {
    registerLocale("ar-XB", { runRequired: "يُرجى الإجابة عن «{label}»." });
    registerLocale("kl-XB", { runRequired: "Akiguk «{label}»." });
    registerLocale("x-rtl", { listSep: "، ", runUnrated: "{label}: {list}." }, { dir: "rtl" });
    const label = "Hvordan har dere det hjemme?";
    expect(uiString("ar-XB", "runRequired", { label })).toBe(
      `يُرجى الإجابة عن «\u2068${label}\u2069».`,
    );
    expect(uiString("kl-XB", "runRequired", { label })).toBe(`Akiguk «${label}».`);
    expect(uiString("x-rtl", "runUnrated", { label: "Hjem", list: "Bolig" })).toBe(
      "\u2068Hjem\u2069: \u2068Bolig\u2069.",
    );
    // Registered again (a host adding strings, or strings already isolated): still one pair.
    registerLocale("x-rtl", { runUnrated: stringsOf("x-rtl").runUnrated! });
    registerLocale("x-rtl", { runTooFew: "\u2068{label}\u2069 {min}", runRequired: undefined });
    expect(uiString("x-rtl", "runUnrated", { label: "a", list: "b" })).toBe(
      "\u2068a\u2069: \u2068b\u2069.",
    );
    expect(uiString("x-rtl", "runTooFew", { label: "a", min: 2 })).toBe(
      "\u2068a\u2069 \u20682\u2069",
    );
  });

  it("ships the languages the issue names, Arabic right to left", () => {
    const byLocale = new Map(catalogs.map((c) => [c.locale, c]));
    for (const locale of ["se", "ar", "so", "pl", "uk", "ti"])
      expect(byLocale.has(locale), locale).toBe(true);
    expect(byLocale.get("ar")?.dir).toBe("rtl");
  });
});
