// @famwel/cli as a library: the same checks `famwel validate` runs, for build tools and editors.
export {
  main,
  defaultLang,
  readTextFile,
  HELP,
  EXIT_OK,
  EXIT_INVALID,
  EXIT_USAGE,
  type Io,
} from "./main.js";
export {
  validateText,
  detectKind,
  formatText,
  formatJson,
  formatProblem,
  formatSummary,
  totals,
  sanitize,
  type FileReport,
  type Kind,
  type KindOption,
  type Lang,
  type ValidateOptions,
  type TextOptions,
  type Totals,
} from "./validate.js";
export { expandGlob, hasMagic } from "./glob.js";
export { runExport, EXPORT_HELP } from "./export.js";
export { runMigrate, MIGRATE_HELP } from "./migrate.js";
export { runTranslate, TRANSLATE_HELP } from "./translate.js";
export {
  writeXliff,
  readXliff,
  writeTranslationCsv,
  readTranslationCsv,
  type ReadEntry,
  type ReadResult,
} from "./translation-files.js";
export type { Ctx } from "./load.js";
