// Builds the case system with esbuild, in one step and in well under a second:
// - the server (src/main.ts, src/seed.ts) into dist/, as Node ESM; its dependencies stay in
//   node_modules (better-sqlite3 is a native addon, and @famwel/* are read from their own dist/);
// - the page scripts (client/*.ts) into dist/public/js/, bundled with the famwel elements from
//   `@famwel/elements/define/*`, split at each `import()` so the elements' lazy chunks stay lazy.
// Only files, no inline code: the pages load them with <script type="module" src>, which is what
// `script-src 'self'` allows.
import { build } from "esbuild";
import { cp, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

await rm(`${root}dist`, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: ["src/main.ts", "src/seed.ts"],
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});

await build({
  absWorkingDir: root,
  entryPoints: [
    "client/reading.ts",
    "client/full.ts",
    "client/family.ts",
    "client/reflection.ts",
    "client/manager.ts",
  ],
  outdir: "dist/public/js",
  entryNames: "[name]",
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  sourcemap: true,
  // Lit's production build (no dev-mode warnings in the console of a deployed page).
  conditions: ["production"],
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
});

// Stylesheet and icon: copied as they are (`style-src 'self'`: no inline style anywhere).
await cp(`${root}public`, `${root}dist/public`, { recursive: true });
