// The famwel command line: argument parsing, file reading and printing around validate.ts.
import { readFileSync, realpathSync } from "node:fs";
import { resolve } from "node:path";
import { parseInstrument, type InstrumentDefinition } from "@famwel/instrument";
import { readTextFile, UsageError, oneOf, parseCommandLine } from "./io.js";
export { readTextFile } from "./io.js";
import { runExport } from "./export.js";
import { runMigrate } from "./migrate.js";
import { runTranslate } from "./translate.js";
import { expandGlob, hasMagic } from "./glob.js";
import {
  formatJson,
  formatText,
  readLimit,
  sizeCap,
  unreadableReport,
  validateText,
  type FileReport,
  type KindOption,
  type Lang,
} from "./validate.js";

/** Where main() reads and writes; the defaults are the real process. Tests pass their own. */
export interface Io {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  env: Record<string, string | undefined>;
  cwd: string;
}

/**
 * Exit codes: every file valid; some file invalid, unreadable or not writable; the command line was
 * wrong.
 */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export const HELP = `famwel: command-line tools for famwel instrument definitions and responses

Usage:
  famwel validate <files or globs...> [options]
  famwel export --format fhir|csv|graphml|graph [options] <files...>
  famwel migrate --from <old.json> --to <new.json> [options] <responses...>
  famwel translate extract|merge|status [options] <files...>
  famwel <command> --help | famwel --help | --version

Commands:
  validate    Check instrument definitions and responses against the famwel schemas
              and cross-field rules. Prints file:line:col: message (JSON Pointer).
  export      Definitions and responses as FHIR R4 (Questionnaire,
              QuestionnaireResponse), responses as CSV (long or wide), a network
              answer as GraphML or a JSON node/link list.
  migrate     Carry responses to a newer version of their instrument; answers it
              has no place for are kept as orphans, never dropped.
  translate   Hand the strings of an instrument to translators (XLIFF 2.0 or CSV),
              merge their work back, and list missing translations per locale.

Options for validate:
  --kind instrument|response|auto
                      What the files are. auto (default): an object with "sections"
                      is an instrument, one with "answers" is a response.
  --instrument <file> Also check responses against this instrument definition.
  --format text|json  text (default): one line per problem and a summary.
                      json: one document for tools, { files, valid, invalid }.
  --lang nb|en        Language of the messages (every command). Default: nb when
                      LANG is nb, nn or no, else en.
  --quiet             Print errors only: no warnings and no summary line.
  -h, --help          Show this help.
  -v, --version       Print the version.

Globs: * and ? match within one path segment, ** matches any number of
directories. Quote them so every shell passes them on unchanged:
  famwel validate "instruments/**/*.json"
  famwel validate --instrument wheel.json "responses/*.json"

Exit codes: 0 success (warnings allowed), 1 a file is invalid or cannot be
read (nothing is written) or an output file cannot be written, 2 usage error
(unknown option, no files, a glob that matches nothing).
`;

const COMMANDS = {
  export: runExport,
  migrate: runMigrate,
  translate: runTranslate,
} as const;

function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** The message language: --lang, else nb for a Norwegian locale (LC_ALL, LC_MESSAGES, LANG), else en. */
export function defaultLang(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^(nb|nn|no)([_.@-]|$)/i.test(locale) ? "nb" : "en";
}

function identity(cwd: string, file: string): string {
  const full = resolve(cwd, file);
  try {
    return realpathSync(full);
  } catch {
    return full;
  }
}

/**
 * Runs the famwel command line and resolves to the exit code. Asynchronous so that hosts can await it
 * the same way whatever a command does; every command reads and writes synchronously today.
 */
