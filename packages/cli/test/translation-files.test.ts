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
      '<xliff version="2.0" trgLang="se">\n<file>\n<unit id="u1">\n<segment><source>a</source><target>b</target></segment></unit></file></xliff>';
    expect(readXliff(bad)).toMatchObject({ ok: false, line: 3, column: 1 });
    const markup =
      '<xliff version="2.0" trgLang="se">\n<unit id="u1" name="title">\n<segment><source>a</source>\n<target>b <pc id="1">c</pc></target></segment></unit></xliff>';
    expect(readXliff(markup)).toMatchObject({ ok: false, line: 4, column: 11 });
    expect(readXliff('<xliff version="1.2">')).toMatchObject({ ok: false, line: 1 });
    expect(readXliff("hello")).toMatchObject({ ok: false });
  });
});

const xliff = (units: string, head = "") =>
  `${head}<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nb" trgLang="se">\n<file id="f1">\n${units}\n</file>\n</xliff>\n`;
const unit = (name: string, target: string) =>
  `<unit id="${name}" name="${name}">\n<segment><source>x</source>\n<target>${target}</target></segment>\n</unit>`;

describe("XLIFF that is not well-formed XML", () => {
  it("is refused with the line and column of the first mistake, not read in part", () => {
    // A </unit> left out: the next unit would have been swallowed by this one.
    const open = xliff(
      `<unit id="a" name="a">\n<segment><source>x</source><target>A</target></segment>\n${unit("b", "B")}`,
    );
    expect(readXliff(open)).toEqual({
      ok: false,
      line: 9,
      column: 1,
      message:
        "not well-formed XML: </file> found where </unit> should close the <unit> opened earlier",
    });
    expect(readXliff(xliff(unit("a", "A") + "\n<unit>"))).toMatchObject({
      ok: false,
      line: 8,
      column: 1,
      message: expect.stringContaining("</file> found where </unit> should close") as string,
    });
    expect(readXliff(xliff(unit("a", "A")).replace("</xliff>\n", ""))).toMatchObject({
      ok: false,
      line: 1,
      column: 1,
      message:
        "not well-formed XML: <xliff> is not closed (no </xliff> before the end of the file)",
    });
    expect(readXliff(xliff(unit("a", "A")) + "<xliff/>")).toMatchObject({ ok: false, line: 9 });
    expect(readXliff(xliff('<unit name="a" name="b"/>'))).toMatchObject({
      ok: false,
      line: 3,
      column: 16,
      message: "not well-formed XML: the attribute name is given twice",
    });
    expect(readXliff(xliff(unit("a", "a < b")))).toMatchObject({ ok: false, line: 5 });
    expect(readXliff(xliff(unit("a", "]]>")))).toMatchObject({ ok: false, line: 5, column: 9 });
  });

  it("refuses characters XML 1.0 forbids, written or as references", () => {
    expect(readXliff(xliff(unit("a", "Ruo&#0;ktu")))).toEqual({
      ok: false,
      line: 5,
      column: 12,
      message: "not well-formed XML: &#0; stands for U+0000, a character XML does not allow",
    });
    expect(readXliff(xliff(unit("a", "&#x1B;[2J")))).toMatchObject({ ok: false, line: 5 });
    expect(readXliff(xliff(unit("a", "&#xFFFE;")))).toMatchObject({ ok: false, line: 5 });
    expect(readXliff(xliff(unit("a", "&#xD800;")))).toMatchObject({ ok: false, line: 5 });
    expect(readXliff(xliff(unit("a", "&#99999999;")))).toMatchObject({ ok: false, line: 5 });
    expect(readXliff(xliff(unit("a", "bell\u0007")))).toEqual({
      ok: false,
      line: 5,
      column: 13,
      message: "not well-formed XML: the character U+0007 is not allowed in XML",
    });
    expect(readXliff(xliff(unit("a", "\ud800")))).toMatchObject({ ok: false, line: 5 });
  });

  it("refuses entities XML does not have, such as HTML's &nbsp;, and a bare &", () => {
    expect(readXliff(xliff(unit("a", "Ruoktu&nbsp;x")))).toEqual({
      ok: false,
      line: 5,
      column: 15,
      message:
        "not well-formed XML: unknown entity &nbsp; (XML has only &lt; &gt; &amp; &quot; &apos;): write the character itself or a numeric reference such as &#160;",
    });
    expect(readXliff(xliff(unit("a", "A & B")))).toMatchObject({ ok: false, line: 5, column: 11 });
    expect(readXliff(xliff(unit("a", "&amp")))).toMatchObject({ ok: false, line: 5, column: 9 });
    expect(
      readXliff(xliff(unit("a", "x"), '<!DOCTYPE x [<!ENTITY nbsp "&#160;">]>\n')),
    ).toMatchObject({
      ok: false,
      line: 1,
      message: expect.stringContaining("DOCTYPE") as string,
    });
    expect(
      readXliff(xliff(unit("a", "x"), '<?xml version="1.0" encoding="ISO-8859-1"?>\n')),
    ).toMatchObject({ ok: false, line: 1, message: expect.stringContaining("UTF-8") as string });
  });

  it("reads what well-formed XML may say in other ways", () => {
    const text = xliff(
      [
        "<!-- from a CAT tool -->",
        '<group id="g">',
        "<unit id='a' name='sections/wheel/title'>",
        '<notes><note category="location">/x</note></notes>',
        "<segment state='final'><source>Hei.</source><target>Bures. </target></segment>",
        "<ignorable><source> </source></ignorable>",
        "<segment><source>Du</source><target><![CDATA[<Don> & ]]>&#x1F600;&lt;&#160;</target></segment>",
        "</unit>",
        "</group>",
        '<unit id="b" name="title"><segment><source>x</source><target>one\r\ntwo</target></segment></unit>',
        '<unit id="c" name="untranslated"><segment><source>x</source></segment></unit>',
        "<?tool hint?>",
      ].join("\r\n"),
      "\uFEFF<?xml version='1.0' encoding=\"utf-8\"?>\n",
    );
    expect(readXliff(text)).toEqual({
      ok: true,
      locale: "se",
      entries: [
        {
          key: "sections/wheel/title",
          text: "Bures.  <Don> & \u{1F600}<\u00A0",
          line: 6,
          column: 1,
        },
        { key: "title", text: "one\ntwo", line: 13, column: 1 },
      ],
    });
  });

  it("answers every text, cut or nested however, without throwing", () => {
    const valid = writeXliff(
      asUnits([{ key: "title", source: "Hei & <hå>", target: 'Bures "x"' }]),
      "nb",
      "se",
      "t@1.0.0",
    );
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 60 }),
        fc.nat(valid.length),
        fc.nat(40),
        (noise, at, cut) => {
          for (const text of [noise, valid.slice(0, at) + noise + valid.slice(at + cut)]) {
            const read = readXliff(text);
            if (!read.ok) expect(read.line).toBeGreaterThanOrEqual(1);
          }
        },
      ),
    );
    const deep = "<a>".repeat(100_000) + "</a>".repeat(100_000);
    expect(readXliff(deep)).toMatchObject({ ok: false, line: 1, column: 1 }); // not <xliff>
  });

  it("refuses a unit translated only in part", () => {
    const part = xliff(
      '<unit id="a" name="a">\n<segment><source>x</source><target>X</target></segment>\n<segment><source>y</source></segment>\n</unit>',
    );
    expect(readXliff(part)).toMatchObject({
      ok: false,
      line: 5,
      column: 1,
      message: 'the unit "a" is translated only in part: this <segment> has no <target>',
    });
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
