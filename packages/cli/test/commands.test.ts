// `famwel export`, `famwel migrate` and `famwel translate` as a user meets them: main() on real files
// in a temporary folder (and the built binary once), checking what is written and what is said.
import { execSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instrumentHash, parseCsv, parseInstrument, parseResponse } from "@famwel/instrument";
import { main, type Io } from "../src/main.js";
import { at, instrumentText, responseText } from "./fixtures.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(packageDir, "dist", "bin.js");
let dir: string;

beforeAll(() => {
  if (!existsSync(bin))
    execSync("pnpm --filter @famwel/cli... build", { cwd: packageDir, stdio: "inherit" });
  dir = mkdtempSync(join(tmpdir(), "famwel-cmd-"));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}
const read = (name: string) => readFileSync(join(dir, name), "utf8");

async function famwel(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    env: { LANG: "en_US.UTF-8" },
    cwd: dir,
  };
  const code = await main(args, io);
  return { code, out: out.join(""), err: err.join("") };
}

// Version 2 of the fixture: "home" renamed to "housing", "school" removed, "leisure" added.
const v2 = instrumentText
  .replace('"version": "1.0.0"', '"version": "2.0.0"')
  .replace(
    '{ "id": "home", "label": { "nb": "Bolig", "en": "Home" } },\n        { "id": "school", "label": { "nb": "Skole", "en": "School" } }',
    '{ "id": "housing", "replaces": ["home"], "label": { "nb": "Bolig", "en": "Housing" } },\n        { "id": "leisure", "label": { "nb": "Fritid", "en": "Leisure" } }',
  );

describe("famwel export", () => {
  it("writes a FHIR Questionnaire for a definition and a QuestionnaireResponse for a response", async () => {
    write("wheel.json", instrumentText);
    write("r1.json", responseText);
    const q = await famwel("export", "--format", "fhir", "wheel.json");
    expect(q.code).toBe(0);
    expect(JSON.parse(q.out)).toMatchObject({
      resourceType: "Questionnaire",
      url: "https://famwel.org/fhir/Questionnaire/example.family-wheel",
    });
    const both = await famwel(
      "export",
      "--format",
      "fhir",
      "--instrument",
      "wheel.json",
      "wheel.json",
      "r1.json",
      "--out",
      "out/bundle.json",
    );
    expect(both.code).toBe(0);
    const bundle = JSON.parse(read("out/bundle.json")) as {
      type: string;
      entry: Array<{
        resource: { resourceType: string; item?: Array<{ item?: Array<{ linkId: string }> }> };
      }>;
    };
    expect(bundle.type).toBe("collection");
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual([
      "Questionnaire",
      "QuestionnaireResponse",
    ]);
    expect(bundle.entry[1]!.resource.item![0]!.item!.map((i) => i.linkId)).toEqual([
      "wheel/home",
      "wheel/school",
    ]);
  });

  it("writes CSV with a byte-order mark, long or wide", async () => {
    write(
      "r2.json",
      responseText
        .replace('"id": "r-2026-001"', '"id": "r-2026-002"')
        .replace('"current": 7', '"current": 8'),
    );
    const long = await famwel("export", "--format", "csv", "r*.json");
    expect(long.code).toBe(0);
    expect(
      long.out.startsWith(
        "\uFEFFinstrument,version,response,role,section,item,field,value,note,timestamp\r\n",
      ),
    ).toBe(true);
    expect(long.out).toContain(
      "example.family-wheel,1.0.0,r-2026-002,family,wheel,home,current,8,,2026-11-23T10:05:00Z\r\n",
    );
    const wide = await famwel(
      "export",
      "--format",
      "csv",
      "--layout",
      "wide",
      "r1.json",
      "r2.json",
    );
    const rows = parseCsv(wide.out);
    expect(rows.ok && rows.records.map((r) => r.cells.length)).toEqual([9, 9, 9]);
  });

  it("writes a network answer as GraphML and as a node/link list", async () => {
    const map = JSON.parse(responseText) as { answers: Record<string, unknown> };
    map.answers = {
      map: {
        type: "network",
        nodes: {
          n1: {
            label: "Helsesykepleier",
            kind: "service",
            sector: "health",
            ring: "close",
            at: "2026-11-23T10:05:00Z",
          },
          n2: {
            label: "Skolen",
            kind: "service",
            sector: "school",
            ring: "close",
            at: "2026-11-23T10:05:00Z",
          },
        },
        links: [{ a: "n1", b: "n2", at: "2026-11-23T10:06:00Z" }],
      },
    };
    write("map.json", JSON.stringify(map));
    const xml = await famwel("export", "--format", "graphml", "map.json");
    expect(xml.code).toBe(0);
    expect(xml.out).toContain('<node id="n1"><data key="n_label">Helsesykepleier</data>');
    expect(xml.out).toContain('<edge id="e0" source="n1" target="n2">');
    const graph = await famwel("export", "--format", "graph", "map.json");
    expect((JSON.parse(graph.out) as { links: unknown[] }).links).toEqual([
      { source: "n1", target: "n2", at: "2026-11-23T10:06:00Z" },
    ]);
    const none = await famwel("export", "--format", "graphml", "r1.json");
    expect(none).toMatchObject({ code: 1, err: "r1.json: the response has no network answer\n" });
  });

  it("names file:line:col of an invalid input and writes nothing", async () => {
    write("bad-r.json", responseText.replace('"role": "family"', '"role": "cousin"'));
    const r = await famwel(
      "export",
      "--format",
      "csv",
      "--out",
      "never.csv",
      "r1.json",
      "bad-r.json",
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^bad-r\.json:4:11: .*\(\/role\)\n$/);
    expect(existsSync(join(dir, "never.csv"))).toBe(false);
  });

  it("refuses a wrong command line with exit code 2 and a hint", async () => {
    expect(await famwel("export", "r1.json")).toMatchObject({
      code: 2,
      err: expect.stringContaining("--format is required") as string,
    });
    expect(await famwel("export", "--format", "pdf", "r1.json")).toMatchObject({ code: 2 });
    expect(await famwel("export", "--format", "csv", "--nope", "r1.json")).toMatchObject({
      code: 2,
      err: expect.stringContaining('Run "famwel export --help"') as string,
    });
    expect((await famwel("export", "--help")).out).toContain("Usage: famwel export");
  });
});

