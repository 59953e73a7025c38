// The small part of @famwel/instrument that elements need on every page: localisation and the
// "already parsed" mark. Importing the package root instead would make bundlers that split code
// keep the parsers and validators in a chunk the elements load up front.
export { localize, localeChain, NEIGHBOUR_LOCALES, type Localized } from "./localize.js";
export { isParsed } from "./parsed.js";
export type * from "./types.js";
