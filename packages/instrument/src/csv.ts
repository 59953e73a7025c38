// Responses as CSV for researchers. Long layout (default): one row per answered value, columns
// instrument, version, response, role, section, item, field, value, note, timestamp. Wide layout: one
// row per response, one column per `section/item/field` (and `section/item/note`).
//
// RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled, rows end in CRLF. A UTF-8
// byte-order mark starts the text so spreadsheets read æ, ø, å and Sami letters right (the caller
// writes the string as UTF-8). Formula injection: a text cell that starts with = + - @, a tab or a
// carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of running it
// (OWASP "CSV injection"). Numbers are written as numbers and never get one: -3 stays -3.
import type { InstrumentDefinition, Response, SectionAnswer } from "./types.js";

export type CsvCell = string | number | boolean | undefined;

export interface CsvOptions {
  /** "long" (default): one row per answered value. "wide": one row per response. */
  layout?: "long" | "wide";
  /** Start with a UTF-8 byte-order mark (default true). */
  bom?: boolean;
}

/** One row of the long layout. */
export interface CsvRow {
  instrument: string;
  version: string;
  response: string;
  role: string;
  section: string;
  item: string;
  /** Which value of the item: current, desired, label, value, text, cooperation, ring… */
  field: string;
  value: CsvCell;
  note?: string | undefined;
  timestamp: string;
}

export const LONG_COLUMNS = [
  "instrument",
  "version",
  "response",
  "role",
  "section",
  "item",
  "field",
  "value",
  "note",
  "timestamp",
] as const;

// Apostrophes already in front of one of those are guarded too, so unguardCell can always take exactly
// one off and give back the text as it was.
const RISKY = /^'*[=+\-@\t\r]/;

/** One CSV field: formula-safe, quoted when it must be. */
export function csvCell(value: CsvCell): string {
  if (value === undefined) return "";
  let s = String(value);
  if (typeof value === "string" && RISKY.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV text from rows of cells. */
export function csvText(rows: readonly (readonly CsvCell[])[], bom = true): string {
  return (bom ? "\uFEFF" : "") + rows.map((r) => r.map(csvCell).join(",") + "\r\n").join("");
}

type Emit = (
  item: string,
  fields: Array<[string, CsvCell]>,
  note: string | undefined,
  at: string,
) => void;

function sectionRows(answer: SectionAnswer, emit: Emit): void {
  const present = (pairs: Array<[string, CsvCell]>) => pairs.filter(([, v]) => v !== undefined);
  switch (answer.type) {
    case "wheel":
      for (const [id, d] of Object.entries(answer.domains))
        if (d)
          emit(
            id,
            present([
              ["current", d.current],
              ["desired", d.desired],
              ["label", d.label],
              ["custom", d.custom],
              ["removed", d.removed],
            ]),
            d.note,
            d.at,
          );
      break;
    case "network":
      for (const [id, n] of Object.entries(answer.nodes))
        if (n)
          emit(
            id,
            present([
              ["label", n.label],
              ["catalog", n.catalog],
              ["kind", n.kind],
              ["sector", n.sector],
              ["ring", n.ring],
              ["helpfulness", n.helpfulness],
              ["frequency", n.frequency],
              ["direction", n.direction],
              ["important", n.important],
              ["removed", n.removed],
            ]),
            n.note,
            n.at,
          );
      for (const l of answer.links ?? [])
        emit(`${l.a}~${l.b}`, present([["cooperation", l.cooperation]]), l.note, l.at);
      if (answer.coordinator)
        emit("coordinator", [["node", answer.coordinator.node]], undefined, answer.coordinator.at);
      break;
    case "reflection":
      for (const [id, p] of Object.entries(answer.prompts))
        if (p)
          emit(
            id,
            present([
              ["text", p.text],
              ["share", p.share],
            ]),
            undefined,
            p.at,
          );
      break;
    case "choice":
      for (const [id, a] of Object.entries(answer.items))
        if (a)
          emit(
            id,
            [["value", Array.isArray(a.value) ? a.value.join(" ") : a.value]],
            undefined,
            a.at,
          );
      break;
    case "scale":
      for (const [id, a] of Object.entries(answer.items))
        if (a) emit(id, [["value", a.value]], undefined, a.at);
      break;
    case "text":
      for (const [id, a] of Object.entries(answer.items))
        if (a) emit(id, [["value", a.value]], undefined, a.at);
  }
}

/** The long-layout rows of some responses, in answer order. The note goes on an item's first row. */
export function csvRows(responses: readonly Response[]): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const r of responses) {
    const add = (section: string, answer: SectionAnswer, prefix = "") =>
      sectionRows(answer, (item, fields, note, timestamp) => {
        const base = {
          instrument: r.instrument.id,
          version: r.instrument.version,
          response: r.id,
          role: r.role,
          section,
          item,
          timestamp,
        };
        if (fields.length === 0) rows.push({ ...base, field: prefix, value: undefined, note });
        fields.forEach(([field, value], i) =>
          rows.push({ ...base, field: prefix + field, value, note: i === 0 ? note : undefined }),
        );
      });
    for (const [section, answer] of Object.entries(r.answers)) if (answer) add(section, answer);
    // Answers a migration kept as orphans: section "orphans:<section>", field "<reason>.<field>",
    // after the response's answers, so nothing a family said is missing from the spreadsheet.
    for (const o of r.orphans ?? []) add(`orphans:${o.section}`, o.answer, `${o.reason}.`);
  }
  return rows;
}