describe("famwel migrate", () => {
  it("carries a response to the new version and says which answers became orphans", async () => {
    write("wheel.json", instrumentText);
    write("wheel-v2.json", v2);
    write("r1.json", responseText);
    const r = await famwel("migrate", "--from", "wheel.json", "--to", "wheel-v2.json", "r1.json");
    expect(r.code).toBe(0);
    expect(r.err).toBe('r1.json: 1 removed in "wheel" kept as orphans\n');
    const next = parseInstrument(v2);
    if (!next.ok) throw new Error("the v2 fixture is invalid");
    const migrated = parseResponse(r.out, { instrument: next.value });
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    expect(migrated.value.instrument.version).toBe("2.0.0");
    expect(migrated.value.instrument.hash).toBe(instrumentHash(JSON.parse(v2) as object));
    expect(migrated.value.answers.wheel).toEqual({
      type: "wheel",
      domains: { housing: { current: 7, at: "2026-11-23T10:05:00Z" } },
    });
    expect(migrated.value.orphans).toEqual([
      {
        section: "wheel",
        from: "1.0.0",
        reason: "removed",
        answer: { type: "wheel", domains: { school: { current: 4, at: "2026-11-23T10:06:00Z" } } },
      },
    ]);
  });

  it("writes several responses to --out-dir, and refuses a response to another version", async () => {
    write("r2.json", responseText.replace('"id": "r-2026-001"', '"id": "r-2026-002"'));
    const ok = await famwel(
      "migrate",
      "--from",
      "wheel.json",
      "--to",
      "wheel-v2.json",
      "--out-dir",
      "v2",
      "r1.json",
      "r2.json",
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(read("v2/r2.json"))).toMatchObject({
      id: "r-2026-002",
      instrument: { version: "2.0.0" },
    });
    const again = await famwel(
      "migrate",
      "--from",
      "wheel.json",
      "--to",
      "wheel-v2.json",
      "v2/r1.json",
    );
    expect(again.code).toBe(0); // already at 2.0.0: unchanged
    expect(JSON.parse(again.out)).toEqual(JSON.parse(read("v2/r1.json")));
    write("wheel-v3.json", v2.replace('"version": "2.0.0"', '"version": "3.0.0"'));
    const bad = await famwel(
      "migrate",
      "--from",
      "wheel-v2.json",
      "--to",
      "wheel-v3.json",
      "r1.json",
    );
    expect(bad.code).toBe(1);
    // At the response's instrument.version member, as validate and export name their problems.
    expect(bad.err).toBe(
      "r1.json:3:60: The response is for version 1.0.0, not 2.0.0. (/instrument/version)\n",
    );
    expect(at(responseText, 3, 60)).toMatch(/^"1\.0\.0"/);
    write(
      "other.json",
      responseText.replace('"id": "example.family-wheel"', '"id": "example.other"'),
    );
    expect(
      (await famwel("migrate", "--from", "wheel.json", "--to", "wheel-v2.json", "other.json")).err,
    ).toMatch(
      /^other\.json:3:25: The response and the definitions are not for the same instrument .*\(\/instrument\/id\)\n$/,
    );
    expect(await famwel("migrate", "--from", "wheel.json", "r1.json")).toMatchObject({ code: 2 });
    expect(
      await famwel(
        "migrate",
        "--from",
        "wheel.json",
        "--to",
        "wheel-v2.json",
        "r1.json",
        "r2.json",
      ),
    ).toMatchObject({ code: 2, err: expect.stringContaining("--out-dir") as string });
  });
});

