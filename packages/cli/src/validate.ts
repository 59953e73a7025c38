// `famwel validate`, without the process around it: functions from file contents to reports and from
// reports to output, so they can be tested without spawning. main.ts does the reading and printing.
import {
  MAX_INSTRUMENT_BYTES,
  MAX_RESPONSE_BYTES,
  parseInstrument,
  parseResponse,
  type InstrumentDefinition,
  type Problem,
} from "@famwel/instrument";

export type Kind = "instrument" | "response";
export type KindOption = Kind | "auto";
export type Lang = "nb" | "en";

/** What `famwel validate` found in one file; the `--format json` output lists these. */
export interface FileReport {
  /** The file as named on the command line (or as the glob spelled it). */
  file: string;
  /** What the file was checked as; "unknown" when it could not be read or told apart. */
  kind: Kind | "unknown";
  valid: boolean;
  errors: Problem[];
  warnings: Problem[];
}

export interface ValidateOptions {
  /** What the text is; "auto" (the default) looks for `sections` (instrument) or `answers` (response). */
  kind?: KindOption;
  /** The definition responses answer: when given, responses are also checked against it. */
  instrument?: InstrumentDefinition;
}

/** The largest file we read for a kind, in bytes: the parser's own cap plus a byte-order mark. */
export function readLimit(kind: KindOption): number {
  const cap =
    kind === "instrument"
      ? MAX_INSTRUMENT_BYTES
      : kind === "response"
        ? MAX_RESPONSE_BYTES
        : Math.max(MAX_INSTRUMENT_BYTES, MAX_RESPONSE_BYTES);
  return cap + 3;
}

/** The parser's cap for a kind ("auto": the larger one), as shown in messages. */
export function sizeCap(kind: KindOption): number {
  return readLimit(kind) - 3;
}

/**
 * Whether a text is a JSON object with `sections` (as a definition) and with `answers` (as a
 * response); undefined for anything else, which the parser then explains.
 */
export function topMembers(text: string): { sections: boolean; answers: boolean } | undefined {
  if (text.length > 4 * readLimit("auto")) return undefined; // the parser will refuse it anyway
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  return { sections: Object.hasOwn(data, "sections"), answers: Object.hasOwn(data, "answers") };
}

/**
 * Tells an instrument from a response: an object with `sections` is an instrument, one with `answers`
 * a response. Returns undefined for text that is not a JSON object or has neither.
 */
export function detectKind(text: string): Kind | undefined {
  const has = topMembers(text);
  return has?.sections ? "instrument" : has?.answers ? "response" : undefined;
}

const kindProblem: Problem = {
  pointer: "",
  rule: "kind",
  message: {
    nb: "Kan ikke se om dette er en instrumentdefinisjon (den har «sections») eller et svar (det har «answers»). Bruk --kind instrument eller --kind response.",
    en: 'Cannot tell whether this is an instrument definition (it has "sections") or a response (it has "answers"). Use --kind instrument or --kind response.',
  },
};

