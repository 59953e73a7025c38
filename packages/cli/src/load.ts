// Reads and checks the definitions and responses the commands work on. A file that cannot be read or
// is not valid is reported as `file:line:col: message (pointer)` on stderr, like `famwel validate`.
import { resolve } from "node:path";
import {
  parseInstrument,
  parseResponse,
  type InstrumentDefinition,
  type Problem,
  type Response,
} from "@famwel/instrument";
import { printProblems, readTextFile } from "./io.js";
import { readLimit, sizeCap, topMembers, type Kind, type Lang } from "./validate.js";

export interface Ctx {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  cwd: string;
  lang: Lang;
}

/** The text of a file, or undefined after printing why it cannot be read. */
export function readText(
  ctx: Ctx,
  file: string,
  kind: "instrument" | "response",
): string | undefined {
  const read = readTextFile(resolve(ctx.cwd, file), readLimit(kind), sizeCap(kind));
  if ("problem" in read) {
    printProblems(ctx, file, [read.problem], ctx.lang);
    return undefined;
  }
  return read.text;
}

/** What to do instead, when a file of the other kind was given: e.g. "Give it with --instrument". */
export type Hint = { nb: string; en: string };

/**
 * "instrument" for a JSON object with `sections` and no `answers`, "response" for one with `answers`
 * and no `sections`; undefined for anything else (the parser then says what is wrong with it).
 */
function evidentKind(text: string): Kind | undefined {
  const has = topMembers(text);
  if (!has || has.sections === has.answers) return undefined;
  return has.sections ? "instrument" : "response";
}

/**
 * One problem instead of the schema's fifteen when a file is the other kind (a definition where a
 * response belongs, or the other way round); undefined when it is not.
 */
function wrongKind(text: string, expected: Kind, hint: Hint | undefined): Problem | undefined {
  if (evidentKind(text) !== (expected === "instrument" ? "response" : "instrument"))
    return undefined;
  const message: Hint =
    expected === "response"
      ? {
          nb: "Dette er en instrumentdefinisjon (den har «sections» og ikke «answers»), ikke et svar.",
          en: 'This is an instrument definition (it has "sections" and no "answers"), not a response.',
        }
      : {
          nb: "Dette er et svar (det har «answers» og ikke «sections»), ikke en instrumentdefinisjon.",
          en: 'This is a response (it has "answers" and no "sections"), not an instrument definition.',
        };
  return {
    pointer: "",
    rule: "kind",
    message: hint ? { nb: `${message.nb} ${hint.nb}`, en: `${message.en} ${hint.en}` } : message,
  };
}

export function loadInstrument(
  ctx: Ctx,
  file: string,
  hint?: Hint,
): InstrumentDefinition | undefined {
  const text = readText(ctx, file, "instrument");
  if (text === undefined) return undefined;
  const wrong = wrongKind(text, "instrument", hint);
  if (wrong) {
    printProblems(ctx, file, [wrong], ctx.lang);
    return undefined;
  }
  const r = parseInstrument(text);
  if (!r.ok) printProblems(ctx, file, r.errors, ctx.lang);
  return r.ok ? r.value : undefined;
}

export function loadResponse(
  ctx: Ctx,
  file: string,
  instrument?: InstrumentDefinition,
  hint?: Hint,
): Response | undefined {
  return loadResponseText(ctx, file, instrument, hint)?.response;
}

/** A response with its text, for a command that hands the text on so that problems keep positions. */
export function loadResponseText(
  ctx: Ctx,
  file: string,
  instrument?: InstrumentDefinition,
  hint?: Hint,
): { text: string; response: Response } | undefined {
  const text = readText(ctx, file, "response");
  if (text === undefined) return undefined;
  const wrong = wrongKind(text, "response", hint);
  if (wrong) {
    printProblems(ctx, file, [wrong], ctx.lang);
    return undefined;
  }
  const r = parseResponse(text, instrument ? { instrument } : {});
  if (!r.ok) printProblems(ctx, file, r.errors, ctx.lang);
  return r.ok ? { text, response: r.value } : undefined;
}
