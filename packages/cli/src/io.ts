// What every command shares: reading files safely, usage errors, and printing problems.
import { closeSync, fstatSync, mkdirSync, openSync, readSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Problem } from "@famwel/instrument";
import { formatProblem, readProblem, tooLargeProblem, type Lang } from "./validate.js";

/** A mistake in the command line: printed with a hint to --help, exit code 2. */
export class UsageError extends Error {}

export function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got "${value}")`);
}

type ReadResult = { text: string } | { problem: Problem };

/**
 * Reads a file as UTF-8 text, reading at most `limit` bytes: the size is checked on the open file
 * first, and the read stops one byte past the limit, so a huge or growing file is refused cheaply.
 */
export function readTextFile(path: string, limit: number, cap: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { problem: readProblem("EISDIR") };
    if (stat.size > limit) return { problem: tooLargeProblem(stat.size, cap) };
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > limit) return { problem: tooLargeProblem(length, cap) };
    }
    try {
      // ignoreBOM keeps a byte-order mark in the text; the parser strips it itself.
      return {
        text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(
          buffer.subarray(0, length),
        ),
      };
    } catch {
      return { problem: readProblem("ENCODING") };
    }
  } catch (error) {
    return { problem: readProblem((error as NodeJS.ErrnoException).code) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes `text` to `out` (relative to cwd; folders are created) or, without one, to stdout. */
export function writeOutput(
  io: { stdout: { write(chunk: string): unknown }; cwd: string },
  out: string | undefined,
  text: string,
): void {
  if (out === undefined) {
    io.stdout.write(text);
    return;
  }
  const path = resolve(io.cwd, out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, "utf8");
}

/** Prints each problem as `file:line:col: message (pointer)` on stderr. */
export function printProblems(
  io: { stderr: { write(chunk: string): unknown } },
  file: string,
  problems: readonly Problem[],
  lang: Lang,
): void {
  for (const p of problems) io.stderr.write(formatProblem(file, p, { lang }) + "\n");
}
