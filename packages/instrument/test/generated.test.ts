// The generated artefacts are current and safe to ship: the committed TypeScript types are exactly
// what the schemas produce today, and the precompiled validators need no eval and load no Ajv.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ERROR_PARAM, generateTypes } from "../scripts/build-validators.mjs";

const generated = fileURLToPath(new URL("../src/generated/", import.meta.url));
const read = (file: string) => readFileSync(generated + file, "utf8");

describe("generated types", () => {
  it("src/generated/*-types.ts are what the schemas generate (run `node scripts/build-validators.mjs` after a schema change)", async () => {
    const types = await generateTypes();
    expect(read("instrument-types.ts")).toBe(types.instrument);
    expect(read("response-types.ts")).toBe(types.response);
  }, 30_000);
});

describe("precompiled validators", () => {
  const modules = readdirSync(generated).filter((f) => f.endsWith(".js"));

  it("are one module per validator: instrument, response and each section", () => {
    expect(modules.sort()).toEqual([
      "instrument-validator.js",
      "network-section.js",
      "reflection-section.js",
      "response-validator.js",
      "wheel-section.js",
    ]);
  });

  it("bundle our one date-time format, not ajv-formats' module of every format", () => {
    const withTimes = modules.filter((f) => read(f).includes("date-time-format.cjs"));
    expect(withTimes).toEqual(["response-validator.js"]);
    for (const file of modules)
      expect(read(file), file).not.toMatch(/fullFormats|require_formats|uri-template/);
  });

  it("declare of each schema only what their code reads (no $defs, no descriptions)", () => {
    // scripts/prune-schema-literals.mjs: the root schema's literal was every $defs, 10 KB, for one
    // lookup of its property names.
    for (const file of modules) {
      const literals = read(file).match(/^var schema\d+ = .*$/gm) ?? [];
      for (const literal of literals)
        expect(literal, file).not.toMatch(/"\$defs"|"\$ref"|"pattern"/);
    }
  });

  it("add each error through one helper, not six lines of their own (addErrorHelper)", () => {
    for (const file of modules) {
      expect(read(file), file).not.toContain("vErrors.push(");
      expect(read(file).match(/^function __addError\(/gm), file).toHaveLength(1);
    }
  });

  it("build each one-parameter error by one helper, not a literal of its own (compactErrors)", () => {
    const keywords = Object.keys(ERROR_PARAM).join("|");
    const literal = new RegExp(`__addError\\(vErrors, \\{[^\\n]*keyword: "(${keywords})"`, "g");
    for (const file of modules) {
      expect(read(file).match(/^function __error\(/gm), file).toHaveLength(1);
      // Left as literals only where the schemaPath does not end in the keyword: none today.
      expect(read(file).match(literal) ?? [], file).toEqual([]);
    }
  });

  it("carry no bookkeeping for keywords the schemas do not use (unevaluated*, $dynamicRef)", () => {
    for (const file of modules) expect(read(file), file).not.toMatch(/evaluated|dynamicAnchors/);
  });

  for (const file of modules) {
    it(`${file} runs under a strict CSP and without Ajv`, () => {
      const code = read(file);
      expect(code.length).toBeGreaterThan(1000);
      for (const banned of [
        "new Function",
        "eval(",
        "require(",
        'from "ajv',
        "from 'ajv",
        'import("ajv',
        "import('ajv",
      ])
        expect(code, banned).not.toContain(banned);
      // Nothing imported at all: the module is self-contained.
      expect(code).not.toMatch(/^\s*import\s/m);
    });
  }
});
