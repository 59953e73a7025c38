// `famwel migrate`: carries responses to a newer version of their instrument (migrateResponse). The
// original files are never overwritten: one response goes to standard output or --out, several to
// --out-dir under their own names. Answers the new version has no place for are kept as orphans, and
// the count is reported on stderr so nobody is surprised by them later.
import { basename, join } from "node:path";
import { compareVersions, migrateResponse } from "@famwel/instrument";
import { expandFiles } from "./export.js";
import { UsageError, parseCommandLine, printProblems, writeOutput } from "./io.js";
import { loadInstrument, loadResponseText, type Ctx, type Hint } from "./load.js";
import { sanitize } from "./validate.js";

export const MIGRATE_HELP = `Usage: famwel migrate --from <old definition> --to <new definition> [options] <responses...>

Carries responses answered to --from forward to --to, following the "replaces"
declarations of the new definition (rename, split, merge). A --to older than
--from is refused. Answers whose item was
removed, merged away or no longer fits are kept in the response's "orphans".
A response already at the new version is written unchanged.

Options:
  --from <file>     The definition the responses answer.
  --to <file>       The newer definition.
  --out <file>      Where to write one migrated response (default: standard output).
  --out-dir <dir>   Where to write several, under their own file names.
`;

/** For a definition given where a response belongs, and the other way round. */
const GIVE_DEFINITIONS: Hint = {
  nb: "Gi definisjonene med --from og --to, svarene etter valgene.",
  en: "Give the definitions with --from and --to, the responses after the options.",
};
const GIVE_RESPONSES: Hint = {
  nb: "--from og --to tar definisjoner; svarene gis etter valgene.",
  en: "--from and --to take definitions; give the responses after the options.",
};

/** How many answers an orphaned section answer holds (items, domains, nodes, prompts and links). */
function size(answer: object): number {
  return Object.values(answer).reduce<number>(
    (n, v) =>
      n +
      (Array.isArray(v)
        ? v.length
        : v !== null && typeof v === "object"
          ? Object.keys(v as object).length
          : 0),
    0,
  );
}

export function runMigrate(argv: readonly string[], context: Ctx): number {
  const { values, positionals, lang } = parseCommandLine(
    argv,
    {
      from: { type: "string" },
      to: { type: "string" },
      out: { type: "string" },
      "out-dir": { type: "string" },
    },
    context.lang,
  );
  const ctx = { ...context, lang };
  if (values.help) {
    ctx.stdout.write(MIGRATE_HELP);
    return 0;
  }
  if (values.from === undefined || values.to === undefined)
    throw new UsageError("--from and --to are both required");
  if (positionals.length === 0) throw new UsageError("no responses given");
  const files = expandFiles(positionals, ctx.cwd);
  if (files.length > 1 && values["out-dir"] === undefined)
    throw new UsageError("several responses need --out-dir");
  if (values.out !== undefined && values["out-dir"] !== undefined)
    throw new UsageError("use --out or --out-dir, not both");

  const from = loadInstrument(ctx, values.from, GIVE_RESPONSES);
  const to = loadInstrument(ctx, values.to, GIVE_RESPONSES);
  if (!from || !to) return 1;
  // Backwards would read the newer version's answers with the older one's ids: refuse (semantic
  // versions: 1.10.0 is newer than 1.9.0, a pre-release older than its release).
  if (compareVersions(to.version, from.version) < 0) {
    const message = {
      nb: `Versjon ${to.version} er eldre enn ${values.from} (${from.version}): migrate flytter svar bare framover. Har du byttet om --from og --to?`,
      en: `Version ${to.version} is older than ${values.from} (${from.version}): migrate only carries responses forward. Are --from and --to swapped?`,
    };
    ctx.stderr.write(`${sanitize(`${values.to}: ${message[ctx.lang]}`)}\n`);
    return 1;
  }

  const outputs: Array<[string | undefined, string]> = [];
  let ok = true;
  for (const file of files) {
    const loaded = loadResponseText(ctx, file, undefined, GIVE_DEFINITIONS);
    if (!loaded) {
      ok = false;
      continue;
    }
    // The text, not the parsed response: a refusal then names the line and column it is about.
    const result = migrateResponse(loaded.text, from, to);
    if (!result.ok) {
      printProblems(ctx, file, result.errors, ctx.lang);
      ok = false;
      continue;
    }
    const before = loaded.response.orphans?.length ?? 0;
    const orphans = (result.value.orphans ?? []).slice(before);
    if (orphans.length > 0)
      ctx.stderr.write(
        `${file}: ${orphans.map((o) => `${size(o.answer)} ${o.reason} in "${o.section}"`).join(", ")} kept as orphans\n`,
      );
    const target =
      values["out-dir"] !== undefined ? join(values["out-dir"], basename(file)) : values.out;
    outputs.push([target, JSON.stringify(result.value, null, 2) + "\n"]);
  }
  // Nothing is written unless every response migrated: a half-migrated folder is worse than none.
  if (!ok) return 1;
  for (const [target, text] of outputs) if (!writeOutput(ctx, target, text)) return 1;
  return 0;
}
