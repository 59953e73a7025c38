// What a page pays for <famwel-progress-chart>, bundled from source as a host's bundler would
// (esbuild: minified ESM, split at import(), production Lit): chart.js must stay out of the initial
// load (the table and summary are the first paint) and come tree-shaken, in one lazy chunk.
// src/budget.node.test.ts measures the published dist/ for every element; this checks the promise
// this element makes about chart.js, before anything is built.
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

const KB = 1024;
const pkgDir = fileURLToPath(new URL("../..", import.meta.url));
const chartJs = /node_modules\/(.*\/)?chart\.js\//;

let meta: Metafile;
let code: Map<string, string>;
let initial: Set<string>;

beforeAll(async () => {
  const result = await build({
    absWorkingDir: pkgDir,
    entryPoints: { entry: "src/define/famwel-progress-chart.ts" },
    outdir: "budget-out", // never written
    bundle: true,
    splitting: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions: ["production", "module"],
    define: { "process.env.NODE_ENV": '"production"' },
    legalComments: "none",
    metafile: true,
    logLevel: "silent",
  });
  meta = result.metafile;
  code = new Map(
    result.outputFiles.map((f) => [f.path.slice(pkgDir.length).replace(/^\//, ""), f.text]),
  );
  const entry = Object.keys(meta.outputs).find((o) => meta.outputs[o]!.entryPoint)!;
  initial = new Set<string>();
  const visit = (out: string) => {
    if (initial.has(out)) return;
    initial.add(out);
    for (const i of meta.outputs[out]?.imports ?? [])
      if (i.kind === "import-statement" && !i.external) visit(i.path);
  };
  visit(entry);
}, 60_000);

const inputsOf = (out: string) => Object.keys(meta.outputs[out]?.inputs ?? {});
const gz = (out: string) => gzipSync(Buffer.from(code.get(out) ?? ""), { level: 9 }).length;

describe("<famwel-progress-chart> bundle", () => {
  it("loads no chart.js up front, and stays small", () => {
    const initialInputs = [...initial].flatMap(inputsOf);
    expect(initialInputs.filter((i) => chartJs.test(i))).toEqual([]);
    expect(initialInputs.some((i) => i.endsWith("progress-chart/progress-chart.ts"))).toBe(true);
    const size = [...initial].reduce((n, o) => n + gz(o), 0);
    expect(size).toBeLessThanOrEqual(15 * KB);
  });

  it("fetches chart.js lazily, tree-shaken (never chart.js/auto), in one chunk of at most 60 KB gzip", () => {
    const lazy = Object.keys(meta.outputs).filter((o) => o.endsWith(".js") && !initial.has(o));
    const withChart = lazy.filter((o) => inputsOf(o).some((i) => chartJs.test(i)));
    expect(withChart).toHaveLength(1);
    const [chunk] = withChart;
    expect(inputsOf(chunk!).some((i) => i.endsWith("progress-chart.chart.ts"))).toBe(true);
    expect(inputsOf(chunk!).filter((i) => /chart\.js\/auto\//.test(i))).toEqual([]);
    // Controllers and elements we do not use are shaken out.
    expect(code.get(chunk!)).not.toMatch(/id[=:]"(bar|doughnut|arc|legend)"/);
    expect(code.get(chunk!)).toMatch(/id[=:]"tooltip"/); // the check above can see plugin ids
    expect(gz(chunk!)).toBeLessThanOrEqual(60 * KB);
  });
});