describe("famwel migrate, the wrong way round", () => {
  it("refuses a --to older than --from, compared as semantic versions, and writes nothing", async () => {
    write("wheel.json", instrumentText);
    write("wheel-v2.json", v2);
    write("r1.json", responseText);
    const forward = await famwel(
      "migrate",
      "--from",
      "wheel.json",
      "--to",
      "wheel-v2.json",
      "--out",
      "r-v2.json",
      "r1.json",
    );
    expect(forward.code).toBe(0);
    const back = await famwel(
      "migrate",
      "--from",
      "wheel-v2.json",
      "--to",
      "wheel.json",
      "--out",
      "r-back.json",
      "r-v2.json",
    );
    expect(back).toMatchObject({
      code: 1,
      out: "",
      err: "wheel.json: Version 1.0.0 is older than wheel-v2.json (2.0.0): migrate only carries responses forward. Are --from and --to swapped?\n",
    });
    expect(existsSync(join(dir, "r-back.json"))).toBe(false);
    // A response already at the older version is refused too: the command line is the wrong way round.
    expect(
      (await famwel("migrate", "--from", "wheel-v2.json", "--to", "wheel.json", "r1.json")).code,
    ).toBe(1);
    // 1.10.0 is newer than 1.9.0 (as text it would sort first).
    write("w19.json", instrumentText.replace('"version": "1.0.0"', '"version": "1.9.0"'));
    write("w110.json", v2.replace('"version": "2.0.0"', '"version": "1.10.0"'));
    write("r19.json", responseText.replace('"version": "1.0.0"', '"version": "1.9.0"'));
    expect(
      await famwel("migrate", "--from", "w19.json", "--to", "w110.json", "r19.json"),
    ).toMatchObject({
      code: 0,
    });
    write("w2rc.json", v2.replace('"version": "2.0.0"', '"version": "2.0.0-rc.1"'));
    expect(
      await famwel(
        "migrate",
        "--lang",
        "nb",
        "--from",
        "wheel-v2.json",
        "--to",
        "w2rc.json",
        "r-v2.json",
      ),
    ).toMatchObject({
      code: 1,
      err: "w2rc.json: Versjon 2.0.0-rc.1 er eldre enn wheel-v2.json (2.0.0): migrate flytter svar bare framover. Har du byttet om --from og --to?\n",
    });
  });
});

