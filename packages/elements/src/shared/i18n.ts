// The elements' own UI strings (buttons, labels, announcements), apart from the instrument's texts.
// Hosts add or override a language with registerLocale(); Sami, Arabic or Ukrainian go through the
// same door as bokmål. Strings fall back key by key along the same chain as instrument texts.
// Only the strings a first render needs live here; each lazily loaded view adds its own defaults.
import { localeChain } from "@famwel/instrument/core";

export interface UiStrings {
  // <famwel-reflection> (keys added by src/reflection)
  reflQuoted: string;
  reflRequired: string;
  reflOptional: string;
  reflCount: string;
  reflNearLimit: string;
  reflAtLimit: string;
  reflOverLimit: string;
  reflMissing: string;
  reflTooLong: string;
  reflShareLegend: string;
  reflShareYes: string;
  reflShareNo: string;
  reflShareUnset: string;
  reflShared: string;
  reflNotShared: string;
  reflNotAnswered: string;
  reflNoPrompts: string;
  reflAbout: string;
  reflAboutMissing: string;
  reflAboutOther: string;
  reflSharedHeading: string;
  reflSharedIntro: string;
  reflTooFew: string;
  reflNoShareable: string;
  reflBadDefinition: string;
  // <famwel-instrument> (keys added by src/instrument)
  runOtherVersion: string;
  runLanguage: string;
  runStepOf: string;
  runSteps: string;
  runSummary: string;
  runSummaryIntro: string;
  runNext: string;
  runBack: string;
  runToSummary: string;
  runSubmit: string;
  runChange: string;
  runNotAnswered: string;
  runErrorTitle: string;
  runRequired: string;
  runUnrated: string;
  runTooFew: string;
  runRequiredMark: string;
  runChars: string;
  runSubmitted: string;
  /** Shown beside Send when the finished answers could not be sent (added by the lazy flow). */
  runSendFailed: string;
  runSendKept: string;
  runLoading: string;
  runBadDefinition: string;
  runWheelDesired: string;
  runNote: string;
  runOnMap: string;
  runShared: string;
  runDraftSaved: string;
  runValueOfMax: string;
  // <famwel-progress-chart> (keys added by src/progress-chart)
  progressBadDefinition: string;
  progressBadResponses: string;
  progressFilterDomains: string;
  progressFilterServices: string;
  progressDomain: string;
  progressService: string;
  progressCaption: string;
  progressHelpfulness: string;
  progressLayerCurrent: string;
  progressLayerDesired: string;
  progressRemoved: string;
  progressAbsent: string;
  progressAddedByFamily: string;
  progressDistanceTitle: string;
  progressDistance: string;
  progressRatedOnce: string;
  progressNeverRated: string;
  progressChartLabel: string;
  progressNoReadings: string;
  progressNoneSelected: string;
  // <famwel-service-map> (its strings are registered by the map itself: see service-map.strings.ts)
  family: string;
  coordinatorShort: string;
  mapNodeDesc: string;
  mapLabel: string;
  mapHelp: string;
  mapBadDefinition: string;
  mapExportPicture: string;
  viewMap: string;
  viewList: string;
  ring: string;
  sector: string;
  kind: string;
  helpfulness: string;
  frequency: string;
  direction: string;
  important: string;
  coordinator: string;
  searchCatalog: string;
  noMatches: string;
  addOwn: string;
  ownName: string;
  kindService: string;
  kindPerson: string;
  kindGroup: string;
  dirToFamily: string;
  dirFromFamily: string;
  dirBoth: string;
  dirNone: string;
  links: string;
  linkWith: string;
  cooperation: string;
  gaps: string;
  gapText: string;
  moved: string;
  linked: string;
  unlinked: string;
  noNodes: string;
  compareAdded: string;
  compareRemoved: string;
  compareCloser: string;
  compareFurther: string;
  compareRerated: string;
  tooManyNodes: string;
  closer: string;
  further: string;
  people: string;
  // <famwel-life-wheel> and shared
  legend: string;
  viewWheel: string;
  viewTable: string;
  view: string;
  layer: string;
  layerCurrent: string;
  layerDesired: string;
  valueOfMax: string;
  between: string;
  notRated: string;
  /** Between the items of a list, and between a rating and its anchor: ", " (Arabic "، "). */
  listSep: string;
  domain: string;
  current: string;
  desired: string;
  note: string;
  actions: string;
  addDomain: string;
  newDomainName: string;
  add: string;
  rename: string;
  newName: string;
  save: string;
  cancel: string;
  remove: string;
  removed: string;
  undo: string;
  added: string;
  restored: string;
  exportPicture: string;
  badDefinition: string;
  missingRatings: string;
  tooFewDomains: string;
  maxDomains: string;
  wheelHelp: string;
  compareWith: string;
  ourWords: string;
  // language catalogs (src/shared/locale-catalog.ts)
  unreviewedNotice: string;
}

