// Bundles each bench page with Vite the way a host's release build would (minified ESM, production
// conditions, code split at import(), lazy chunks preloaded with what they import), one build per
// page so each page loads only its own contender, and writes the pages to bench/dist/<page>/ (git-
// and lint-ignored).
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
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
  "wheel-checked": "famwel-life-wheel",
  map: "famwel-service-map",
  instrument: "famwel-instrument",
  chart: "famwel-progress-chart",
  survey: undefined,
};

/** Whether a page's element has been built (`pnpm --filter @famwel/elements build`). */
export const available = (page) =>
  !PAGES[page] || existsSync(join(repoDir, `packages/elements/dist/define/${PAGES[page]}.js`));

function html(page) {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench ${page}</title></head>
<body><main id="host"></main><script type="module" src="${join(benchDir, "pages", `${page}.mjs`)}"></script></body></html>`;
}

/**
 * Completes a built page: SurveyJS's own stylesheet as it ships (Vite would re-minify it), then
 * __t0, "script start": an inline script just before the page's module, which the build put in
 * <head>. After the stylesheet, so it runs once that has loaded, as the module would.
 */
function finish(page, out) {
  const index = join(out, "index.html");
  let text = readFileSync(index, "utf8");
  if (page === "survey") {
    copyFileSync(surveyCss, join(out, "survey-core.fontless.min.css"));
    text = text.replace(
      "</title>",
      `</title><link rel="stylesheet" href="survey-core.fontless.min.css">`,
    );
  }
  const t0 = "<script>window.__t0 = performance.now();</script>";
  writeFileSync(index, text.replace('<script type="module"', `${t0}<script type="module"`));
}

/** Builds every available page; returns { built: [...], skipped: { page: reason } }. */
export async function buildPages() {
  rmSync(outRoot, { recursive: true, force: true });
  const built = [];
  const skipped = {};
  const { build } = await import("vite");
  for (const page of Object.keys(PAGES)) {
    if (!available(page)) {
      skipped[page] = `packages/elements/dist/define/${PAGES[page]}.js is not built yet`;
      continue;
    }
    // Vite, as the hosts in examples/ build: its production build loads a lazy chunk together with
    // the chunks that chunk imports (modulepreload), as webpack does too. esbuild's split output
    // left the browser to find them one level at a time: three round trips before the runner drew.
    const root = mkdtempSync(join(tmpdir(), `famwel-bench-${page}-`));
    writeFileSync(join(root, "index.html"), html(page));
    try {
      await build({
        configFile: false,
        root,
        base: "./",
        publicDir: false,
        logLevel: "warn",
        mode: "production",
        build: {
          outDir: join(outRoot, page),
          emptyOutDir: true,
          target: "es2022",
          // esbuild's minifier, as the byte budgets use and as the pages had before: the switch to
          // Vite changes how chunks load, not the code in them.
          minify: "esbuild",
          // Chromium has modulepreload: no polyfill in either contender's page.
          modulePreload: { polyfill: false },
          reportCompressedSize: false,
        },
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    finish(page, join(outRoot, page));
    built.push(page);
  }
  return { built, skipped, outRoot };
}