describe("famwel translate", () => {
  it("extracts the missing strings as XLIFF 2.0, merges a translation back, and reports status", async () => {
    write("wheel.json", instrumentText);
    const x = await famwel(
      "translate",
      "extract",
      "wheel.json",
      "--locale",
      "se",
      "--out",
      "se.xlf",
    );
    expect(x.code).toBe(0);
    expect(x.err).toBe("4 strings to translate into se\n");
    const xlf = read("se.xlf");
    expect(xlf).toContain(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nb" trgLang="se">',
    );
    expect(xlf).toContain('<unit id="u3" name="sections/wheel/domains/home/label">');
    write(
      "se-done.xlf",
      xlf.replace(
        "<source>Bolig</source>",
        "<source>Bolig</source>\n        <target>Ássanbáiki &amp; ruoktu</target>",
      ),
    );
    const m = await famwel(
      "translate",
      "merge",
      "wheel.json",
      "se-done.xlf",
      "--out",
      "wheel-se.json",
    );
    expect(m.code).toBe(0);
    expect(m.err).toBe('1 strings merged into se (added "se" to locales)\n');
    const merged = JSON.parse(read("wheel-se.json")) as {
      locales: string[];
      sections: Array<{ domains: Array<{ label: Record<string, string> }> }>;
    };
    expect(merged.locales).toEqual(["nb", "en", "se"]);
    expect(merged.sections[0]!.domains[0]!.label.se).toBe("Ássanbáiki & ruoktu");
    const s = await famwel("translate", "status", "wheel-se.json");
    expect(s.out).toContain("wheel-se.json: se: 3 of 4 missing\n  title\n");
    expect(s.out).toContain("wheel-se.json: en: 0 of 4 missing\n");
  });

  it("refuses XLIFF that is not well-formed with file:line:col, and writes nothing", async () => {
    write("wheel.json", instrumentText);
    const xlf = (
      await famwel("translate", "extract", "wheel.json", "--locale", "se", "--all")
    ).out.replace(
      /<segment state="initial">\n {8}<source>([^<]*)<\/source>/g,
      (_, s: string) =>
        `<segment state="translated">\n        <source>${s}</source>\n        <target>${s} (se)</target>`,
    );
    write("se-all.xlf", xlf);
    const ok = await famwel(
      "translate",
      "merge",
      "wheel.json",
      "se-all.xlf",
      "--out",
      "se-all.json",
    );
    expect(ok).toMatchObject({
      code: 0,
      err: '4 strings merged into se (added "se" to locales)\n',
    });

    // The third unit's </unit> left out: it used to swallow the fourth ("3 strings merged").
    const lines = xlf.split("\n");
    const third = lines.findIndex((l) => l.includes('<unit id="u3"'));
    const close = lines.findIndex((l, i) => i > third && l.trim() === "</unit>");
    const broken = lines.filter((_, i) => i !== close);
    write("open.xlf", broken.join("\n"));
    const fileEnd = broken.findIndex((l) => l === "  </file>") + 1;
    const open = await famwel(
      "translate",
      "merge",
      "wheel.json",
      "open.xlf",
      "--out",
      "never.json",
    );
    expect(open).toMatchObject({
      code: 1,
      err: `open.xlf:${fileEnd}:3: not well-formed XML: </file> found where </unit> should close the <unit> opened earlier\n`,
    });
    const bolig = lines.findIndex((l) => l.includes("<target>Bolig (se)")) + 1;
    const column = lines[bolig - 1]!.indexOf("Bolig (se)") + 3;
    write("nul.xlf", xlf.replace("Bolig (se)", "Bo&#0;lig"));
    expect(
      await famwel("translate", "merge", "wheel.json", "nul.xlf", "--out", "never.json"),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(
        new RegExp(`^nul\\.xlf:${bolig}:${column}: not well-formed XML: &#0; stands for U\\+0000`),
      ) as string,
    });
    write("nbsp.xlf", xlf.replace("Bolig (se)", "Bolig&nbsp;(se)"));
    expect(
      await famwel("translate", "merge", "wheel.json", "nbsp.xlf", "--out", "never.json"),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(
        new RegExp(
          `^nbsp\\.xlf:${bolig}:${column + 3}: not well-formed XML: unknown entity &nbsp;`,
        ),
      ) as string,
    });
    write("control.xlf", xlf.replace("Bolig (se)", "Bolig\u001b[2J"));
    const control = await famwel("translate", "merge", "wheel.json", "control.xlf");
    expect(control.code).toBe(1);
    expect(control.err).toBe(
      `control.xlf:${bolig}:${column + 3}: not well-formed XML: the character U+001B is not allowed in XML\n`,
    );
    expect(existsSync(join(dir, "never.json"))).toBe(false);
  });

  it("round-trips CSV, formula guard included, and names the line of a bad row", async () => {
    const x = await famwel(
      "translate",
      "extract",
      "wheel.json",
      "--locale",
      "pl",
      "--format",
      "csv",
    );
    const rows = parseCsv(x.out);
    expect(rows.ok && rows.records[0]!.cells).toEqual(["key", "nb", "pl", "pointer"]);
    write("pl.csv", '\uFEFFkey,nb,pl\r\ntitle,Familiehjulet,"\'- Koło rodziny"\r\n');
    const m = await famwel("translate", "merge", "wheel.json", "pl.csv");
    expect(m.code).toBe(0);
    expect((JSON.parse(m.out) as { title: Record<string, string> }).title.pl).toBe(
      "- Koło rodziny",
    );
    write("bad.csv", "key,nb,pl\ntitle,a,b\nsections/wheel/domains/garden/label,x,y\n");
    const bad = await famwel("translate", "merge", "wheel.json", "bad.csv");
    expect(bad).toMatchObject({
      code: 1,
      err: 'bad.csv:3: no string "sections/wheel/domains/garden/label" in wheel.json\n',
    });
    write("open.csv", 'key,nb,pl\ntitle,"a,b\n');
    expect(await famwel("translate", "merge", "wheel.json", "open.csv")).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^open\.csv:2: A quote/) as string,
    });
  });

  it("refuses a wrong command line", async () => {
    expect(await famwel("translate", "extract", "wheel.json")).toMatchObject({
      code: 2,
      err: expect.stringContaining("one --locale") as string,
    });
    expect(await famwel("translate", "extract", "wheel.json", "--locale", "Norsk!")).toMatchObject({
      code: 2,
    });
    expect(await famwel("translate", "frobnicate")).toMatchObject({ code: 2 });
    expect((await famwel("translate", "--help")).out).toContain("famwel translate extract");
  });
});

