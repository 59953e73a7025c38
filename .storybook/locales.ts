// The locales the widgets ship with, offered in Storybook's toolbar (Sami and Arabic through their
// catalogs, which preview.ts registers as a host would). Stories read the choice from
// `context.globals.locale`; the preview decorator also sets `lang` and `dir` around every story.
export const LOCALES = [
  { value: "nb", title: "Norsk bokmål", dir: "ltr" },
  { value: "nn", title: "Norsk nynorsk", dir: "ltr" },
  { value: "en", title: "English", dir: "ltr" },
  { value: "se", title: "Davvisámegiella", dir: "ltr" },
  { value: "ar", title: "العربية", dir: "rtl" },
] as const;

export type Locale = (typeof LOCALES)[number]["value"];

export const DEFAULT_LOCALE: Locale = "nb";

export function dirOf(locale: string): "ltr" | "rtl" {
  return LOCALES.find((l) => l.value === locale)?.dir ?? "ltr";
}
