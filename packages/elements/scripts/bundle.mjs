// The self-hosted bundle for portals without a bundler: every element, Lit and the validators in
// one ES module file, dist/famwel.js, that a page loads with
//   <script type="module" src="/assets/famwel.js"></script>
// and then uses the tags in plain HTML. Lazily loaded parts (editing views, chart.js) are inlined,
// so one file is all a host copies; pages that care about bytes use the package's modules through
// a bundler instead. Lit's production build; no eval, no new Function (checked by the packaging test).
import { readdirSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const dist = new URL("../dist/", import.meta.url);
const defines = readdirSync(new URL("define/", dist))
  .filter((f) => f.endsWith(".js"))
  .sort();

const result = await build({
  stdin: {
    contents: defines.map((f) => `import "./define/${f}";`).join("\n"),
    resolveDir: new URL(".", dist).pathname,
    sourcefile: "famwel-all.js",
  },
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2022",
  legalComments: "eof",
  outfile: new URL("famwel.js", dist).pathname,
  metafile: true,
  logLevel: "warning",
});
// Types for hosts that import the bundle from TypeScript: the tags, through the define modules.
writeFileSync(
  new URL("famwel.d.ts", dist),
  defines.map((f) => `import "./define/${f}";`).join("\n") + "\nexport {};\n",
);
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`bundle: dist/famwel.js, ${defines.length} elements, ${bytes} bytes minified`);
