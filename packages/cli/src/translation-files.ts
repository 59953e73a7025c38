// The files translators work in: XLIFF 2.0 (for CAT tools such as Trados, memoQ, Weblate) and CSV
// (for a spreadsheet). Both carry the id-based key of each string, the source text and the target.
// The readers accept what the writers write (and what CAT tools write back: other attributes,
// notes, states) and name the line of anything they cannot use.
import { csvText, parseCsv, unguardCell, xmlText, type TranslationUnit } from "@famwel/instrument";

export interface ReadEntry {
  key: string;
  text: string;
  line: number;
}

export type ReadResult =
  | { ok: true; locale: string | undefined; entries: ReadEntry[] }
  | { ok: false; line: number; message: string };

export function writeXliff(
  units: readonly TranslationUnit[],
  source: string,
  target: string,
  original: string,
): string {
  const body = units.map((u, i) =>
    [
      `    <unit id="u${i + 1}" name="${xmlText(u.key)}">`,
      `      <notes><note category="location">${xmlText(u.pointer)}</note></notes>`,
      `      <segment state="${u.target ? "translated" : "initial"}">`,
      `        <source>${xmlText(u.source)}</source>`,
      ...(u.target ? [`        <target>${xmlText(u.target)}</target>`] : []),
      "      </segment>",
      "    </unit>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${xmlText(source)}" trgLang="${xmlText(target)}">`,
    `  <file id="f1" original="${xmlText(original)}">`,
    ...body,
    "  </file>",
    "</xliff>",
    "",
  ].join("\n");
}

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e === "lt"
      ? "<"
      : e === "gt"
        ? ">"
        : e === "amp"
          ? "&"
          : e === "quot"
            ? '"'
            : e === "apos"
              ? "'"
              : String.fromCodePoint(
                  e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
                ),
  );
}

const lineAt = (text: string, index: number) => text.slice(0, index).split("\n").length;

export function readXliff(text: string): ReadResult {
  const root = /<xliff\b([^>]*)>/.exec(text);
  if (!root) return { ok: false, line: 1, message: "not an XLIFF file (no <xliff> element)" };
  if (!/version="2\.\d"/.test(root[1]!))
    return {
      ok: false,
      line: lineAt(text, root.index),
      message: 'only XLIFF 2.x is read (version="2.0")',
    };
  const locale = /trgLang="([^"]*)"/.exec(root[1]!)?.[1];
  const entries: ReadEntry[] = [];
  for (const m of text.matchAll(/<unit\b([^>]*)>([\s\S]*?)<\/unit>/g)) {
    const line = lineAt(text, m.index);
    const name = /\bname="([^"]*)"/.exec(m[1]!)?.[1];
    if (name === undefined)
      return { ok: false, line, message: 'a <unit> without name="…" (the string\'s key)' };
    const target = /<target\b[^>]*?(?:\/>|>([\s\S]*?)<\/target>)/.exec(m[2]!);
    if (!target || target[1] === undefined) continue; // not translated yet
    if (target[1].includes("<"))
      return {
        ok: false,
        line: lineAt(text, m.index + m[0].indexOf(target[0])),
        message: "inline markup in <target> is not supported; write plain text",
      };
    entries.push({ key: decode(name), text: decode(target[1]), line });
  }
  return { ok: true, locale: locale === undefined ? undefined : decode(locale), entries };
}

/** CSV for a spreadsheet: key, the source text, the target (empty when missing), the JSON Pointer. */
export function writeTranslationCsv(
  units: readonly TranslationUnit[],
  source: string,
  target: string,
): string {
  return csvText([
    ["key", source, target, "pointer"],
    ...units.map((u) => [u.key, u.source, u.target ?? "", u.pointer]),
  ]);
}

export function readTranslationCsv(text: string, locale?: string): ReadResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, line: parsed.line, message: parsed.message.en };
  const [header, ...rows] = parsed.records;
  if (!header || header.cells[0] !== "key" || header.cells.length < 3)
    return {
      ok: false,
      line: header?.line ?? 1,
      message: 'the first row must be "key,<source locale>,<target locale>"',
    };
  const column = locale === undefined ? 2 : header.cells.indexOf(locale);
  if (column < 1)
    return {
      ok: false,
      line: header.line,
      message: `no column for locale "${locale}" in the header`,
    };
  const entries: ReadEntry[] = [];
  for (const r of rows) {
    const key = r.cells[0] ?? "";
    if (key === "") return { ok: false, line: r.line, message: "a row without a key" };
    entries.push({ key, text: unguardCell(r.cells[column] ?? ""), line: r.line });
  }
  return { ok: true, locale: header.cells[column], entries };
}
