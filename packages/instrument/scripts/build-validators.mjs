// Precompiles the JSON Schemas into standalone validator code with Ajv, then bundles that code with
// esbuild so the shipped file has no `require(`, no ajv runtime compiler and no `new Function`:
// validators must run under a strict Content-Security-Policy (no 'unsafe-eval') in any host.
// Also regenerates the TypeScript types from the schemas, so types and schema cannot drift.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";
import { _ } from "ajv/dist/compile/codegen/index.js";
import { build } from "esbuild";
import { compile } from "json-schema-to-typescript";
import { pruneSchemaLiterals } from "./prune-schema-literals.mjs";
import { mkdirSync, readFileSync, writeFileSync, copyFileSync, unlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const gen = join(root, "src", "generated");
mkdirSync(gen, { recursive: true });

const instrumentSchema = JSON.parse(readFileSync(join(root, "schema/instrument.v1.json"), "utf8"));
const responseSchema = JSON.parse(readFileSync(join(root, "schema/response.v1.json"), "utf8"));

/** Ajv options shared with the runtime-compiled validators used in tests (they must agree). */
export const ajvOptions = {
  allErrors: true,
  discriminator: true,
  strict: true,
  messages: false, // we write our own nb/en messages; drops ~all message strings from the bundle
  code: { source: true, esm: true, optimize: true },
};

export function createAjv() {
  const ajv = new Ajv2020(ajvOptions);
  addFormats(ajv, ["date-time"]);
  ajv.addSchema(instrumentSchema, "instrument");
  ajv.addSchema(responseSchema, "response");
  return ajv;
}

/**
 * Drops what only editors read (descriptions, defaults, titles, comments) before compiling: Ajv
 * inlines schema objects into the standalone code, and the element bundles have byte budgets.
 */
export function stripAnnotations(schema) {
  if (Array.isArray(schema)) return schema.map(stripAnnotations);
  if (schema === null || typeof schema !== "object") return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    const isMap = key === "properties" || key === "$defs";
    if (!isMap && ["description", "$comment", "title", "default", "examples"].includes(key))
      continue;
    out[key] = isMap
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripAnnotations(v)]))
      : stripAnnotations(value);
  }
  return out;
}

const defs = "https://famwel.org/schema/instrument.v1.json#/$defs/";
// One module per validator: Ajv's standalone output does not tree-shake (it assigns to its
// functions at module level), so separate modules are what keep the wheel from paying for the map's
// validator, and a page that only parses definitions (the runner, until it submits) from paying for
// the response validator. The package is side-effect free, so a bundler drops the ones not used.
const modules = {
  "instrument-validator.js": { validateInstrument: "instrument" },
  "response-validator.js": { validateResponse: "response" },
  "wheel-section.js": { validateWheelSection: `${defs}wheelSection` },
  "network-section.js": { validateNetworkSection: `${defs}networkSection` },
  "reflection-section.js": { validateReflectionSection: `${defs}reflectionSection` },
};

/**
 * Ajv's standalone code adds each error with the same six lines, once per place a keyword can fail
 * (270 places in the definition's validator):
 *   const errN = { ... };
 *   if (vErrors === null) { vErrors = [errN]; } else { vErrors.push(errN); }
 * Here one helper does it, `vErrors = __addError(vErrors, { ... });`: the same list, the same error
 * objects in the same order, 100 to 400 bytes gzip less per validator. Fails the build if Ajv
 * writes it any other way, so that a new Ajv cannot leave half of them unchanged.
 */
export function addErrorHelper(code) {
  const out = code.replace(
    /const (err\d+) = (\{[^\n]*\});\n\s*if \(vErrors === null\) \{\n\s*vErrors = \[\1\];\n\s*\} else \{\n\s*vErrors\.push\(\1\);\n\s*\}\n/g,
    (_, _name, error) => `vErrors = __addError(vErrors, ${error});\n`,
  );
  if (out.includes("vErrors.push("))
    throw new Error("an error is added in a way addErrorHelper does not know");
  const helper =
    "function __addError(list, error) {\n  if (list === null) return [error];\n  list.push(error);\n  return list;\n}\n";
  return out === code ? out : helper + out;
}

/** The one parameter Ajv gives an error of each of these keywords, by keyword (see compactErrors). */
export const ERROR_PARAM = {
  type: "type",
  required: "missingProperty",
  pattern: "pattern",
  additionalProperties: "additionalProperty",
  propertyNames: "propertyName",
  const: "allowedValue",
  enum: "allowedValues",
  maxItems: "limit",
  minItems: "limit",
  maxLength: "limit",
  minLength: "limit",
  maxProperties: "limit",
  minProperties: "limit",
};

