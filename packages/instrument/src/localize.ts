// Picks the string for a locale from a localised map, falling back string by string, and says when
// it fell back so the UI can mark "not translated" (lang attribute, a quiet hint) instead of hiding it.
import type { LocalizedString } from "./types.js";

export interface Localized {
  /** The text to show. Empty only when the map itself is empty. */
  text: string;
  /** The locale the text is in: use it as the element's `lang`. */
  locale: string;
  /** True when the text is not in the requested language (or its base language). */
  fallback: boolean;
}

/** Neighbouring languages a reader of the first is likely to read: tried before the caller's fallbacks. */
export const NEIGHBOUR_LOCALES: Readonly<Record<string, readonly string[]>> = {
  nb: ["nn", "no"],
  nn: ["nb", "no"],
  no: ["nb", "nn"],
  se: ["nb", "nn"],
  smj: ["se", "nb"],
  sma: ["se", "nb"],
};

/** The chain of locales tried for `locale`: itself, its base language, neighbours, the fallbacks, English. */
export function localeChain(locale: string, fallbacks: readonly string[] = []): string[] {
  const chain: string[] = [];
  const add = (l: string | undefined) => {
    if (l && !chain.includes(l)) chain.push(l);
  };
  add(locale);
  const base = locale.split("-")[0];
  add(base);
  // Own keys only: a locale such as "constructor" must not find Object.prototype's members.
  for (const n of (base && Object.hasOwn(NEIGHBOUR_LOCALES, base)
    ? NEIGHBOUR_LOCALES[base]
    : undefined) ?? [])
    add(n);
  for (const f of fallbacks) add(f);
  add("en");
  return chain;
}

export function localize(
  text: LocalizedString | undefined,
  locale: string,
  fallbacks: readonly string[] = [],
): Localized {
  text ??= {}; // none at all: nothing below is found, and the end says so
  const base = locale.split("-")[0];
  for (const candidate of localeChain(locale, fallbacks)) {
    const value = Object.hasOwn(text, candidate) ? text[candidate] : undefined;
    if (typeof value === "string" && value)
      return {
        text: value,
        locale: candidate,
        fallback: candidate !== locale && candidate !== base,
      };
  }
  // Last resort: any language at all rather than an empty label.
  for (const [l, value] of Object.entries(text))
    if (typeof value === "string" && value) return { text: value, locale: l, fallback: true };
  return { text: "", locale, fallback: true };
}
