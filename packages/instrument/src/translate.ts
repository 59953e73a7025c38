// The strings of a definition for translators, and their work merged back. Each string has a key made
// of ids, not positions (`sections/wheel/domains/home/label`), so a translation still lands on the
// right string after an author reorders domains. Arrays whose entries have no id (scale anchors) use
// the index. `famwel translate extract | merge | status` is built on these.
import type { InstrumentDefinition } from "./types.js";

/** Keys whose value is a localised string map (as in crosscheck.ts). */
const LOCALIZED = new Set([
  "title",
  "description",
  "publisher",
  "label",
  "childLabel",
  "notePrompt",
  "guidance",
  "keywords",
  "prompt",
]);

export interface TranslationUnit {
  /** Id-based path of the string, e.g. `sections/wheel/domains/home/label`. */
  key: string;
  /** JSON Pointer of the string map in the definition, e.g. `/sections/0/domains/1/label`. */
  pointer: string;
  /** The text in the source locale (the definition's default locale unless asked otherwise). */
  source: string;
  /** The text already in the target locale, if any. */
  target?: string;
}

type Json = Record<string, unknown>;
type Visit = (key: string, pointer: string, map: Record<string, string>) => void;

function walk(value: unknown, key: string, pointer: string, visit: Visit): void {
  if (Array.isArray(value)) {
    value.forEach((v: unknown, i) => {
      const id =
        v !== null && typeof v === "object" && typeof (v as Json).id === "string"
          ? ((v as Json).id as string)
          : String(i);
      walk(v, `${key}/${id}`, `${pointer}/${i}`, visit);
    });
    return;
  }
  if (value === null || typeof value !== "object") return;
  for (const [k, child] of Object.entries(value)) {
    const ck = key ? `${key}/${k}` : k;
    const cp = `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    if (LOCALIZED.has(k) && child !== null && typeof child === "object" && !Array.isArray(child))
      visit(ck, cp, child as Record<string, string>);
    else walk(child, ck, cp, visit);
  }
}

/**
 * The strings of `definition` for translation into `locale`: by default only those without a
 * `locale` text yet; with `all`, every string (existing translations as `target`, for review).
 */
export function translationUnits(
  definition: InstrumentDefinition,
  locale: string,
  options: { all?: boolean; sourceLocale?: string } = {},
): TranslationUnit[] {
  const source = options.sourceLocale ?? definition.defaultLocale;
  const units: TranslationUnit[] = [];
  walk(definition, "", "", (key, pointer, map) => {
    const target = Object.hasOwn(map, locale) ? map[locale] : undefined;
    if (target && !options.all) return;
    const text =
      (Object.hasOwn(map, source) ? map[source] : undefined) ?? map[definition.defaultLocale] ?? "";
    units.push({ key, pointer, source: text, ...(target ? { target } : {}) });
  });
  return units;
}

export interface MergeResult {
  /** A new definition with the translations in (the input is not changed). */
  definition: InstrumentDefinition;
  /** How many strings got a new or changed text. */
  applied: number;
  /** Keys that name no string of the definition (e.g. from an older version), with their index. */
  unknown: Array<{ index: number; key: string }>;
  /** True when `locale` was added to `locales`. */
  addedLocale: boolean;
}

/** Puts `entries` (key → text in `locale`) into a copy of `definition`. Empty texts are skipped. */
export function mergeTranslations(
  definition: InstrumentDefinition,
  locale: string,
  entries: ReadonlyArray<{ key: string; text: string }>,
): MergeResult {
  const copy = structuredClone(definition);
  const maps = new Map<string, Record<string, string>>();
  walk(copy, "", "", (key, _pointer, map) => maps.set(key, map));
  let applied = 0;
  const unknown: MergeResult["unknown"] = [];
  entries.forEach(({ key, text }, index) => {
    const map = maps.get(key);
    if (!map) unknown.push({ index, key });
    else if (text !== "" && map[locale] !== text) {
      map[locale] = text;
      applied++;
    }
  });
  const addedLocale = applied > 0 && !copy.locales.includes(locale);
  if (addedLocale) copy.locales = [...copy.locales, locale];
  return { definition: copy, applied, unknown, addedLocale };
}

export interface LocaleStatus {
  locale: string;
  total: number;
  /** Keys of the strings with no text in this locale. */
  missing: string[];
}

/** Per locale of the definition (and any `extra`), the strings still without a translation. */
export function translationStatus(
  definition: InstrumentDefinition,
  extra: readonly string[] = [],
): LocaleStatus[] {
  const locales = [...new Set([...definition.locales, ...extra])];
  const status = locales.map((locale) => ({ locale, total: 0, missing: [] as string[] }));
  walk(definition, "", "", (key, _pointer, map) => {
    for (const s of status) {
      s.total++;
      if (!(Object.hasOwn(map, s.locale) && map[s.locale])) s.missing.push(key);
    }
  });
  return status;
}
