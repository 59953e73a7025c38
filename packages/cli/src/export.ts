// `famwel export`: definitions and responses as FHIR R4, responses as CSV for researchers, a network
// answer as GraphML or a JSON node/link list. Every input is checked first; when one is invalid,
// nothing is written and the problems are printed as file:line:col: message (pointer).
import {
  networkGraph,
  toCsv,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
  toGraphML,
  type InstrumentDefinition,
  type NetworkSection,
  type Response,
} from "@famwel/instrument";
import { expandGlob, hasMagic } from "./glob.js";
import { UsageError, oneOf, parseCommandLine, writeOutput } from "./io.js";
import { loadInstrument, loadResponse, readText, type Ctx, type Hint } from "./load.js";
import { detectKind } from "./validate.js";

export const EXPORT_HELP = `Usage: famwel export --format fhir|csv|graphml|graph [options] <files or globs...>

Formats:
  fhir     An instrument definition as a FHIR R4 Questionnaire, a response as a
           QuestionnaireResponse (several files: a Bundle of type collection).
  csv      Responses for researchers: one row per answered value (instrument,
           version, response, role, section, item, field, value, note,
           timestamp), UTF-8 with a byte-order mark. Text that starts with
           = + - @ gets a leading ' so spreadsheets do not run it as a formula.
  graphml  One response's network map as GraphML (nodes, links, coordinator).
  graph    The same as a JSON node/link list.

Options:
  --instrument <file>  The definition the responses answer: checks them against
                       it, orders CSV columns, names nodes, and gives FHIR
                       answers to its own domains their linkIds (without it,
                       every wheel domain is written as one the family added).
  --layout long|wide   CSV: one row per value (default) or one row per response.
  --section <id>       graphml/graph: which network section (default: the first).
  --locale <tag>       graphml/graph: language of node names (default: nb).
  --out <file>         Write here instead of to standard output.
`;

/** For a definition given where a response belongs, and the other way round. */
const GIVE_INSTRUMENT: Hint = {
  nb: "Gi definisjonen med --instrument <fil>.",
  en: "Give the definition with --instrument <file>.",
};
const GIVE_RESPONSES: Hint = {
  nb: "--instrument tar definisjonen; svarene gis etter valgene.",
  en: "--instrument takes the definition; give the responses after the options.",
};

export function expandFiles(args: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const arg of args) {
    const matches = hasMagic(arg) ? expandGlob(arg, cwd) : [arg];
    if (matches.length === 0) throw new UsageError(`no files match "${arg}"`);
    for (const f of matches) if (!files.includes(f)) files.push(f);
  }
  return files;
}

export function runExport(argv: readonly string[], context: Ctx): number {
  const { values, positionals, lang } = parseCommandLine(
    argv,
    {
      format: { type: "string" },
      instrument: { type: "string" },
      layout: { type: "string" },
      section: { type: "string" },
      locale: { type: "string" },
      out: { type: "string" },
    },
    context.lang,
  );
  const ctx = { ...context, lang };
  if (values.help) {
    ctx.stdout.write(EXPORT_HELP);
    return 0;
  }
  if (values.format === undefined)
    throw new UsageError("--format is required (fhir, csv, graphml or graph)");
  const format = oneOf("format", values.format, ["fhir", "csv", "graphml", "graph"], "fhir");
  const layout = oneOf("layout", values.layout, ["long", "wide"], "long");
  if (positionals.length === 0) throw new UsageError("no files given");
  const files = expandFiles(positionals, ctx.cwd);

  let definition: InstrumentDefinition | undefined;
  if (values.instrument !== undefined) {
    definition = loadInstrument(ctx, values.instrument, GIVE_RESPONSES);
    if (!definition) return 1;
  }

  if (format === "fhir") {
    const resources: object[] = [];
    let ok = true;
    for (const file of files) {
      const text = readText(ctx, file, "response");
      if (text === undefined) {
        ok = false;
        continue;
      }
      const kind = detectKind(text);
      if (kind === "instrument") {
        const def = loadInstrument(ctx, file);
        if (def) resources.push(toFhirQuestionnaire(def));
        else ok = false;
      } else {
        const r = loadResponse(ctx, file, definition);
        if (r) resources.push(toFhirQuestionnaireResponse(r, definition));
        else ok = false;
      }
    }
    if (!ok) return 1;
    const doc =
      resources.length === 1
        ? resources[0]
        : {
            resourceType: "Bundle",
            type: "collection",
            entry: resources.map((resource) => ({ resource })),
          };
    return writeOutput(ctx, values.out, JSON.stringify(doc, null, 2) + "\n") ? 0 : 1;
  }

  const responses: Response[] = [];
  for (const file of files) {
    const r = loadResponse(ctx, file, definition, GIVE_INSTRUMENT);
    if (r) responses.push(r);
  }
  if (responses.length < files.length) return 1;

  if (format === "csv") {
    return writeOutput(ctx, values.out, toCsv(responses, definition, { layout })) ? 0 : 1;
  }

  if (responses.length !== 1)
    throw new UsageError(
      `--format ${format} exports one response's map; got ${responses.length} files`,
    );
  const response = responses[0]!;
  const entry = Object.entries(response.answers).find(
    ([id, a]) => a?.type === "network" && (values.section === undefined || id === values.section),
  );
  if (!entry) {
    ctx.stderr.write(
      `${files[0]}: ${values.section === undefined ? "the response has no network answer" : `no network answer for section "${values.section}"`}\n`,
    );
    return 1;
  }
  const [sid, answer] = entry;
  if (answer?.type !== "network") return 1;
  const section = definition?.sections.find(
    (s): s is NetworkSection => s.id === sid && s.type === "network",
  );
  const graph = networkGraph(answer, section, values.locale ?? "nb");
  const text = format === "graphml" ? toGraphML(graph, sid) : JSON.stringify(graph, null, 2) + "\n";
  return writeOutput(ctx, values.out, text) ? 0 : 1;
}
