// CSV for researchers and the network exports, as a spreadsheet or an analysis tool meets them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  csvCell,
  csvText,
  instrumentHash,
  networkGraph,
  parseCsv,
  toCsv,
  toGraphML,
  unguardCell,
  xmlText,
  type InstrumentDefinition,
  type NetworkSection,
  type Response,
} from "../src/index.js";
import { instrumentArb, responseArb } from "./arbitraries.js";

const def = {
  id: "t.family",
  version: "1.0.0",
  title: { nb: "Familie" },
  locales: ["nb", "en"],
  defaultLocale: "nb",
  roles: ["family"],
  sections: [
    {
      type: "wheel",
      id: "wheel",
      title: { nb: "Hjul" },
      scale: { min: -5, max: 5 },
      desired: true,
      notes: true,
      custom: { add: true },
      domains: [
        { id: "home", label: { nb: "Bolig" } },
        { id: "school", label: { nb: "Skole" } },
      ],
    },
    {
      type: "network",
      id: "map",
      title: { nb: "Nettverk" },
      sectors: [{ id: "health", label: { nb: "Helse", en: "Health" } }],
      rings: [
        { id: "close", label: { nb: "Nær" } },
        { id: "far", label: { nb: "Fjern" } },
      ],
      catalog: [{ id: "gp", label: { nb: "Fastlege", en: "GP" }, sector: "health" }],
      allowCustom: true,
      cooperation: { scale: { min: 0, max: 4 } },
      coordinator: { label: { nb: "Koordinator" } },
    },
  ],
} as InstrumentDefinition;

const at = "2026-11-23T10:00:00Z";
const r1: Response = {
  id: "r1",
  instrument: { id: "t.family", version: "1.0.0", hash: instrumentHash(def) },
  role: "family",
  locale: "nb",
  status: "completed",
  created: at,
  updated: at,
  answers: {
    wheel: {
      type: "wheel",
      domains: {
        home: { current: -2, desired: 4, note: 'Trangt, "kaldt"\nom vinteren', at },
        school: { current: 3, at },
        own: { custom: true, label: '=HYPERLINK("http://x")', current: 1, at },
      },
    },
    map: {
      type: "network",
      nodes: {
        n1: { catalog: "gp", kind: "service", sector: "health", ring: "close", at },
        n2: { label: "Bestemor Åse", kind: "person", sector: "health", ring: "far", at },
      },
      links: [{ a: "n1", b: "n2", cooperation: 3, note: "<ok> & 'fine'", at }],
      coordinator: { node: "n1", at },
    },
  },
};
const r2: Response = {
  ...r1,
  id: "r2",
  answers: { wheel: { type: "wheel", domains: { school: { current: 5, at } } } },
};

function table(text: string): string[][] {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.message.en);
  return parsed.records.map((r) => r.cells);
}

