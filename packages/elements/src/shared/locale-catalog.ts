// Whole-language catalogs of the elements' own strings (Northern Sami, Arabic, Somali, Polish,
// Ukrainian, Tigrinya…), shipped as modules a host imports only when it needs them, so no element
// pays bytes for a language the page does not offer. They go through the same door as a host's own
// translation (registerLocale), and each says how far people who speak it have checked it: a
// translation nobody has reviewed yet can be shown with a discreet notice, if the host asks.
import { addDefaultStrings, registerLocale, type UiStrings } from "./i18n.js";

/** "reviewed": checked by a fluent speaker; "unreviewed": a first draft that still needs that. */
export type ReviewStatus = "reviewed" | "unreviewed";

export interface LocaleCatalog {
  /** BCP 47 language tag, e.g. "se", "ar". */
  locale: string;
  /** The language's name in itself, e.g. "davvisámegiella", for language pickers. */
  name: string;
  dir: "ltr" | "rtl";
  review: ReviewStatus;
  /** Every key: the catalog test fails when one is missing. */
  strings: UiStrings;
}

const unreviewed = new Map<string, string>();

/** The notice in our own languages, for a host that shows it in its language picker. */
export function addCatalogStrings(): void {
  addDefaultStrings("nb", {
    unreviewedNotice: "Denne oversettelsen er ikke kvalitetssikret ennå.",
  });
  addDefaultStrings("nn", { unreviewedNotice: "Denne omsetjinga er ikkje kvalitetssikra enno." });
  addDefaultStrings("en", { unreviewedNotice: "This translation has not been reviewed yet." });
}

/**
 * Registers a catalog. With `{ notice: true }`, elements shown in a language that is not yet
 * reviewed carry a small line saying so (its text is the catalog's own `unreviewedNotice`).
 */
export function registerCatalog(catalog: LocaleCatalog, options: { notice?: boolean } = {}): void {
  addCatalogStrings();
  if (catalog.review === "unreviewed" && options.notice)
    unreviewed.set(catalog.locale, catalog.strings.unreviewedNotice);
  else unreviewed.delete(catalog.locale);
  registerLocale(catalog.locale, catalog.strings, { dir: catalog.dir });
}

/** The notice to show for `locale` (or its base language), when the host asked for one. */
export function unreviewedNoticeFor(locale: string): string | undefined {
  return unreviewed.get(locale) ?? unreviewed.get(locale.split("-")[0] ?? "");
}