describe("options", () => {
  it("reads --opt=value exactly as --opt value, --lang included, in every command", async () => {
    write("wheel.json", instrumentText);
    write("wheel-v2.json", v2);
    write("r1.json", responseText);
    write("bad-r.json", responseText.replace('"role": "family"', '"role": "cousin"'));
    const split = await famwel("export", "--format", "csv", "--lang", "nb", "bad-r.json");
    const joined = await famwel("export", "--format=csv", "--lang=nb", "bad-r.json");
    expect(joined).toEqual(split);
    expect(joined.err).toMatch(/^bad-r\.json:4:11: Må være en av "family", .*\(\/role\)\n$/);

    const migrate = await famwel(
      "migrate",
      "--from=wheel-v2.json",
      "--to=wheel-v2.json",
      "--lang=nb",
      "r1.json",
    );
    expect(migrate.code).toBe(1);
    expect(migrate.err).toContain("Svaret gjelder versjon 1.0.0");
    const moved = await famwel(
      "migrate",
      "--from=wheel.json",
      "--to=wheel-v2.json",
      "--out=moved.json",
      "r1.json",
    );
    expect(moved.code).toBe(0);
    expect(JSON.parse(read("moved.json"))).toMatchObject({ instrument: { version: "2.0.0" } });

    const extract = await famwel(
      "translate",
      "extract",
      "wheel.json",
      "--locale=se",
      "--format=csv",
      "--out=se.csv",
    );
    expect(extract).toMatchObject({ code: 0, err: "4 strings to translate into se\n" });
    expect(read("se.csv")).toContain("key,nb,se,pointer");
    const merge = await famwel("translate", "merge", "--lang=nb", "absent.json", "se.csv");
    expect(merge).toMatchObject({ code: 1, err: "absent.json: Filen finnes ikke. (/)\n" });

    for (const command of [
      ["validate", "wheel.json"],
      ["export", "--format=csv", "r1.json"],
      ["migrate", "--from=wheel.json", "--to=wheel-v2.json", "r1.json"],
      ["translate", "status", "wheel.json"],
    ])
      expect(await famwel(...command, "--lang=fr")).toMatchObject({
        code: 2,
        err: expect.stringContaining('--lang must be one of nb, en (got "fr")') as string,
      });
  });
});

