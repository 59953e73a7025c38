// What every command shares: reading files safely, usage errors, and printing problems.
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Problem } from "@famwel/instrument";
import { formatProblem, readProblem, sanitize, tooLargeProblem, type Lang } from "./validate.js";

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

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** Options every command takes. */
const COMMON = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies OptionsConfig;

/**
 * How every command reads its command line: Node's parseArgs, strict, with --lang and --help added,
 * so `--opt value` and `--opt=value` mean the same everywhere and an unknown option is a usage error.
 * `lang` is --lang checked, or `fallback` (the language of the environment) without it.
 */
type Parsed<O extends OptionsConfig> = ReturnType<
  typeof parseArgs<{
    args: string[];
    allowPositionals: true;
    strict: true;
    options: typeof COMMON & O;
  }>
>;

export function parseCommandLine<const O extends OptionsConfig>(
  argv: readonly string[],
  options: O,
  fallback: Lang,
): { values: Parsed<O>["values"]; positionals: string[]; lang: Lang } {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { ...COMMON, ...options },
  });
  const lang = oneOf<Lang>("lang", (values as { lang?: string }).lang, ["nb", "en"], fallback);
  return { values, positionals, lang };
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

/** The nearest existing folder on the way to `path` that is not a folder (a file where one is needed). */
function blockingFile(path: string): string | undefined {
  for (let p = dirname(path); p !== dirname(p); p = dirname(p)) {
    try {
      return statSync(p).isDirectory() ? undefined : p;
    } catch {
      // not there (yet): look further up
    }
  }
  return undefined;
}

/** Why a file could not be written, in both languages, from the Node error and the path. */
export function writeProblem(error: unknown, path: string, cwd: string): Problem["message"] {
  const code = (error as NodeJS.ErrnoException).code;
  const blocker = code === "EEXIST" || code === "ENOTDIR" ? blockingFile(path) : undefined;
  if (blocker !== undefined) {
    const name = relative(cwd, blocker) || blocker;
    return {
      nb: `Kan ikke skrive filen: «${name}» er en fil, ikke en mappe.`,
      en: `Cannot write the file: "${name}" is a file, not a folder.`,
    };
  }
  const m: Record<string, [string, string]> = {
    EISDIR: [
      "Kan ikke skrive filen: dette er en mappe (gi et filnavn).",
      "Cannot write the file: this is a folder (give a file name).",
    ],
    EACCES: ["Mangler tilgang til å skrive filen.", "No permission to write the file."],
    EPERM: ["Mangler tilgang til å skrive filen.", "No permission to write the file."],
    EROFS: [
      "Kan ikke skrive filen: filsystemet er skrivebeskyttet.",
      "Cannot write the file: the file system is read-only.",
    ],
    ENOSPC: ["Kan ikke skrive filen: disken er full.", "Cannot write the file: the disk is full."],
  };
  const [nb, en] = m[code ?? ""] ?? [
    `Kunne ikke skrive filen (${code ?? "ukjent feil"}).`,
    `Could not write the file (${code ?? "unknown error"}).`,
  ];
  return { nb, en };
}

/**
 * Writes `text` to `out` (relative to cwd; folders are created) or, without one, to stdout. Returns
 * false after printing `out: why` on stderr when the file cannot be written (exit code 1).
 */
export function writeOutput(
  io: {
    stdout: { write(chunk: string): unknown };
    stderr: { write(chunk: string): unknown };
    cwd: string;
    lang: Lang;
  },
  out: string | undefined,
  text: string,
): boolean {
  if (out === undefined) {
    io.stdout.write(text);
    return true;
  }
  const path = resolve(io.cwd, out);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, "utf8");
    return true;
  } catch (error) {
    io.stderr.write(`${sanitize(out)}: ${sanitize(writeProblem(error, path, io.cwd)[io.lang])}\n`);
    return false;
  }
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