describe("toCsv, long layout", () => {
  const text = toCsv([r1], def);

  it("starts with a UTF-8 byte-order mark, ends rows in CRLF and keeps Norwegian letters", () => {
    expect(
      text.startsWith(
        "\uFEFFinstrument,version,response,role,section,item,field,value,note,timestamp\r\n",
      ),
    ).toBe(true);
    expect(text).toContain("Bestemor Åse");
    expect(
      text
        .replace(/"[^"]*"/g, "")
        .split("\n")
        .every((l) => l === "" || l.endsWith("\r")),
    ).toBe(true);
  });

  it("writes one row per answered value, the note on the item's first row", () => {
    const rows = table(text);
    expect(rows[1]).toEqual([
      "t.family",
      "1.0.0",
      "r1",
      "family",
      "wheel",
      "home",
      "current",
      "-2",
      'Trangt, "kaldt"\nom vinteren',
      at,
    ]);
    expect(rows[2]).toEqual([
      "t.family",
      "1.0.0",
      "r1",
      "family",
      "wheel",
      "home",
      "desired",
      "4",
      "",
      at,
    ]);
    expect(rows.filter((r) => r[5] === "n2").map((r) => [r[6], r[7]])).toEqual([
      ["label", "Bestemor Åse"],
      ["kind", "person"],
      ["sector", "health"],
      ["ring", "far"],
    ]);
    expect(rows).toContainEqual([
      "t.family",
      "1.0.0",
      "r1",
      "family",
      "map",
      "n1~n2",
      "cooperation",
      "3",
      "<ok> & 'fine'",
      at,
    ]);
    expect(rows).toContainEqual([
      "t.family",
      "1.0.0",
      "r1",
      "family",
      "map",
      "coordinator",
      "node",
      "n1",
      "",
      at,
    ]);
  });

  it("guards text that a spreadsheet would run as a formula, but not negative numbers", () => {
    const rows = table(text);
    expect(rows.find((r) => r[5] === "own" && r[6] === "label")![7]).toBe(
      '\'=HYPERLINK("http://x")',
    );
    expect(rows[1]![7]).toBe("-2");
    for (const risky of ["=1+1", "+47 22 00 00 00", "-x", "@SUM(A1)", "\tx", "\rx"])
      expect(csvCell(risky).replace(/^"|"$/g, "").startsWith("'")).toBe(true);
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("reads back cell for cell (RFC 4180), whatever the text", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.stringMatching(/^'*[=+\-@\t\r]/)), {
            minLength: 1,
            maxLength: 5,
          }),
          {
            maxLength: 5,
          },
        ),
        (rows) => {
          // A row of one empty cell is a blank line, which readers skip.
          const real = rows.filter((r) => !(r.length === 1 && r[0] === ""));
          const back = table(csvText(real));
          expect(back.map((r) => r.map(unguardCell))).toEqual(real);
        },
      ),
    );
  });

  it("every generated response becomes parseable CSV with the same number of columns on every row", () => {
    const pair = instrumentArb.chain((d) =>
      responseArb(d, instrumentHash(d)).map((r) => [d, r] as const),
    );
    fc.assert(
      fc.property(pair, ([d, r]) => {
        for (const layout of ["long", "wide"] as const) {
          const rows = table(toCsv([r, r], d, { layout }));
          expect(new Set(rows.map((x) => x.length)).size).toBe(1);
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe("orphans in the CSV", () => {
  it("lists a migrated response's orphans after its answers, with the reason in the field", () => {
    const migrated: Response = {
      ...r2,
      orphans: [
        {
          section: "wheel",
          from: "0.9.0",
          reason: "removed",
          answer: { type: "wheel", domains: { money: { current: 2, note: "lite", at } } },
        },
      ],
    };
    const rows = table(toCsv([migrated], def));
    expect(rows.slice(-1)).toEqual([
      [
        "t.family",
        "1.0.0",
        "r2",
        "family",
        "orphans:wheel",
        "money",
        "removed.current",
        "2",
        "lite",
        at,
      ],
    ]);
    const wide = table(toCsv([migrated], def, { layout: "wide" }));
    expect(wide[0]!.slice(-2)).toEqual([
      "orphans:wheel/money/removed.current",
      "orphans:wheel/money/note",
    ]);
  });
});

describe("toCsv, wide layout", () => {
  it("writes one row per response and one column per item value, in the definition's order", () => {
    const rows = table(toCsv([r1, r2], def, { layout: "wide" }));
    expect(rows).toHaveLength(3);
    const header = rows[0]!;
    expect(header.slice(0, 7)).toEqual([
      "instrument",
      "version",
      "response",
      "role",
      "status",
      "created",
      "updated",
    ]);
    expect(header.indexOf("wheel/home/current")).toBeLessThan(
      header.indexOf("wheel/school/current"),
    );
    expect(header.indexOf("wheel/school/current")).toBeLessThan(header.indexOf("wheel/own/label"));
    const col = header.indexOf("wheel/school/current");
    expect([rows[1]![col], rows[2]![col]]).toEqual(["3", "5"]);
    expect(rows[2]![header.indexOf("wheel/home/note")]).toBe(""); // r2 has no note
  });
});

describe("networkGraph and toGraphML", () => {
  const section = def.sections[1] as NetworkSection;
  const answer = r1.answers.map;
  if (answer?.type !== "network") throw new Error("fixture");

  it("lists nodes with names from the catalog in the chosen language, links and the coordinator", () => {
    const g = networkGraph(answer, section, "en");
    expect(g.nodes[0]).toEqual({
      id: "n1",
      label: "GP",
      catalog: "gp",
      kind: "service",
      sector: "health",
      sectorLabel: "Health",
      ring: "close",
      ringLabel: "Nær",
      ringIndex: 0,
      coordinator: true,
      at,
    });
    expect(g.nodes[1]!.label).toBe("Bestemor Åse");
    expect(g.links).toEqual([
      { source: "n1", target: "n2", cooperation: 3, note: "<ok> & 'fine'", at },
    ]);
    expect(g.coordinator).toBe("n1");
  });

  it("writes GraphML with typed keys and escaped text", () => {
    const xml = toGraphML(networkGraph(answer, section), "map");
    expect(xml).toContain(
      '<key id="n_helpfulness" for="node" attr.name="helpfulness" attr.type="double"/>',
    );
    expect(xml).toContain('<graph id="map" edgedefault="undirected">');
    expect(xml).toContain('<node id="n1"><data key="n_label">Fastlege</data>');
    expect(xml).toContain(
      '<edge id="e0" source="n1" target="n2"><data key="e_cooperation">3</data><data key="e_note">&lt;ok&gt; &amp; &apos;fine&apos;</data>',
    );
    expect(xmlText("a\u0001b\ud800c")).toBe("a\ufffdb\ufffdc");
  });
});