describe("a file of the other kind", () => {
  it("says in one line that a definition is not a response, and which option takes it", async () => {
    write("wheel.json", instrumentText);
    write("wheel-v2.json", v2);
    write("r1.json", responseText);
    expect(await famwel("export", "--format", "csv", "wheel.json", "r1.json")).toMatchObject({
      code: 1,
      out: "",
      err: 'wheel.json: This is an instrument definition (it has "sections" and no "answers"), not a response. Give the definition with --instrument <file>. (/)\n',
    });
    const nb = await famwel("export", "--format", "graph", "--lang", "nb", "wheel.json");
    expect(nb.err).toBe(
      "wheel.json: Dette er en instrumentdefinisjon (den har «sections» og ikke «answers»), ikke et svar. Gi definisjonen med --instrument <fil>. (/)\n",
    );
    const migrate = await famwel(
      "migrate",
      "--from",
      "wheel.json",
      "--to",
      "wheel-v2.json",
      "wheel-v2.json",
    );
    expect(migrate).toMatchObject({
      code: 1,
      err: 'wheel-v2.json: This is an instrument definition (it has "sections" and no "answers"), not a response. Give the definitions with --from and --to, the responses after the options. (/)\n',
    });
  });

  it("says in one line that a response is not a definition", async () => {
    expect(
      await famwel("migrate", "--from", "r1.json", "--to", "wheel.json", "r1.json"),
    ).toMatchObject({
      code: 1,
      err: 'r1.json: This is a response (it has "answers" and no "sections"), not an instrument definition. --from and --to take definitions; give the responses after the options. (/)\n',
    });
    expect(
      await famwel("export", "--format", "csv", "--instrument", "r1.json", "r1.json"),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(
        /^r1\.json: This is a response .* --instrument takes the definition; give the responses after the options\. \(\/\)\n$/,
      ) as string,
    });
    expect(await famwel("translate", "extract", "r1.json", "--locale", "se")).toMatchObject({
      code: 1,
      err: 'r1.json: This is a response (it has "answers" and no "sections"), not an instrument definition. (/)\n',
    });
  });
});

describe("files that cannot be written", () => {
  it("says which --out cannot be written and why, in one line, and exits 1", async () => {
    write("wheel.json", instrumentText);
    write("r1.json", responseText);
    write("wheel-v2.json", v2);
    mkdirSync(join(dir, "a-folder"), { recursive: true });
    write("plain.json", "{}");
    const folder = await famwel("export", "--format", "csv", "r1.json", "--out", "a-folder");
    expect(folder).toMatchObject({
      code: 1,
      out: "",
      err: "a-folder: Cannot write the file: this is a folder (give a file name).\n",
    });
    const under = await famwel(
      "export",
      "--format",
      "fhir",
      "r1.json",
      "--out",
      "plain.json/y.json",
    );
    expect(under).toMatchObject({
      code: 1,
      err: 'plain.json/y.json: Cannot write the file: "plain.json" is a file, not a folder.\n',
    });
    const deeper = await famwel(
      "export",
      "--format",
      "csv",
      "r1.json",
      "--out",
      "plain.json/a/b.json",
    );
    expect(deeper.err).toBe(
      'plain.json/a/b.json: Cannot write the file: "plain.json" is a file, not a folder.\n',
    );
    const extract = await famwel(
      "translate",
      "extract",
      "wheel.json",
      "--locale",
      "se",
      "--out",
      "a-folder",
      "--lang",
      "nb",
    );
    expect(extract).toMatchObject({
      code: 1,
      err: "a-folder: Kan ikke skrive filen: dette er en mappe (gi et filnavn).\n",
    });
    const migrate = await famwel(
      "migrate",
      "--from",
      "wheel.json",
      "--to",
      "wheel-v2.json",
      "--out-dir",
      "plain.json",
      "r1.json",
    );
    expect(migrate.code).toBe(1);
    expect(migrate.err).toContain(
      'plain.json/r1.json: Cannot write the file: "plain.json" is a file, not a folder.\n',
    );
    expect(read("plain.json")).toBe("{}");
  });
});

describe("the built binary", () => {
  it("lists every command in --help and runs export", () => {
    const help = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    for (const c of ["validate", "export", "migrate", "translate"])
      expect(help.stdout).toContain(`famwel ${c}`);
    const r = spawnSync(process.execPath, [bin, "export", "--format", "csv", "r1.json"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith("\uFEFFinstrument,")).toBe(true);
  });
});
