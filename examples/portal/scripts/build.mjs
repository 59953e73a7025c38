// Builds the portal into dist/ without a bundler for the pages: it copies the hand-written pages
// (*.html) and assets/ as they are, then puts next to them what a municipal portal would copy
// from npm by hand:
//   assets/famwel.js                    @famwel/elements/famwel.js, the self-hosted bundle (one file)
//   assets/themes/*.css                 @famwel/elements/themes/*.css
//   assets/instruments/*.json           @famwel/instruments/definitions/*.json, fetched by the page
//   assets/designsystemet/index.css     @digdir/designsystemet-css (its components)
//   assets/designsystemet/theme.css     @digdir/designsystemet-theme/brand/digdir.css (its tokens)
// The one thing it compiles: the validator page (src/validate.ts) needs @famwel/instrument's
// parsers, which are not in the elements bundle, so esbuild bundles it into assets/validate.js.
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const assets = join(dist, "assets");
const require = createRequire(join(root, "package.json"));
/** The file an installed package exports under `specifier`, as Node resolves it. */
const resolve = (specifier) => require.resolve(specifier);

rmSync(dist, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });

for (const page of readdirSync(root).filter((f) => f.endsWith(".html")))
  cpSync(join(root, page), join(dist, page));
cpSync(join(root, "assets"), assets, { recursive: true });

cpSync(resolve("@famwel/elements/famwel.js"), join(assets, "famwel.js"));
for (const theme of ["plain", "designsystemet"])
  cpSync(resolve(`@famwel/elements/themes/${theme}.css`), join(assets, "themes", `${theme}.css`));
for (const name of ["family-wheel", "service-network"])
  cpSync(
    resolve(`@famwel/instruments/definitions/${name}.json`),
    join(assets, "instruments", `${name}.json`),
  );
cpSync(resolve("@digdir/designsystemet-css"), join(assets, "designsystemet", "index.css"));
cpSync(
  resolve("@digdir/designsystemet-theme/digdir.css"),
  join(assets, "designsystemet", "theme.css"),
);

await build({
  entryPoints: [join(root, "src", "validate.ts")],
  outfile: join(assets, "validate.js"),
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2022",
  logLevel: "warning",
});

console.log(`portal: built ${dist}`);
