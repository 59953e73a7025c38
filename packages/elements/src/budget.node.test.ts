// Bundle budgets, in bytes: what a host page pays for each element. Each entry is bundled from
// source the way a host's bundler would (esbuild: minified ESM for browsers, tree-shaken, code
// split at dynamic import(), Lit's production build). We measure gzip (level 9) and brotli
// (quality 11) of the initial load (the entry chunk and every chunk it imports statically; each
// file compressed on its own, as it travels) and, separately, of the lazy chunks behind import().
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";

const KB = 1024;
const pkgDir = fileURLToPath(new URL("..", import.meta.url));

interface Budget {
  /** Shown in the table. */
  name: string;
  /** Entry module, relative to packages/elements. */
  entry: string;
  /** Max gzip bytes of the initial load (entry + static imports), Lit included. */
  gzip: number;
  /** Max gzip bytes of everything, lazy chunks included. Optional. */
  gzipTotal?: number;
}

/**
 * One row per thing a host can import. Add a row with every new `src/define/*.ts`, measured as its
 * built `dist/define/*.js` (a test below
 * fails until you do); the budget is the whole cost of that one import, Lit included.
 */
export const BUDGETS: readonly Budget[] = [
  // Measured on dist/ (what we publish: tsc output with minified css`` literals), which `pnpm test`
  // builds first. The initial load is what a page needs to show the wheel and rate it by keyboard,
  // screen reader or form; the editing views, pointer dragging, overlays, the validator for
  // unchecked definitions and the picture export are lazy chunks, capped by gzipTotal.
  {
    name: "famwel-life-wheel",
    entry: "dist/define/famwel-life-wheel.js",
    gzip: 12 * KB,
    gzipTotal: 26 * KB,
  },
  {
    name: "famwel-service-map",
    entry: "dist/define/famwel-service-map.js",
    gzip: 14 * KB,
    gzipTotal: 32 * KB,
  },
  // Reference point: Lit plus a trivial element (src/test-support). Keeps the pipeline honest
  // before any element exists and shows what Lit itself costs.
  {
    name: "lit baseline (test fixture)",
    entry: "src/test-support/fixture-element.ts",
    gzip: 8 * KB,
  },
];

