// @famwel/instrument: schemas, types, validators and localisation for famwel instruments. No DOM.
export { parseInstrument } from "./parse.js";
export { parseInstrumentObject } from "./parse-object.js";
export { parseResponse, type ParseResponseOptions } from "./parse-response.js";
export { isParsed, markParsed } from "./parsed.js";
export {
  crossCheckInstrument,
  crossCheckSection,
  checkScale,
  MAX_SCALE_STEPS,
} from "./crosscheck.js";
export { crossCheckResponse } from "./crosscheck-response.js";
export { problemsFromAjv } from "./messages.js";
export { localize, localeChain, NEIGHBOUR_LOCALES, type Localized } from "./localize.js";
export { instrumentHash, canonicalJson } from "./hash.js";
export { MAX_DEPTH, MAX_INSTRUMENT_BYTES, MAX_RESPONSE_BYTES } from "./limits.js";
export { pointerSegments, joinPointer, escapePointerSegment } from "./pointer.js";
export { offsetToPosition } from "./locate.js";
export { validateInstrument } from "./generated/instrument-validator.js";
export { validateResponse } from "./generated/response-validator.js";
export { validateWheelSection } from "./generated/wheel-section.js";
export { validateNetworkSection } from "./generated/network-section.js";
export { validateReflectionSection } from "./generated/reflection-section.js";
export type { AjvError, StandaloneValidator } from "./validator-types.js";
export type * from "./types.js";
export { toFhirQuestionnaire, type FhirQuestionnaire, type FhirQuestionnaireItem } from "./fhir.js";
export {
  toFhirQuestionnaireResponse,
  type FhirQuestionnaireResponse,
  type FhirResponseItem,
} from "./fhir-response.js";
export { fromFhirQuestionnaireResponse } from "./fhir-response-read.js";
export type { FhirExtension, FhirCoding, FhirAnswer } from "./fhir-common.js";
export {
  toCsv,
  csvRows,
  csvCell,
  csvText,
  LONG_COLUMNS,
  type CsvOptions,
  type CsvRow,
  type CsvCell,
} from "./csv.js";
export { parseCsv, unguardCell, type CsvRecord, type CsvParseResult } from "./csv-parse.js";
export {
  networkGraph,
  toGraphML,
  xmlText,
  type NetworkGraph,
  type GraphNode,
  type GraphLink,
} from "./graph.js";
export { migrateResponse, successors } from "./migrate.js";
export { domainLineage, compareVersions, type DomainLine, type DomainAlias } from "./lineage.js";
export {
  translationUnits,
  mergeTranslations,
  translationStatus,
  type TranslationUnit,
  type MergeResult,
  type LocaleStatus,
} from "./translate.js";