export function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  try {
    return Promise.resolve(run(argv, io));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function run(argv: readonly string[], io: Io): number {
  const [first, ...others] = argv;
  if (first !== undefined && Object.hasOwn(COMMANDS, first)) {
    const name = first as keyof typeof COMMANDS;
    try {
      // Each command reads its own options, --lang included (parseCommandLine); this is the default.
      return COMMANDS[name](others, { ...io, lang: defaultLang(io.env) });
    } catch (error) {
      // parseArgs reports unknown options as TypeErrors with a code; ours are UsageErrors.
      const code = (error as { code?: string }).code;
      if (
        error instanceof UsageError ||
        (code !== undefined && code.startsWith("ERR_PARSE_ARGS"))
      ) {
        io.stderr.write(
          `famwel ${name}: ${(error as Error).message}\nRun "famwel ${name} --help" for usage.\n`,
        );
        return EXIT_USAGE;
      }
      throw error;
    }
  }
  let parsed;
  try {
    parsed = parseCommandLine(
      argv,
      {
        kind: { type: "string" },
        instrument: { type: "string" },
        format: { type: "string" },
        quiet: { type: "boolean" },
        version: { type: "boolean", short: "v" },
      },
      defaultLang(io.env),
    );
  } catch (error) {
    const prefix = error instanceof UsageError ? "famwel validate" : "famwel";
    io.stderr.write(`${prefix}: ${(error as Error).message}\nRun "famwel --help" for usage.\n`);
    return EXIT_USAGE;
  }
  const { values, positionals, lang } = parsed;
  const [command, ...rest] = positionals;

  if (values.version) {
    io.stdout.write(`${version()}\n`);
    return EXIT_OK;
  }
  if (values.help || command === "help") {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (command === undefined) {
    io.stderr.write(HELP);
    return EXIT_USAGE;
  }
  if (command !== "validate") {
    io.stderr.write(`famwel: unknown command "${command}". Run "famwel --help" for usage.\n`);
    return EXIT_USAGE;
  }

  try {
    return runValidate(rest, values, lang, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`famwel validate: ${error.message}\nRun "famwel --help" for usage.\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

interface ValidateFlags {
  kind?: string | undefined;
  instrument?: string | undefined;
  format?: string | undefined;
  quiet?: boolean | undefined;
}

function runValidate(args: string[], flags: ValidateFlags, lang: Lang, io: Io): number {
  const kind = oneOf<KindOption>("kind", flags.kind, ["instrument", "response", "auto"], "auto");
  const format = oneOf("format", flags.format, ["text", "json"], "text");
  if (args.length === 0) throw new UsageError("no files given");

  // Expand globs first: a pattern that matches nothing is a mistake in the command line.
  const files: string[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    const matches = hasMagic(arg) ? expandGlob(arg, io.cwd) : [arg];
    if (matches.length === 0) throw new UsageError(`no files match "${arg}"`);
    for (const file of matches) {
      const id = identity(io.cwd, file);
      if (seen.has(id)) continue;
      seen.add(id);
      files.push(file);
    }
  }

  const reports: FileReport[] = [];
  let definition: InstrumentDefinition | undefined;
  if (flags.instrument !== undefined) {
    const read = readTextFile(
      resolve(io.cwd, flags.instrument),
      readLimit("instrument"),
      sizeCap("instrument"),
    );
    if ("problem" in read) {
      throw new UsageError(
        `cannot read --instrument ${flags.instrument}: ${read.problem.message[lang]}`,
      );
    }
    const result = parseInstrument(read.text);
    if (result.ok) definition = result.value;
    // A broken definition is reported like any other invalid file; responses are then checked
    // against the schema only.
    else if (!seen.has(identity(io.cwd, flags.instrument)))
      reports.push(validateText(flags.instrument, read.text, { kind: "instrument" }));
  }

  for (const file of files) {
    const read = readTextFile(resolve(io.cwd, file), readLimit(kind), sizeCap(kind));
    reports.push(
      "problem" in read
        ? unreadableReport(file, read.problem)
        : validateText(file, read.text, definition ? { kind, instrument: definition } : { kind }),
    );
  }

  if (format === "json") {
    io.stdout.write(formatJson(reports));
  } else {
    const color = io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
    io.stdout.write(formatText(reports, { lang, color, quiet: flags.quiet === true }));
  }
  return reports.every((r) => r.valid) ? EXIT_OK : EXIT_INVALID;
}
