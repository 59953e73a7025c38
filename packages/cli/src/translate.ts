// `famwel translate extract | merge | status`: hand the strings of an instrument to translators in a
// file their tools read (XLIFF 2.0 or CSV), merge their work back into the definition, and list what
// is still missing per locale. The merged definition is checked with parseInstrument before it is
// written; the original file is never overwritten unless --out names it.
import { extname } from "node:path";
import {
  mergeTranslations,
  parseInstrument,
  translationStatus,
  translationUnits,
} from "@famwel/instrument";
import { expandFiles } from "./export.js";
import { UsageError, oneOf, parseCommandLine, printProblems, writeOutput } from "./io.js";
import { loadInstrument, readText, type Ctx } from "./load.js";
import { sanitize } from "./validate.js";
import {
  readTranslationCsv,
  readXliff,
  writeTranslationCsv,
  writeXliff,
} from "./translation-files.js";

export const TRANSLATE_HELP = `Usage:
  famwel translate extract <instrument> --locale <tag> [--format xliff|csv] [--all] [--out file]
  famwel translate merge <instrument> <translations> [--locale <tag>] [--out file]
  famwel translate status <instruments...> [--locale <tag>...] [--format text|json]

extract  Writes the strings that have no text in --locale yet (with --all: every
         string, existing translations included, for review) as XLIFF 2.0
         (default) or CSV. Each string is keyed by ids (sections/wheel/domains/
         home/label), so translations survive reordering.
merge    Reads an XLIFF or CSV file (by its extension) and puts the translations
         into the definition, adding the locale to "locales". Writes the new
         definition to --out or standard output, after checking it.
status   Lists, per locale, how many strings are missing and which.
`;

const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

/** `file:line:col`, or `file:line` where the column is not known (CSV). */
const where = (file: string, at: { line: number; column?: number | undefined }) =>
  at.column === undefined ? `${file}:${at.line}` : `${file}:${at.line}:${at.column}`;

export function runTranslate(argv: readonly string[], context: Ctx): number {
  const {
    values,
    positionals: all,
    lang,
  } = parseCommandLine(
    argv,
    {
      locale: { type: "string", multiple: true },
      format: { type: "string" },
      all: { type: "boolean" },
      out: { type: "string" },
    },
    context.lang,
  );
  const ctx = { ...context, lang };
  const [action, ...positionals] = all;
  if (values.help || action === undefined) {
    ctx.stdout.write(TRANSLATE_HELP);
    return action === undefined && !values.help ? 2 : 0;
  }
  const locales = values.locale ?? [];
  for (const l of locales)
    if (!LOCALE.test(l))
      throw new UsageError(`--locale "${l}" is not a language tag such as se, uk or pl`);

  if (action === "extract") {
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0)
      throw new UsageError("extract takes one instrument file");
    const locale = locales[0];
    if (locale === undefined || locales.length > 1)
      throw new UsageError("extract needs one --locale");
    const format = oneOf("format", values.format, ["xliff", "csv"], "xliff");
    const def = loadInstrument(ctx, file);
    if (!def) return 1;
    const units = translationUnits(def, locale, { all: values.all === true });
    const written = writeOutput(
      ctx,
      values.out,
      format === "csv"
        ? writeTranslationCsv(units, def.defaultLocale, locale)
        : writeXliff(units, def.defaultLocale, locale, `${def.id}@${def.version}`),
    );
    if (!written) return 1;
    ctx.stderr.write(`${units.length} strings to translate into ${locale}\n`);
    return 0;
  }

  if (action === "merge") {
    const [file, translations, ...extra] = positionals;
    if (file === undefined || translations === undefined || extra.length > 0)
      throw new UsageError("merge takes an instrument file and a translations file");
    const def = loadInstrument(ctx, file);
    if (!def) return 1;
    const text = readText(ctx, translations, "instrument");
    if (text === undefined) return 1;
    const csv = extname(translations).toLowerCase() === ".csv";
    const read = csv ? readTranslationCsv(text, locales[0]) : readXliff(text);
    if (!read.ok) {
      ctx.stderr.write(`${sanitize(`${where(translations, read)}: ${read.message}`)}\n`);
      return 1;
    }
    const locale = locales[0] ?? read.locale;
    if (locale === undefined || !LOCALE.test(locale))
      throw new UsageError("the file names no target locale; give --locale");
    if (
      locales[0] !== undefined &&
      read.locale !== undefined &&
      read.locale !== locales[0] &&
      !csv
    ) {
      ctx.stderr.write(
        `${sanitize(`${translations}:1: the file is for "${read.locale}", not "${locales[0]}"`)}\n`,
      );
      return 1;
    }
    const merged = mergeTranslations(def, locale, read.entries);
    for (const u of merged.unknown)
      ctx.stderr.write(
        `${sanitize(`${where(translations, read.entries[u.index]!)}: no string "${u.key}" in ${file}`)}\n`,
      );
    if (merged.unknown.length > 0) return 1;
    const check = parseInstrument(merged.definition);
    if (!check.ok) {
      // The merged definition has no text of its own: name both files and the JSON Pointer.
      printProblems(ctx, `${file} + ${translations}`, check.errors, ctx.lang);
      return 1;
    }
    if (!writeOutput(ctx, values.out, JSON.stringify(merged.definition, null, 2) + "\n")) return 1;
    ctx.stderr.write(
      `${merged.applied} strings merged into ${locale}${merged.addedLocale ? ` (added "${locale}" to locales)` : ""}\n`,
    );
    return 0;
  }

  if (action === "status") {
    if (positionals.length === 0) throw new UsageError("status takes instrument files");
    const format = oneOf("format", values.format, ["text", "json"], "text");
    const report: Array<{ file: string; locales: ReturnType<typeof translationStatus> }> = [];
    let ok = true;
    for (const file of expandFiles(positionals, ctx.cwd)) {
      const def = loadInstrument(ctx, file);
      if (!def) ok = false;
      else report.push({ file, locales: translationStatus(def, locales) });
    }
    if (format === "json") ctx.stdout.write(JSON.stringify(report, null, 2) + "\n");
    else
      for (const r of report)
        for (const s of r.locales) {
          ctx.stdout.write(`${r.file}: ${s.locale}: ${s.missing.length} of ${s.total} missing\n`);
          for (const key of s.missing) ctx.stdout.write(`  ${key}\n`);
        }
    return ok ? 0 : 1;
  }
  throw new UsageError(`unknown translate action "${action}" (extract, merge or status)`);
}