/**
 * Each error Ajv adds is an object literal written out in full, 754 times across the validators:
 *   vErrors = __addError(vErrors, { instancePath, schemaPath: "#/$defs/id/type", keyword: "type",
 *     params: { type: "string" } });
 * For the keywords with one parameter (ERROR_PARAM), whose schemaPath ends in the keyword, this
 * writes it `vErrors = __error(vErrors, instancePath, "#/$defs/id", "type", "string");` and one
 * helper builds the same object, keys in the same order: 687 of the 754. A quarter less code to
 * parse (the definition's validator 54.0 → 39.3 KB minified, gzip about the same) and its first,
 * cold run 3.1 → 2.8 ms (Node, the family definition, medians of 15 processes). Errors
 * of other keywords, or with a parameter that is not a literal, a name or a property path, keep
 * their literal: the rewrite never guesses.
 */
export function compactErrors(code) {
  const value = String.raw`"(?:[^"\\]|\\.)*"|-?[\d.]+(?:e-?\d+)?|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*`;
  const site = new RegExp(
    String.raw`__addError\(vErrors, \{ instancePath(?:: ([^\n]+?))?, schemaPath: ("(?:[^"\\]|\\.)*"), keyword: "(\w+)", params: \{ (\w+): (${value}) \}(?:, propertyName: ([A-Za-z_$][\w$]*))? \}\);$`,
    "gm",
  );
  const out = code.replace(
    site,
    (all, path = "instancePath", schemaPath, keyword, name, param, propertyName) => {
      const suffix = `/${keyword}`;
      const full = JSON.parse(schemaPath);
      if (ERROR_PARAM[keyword] !== name || !full.endsWith(suffix)) return all;
      const base = JSON.stringify(full.slice(0, -suffix.length));
      const last = propertyName ? `, ${propertyName}` : "";
      return `__error(vErrors, ${path}, ${base}, "${keyword}", ${param}${last});`;
    },
  );
  if (out === code) return code;
  const helper =
    `const __errorParam = ${JSON.stringify(ERROR_PARAM)};\n` +
    "function __error(list, instancePath, schemaBase, keyword, param, propertyName) {\n" +
    '  const error = { instancePath, schemaPath: schemaBase + "/" + keyword, keyword, params: { [__errorParam[keyword]]: param } };\n' +
    "  if (propertyName !== undefined) error.propertyName = propertyName;\n" +
    "  return __addError(list, error);\n}\n";
  return helper + out;
}

/** Keywords whose bookkeeping the build leaves out of the standalone code (see buildModule). */
const UNUSED_KEYWORDS = [
  "unevaluatedProperties",
  "unevaluatedItems",
  "$dynamicRef",
  "$dynamicAnchor",
  "$recursiveRef",
  "$recursiveAnchor",
];

/**
 * Ajv passes every validator function the value's parent, its key and the root value, for the
 * keywords that read them (data references, defaults, type coercion, `$dynamicRef`), and joins a
 * called function's errors with three lines each time. The options used here need none of the
 * three, so calls pass the instance path alone and one helper joins the errors: 250 bytes gzip of
 * the definition validator. Fails the build if any of the three is still read anywhere afterwards.
 */
export function dropParentData(code) {
  const out = code
    .replace(/, parentData: [^,]+, parentDataProperty: [^}]+, rootData \}/g, " }")
    .replaceAll("{ instancePath, parentData, parentDataProperty, rootData }", "{ instancePath }")
    .replaceAll(
      '{ instancePath = "", parentData, parentDataProperty, rootData = data } = {}',
      '{ instancePath = "" } = {}',
    )
    .replace(
      /vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g,
      (_, fn) => `vErrors = __joinErrors(vErrors, ${fn}.errors);`,
    );
  if (/parentData|rootData|vErrors\.concat/.test(out))
    throw new Error("a validator still reads parentData or rootData, or joins errors another way");
  const helper =
    "function __joinErrors(list, more) {\n  return list === null ? more : list.concat(more);\n}\n";
  return out.includes("__joinErrors(") ? helper + out : out;
}

