// The front door for untrusted input: text or objects from files, hosts and networks. Caps size and
// depth before parsing, validates with the precompiled validators, runs the cross-field checks, and
// returns the typed value or a list of Problems. Never throws.
import { validateInstrument } from "./generated/instrument-validator.js";
import type { StandaloneValidator } from "./validator-types.js";
import { copyJson } from "./copy-json.js";
import { crossCheckInstrument } from "./crosscheck.js";
import {
  MAX_DEPTH,
  MAX_ENTRIES,
  MAX_INSTRUMENT_BYTES,
  capProblems,
  limitProblem,
  textDepth,
  utf8Length,
  widestEntry,
  widthProblem,
} from "./limits.js";
import { createLocator, syntaxProblems, type Position } from "./locate.js";
import { problemsFromAjv } from "./messages.js";
import { markParsed } from "./parsed.js";
import type { InstrumentDefinition, ParseResult, Problem } from "./types.js";

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

export function run<T>(input: unknown, stage: Stage<T>): ParseResult<T> {
  let locate: ((pointer: string, key?: string) => Position | undefined) | undefined;
  let data: unknown;
  if (typeof input === "string") {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input; // editors on Windows add a BOM
    const bytes = utf8Length(text, stage.maxBytes);
    if (bytes > stage.maxBytes)
      return { ok: false, errors: [limitProblem("bytes", bytes, stage.maxBytes)], warnings: [] };
    const depth = textDepth(text, MAX_DEPTH);
    if (depth > MAX_DEPTH)
      return { ok: false, errors: [limitProblem("depth", depth, MAX_DEPTH)], warnings: [] };
    try {
      data = JSON.parse(text);
    } catch (error) {
      const problems = syntaxProblems(text);
      return { ok: false, errors: problems.length ? problems : [internal(error)], warnings: [] };
    }
    locate = createLocator(text);
    // The entry cap (a host object's copy is held to it while copying, below).
    const wide = widestEntry(data, MAX_ENTRIES);
    if (wide) {
      const problem = widthProblem(wide.pointer, wide.count, MAX_ENTRIES);
      return { ok: false, errors: [{ ...problem, ...locate(wide.pointer) }], warnings: [] };
    }
  } else {
    // Objects from a host: copied first, each property read once, with the same caps applied during
    // the copy (cycles count as too deep). Everything below sees only the copy (see copy-json.ts).
    const copied = copyJson(input, stage.maxBytes);
    if ("problem" in copied) return { ok: false, errors: [copied.problem], warnings: [] };
    data = copied.value;
    const bytes = utf8Length(JSON.stringify(data) ?? "", stage.maxBytes);
    if (bytes > stage.maxBytes)
      return { ok: false, errors: [limitProblem("bytes", bytes, stage.maxBytes)], warnings: [] };
  }
  const place = (all: Problem[]): Problem[] => {
    // Capped before locating: each location is a pass over the text (see MAX_PROBLEMS).
    const problems = capProblems(all);
    if (!locate) return problems;
    return problems.map((p) => {
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
  };
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
 * Parses and checks an instrument definition given as JSON text or as an object.
 * Returns `{ ok: true, value, warnings }` or `{ ok: false, errors, warnings }`; never throws.
 * The value is a deep-frozen copy: clone it (`structuredClone`) to edit, then parse again.
 */
export function parseInstrument(input: unknown): ParseResult<InstrumentDefinition> {
  try {
    return run<InstrumentDefinition>(input, {
      validate: validateInstrument,
      maxBytes: MAX_INSTRUMENT_BYTES,
      cross: crossCheckInstrument,
      // Never the host's own object (run copies it first): freezing must not reach into host data.
      seal: markParsed,
    });
  } catch (error) {
    return { ok: false, errors: [internal(error)], warnings: [] };
  }
}
