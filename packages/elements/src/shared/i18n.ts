// The elements' own UI strings (buttons, labels, announcements), apart from the instrument's texts.
// Hosts add or override a language with registerLocale(); Sami, Arabic or Ukrainian go through the
// same door as bokmål. Strings fall back key by key along the same chain as instrument texts.
import { localeChain } from "@famwel/instrument";

const nb = {
  viewWheel: "Hjul",
  viewTable: "Tabell",
  view: "Visning",
  layer: "Hva du vurderer",
  layerCurrent: "Slik er det nå",
  layerDesired: "Slik vil vi ha det",
  valueOf: "{value} av {max}",
  between: "mellom «{low}» og «{high}»",
  notRated: "ikke vurdert",
  domain: "Område",
  current: "Nå",
  desired: "Ønsket",
  note: "Notat",
  actions: "Endre",
  addDomain: "Legg til et eget område",
  newDomainName: "Navn på det nye området",
  add: "Legg til",
  rename: "Gi nytt navn",
  newName: "Nytt navn på «{label}»",
  save: "Lagre",
  cancel: "Avbryt",
  remove: "Fjern «{label}»",
  removed: "«{label}» er fjernet.",
  undo: "Angre",
  added: "«{label}» er lagt til.",
  restored: "«{label}» er tilbake.",
  exportPicture: "Last ned bilde av hjulet",
  badDefinition: "Hjulet kan ikke vises fordi definisjonen har feil:",
  missingRatings: "Vurder alle områdene. Mangler: {list}.",
  tooFewDomains: "Hjulet trenger minst {min} områder.",
  maxDomains: "Hjulet kan ha høyst {max} områder.",
  compareWith: "Sammenlignet med",
  ourWords: "med egne ord",
} as const;

export type UiStrings = { [K in keyof typeof nb]: string };

const nn: UiStrings = {
  ...nb,
  viewWheel: "Hjul",
  viewTable: "Tabell",
  view: "Vising",
  layer: "Kva du vurderer",
  layerCurrent: "Slik er det no",
  layerDesired: "Slik vil vi ha det",
  notRated: "ikkje vurdert",
  domain: "Område",
  current: "No",
  desired: "Ønskt",
  addDomain: "Legg til eit eige område",
  newDomainName: "Namn på det nye området",
  rename: "Gi nytt namn",
  newName: "Nytt namn på «{label}»",
  removed: "«{label}» er fjerna.",
  undo: "Angre",
  restored: "«{label}» er tilbake.",
  exportPicture: "Last ned bilete av hjulet",
  badDefinition: "Hjulet kan ikkje visast fordi definisjonen har feil:",
  missingRatings: "Vurder alle områda. Manglar: {list}.",
  tooFewDomains: "Hjulet treng minst {min} område.",
  maxDomains: "Hjulet kan ha høgst {max} område.",
  compareWith: "Samanlikna med",
  ourWords: "med eigne ord",
};

const en: UiStrings = {
  viewWheel: "Wheel",
  viewTable: "Table",
  view: "View",
  layer: "What you are rating",
  layerCurrent: "How it is now",
  layerDesired: "How we want it",
  valueOf: "{value} of {max}",
  between: "between “{low}” and “{high}”",
  notRated: "not rated",
  domain: "Area",
  current: "Now",
  desired: "Wanted",
  note: "Note",
  actions: "Change",
  addDomain: "Add an area of your own",
  newDomainName: "Name of the new area",
  add: "Add",
  rename: "Rename",
  newName: "New name for “{label}”",
  save: "Save",
  cancel: "Cancel",
  remove: "Remove “{label}”",
  removed: "“{label}” was removed.",
  undo: "Undo",
  added: "“{label}” was added.",
  restored: "“{label}” is back.",
  exportPicture: "Download a picture of the wheel",
  badDefinition: "The wheel cannot be shown because its definition has errors:",
  missingRatings: "Rate every area. Missing: {list}.",
  tooFewDomains: "The wheel needs at least {min} areas.",
  maxDomains: "The wheel can have at most {max} areas.",
  compareWith: "Compared with",
  ourWords: "in our own words",
};

const registry = new Map<string, Partial<UiStrings>>([
  ["nb", nb],
  ["nn", nn],
  ["en", en],
]);
/** Scripts written right to left; a host can mark more with registerLocale(…, { dir: "rtl" }). */
const rtl = new Set(["ar", "he", "fa", "ur", "ps", "ckb", "dv", "yi", "syr"]);
const listeners = new Set<() => void>();

/** Adds or extends a language for the elements' own strings. Elements already on the page re-render. */
export function registerLocale(locale: string, strings: Partial<UiStrings>, options: { dir?: "ltr" | "rtl" } = {}): void {
  registry.set(locale, { ...registry.get(locale), ...strings });
  if (options.dir === "rtl") rtl.add(locale);
  if (options.dir === "ltr") rtl.delete(locale);
  for (const listener of listeners) listener();
}

/** Called by elements so a late registerLocale() reaches them; returns the unsubscribe function. */
export function onLocalesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function directionOf(locale: string): "ltr" | "rtl" {
  return rtl.has(locale) || rtl.has(locale.split("-")[0] ?? "") ? "rtl" : "ltr";
}

/** Looks a UI string up along the locale chain (nn → nb → en …) and fills in `{name}` placeholders. */
export function uiString(locale: string, key: keyof UiStrings, params: Record<string, string | number> = {}): string {
  let template: string = en[key];
  for (const candidate of localeChain(locale, ["nb"])) {
    const found = registry.get(candidate)?.[key];
    if (found !== undefined) {
      template = found;
      break;
    }
  }
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m));
}