async function buildModule(file, entries) {
  // The code of the one format the schemas use comes from our copy of it (date-time-format.cjs),
  // not from ajv-formats' module of every format. The path is relative to the raw file below.
  const formats = _`require(${"../../scripts/date-time-format.cjs"})`;
  const ajv = new Ajv2020({ ...ajvOptions, code: { ...ajvOptions.code, formats } });
  // Ajv2020 always compiles in the bookkeeping that `unevaluatedProperties`/`unevaluatedItems` and
  // `$dynamicRef` need (which properties each function saw, the dynamic anchors passed to every
  // call): 330 bytes gzip of the definition validator. Our schemas use neither (checked below), and
  // Ajv reads both options only while compiling, so they are switched off before it compiles.
  for (const schema of [instrumentSchema, responseSchema])
    for (const keyword of UNUSED_KEYWORDS)
      if (JSON.stringify(schema).includes(`"${keyword}"`))
        throw new Error(`a schema uses ${keyword}: remove the unevaluated/dynamicRef switch-off`);
  ajv.opts.unevaluated = false;
  ajv.opts.dynamicRef = false;
  addFormats(ajv, ["date-time"]);
  ajv.addSchema(stripAnnotations(instrumentSchema), "instrument");
  ajv.addSchema(stripAnnotations(responseSchema), "response");
  for (const ref of Object.values(entries)) ajv.getSchema(ref); // compile every entry
  const tmp = join(gen, file.replace(/\.js$/, ".raw.mjs"));
  writeFileSync(tmp, pruneSchemaLiterals(standaloneCode(ajv, entries)));
  const out = await build({
    entryPoints: [tmp],
    bundle: true,
    format: "esm",
    platform: "neutral",
    minify: false,
    treeShaking: true,
    write: false,
    legalComments: "none",
    // Our ucs2length (see the file) in place of Ajv's runtime one.
    alias: { "ajv/dist/runtime/ucs2length": join(root, "scripts/ucs2length.cjs") },
  });
  unlinkSync(tmp);
  // Ajv's runtime helpers carry their own source as a string (`x.code = 'require("…")'`) for code
  // generation, and esbuild names its CommonJS wrapper `__require`. Neither is ever called here, but
  // both would trip the "no require(" check that hosts and our tests run, so strip and rename them.
  const code = dropParentData(
    compactErrors(
      addErrorHelper(
        out.outputFiles[0].text
          .replace(/^\s*\w+\.code = 'require\([^']*\)[^']*';\n/gm, "")
          .replaceAll("__require", "__cjsModule"),
      ),
    ),
  );
  for (const banned of ["new Function", "eval(", "require("]) {
    if (code.includes(banned)) throw new Error(`generated ${file} contains ${banned}`);
  }
  const header =
    "// Generated by scripts/build-validators.mjs from schema/*.json. Do not edit.\n" +
    "// Holds code from Ajv (MIT, Copyright (c) 2015-2021 Evgeny Poberezkin) and, where a time is\n" +
    "// checked, from ajv-formats (MIT, Copyright (c) 2020 Evgeny Poberezkin).\n";
  writeFileSync(join(gen, file), header + code);
  // tsc does not copy .js files; the built package imports dist/generated/*.js.
  mkdirSync(join(root, "dist", "generated"), { recursive: true });
  copyFileSync(join(gen, file), join(root, "dist", "generated", file));
  const types = file.replace(/\.js$/, ".d.ts"); // hand-written beside the generated code; tsc does not copy .d.ts
  copyFileSync(join(gen, types), join(root, "dist", "generated", types));
  return code.length;
}

/**
 * The TypeScript types of both schemas: the contents of src/generated/instrument-types.ts and
 * response-types.ts. Exported so a test can check that the committed files are current.
 */
export async function generateTypes() {
  const banner =
    "/* Generated from schema/*.v1.json by scripts/build-validators.mjs. Do not edit. */";
  const opts = {
    bannerComment: banner,
    maxItems: -1,
    additionalProperties: false,
    strictIndexSignatures: true,
    format: true,
    unreachableDefinitions: true,
    cwd: join(root, "schema"),
  };
  const inst = await compile(instrumentSchema, "InstrumentDefinition", opts);
  const resp = await compile(responseSchema, "Response", { ...opts, bannerComment: "" });
  // Two files: both schemas define `Id`, and one module cannot export it twice.
  return { instrument: inst, response: banner + "\n" + resp };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, entries] of Object.entries(modules)) {
    const bytes = await buildModule(file, entries);
    console.log(`${file}: ${bytes} bytes`);
  }

  const types = await generateTypes();
  writeFileSync(join(gen, "instrument-types.ts"), types.instrument);
  writeFileSync(join(gen, "response-types.ts"), types.response);
  console.log("types regenerated");
}