const defaults = new Map<string, Partial<UiStrings>>([
  [
    "nb",
    {
      valueOfMax: "{value} av {max}",
      between: "mellom «{low}» og «{high}»",
      notRated: "ikke vurdert",
      listSep: ", ",
      missingRatings: "Vurder alle områdene. Mangler: {list}.",
      tooFewDomains: "Hjulet trenger minst {min} områder.",
    },
  ],
  [
    "nn",
    {
      notRated: "ikkje vurdert",
      listSep: ", ",
      missingRatings: "Vurder alle områda. Manglar: {list}.",
      tooFewDomains: "Hjulet treng minst {min} område.",
    },
  ],
  [
    "en",
    {
      valueOfMax: "{value} of {max}",
      between: "between “{low}” and “{high}”",
      notRated: "not rated",
      listSep: ", ",
      missingRatings: "Rate every area. Missing: {list}.",
      tooFewDomains: "The wheel needs at least {min} areas.",
    },
  ],
]);
/** What hosts registered; wins over our defaults in the same language. */
const overrides = new Map<string, Partial<UiStrings>>();
/** Scripts written right to left; a host can mark more with registerLocale(…, { dir: "rtl" }). */
const rtl = new Set(["ar", "he", "fa", "ur", "ps", "ckb", "dv", "yi", "syr"]);
const listeners = new Set<() => void>();

/** Adds or extends a language for the elements' own strings. Elements already on the page re-render. */
export function registerLocale(
  locale: string,
  strings: Partial<UiStrings>,
  options: { dir?: "ltr" | "rtl" } = {},
): void {
  if (options.dir === "rtl") rtl.add(locale);
  if (options.dir === "ltr") rtl.delete(locale);
  // Right to left, each placeholder is isolated (FSI … PDI, as the W3C's guidance on inserted
  // text asks): a bokmål name or a number inside an Arabic sentence is laid out on its own, so
  // «Hvordan har dere det hjemme?» keeps its "?" at its end instead of taking the sentence's
  // direction. Here, not in uiString: only a host that registers a language pays for it. (A key
  // given as undefined is left so, and falls back as before.)
  const own = { ...strings };
  if (directionOf(locale) === "rtl")
    for (const [key, text] of Object.entries(own) as [keyof UiStrings, string | undefined][])
      if (typeof text === "string")
        own[key] = text.replace(/\u2068?(\{\w+\})\u2069?/g, "\u2068$1\u2069");
  overrides.set(locale, { ...overrides.get(locale), ...own });
  for (const listener of listeners) listener();
}

/** Our own strings for a view that loads later; a host's registered strings still win. */
export function addDefaultStrings(locale: string, strings: Partial<UiStrings>): void {
  defaults.set(locale, { ...defaults.get(locale), ...strings });
}

/** The strings one language has itself (ours and the host's), before any fallback. For catalogs
 * and their tests; elements look strings up with uiString(). */
export function stringsOf(locale: string): Partial<UiStrings> {
  return { ...defaults.get(locale), ...overrides.get(locale) };
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
export function uiString(
  locale: string,
  key: keyof UiStrings,
  params: Record<string, string | number> = {},
): string {
  let template: string = key;
  for (const candidate of localeChain(locale, ["nb"])) {
    const found = overrides.get(candidate)?.[key] ?? defaults.get(candidate)?.[key];
    if (found !== undefined) {
      template = found;
      break;
    }
  }
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : m,
  );
}