function byPosition(a: Problem, b: Problem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** Validates the text of one file. Never throws. */
export function validateText(
  file: string,
  text: string,
  options: ValidateOptions = {},
): FileReport {
  const requested = options.kind ?? "auto";
  const kind: Kind | "unknown" = requested === "auto" ? (detectKind(text) ?? "unknown") : requested;
  if (kind === "unknown") {
    // Not a JSON object we can tell apart. The parser's syntax and size errors are the same for both
    // kinds, so ask it first; only well-formed JSON of neither kind gets our own message.
    const probe = parseResponse(text);
    const first = probe.ok ? undefined : probe.errors[0];
    const structural =
      first &&
      (first.rule === "syntax" ||
        first.rule === "maxBytes" ||
        first.rule === "maxDepth" ||
        first.rule === "internal");
    const errors = structural && !probe.ok ? probe.errors : [kindProblem];
    return { file, kind, valid: false, errors: [...errors].sort(byPosition), warnings: [] };
  }
  const result =
    kind === "instrument"
      ? parseInstrument(text)
      : parseResponse(text, options.instrument ? { instrument: options.instrument } : {});
  return {
    file,
    kind,
    valid: result.ok,
    errors: result.ok ? [] : [...result.errors].sort(byPosition),
    warnings: [...result.warnings].sort(byPosition),
  };
}

/** A report for a file that could not be read at all. */
export function unreadableReport(file: string, problem: Problem): FileReport {
  return { file, kind: "unknown", valid: false, errors: [problem], warnings: [] };
}

/** A Problem for a failed read (from a Node error code such as ENOENT). */
export function readProblem(code: string | undefined): Problem {
  const m: Record<string, [string, string]> = {
    ENOENT: ["Filen finnes ikke.", "The file does not exist."],
    EACCES: ["Mangler tilgang til å lese filen.", "No permission to read the file."],
    EPERM: ["Mangler tilgang til å lese filen.", "No permission to read the file."],
    EISDIR: [
      "Dette er en mappe, ikke en fil (bruk et mønster som «mappe/**/*.json»).",
      'This is a directory, not a file (use a glob such as "dir/**/*.json").',
    ],
    ENCODING: ["Filen er ikke gyldig UTF-8-tekst.", "The file is not valid UTF-8 text."],
  };
  const [nb, en] = m[code ?? ""] ?? [
    `Kunne ikke lese filen (${code ?? "ukjent feil"}).`,
    `Could not read the file (${code ?? "unknown error"}).`,
  ];
  return { pointer: "", rule: code === "ENCODING" ? "encoding" : "read", message: { nb, en } };
}

/** The parser's own "too large" problem, for files refused before they are read. */
export function tooLargeProblem(bytes: number, limit: number): Problem {
  return {
    pointer: "",
    rule: "maxBytes",
    message: {
      nb: `Filen er for stor: ${bytes} byte, høyst ${limit} er tillatt.`,
      en: `The file is too large: ${bytes} bytes, at most ${limit} allowed.`,
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Output

export interface Totals {
  files: number;
  valid: number;
  invalid: number;
  errors: number;
  warnings: number;
}

export function totals(reports: readonly FileReport[]): Totals {
  const valid = reports.filter((r) => r.valid).length;
  return {
    files: reports.length,
    valid,
    invalid: reports.length - valid,
    errors: reports.reduce((n, r) => n + r.errors.length, 0),
    warnings: reports.reduce((n, r) => n + r.warnings.length, 0),
  };
}

/**
 * Makes text from a file safe to print on a terminal: control characters (which could move the
 * cursor, change colours or rewrite earlier lines), line separators and bidirectional overrides are
 * shown as \u escapes.
 */
export function sanitize(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export interface TextOptions {
  lang: Lang;
  /** ANSI colours; main.ts turns them on only for a TTY without NO_COLOR. */
  color?: boolean;
  /** Errors only: no warnings and no summary line. */
  quiet?: boolean;
}

const ansi = (code: string, on: boolean) => (s: string) =>
  on ? `\u001b[${code}m${s}\u001b[0m` : s;

/** One line for one problem: `file:line:col: message (pointer)`, or `file: message (pointer)`. */
export function formatProblem(
  file: string,
  problem: Problem,
  options: TextOptions & { warning?: boolean },
): string {
  const color = options.color ?? false;
  const bold = ansi("1", color);
  const dim = ansi("2", color);
  const yellow = ansi("33", color);
  const where =
    problem.line !== undefined ? `${file}:${problem.line}:${problem.column ?? 1}` : file;
  const label = options.warning ? yellow(options.lang === "nb" ? "advarsel: " : "warning: ") : "";
  const pointer = problem.pointer === "" ? "/" : problem.pointer;
  return `${bold(sanitize(where))}: ${label}${sanitize(problem.message[options.lang])} ${dim(`(${sanitize(pointer)})`)}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `3 files checked: 2 valid, 1 invalid (5 errors, 2 warnings)`. */
export function formatSummary(t: Totals, lang: Lang): string {
  return lang === "nb"
    ? `${plural(t.files, "fil", "filer")} sjekket: ${plural(t.valid, "gyldig", "gyldige")}, ${plural(t.invalid, "ugyldig", "ugyldige")} (${plural(t.errors, "feil", "feil")}, ${plural(t.warnings, "advarsel", "advarsler")})`
    : `${plural(t.files, "file", "files")} checked: ${t.valid} valid, ${t.invalid} invalid (${plural(t.errors, "error", "errors")}, ${plural(t.warnings, "warning", "warnings")})`;
}

/** The text output: each file's errors, then its warnings, then the summary line. */
export function formatText(reports: readonly FileReport[], options: TextOptions): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const p of r.errors) lines.push(formatProblem(r.file, p, options));
    if (!options.quiet)
      for (const p of r.warnings)
        lines.push(formatProblem(r.file, p, { ...options, warning: true }));
  }
  if (!options.quiet) {
    const t = totals(reports);
    const paint = ansi(t.invalid > 0 ? "31" : "32", options.color ?? false);
    lines.push(paint(formatSummary(t, options.lang)));
  }
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
}

/** The `--format json` document: `{ files: [{ file, kind, valid, errors, warnings }], valid, invalid }`. */
export function formatJson(reports: readonly FileReport[]): string {
  const t = totals(reports);
  return JSON.stringify({ files: reports, valid: t.valid, invalid: t.invalid }, null, 2) + "\n";
}
