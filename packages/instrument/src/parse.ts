// The front door for untrusted input: text or objects from files, hosts and networks. Caps size and
// depth before parsing, validates with the precompiled validators, runs the cross-field checks, and
// returns the typed value or a list of Problems. Never throws.
import {
  MAX_DEPTH,
  MAX_ENTRIES,
  capProblems,
  limitProblem,
  scanText,
  utf8Length,
  widestEntry,
  widthProblem,
} from "./limits.js";
import { createLocator, duplicateKeyProblems, syntaxProblems } from "./locate.js";
import { checkData, instrumentStage, internal, runObject, type Stage } from "./parse-object.js";
import type { InstrumentDefinition, ParseResult, Problem } from "./types.js";

export { internal, type Stage };

/**
 * Checks JSON text or an object (runObject): text is capped by bytes and depth before JSON.parse, and
 * every problem it has says on which line and column it is.
 */
export function run<T>(input: unknown, stage: Stage<T>): ParseResult<T> {
  if (typeof input !== "string") return runObject(input, stage);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input; // editors on Windows add a BOM
  const bytes = utf8Length(text, stage.maxBytes);
  if (bytes > stage.maxBytes)
    return { ok: false, errors: [limitProblem("bytes", bytes, stage.maxBytes)], warnings: [] };
  // One pass before JSON.parse: the depth cap, and how many keys the text writes (see below).
  const scan = scanText(text, MAX_DEPTH);
  if (scan.depth > MAX_DEPTH)
    return { ok: false, errors: [limitProblem("depth", scan.depth, MAX_DEPTH)], warnings: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const problems = syntaxProblems(text);
    return { ok: false, errors: problems.length ? problems : [internal(error)], warnings: [] };
  }
  const locate = createLocator(text);
  // The entry cap (a host object's copy is held to it while copying, in runObject).
  const counted = { keys: 0 };
  const wide = widestEntry(data, MAX_ENTRIES, counted);
  if (wide) {
    const problem = widthProblem(wide.pointer, wide.count, MAX_ENTRIES);
    return { ok: false, errors: [{ ...problem, ...locate(wide.pointer) }], warnings: [] };
  }
  // Fewer keys than the text writes: one was given twice in an object, and JSON.parse kept the
  // last, which may not be what the author meant. Like a syntax error it is reported alone,
  // before the schema looks at a value the author did not write.
  if (counted.keys !== scan.keys) {
    const duplicates = duplicateKeyProblems(text);
    if (duplicates.length) return { ok: false, errors: duplicates, warnings: [] };
  }
  const place = (all: Problem[]): Problem[] =>
    // Capped before locating: each location is a pass over the text (see MAX_PROBLEMS).
    capProblems(all).map((p) => {
      if (p.rule === "maxProblems") return p;
      // Unknown keys are reported at the key; everything else at the value.
      const lastSlash = p.pointer.lastIndexOf("/");
      const key =
        p.rule === "additionalProperties" ||
        (p.rule === "pattern" && p.message.en.startsWith("The key"))
          ? p.pointer
              .slice(lastSlash + 1)
              .replace(/~1/g, "/")
              .replace(/~0/g, "~")
          : undefined;
      const pos =
        key === undefined ? locate(p.pointer) : locate(p.pointer.slice(0, lastSlash), key);
      return pos ? { ...p, ...pos } : p;
    });
  return checkData(data, stage, place);
}

/**
 * Parses and checks an instrument definition given as JSON text or as an object.
 * Returns `{ ok: true, value, warnings }` or `{ ok: false, errors, warnings }`; never throws.
 * The value is a deep-frozen copy: clone it (`structuredClone`) to edit, then parse again.
 */
export function parseInstrument(input: unknown): ParseResult<InstrumentDefinition> {
  try {
    return run<InstrumentDefinition>(input, instrumentStage);
  } catch (error) {
    return { ok: false, errors: [internal(error)], warnings: [] };
  }
}