/** Never in an element bundle, lazy chunks included: a charting library, Ajv's runtime compiler, Lit's dev build. */
const FORBIDDEN_INPUTS: readonly [RegExp, string][] = [
  [/(^|\/)node_modules\/(.*\/)?chart\.js\//, "chart.js"],
  [
    /(^|\/)node_modules\/(.*\/)?ajv\/dist\/(compile\/|core\.js|ajv\.js|2019\.js|2020\.js)/,
    "Ajv's runtime compiler (ship precompiled standalone validators)",
  ],
  [
    /(^|\/)node_modules\/(.*\/)?(lit-html|lit-element|@lit\/reactive-element)\/development\//,
    "Lit's development build",
  ],
];
/** Never in the code: evaluation breaks a strict CSP (no 'unsafe-eval'). */
const FORBIDDEN_CODE: readonly [RegExp, string][] = [
  [/\bnew Function\b|(?<![\w$.])Function\(/, "`new Function` (needs 'unsafe-eval')"],
  [/(?<![\w$.])eval\(/, "`eval(` (needs 'unsafe-eval')"],
  [/chart\.js/, "a reference to chart.js"],
  [/Lit is in dev mode/, "Lit's dev-mode banner"],
];

interface Sizes {
  raw: number;
  min: number;
  gz: number;
  br: number;
}
interface Measured {
  initial: Sizes;
  lazy: Sizes & { chunks: number };
  /** All minified code, lazy chunks included. */
  code: string;
  inputs: string[];
  /** Minified bytes each input contributes to the initial load, largest first. */
  contributions: [number, string][];
}

type Entry = { file: string } | { source: string };

/** Resolve conditions: no "development", so Lit resolves to its production build. */
const CONDITIONS = ["production", "module"];

async function bundle(entry: Entry, minify: boolean, conditions: string[]) {
  const result = await build({
    absWorkingDir: pkgDir,
    ...("file" in entry
      ? { entryPoints: { entry: entry.file } }
      : {
          stdin: {
            contents: entry.source,
            resolveDir: pkgDir,
            loader: "ts",
            sourcefile: "entry.ts",
          },
        }),
    outdir: "budget-out", // never written: write is false
    entryNames: "[name]",
    chunkNames: "chunk-[hash]",
    bundle: true,
    splitting: true,
    write: false,
    minify,
    format: "esm",
    platform: "browser",
    target: "es2022",
    treeShaking: true,
    // Custom conditions replace esbuild's default "module"; "browser" comes from the platform.
    // No "development": Lit must resolve to its production build, as in a host's release bundle.
    conditions,
    mainFields: ["browser", "module", "main"],
    define: { "process.env.NODE_ENV": '"production"' },
    legalComments: "none",
    metafile: true,
    logLevel: "silent",
  });
  const files = new Map(
    result.outputFiles
      .filter((f) => f.path.endsWith(".js"))
      .map((f) => [path.relative(pkgDir, f.path).split(path.sep).join("/"), f.text]),
  );
  return { files, metafile: result.metafile };
}

/** The entry output and every output it reaches through static imports. */
function initialOutputs(metafile: Metafile): Set<string> {
  const entry = Object.entries(metafile.outputs).find(
    ([out, o]) => o.entryPoint && out.endsWith(".js"),
  )?.[0];
  const seen = new Set<string>();
  const visit = (out: string) => {
    if (seen.has(out)) return;
    seen.add(out);
    for (const imp of metafile.outputs[out]?.imports ?? []) {
      if (imp.kind === "import-statement" && !imp.external) visit(imp.path);
    }
  };
  if (entry) visit(entry);
  return seen;
}

const gzip = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;
const brotli = (s: string) => {
  const bytes = Buffer.from(s);
  return brotliCompressSync(bytes, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: 11,
      [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
      [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
};
const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);

/** Sizes of some outputs: `raw` from the unminified build (split the same way, its own chunk names). */
function sizes(
  min: Map<string, string>,
  minOuts: Iterable<string>,
  raw: Map<string, string>,
  rawOuts: Iterable<string>,
): Sizes {
  const code = [...minOuts].map((o) => min.get(o) ?? "");
  return {
    raw: sum([...rawOuts].map((o) => Buffer.byteLength(raw.get(o) ?? ""))),
    min: sum(code.map((c) => Buffer.byteLength(c))),
    gz: sum(code.map(gzip)),
    br: sum(code.map(brotli)),
  };
}

async function measure(entry: Entry, conditions = CONDITIONS): Promise<Measured> {
  const [raw, min] = await Promise.all([
    bundle(entry, false, conditions),
    bundle(entry, true, conditions),
  ]);
  const initialMin = initialOutputs(min.metafile);
  const initialRaw = initialOutputs(raw.metafile);
  const lazyMin = [...min.files.keys()].filter((o) => !initialMin.has(o));
  const lazyRaw = [...raw.files.keys()].filter((o) => !initialRaw.has(o));
  return {
    initial: sizes(min.files, initialMin, raw.files, initialRaw),
    lazy: { ...sizes(min.files, lazyMin, raw.files, lazyRaw), chunks: lazyMin.length },
    code: [...min.files.values()].join("\n"),
    inputs: Object.keys(min.metafile.inputs),
    contributions: [...initialMin]
      .flatMap((o) => Object.entries(min.metafile.outputs[o]?.inputs ?? {}))
      .map(([file, { bytesInOutput }]): [number, string] => [
        bytesInOutput,
        file.replace(/^(\.\.\/)+node_modules\/\.pnpm\/[^/]+\/node_modules\//, ""),
      ])
      .sort((a, b) => b[0] - a[0]),
  };
}

/** What must never be in an element bundle, with the input file that brought it where known. */
function problems(m: Measured): string[] {
  return [
    ...FORBIDDEN_INPUTS.flatMap(([pattern, what]) => {
      const hits = m.inputs.filter((i) => pattern.test(i));
      if (hits.length === 0) return [];
      return [`${what}: ${hits[0]}${hits.length > 1 ? ` and ${hits.length - 1} more` : ""}`];
    }),
    ...FORBIDDEN_CODE.filter(([pattern]) => pattern.test(m.code)).map(([, what]) => what),
  ];
}

const cell = (n: number, w = 9) => n.toLocaleString("en-US").padStart(w);
const rows: string[] = [];
afterAll(() => {
  if (rows.length === 0) return;
  const head =
    "bundle (initial load)".padEnd(30) +
    ["raw", "min", "gz", "br"].map((h) => h.padStart(9)).join("") +
    "budget gz".padStart(11) +
    "used".padStart(6) +
    "   lazy: chunks, gz, br";
  console.log(["", head, ...rows, ""].join("\n"));
});

describe("bundle budgets (bytes)", () => {
  for (const b of BUDGETS) {
    // A define entry may not exist yet while its element is being written; once the file is
    // there this runs (and "every define entry has a budget" keeps the list complete).
    const source = b.entry.replace(/^dist\//, "src/").replace(/\.js$/, ".ts");
    const missing = !existsSync(path.join(pkgDir, source));
    it.skipIf(missing && source.startsWith("src/define/"))(
      `${b.name}: initial load ≤ ${b.gzip} bytes gzip, production Lit, no chart.js / Ajv compiler / eval`,
      async () => {
        expect(
          existsSync(path.join(pkgDir, b.entry)),
          `${b.entry} is missing: run pnpm build`,
        ).toBe(true);
        const m = await measure({ file: b.entry });
        const { initial: i, lazy } = m;
        rows.push(
          b.name.padEnd(30) +
            [i.raw, i.min, i.gz, i.br].map((n) => cell(n)).join("") +
            cell(b.gzip, 11) +
            `${Math.round((i.gz / b.gzip) * 100)}%`.padStart(6) +
            `   ${lazy.chunks}, ${cell(lazy.gz, 0)}, ${cell(lazy.br, 0)}`,
        );

        expect(problems(m), `${b.name} bundles what it must not`).toEqual([]);
        const top = m.contributions
          .slice(0, 12)
          .map(([bytes, file]) => `  ${cell(bytes, 8)}  ${file}`)
          .join("\n");
        expect(
          i.gz,
          `${b.name}: the initial load is ${i.gz} bytes gzip, over its budget of ${b.gzip}. Largest inputs (minified bytes):\n${top}\n`,
        ).toBeLessThanOrEqual(b.gzip);
        if (b.gzipTotal !== undefined) {
          expect(i.gz + lazy.gz, `${b.name}: everything, lazy chunks included`).toBeLessThanOrEqual(
            b.gzipTotal,
          );
        }
      },
    );
  }

  it("every define entry has a budget", () => {
    const defineDir = path.join(pkgDir, "src/define");
    const defined = existsSync(defineDir)
      ? readdirSync(defineDir).filter(
          (f) => f.endsWith(".ts") && !/\.(test|stories|d)\.ts$/.test(f),
        )
      : [];
    const budgeted = new Set(
      BUDGETS.map((b) => b.entry.replace(/^dist\//, "src/").replace(/\.js$/, ".ts")),
    );
    expect(defined.map((f) => `src/define/${f}`).filter((e) => !budgeted.has(e))).toEqual([]);
  });

  it("the checks catch Ajv's compiler, eval and Lit's development build, in lazy chunks too", async () => {
    const ajv = await measure({
      source: `export const v = () => import("ajv").then(({ default: Ajv }) => new Ajv().compile({ type: "string" }));`,
    });
    expect(ajv.lazy.chunks).toBeGreaterThan(0);
    expect(problems(ajv).join("\n")).toMatch(/^Ajv's runtime compiler.*: .*ajv\/dist\/compile\//m);
    expect(problems(ajv)).toContain("`new Function` (needs 'unsafe-eval')");

    const evil = await measure({ source: `export const f = (s: string) => eval(s);` });
    expect(problems(evil)).toEqual(["`eval(` (needs 'unsafe-eval')"]);

    // What a bundler resolving the "development" condition would ship.
    const dev = await measure({ file: "src/test-support/fixture-element.ts" }, [
      "development",
      "module",
    ]);
    expect(problems(dev).join("\n")).toMatch(/^Lit's development build: .*\/development\//m);
    expect(problems(dev)).toContain("Lit's dev-mode banner");
  });

  it("counts statically imported chunks as initial and import() chunks as lazy", async () => {
    const m = await measure({
      source: `import { html } from "lit"; export const t = html\`<p>x</p>\`; export const later = () => import("./src/test-support/axe-tags.js");`,
    });
    const initialInputs = m.contributions.map(([, file]) => file);
    expect(m.lazy.chunks).toBe(1);
    expect(m.lazy.gz).toBeGreaterThan(0);
    expect(initialInputs).toContain("lit-html/lit-html.js");
    expect(initialInputs).not.toContain("src/test-support/axe-tags.ts");
  });
});
