// `famwel validate` as a user and a CI pipeline meet it: the built binary, spawned on real files.
// Unit tests of validate.ts, glob.ts and main() (no spawning) follow at the end.
import { execSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseInstrument, type InstrumentDefinition } from "@famwel/instrument";
import { expandGlob, segmentRegExp } from "../src/glob.js";
import { defaultLang, main, type Io } from "../src/main.js";
import {
  detectKind,
  formatJson,
  formatText,
  sanitize,
  validateText,
  type FileReport,
} from "../src/validate.js";
import {
  at,
  badInstrumentText,
  instrumentText,
  offScaleResponseText,
  responseText,
  syntaxErrorText,
} from "./fixtures.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(packageDir, "dist", "bin.js");

let dir: string;

function write(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return name;
}

/** Runs the built binary in the temp folder, as a pipe (no TTY, so no colours) with English messages. */
function famwel(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8", ...env },
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function lines(text: string): string[] {
  return text.split("\n").filter((l) => l !== "");
}

beforeAll(() => {
  // The root `pnpm test` builds first; build here too when the test runs on its own.
  if (!existsSync(bin))
    execSync("pnpm --filter @famwel/cli... build", { cwd: packageDir, stdio: "inherit" });
  dir = mkdtempSync(join(tmpdir(), "famwel-cli-"));
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("famwel validate (the built binary)", () => {
  it("accepts a valid instrument: exit 0 and a summary line", () => {
    write("wheel.json", instrumentText);
    const r = famwel(["validate", "wheel.json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("1 file checked: 1 valid, 0 invalid (0 errors, 0 warnings)\n");
    expect(r.stderr).toBe("");
  });

  it("prints file:line:col: message (pointer) for each error, pointing at the value or key at fault", () => {
    write("bad.json", badInstrumentText);
    const r = famwel(["validate", "bad.json"]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([
      'bad.json:1:1: The field "defaultLocale" is missing. (/defaultLocale)',
      'bad.json:6:3: Unknown field "defaultLocal": it is not allowed here (check the spelling). (/defaultLocal)',
      "bad.json:13:35: Must be a whole number. (/sections/0/scale/max)",
      'bad.json:15:17: The value "Home Sweet" is not a valid id: use letters a–z, digits, dot, dash or underscore, at most 64 characters, starting with a letter or digit. (/sections/0/domains/0/id)',
      "1 file checked: 0 valid, 1 invalid (4 errors, 0 warnings)",
    ]);
    // Each position really is where the author has to look.
    expect(at(badInstrumentText, 6, 3)).toMatch(/^"defaultLocal":/);
    expect(at(badInstrumentText, 13, 35)).toMatch(/^"ten"/);
    expect(at(badInstrumentText, 15, 17)).toMatch(/^"Home Sweet"/);
    expect(at(badInstrumentText, 1, 1)).toBe("{"); // a missing field is reported at its object
  });

  it("reports a JSON syntax error at its line and column", () => {
    write("syntax.json", syntaxErrorText);
    const r = famwel(["validate", "syntax.json"]);
    expect(r.code).toBe(1);
    const [first] = lines(r.stdout);
    const m = /^syntax\.json:(\d+):(\d+): Invalid JSON .* \(\/\)$/.exec(first ?? "");
    expect(m, first).not.toBeNull();
    const [line, column] = [Number(m![1]), Number(m![2])];
    expect(line).toBe(3);
    expect(at(syntaxErrorText, line, column)).toBe(".0,"); // 1.0 parses as a number; the second dot cannot
  });

  it("expands dir/*.json and ** globs itself, so quoting works on every shell", () => {
    write("globs/a.json", instrumentText);
    write("globs/b.json", instrumentText);
    write("globs/notes.txt", "not json");
    write("globs/deep/er/c.json", badInstrumentText);
    write("globs/.hidden/d.json", badInstrumentText);
    const flat = famwel(["validate", "globs/*.json"]);
    expect(flat.code).toBe(0);
    expect(flat.stdout).toBe("2 files checked: 2 valid, 0 invalid (0 errors, 0 warnings)\n");

    const deep = famwel(["validate", "globs/**/*.json", "--format", "json"]);
    expect(deep.code).toBe(1);
    const doc = JSON.parse(deep.stdout) as { files: FileReport[] };
    expect(doc.files.map((f) => f.file)).toEqual([
      "globs/a.json",
      "globs/b.json",
      "globs/deep/er/c.json",
    ]);
  });

  it("reports a missing file as a problem for that file and exits 1", () => {
    write("ok.json", instrumentText);
    const r = famwel(["validate", "ok.json", "missing.json"]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([
      "missing.json: The file does not exist. (/)",
      "2 files checked: 1 valid, 1 invalid (1 error, 0 warnings)",
    ]);
  });

  it("exits 2 on usage errors", () => {
    const none = famwel([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("famwel validate <files or globs...>");
    expect(famwel(["validate"]).code).toBe(2);
    expect(famwel(["validate", "--format", "xml", "ok.json"]).code).toBe(2);
    expect(famwel(["validate", "--frobnicate", "ok.json"]).code).toBe(2);
    const unmatched = famwel(["validate", "nowhere/**/*.json"]);
    expect(unmatched.code).toBe(2);
    expect(unmatched.stderr).toContain('no files match "nowhere/**/*.json"');
    const unknown = famwel(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const migrate = famwel(["migrate", "x.json"]);
    expect(migrate.code).toBe(2);
    expect(migrate.stderr).toContain("--from and --to are both required");
  });

  it("--help lists every command", () => {
    const r = famwel(["--help"]);
    expect(r.code).toBe(0);
    for (const word of ["validate", "translate", "migrate", "export", "Exit codes"])
      expect(r.stdout).toContain(word);
  });

  it("--format json prints one document with the documented shape", () => {
    write("j/good.json", instrumentText);
    write("j/bad.json", badInstrumentText);
    const r = famwel(["validate", "--format", "json", "j/good.json", "j/bad.json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { files: FileReport[]; valid: number; invalid: number };
    expect(Object.keys(doc)).toEqual(["files", "valid", "invalid"]);
    expect(doc.valid).toBe(1);
    expect(doc.invalid).toBe(1);
    expect(doc.files[0]).toEqual({
      file: "j/good.json",
      kind: "instrument",
      valid: true,
      errors: [],
      warnings: [],
    });
    const bad = doc.files[1]!;
    expect(Object.keys(bad)).toEqual(["file", "kind", "valid", "errors", "warnings"]);
    expect(bad.valid).toBe(false);
    expect(bad.errors).toContainEqual({
      pointer: "/sections/0/scale/max",
      rule: "type",
      message: { nb: "Må være et heltall.", en: "Must be a whole number." },
      line: 13,
      column: 35,
    });
  });

  it("checks responses against --instrument", () => {
    write("r/wheel.json", instrumentText);
    write("r/ok.json", responseText);
    write("r/off.json", offScaleResponseText);
    expect(famwel(["validate", "--instrument", "r/wheel.json", "r/ok.json"]).code).toBe(0);
    // Without the definition, the off-scale response is schema-valid.
    expect(famwel(["validate", "r/off.json"]).code).toBe(0);
    const r = famwel(["validate", "--instrument", "r/wheel.json", "r/off.json"]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([
      'r/off.json:14:19: Unknown domain "garden". (/answers/wheel/domains/garden)',
      "r/off.json:14:32: 14 is not on the scale 0–10 (step 1). (/answers/wheel/domains/garden/current)",
      "1 file checked: 0 valid, 1 invalid (2 errors, 0 warnings)",
    ]);
    expect(at(offScaleResponseText, 14, 32)).toMatch(/^14,/);
    expect(famwel(["validate", "--instrument", "r/absent.json", "r/ok.json"]).code).toBe(2);
  });

  it("speaks bokmål with --lang nb or a Norwegian LANG", () => {
    write("nb/bad.json", syntaxErrorText);
    const viaFlag = famwel(["validate", "--lang", "nb", "nb/bad.json"]);
    expect(viaFlag.stdout).toContain("Ugyldig JSON");
    expect(viaFlag.stdout).toContain("1 fil sjekket: 0 gyldige, 1 ugyldig (1 feil, 0 advarsler)");
    expect(famwel(["validate", "nb/bad.json"], { LANG: "nn_NO.UTF-8" }).stdout).toContain(
      "Ugyldig JSON",
    );
    expect(
      famwel(["validate", "--lang", "en", "nb/bad.json"], { LANG: "nb_NO.UTF-8" }).stdout,
    ).toContain("Invalid JSON");
  });

  it("refuses an oversized file from its size, without parsing it", () => {
    write("big.json", Buffer.alloc(3 * 1024 * 1024, 0x20));
    const r = famwel(["validate", "big.json"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^big\.json: The file is too large: 3145728 bytes, at most \d+ allowed\. \(\/\)$/m,
    );
  });

  it("prints no colour codes into a pipe", () => {
    const r = famwel(["validate", "bad.json"]);
    expect(r.stdout).not.toContain("\u001b[");
  });
});

// ---------------------------------------------------------------------------------------------------

describe("validateText", () => {
  it("tells instruments from responses", () => {
    expect(detectKind(instrumentText)).toBe("instrument");
    expect(detectKind(responseText)).toBe("response");
    expect(detectKind("\ufeff" + responseText)).toBe("response");
    expect(detectKind('{"a":1}')).toBeUndefined();
    expect(detectKind("[]")).toBeUndefined();
    expect(detectKind("{")).toBeUndefined();
  });

  it("returns a report with positions", () => {
    const r = validateText("x.json", badInstrumentText);
    expect(r.kind).toBe("instrument");
    expect(r.valid).toBe(false);
    expect(r.errors.map((p) => [p.pointer, p.line, p.column])).toEqual([
      ["/defaultLocale", 1, 1],
      ["/defaultLocal", 6, 3],
      ["/sections/0/scale/max", 13, 35],
      ["/sections/0/domains/0/id", 15, 17],
    ]);
  });

  it("explains JSON of neither kind, and keeps syntax errors for text it cannot parse", () => {
    const neither = validateText("x.json", '{ "title": "?" }');
    expect(neither).toMatchObject({
      kind: "unknown",
      valid: false,
      errors: [{ rule: "kind", pointer: "" }],
    });
    const broken = validateText("x.json", "{ oops }");
    expect(broken.kind).toBe("unknown");
    expect(broken.errors[0]).toMatchObject({ rule: "syntax", line: 1, column: 3 });
  });

  it("honours an explicit kind and the instrument a response answers", () => {
    expect(validateText("x.json", responseText, { kind: "instrument" }).valid).toBe(false);
    const parsed = parseInstrument(instrumentText);
    if (!parsed.ok) throw new Error("fixture");
    const definition: InstrumentDefinition = parsed.value;
    expect(validateText("r.json", offScaleResponseText).valid).toBe(true);
    const r = validateText("r.json", offScaleResponseText, { instrument: definition });
    expect(r.valid).toBe(false);
    expect(r.errors.map((p) => p.rule)).toEqual(["reference", "scale"]);
  });

  it("formats text and JSON output", () => {
    const reports = [
      validateText("a.json", instrumentText),
      validateText("b.json", syntaxErrorText),
    ];
    expect(formatText(reports, { lang: "en" })).toMatch(
      /^b\.json:3:17: Invalid JSON .*\(\/\)\n2 files checked: 1 valid, 1 invalid \(1 error, 0 warnings\)\n$/,
    );
    expect(formatText(reports, { lang: "en", quiet: true })).not.toContain("checked");
    expect(formatText([reports[0]!], { lang: "en", quiet: true })).toBe("");
    const coloured = formatText(reports, { lang: "en", color: true });
    expect(coloured).toContain("\u001b[1mb.json:3:17\u001b[0m");
    const doc = JSON.parse(formatJson(reports)) as { valid: number; invalid: number };
    expect([doc.valid, doc.invalid]).toEqual([1, 1]);
  });

  it("prints warnings after errors, prefixed", () => {
    const report: FileReport = {
      file: "w.json",
      kind: "instrument",
      valid: true,
      errors: [],
      warnings: [
        {
          pointer: "/sections/0/notePrompt",
          rule: "unused",
          message: { nb: "Brukes ikke.", en: "Not used." },
          line: 4,
          column: 7,
        },
      ],
    };
    expect(formatText([report], { lang: "en" })).toBe(
      "w.json:4:7: warning: Not used. (/sections/0/notePrompt)\n1 file checked: 1 valid, 0 invalid (0 errors, 1 warning)\n",
    );
    expect(formatText([report], { lang: "nb" })).toContain("w.json:4:7: advarsel: Brukes ikke.");
  });

  it("neutralises terminal escapes and bidi overrides that a hostile file carries into messages", () => {
    expect(sanitize("a\u001b[2Jb\u202ec\n")).toBe("a\\u001b[2Jb\\u202ec\\u000a");
    const hostile = instrumentText.replace('"id": "home"', '"id": "x\\u001b[31mred"');
    const out = formatText([validateText("h.json", hostile)], { lang: "en" });
    expect(out).not.toContain("\u001b");
    expect(out).toContain("x\\u001b[31mred");
  });
});

describe("expandGlob", () => {
  it("matches *, ? and ** like a shell, files only, sorted", () => {
    const root = mkdtempSync(join(tmpdir(), "famwel-glob-"));
    try {
      for (const f of [
        "a.json",
        "b.json",
        "ab.json",
        "x.txt",
        "sub/c.json",
        "sub/deeper/d.json",
        ".dot/e.json",
        "sub/.f.json",
        "node_modules/pkg/package.json",
      ]) {
        mkdirSync(dirname(join(root, f)), { recursive: true });
        writeFileSync(join(root, f), "{}");
      }
      mkdirSync(join(root, "dir.json"));
      expect(expandGlob("*.json", root)).toEqual(["a.json", "ab.json", "b.json"]);
      expect(expandGlob("?.json", root)).toEqual(["a.json", "b.json"]);
      expect(expandGlob("**/*.json", root)).toEqual([
        "a.json",
        "ab.json",
        "b.json",
        "sub/c.json",
        "sub/deeper/d.json",
      ]);
      expect(expandGlob("sub/**", root)).toEqual(["sub/c.json", "sub/deeper/d.json"]);
      expect(expandGlob("node_modules/*/*.json", root)).toEqual(["node_modules/pkg/package.json"]);
      expect(expandGlob("./sub/*.json", root)).toEqual(["./sub/c.json"]);
      expect(expandGlob(".dot/*.json", root)).toEqual([".dot/e.json"]);
      expect(expandGlob("sub/.*.json", root)).toEqual(["sub/.f.json"]);
      expect(expandGlob(join(root, "sub", "*.json").replace(/\\/g, "/"), "/")).toEqual([
        join(root, "sub", "c.json").replace(/\\/g, "/"),
      ]);
      expect(expandGlob("nothing/*.json", root)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("treats regular-expression characters literally", () => {
    expect(segmentRegExp("a.b(c)+[d]-{e}*").test("a.b(c)+[d]-{e}.json")).toBe(true);
    expect(segmentRegExp("a.b").test("aXb")).toBe(false);
  });
});

describe("main() without spawning", () => {
  function io(env: Record<string, string> = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const value: Io = {
      stdout: { write: (s: string) => out.push(s), isTTY: true },
      stderr: { write: (s: string) => err.push(s) },
      env,
      cwd: dir,
    };
    return { io: value, out: () => out.join(""), err: () => err.join("") };
  }

  it("colours output on a TTY unless NO_COLOR is set", async () => {
    write("m/bad.json", badInstrumentText);
    const tty = io();
    expect(await main(["validate", "m/bad.json"], tty.io)).toBe(1);
    expect(tty.out()).toContain("\u001b[");
    const plain = io({ NO_COLOR: "1" });
    await main(["validate", "m/bad.json"], plain.io);
    expect(plain.out()).not.toContain("\u001b[");
  });

  it("picks the language from the environment", () => {
    expect(defaultLang({ LANG: "nb_NO.UTF-8" })).toBe("nb");
    expect(defaultLang({ LANG: "no" })).toBe("nb");
    expect(defaultLang({ LANG: "nn_NO" })).toBe("nb");
    expect(defaultLang({ LANG: "en_GB.UTF-8" })).toBe("en");
    expect(defaultLang({ LC_ALL: "C.UTF-8", LANG: "nb_NO.UTF-8" })).toBe("en");
    expect(defaultLang({ LANG: "nonsense" })).toBe("en");
    expect(defaultLang({})).toBe("en");
  });

  it("validates a file matched twice only once", async () => {
    write("d/one.json", instrumentText);
    const t = io();
    expect(
      await main(["validate", "--format", "json", "d/one.json", "d/*.json", "./d/one.json"], t.io),
    ).toBe(0);
    expect((JSON.parse(t.out()) as { files: unknown[] }).files).toHaveLength(1);
  });

  it("reports a file that is not UTF-8", async () => {
    write("latin1.json", Buffer.from([0x7b, 0x22, 0xe6, 0x22, 0x7d]));
    const t = io({ NO_COLOR: "1" });
    expect(await main(["validate", "latin1.json"], t.io)).toBe(1);
    expect(t.out()).toContain("latin1.json: The file is not valid UTF-8 text. (/)");
  });
});