/** Column order of the wide layout: the definition's order of sections and items, then the rest as met. */
function rank(definition: InstrumentDefinition | undefined): (key: string) => number {
  const order = new Map<string, number>();
  definition?.sections.forEach((s, si) => {
    order.set(s.id, si * 1000);
    const ids =
      s.type === "wheel"
        ? s.domains.map((d) => d.id)
        : s.type === "reflection"
          ? s.prompts.map((p) => p.id)
          : s.type === "network"
            ? []
            : s.items.map((i) => i.id);
    ids.forEach((id, ii) => order.set(`${s.id}/${id}`, si * 1000 + ii + 1));
  });
  return (key) => {
    const [section, item] = key.split("/");
    // Items the definition does not name (a family's own domain, network nodes) go after its own.
    return order.get(`${section}/${item}`) ?? (order.get(section ?? "") ?? 1e9) + 999;
  };
}

const META = ["instrument", "version", "response", "role", "status", "created", "updated"] as const;

/** Responses as CSV text; see the top of this file for the layouts and the escaping rules. */
export function toCsv(
  responses: readonly Response[],
  definition?: InstrumentDefinition,
  options: CsvOptions = {},
): string {
  const bom = options.bom ?? true;
  if (options.layout !== "wide")
    return csvText(
      [LONG_COLUMNS, ...csvRows(responses).map((r) => LONG_COLUMNS.map((c) => r[c]))],
      bom,
    );
  const keys: string[] = [];
  const seen = new Set<string>();
  // One map per response (not per id: two readings may share an id in a messy export).
  const cells = responses.map((resp) => {
    const byKey = new Map<string, CsvCell>();
    const add = (key: string, value: CsvCell) => {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
      byKey.set(key, value);
    };
    for (const row of csvRows([resp])) {
      if (row.field) add(`${row.section}/${row.item}/${row.field}`, row.value);
      if (row.note !== undefined) add(`${row.section}/${row.item}/note`, row.note);
    }
    return byKey;
  });
  const r = rank(definition);
  const columns = keys
    .map((k, i) => [k, i] as const)
    .sort((a, b) => r(a[0]) - r(b[0]) || a[1] - b[1])
    .map(([k]) => k);
  return csvText(
    [
      [...META, ...columns],
      ...responses.map((resp, i) => [
        resp.instrument.id,
        resp.instrument.version,
        resp.id,
        resp.role,
        resp.status,
        resp.created,
        resp.updated,
        ...columns.map((c) => cells[i]!.get(c)),
      ]),
    ],
    bom,
  );
}
