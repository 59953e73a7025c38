// The object half of the front door (parse.ts): a definition a host hands over as an object is
// copied (each property read once, with the caps), validated and cross-checked. Without the JSON
// text parser that parse.ts adds to say on which line of a text a problem is (jsonc-parser): a
// bundle that is only ever handed objects, as the runner is before its first step, is ~5 KB gzip
// lighter on its way to the first question.
import { validateInstrument } from "./generated/instrument-validator.js";
import type { StandaloneValidator } from "./validator-types.js";
import { copyJson } from "./copy-json.js";
import { crossCheckInstrument } from "./crosscheck.js";
import { MAX_INSTRUMENT_BYTES, capProblems, limitProblem, utf8Length } from "./limits.js";
import { problemsFromAjv } from "./messages.js";
import { markParsed } from "./parsed.js";
import type { InstrumentDefinition, ParseResult, Problem } from "./types.js";

// The subpath `@famwel/instrument/parse-object` is this module: with these, a bundle checks and
// hashes (by WebCrypto) a definition given as an object and reaches neither jsonc-parser nor
// @noble/hashes, in bundlers that split by file (esbuild) as well as by export (Rollup).
export { canonicalJson } from "./canonical-json.js";
export { MAX_INSTRUMENT_BYTES };

export interface Stage<T> {
  validate: StandaloneValidator;
  maxBytes: number;
  cross: (value: T) => { errors: Problem[]; warnings: Problem[] };
  /** Applied to a valid value (JSON.parse's result or the host object's copy) before it is returned. */
  seal?: (value: T) => T;
}

export function internal(error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    pointer: "",
    rule: "internal",
    message: {
      nb: `Kunne ikke lese innholdet (${detail}).`,
      en: `Could not read the content (${detail}).`,
    },
  };
}

/**
 * Validates and cross-checks data already within the caps. `place` caps the problems and, for a
 * text, adds where each one is in it.
 */
export function checkData<T>(
  data: unknown,
  stage: Stage<T>,
  place: (all: Problem[]) => Problem[] = capProblems,
): ParseResult<T> {
  if (!stage.validate(data)) {
    return {
      ok: false,
      errors: place(problemsFromAjv(stage.validate.errors ?? [], data)),
      warnings: [],
    };
  }
  const { errors, warnings } = stage.cross(data as T);
  if (errors.length > 0) return { ok: false, errors: place(errors), warnings: place(warnings) };
  return {
    ok: true,
    value: stage.seal ? stage.seal(data as T) : (data as T),
    warnings: place(warnings),
  };
}

/**
 * Objects from a host: copied first, each property read once, with the same caps applied during
 * the copy (cycles count as too deep). Everything after sees only the copy (see copy-json.ts).
 */
export function runObject<T>(input: unknown, stage: Stage<T>): ParseResult<T> {
  const copied = copyJson(input, stage.maxBytes);
  if ("problem" in copied) return { ok: false, errors: [copied.problem], warnings: [] };
  const data = copied.value;
  const bytes = utf8Length(JSON.stringify(data) ?? "", stage.maxBytes);
  if (bytes > stage.maxBytes)
    return { ok: false, errors: [limitProblem("bytes", bytes, stage.maxBytes)], warnings: [] };
  return checkData(data, stage);
}

export const instrumentStage: Stage<InstrumentDefinition> = {
  validate: validateInstrument,
  maxBytes: MAX_INSTRUMENT_BYTES,
  cross: crossCheckInstrument,
  // Never the host's own object (the copy above): freezing must not reach into host data.
  seal: markParsed,
};

/**
 * parseInstrument for a definition given as an object: the same checks and the same result, in a
 * module without the JSON text parser. A string is taken as a value, not parsed (it is not a
 * definition); give JSON text to parseInstrument, which says on which line each problem is.
 */
export function parseInstrumentObject(input: unknown): ParseResult<InstrumentDefinition> {
  try {
    return runObject(input, instrumentStage);
  } catch (error) {
    return { ok: false, errors: [internal(error)], warnings: [] };
  }
}
