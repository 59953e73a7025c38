// What an element needs to check a section it was handed raw: cross-field rules and readable
// messages, without the parsers, the full validators or a JSON parser. Elements load it lazily.
export { crossCheckSection } from "./crosscheck.js";
export { problemsFromAjv } from "./messages.js";
export type { Problem } from "./types.js";
// The same bounds parseInstrument applies, so a hostile section handed straight to an element is
// refused as fast and reported as briefly.
export {
  capProblems,
  widestEntry,
  widthProblem,
  MAX_ENTRIES,
  MAX_INSTRUMENT_BYTES,
} from "./limits.js";
// Copied first, each property read once: what is checked is what the element then draws.
export { copyJson } from "./copy-json.js";
