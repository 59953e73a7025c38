// The translators' files: whatever text goes out in XLIFF or CSV comes back the same, and what cannot
// be used is named by its line.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TranslationUnit } from "@famwel/instrument";
import {
  readTranslationCsv,
  readXliff,
  writeTranslationCsv,
  writeXliff,
} from "../src/translation-files.js";

// Text XML 1.0 can hold (no C0 controls other than tab and line feed, no lone surrogates); a CR would
// be normalised by any XML reader, so translators' tools could not keep it either.
const xmlSafe = fc
  .string({ unit: "binary", maxLength: 40 })
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  .map((s) => s.replace(/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g, ""));
const units = fc.uniqueArray(
  fc.record({
    key: fc.stringMatching(/^[a-z][a-z0-9/.-]{0,30}$/),
    source: xmlSafe,
    target: xmlSafe,
  }),
  { selector: (u) => u.key, maxLength: 8 },
);

const asUnits = (list: Array<{ key: string; source: string; target: string }>): TranslationUnit[] =>
  list.map((u, i) => ({
    key: u.key,
    pointer: `/x/${i}`,
    source: u.source,
    ...(u.target ? { target: u.target } : {}),
  }));

describe("XLIFF 2.0", () => {
  it("reads back every translated unit's key and text exactly", () => {
    fc.assert(
      fc.property(units, (list) => {
        const read = readXliff(writeXliff(asUnits(list), "nb", "se", "t@1.0.0"));
        expect(read.ok && read.locale).toBe("se");
        expect(read.ok ? read.entries.map((e) => [e.key, e.text]) : read).toEqual(
          list.filter((u) => u.target).map((u) => [u.key, u.target]),
        );
      }),
    );
  });

  it("names the line of a unit without a key and of inline markup", () => {
    const bad =
      '<xliff version="2.0" trgLang="se">\n<file>\n<unit id="u1">\n<segment><source>a</source><target>b</target></segment></unit>';
    expect(readXliff(bad)).toMatchObject({ ok: false, line: 3 });
    const markup =
      '<xliff version="2.0" trgLang="se">\n<unit id="u1" name="title">\n<segment><source>a</source>\n<target>b <pc id="1">c</pc></target></segment></unit>';
    expect(readXliff(markup)).toMatchObject({ ok: false, line: 4 });
    expect(readXliff('<xliff version="1.2">')).toMatchObject({ ok: false, line: 1 });
    expect(readXliff("hello")).toMatchObject({ ok: false });
  });
});

describe("translation CSV", () => {
  it("reads back every key and target exactly, formula guard and line breaks included", () => {
    const csvText = fc.string({ unit: "binary", maxLength: 40 });
    const rows = fc.uniqueArray(
      fc.record({
        key: fc.stringMatching(/^[a-z][a-z0-9/.-]{0,30}$/),
        source: csvText,
        target: csvText,
      }),
      { selector: (u) => u.key, maxLength: 8 },
    );
    fc.assert(
      fc.property(rows, (list) => {
        const read = readTranslationCsv(writeTranslationCsv(asUnits(list), "nb", "se"), "se");
        expect(read.ok ? read.entries.map((e) => [e.key, e.text]) : read).toEqual(
          list.map((u) => [u.key, u.target]),
        );
      }),
    );
  });
});
