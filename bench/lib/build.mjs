// Bundles each bench page with esbuild the way a host's release build would (minified ESM,
// production conditions, code split at import()), one build per page so each page loads only its
// own contender, and writes the pages to bench/dist/<page>/ (git- and lint-ignored).
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import process from "node:process";

export const benchDir = fileURLToPath(new URL("..", import.meta.url));
export const repoDir = join(benchDir, "..");
// BENCH_DIST: another folder, so two benches at once do not overwrite each other's pages.
const outRoot = process.env.BENCH_DIST || join(benchDir, "dist");
const surveyCss = join(repoDir, "node_modules/survey-core/survey-core.fontless.min.css");

/** Page name → the define module it needs (pages without one always build). */
export const PAGES = {
  blank: undefined,
  wheel: "famwel-life-wheel",
  map: "famwel-service-map",
  instrument: "famwel-instrument",
  chart: "famwel-progress-chart",
  survey: undefined,
};

/** Whether a page's element has been built (`pnpm --filter @famwel/elements build`). */
export const available = (page) =>
  !PAGES[page] || existsSync(join(repoDir, `packages/elements/dist/define/${PAGES[page]}.js`));

function html(page) {
  // __t0 is "script start": the inline script runs just before the module is requested.
  const css =
    page === "survey" ? `<link rel="stylesheet" href="survey-core.fontless.min.css">` : "";
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench ${page}</title>${css}</head>
<body><main id="host"></main><script>window.__t0 = performance.now();</script><script type="module" src="${page}.js"></script></body></html>`;
}

/** Builds every available page; returns { built: [...], skipped: { page: reason } }. */
export async function buildPages() {
  rmSync(outRoot, { recursive: true, force: true });
  const built = [];
  const skipped = {};
  for (const page of Object.keys(PAGES)) {
    if (!available(page)) {
      skipped[page] = `packages/elements/dist/define/${PAGES[page]}.js is not built yet`;
      continue;
    }
    const outdir = join(outRoot, page);
    mkdirSync(outdir, { recursive: true });
    await build({
      entryPoints: { [page]: join(benchDir, "pages", `${page}.mjs`) },
      outdir,
      entryNames: "[name]",
      chunkNames: "chunk-[hash]",
      bundle: true,
      splitting: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      conditions: ["production", "module"],
      mainFields: ["browser", "module", "main"],
      define: { "process.env.NODE_ENV": '"production"' },
      legalComments: "none",
      logLevel: "warning",
    });
    if (page === "survey") copyFileSync(surveyCss, join(outdir, "survey-core.fontless.min.css"));
    writeFileSync(join(outdir, "index.html"), html(page));
    built.push(page);
  }
  return { built, skipped, outRoot };
}
