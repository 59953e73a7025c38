// Reads and checks the definitions and responses the commands work on. A file that cannot be read or
// is not valid is reported as `file:line:col: message (pointer)` on stderr, like `famwel validate`.
import { resolve } from "node:path";
import {
  parseInstrument,
  parseResponse,
  type InstrumentDefinition,
  type Response,
} from "@famwel/instrument";
import { printProblems, readTextFile } from "./io.js";
import { readLimit, sizeCap, type Lang } from "./validate.js";

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

export function loadInstrument(ctx: Ctx, file: string): InstrumentDefinition | undefined {
  const text = readText(ctx, file, "instrument");
  if (text === undefined) return undefined;
  const r = parseInstrument(text);
  if (!r.ok) printProblems(ctx, file, r.errors, ctx.lang);
  return r.ok ? r.value : undefined;
}

export function loadResponse(
  ctx: Ctx,
  file: string,
  instrument?: InstrumentDefinition,
): Response | undefined {
  const text = readText(ctx, file, "response");
  if (text === undefined) return undefined;
  const r = parseResponse(text, instrument ? { instrument } : {});
  if (!r.ok) printProblems(ctx, file, r.errors, ctx.lang);
  return r.ok ? r.value : undefined;
}
