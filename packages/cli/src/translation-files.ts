// The files translators work in: XLIFF 2.0 (for CAT tools such as Trados, memoQ, Weblate) and CSV
// (for a spreadsheet). Both carry the id-based key of each string, the source text and the target.
// The readers accept what the writers write (and what CAT tools write back: other attributes,
// notes, states, groups, several segments) and name the line (XLIFF: and column) of anything they
// cannot use. XLIFF must be well-formed XML (xml.ts): a broken file is refused, never read in part.
import { csvText, parseCsv, unguardCell, xmlText, type TranslationUnit } from "@famwel/instrument";
import { parseXml, type XmlElement } from "./xml.js";

export interface ReadEntry {
  key: string;
  text: string;
  line: number;
  /** Where known (XLIFF): the column of the entry's start, 1-based. */
  column?: number;
}

export type ReadResult =
  | { ok: true; locale: string | undefined; entries: ReadEntry[] }
  | { ok: false; line: number; column?: number; message: string };

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

/** Line and column (1-based) of offsets in `text`: the line starts are found once, not per offset. */
function positions(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

const elements = (e: XmlElement) => e.children.filter((c): c is XmlElement => c.type === "element");

/** Every <unit> under the root, in document order (inside <file> and any <group>s). */
function units(root: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e.name === "unit") found.push(e);
    else {
      const children = elements(e);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return found;
}

/**
 * Reads XLIFF 2.x: each <unit>'s name (the string's key) and its translation, the <target>s of its
 * <segment>s and <ignorable>s in order (an <ignorable> without one keeps its <source>). A unit without
 * any <target> is not translated yet. The file must be well-formed XML: anything else is refused with
 * the line and column of the first mistake, before a single string is read.
 */
export function readXliff(input: string): ReadResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const at = positions(text);
  const fail = (offset: number, message: string): ReadResult => ({
    ok: false,
    ...at(offset),
    message,
  });
  const xml = parseXml(text);
  if (!xml.ok) return fail(xml.offset, `not well-formed XML: ${xml.message}`);
  const root = xml.root;
  if (root.name !== "xliff")
    return fail(root.offset, `not an XLIFF file (the root element is <${root.name}>, not <xliff>)`);
  if (!/^2\.\d+$/.test(root.attributes.get("version") ?? ""))
    return fail(root.offset, 'only XLIFF 2.x is read (version="2.0")');
  const entries: ReadEntry[] = [];
  for (const unit of units(root)) {
    const key = unit.attributes.get("name");
    if (key === undefined)
      return fail(unit.offset, 'a <unit> without name="…" (the string\'s key)');
    const parts = elements(unit)
      .filter((e) => e.name === "segment" || e.name === "ignorable")
      .map((part) => ({
        part,
        target: elements(part).find((e) => e.name === "target"),
        source: elements(part).find((e) => e.name === "source"),
      }));
    if (!parts.some((p) => p.target)) continue; // not translated yet
    let translation = "";
    for (const { part, target, source } of parts) {
      const from = target ?? (part.name === "ignorable" ? source : undefined);
      if (!from)
        return fail(
          part.offset,
          `the unit "${key}" is translated only in part: this <segment> has no <target>`,
        );
      const markup = elements(from)[0];
      if (markup)
        return fail(
          markup.offset,
          `inline markup in <${from.name}> is not supported; write plain text`,
        );
      for (const c of from.children) if (c.type === "text") translation += c.text;
    }
    entries.push({ key, text: translation, ...at(unit.offset) });
  }
  return { ok: true, locale: root.attributes.get("trgLang"), entries };
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
