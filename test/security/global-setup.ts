// Builds the harness bundle from packages/elements/dist with esbuild (as a host's bundler would),
// then serves it with the strict policy. The URL reaches the tests through `inject("securityUrl")`.
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { TestProject } from "vitest/node";
import { ELEMENTS } from "./cases.js";
import { STRICT_CSP, startServer } from "./server.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const dist = join(repo, "packages", "elements", "dist");
const out = join(here, "dist");

declare module "vitest" {
  export interface ProvidedContext {
    securityUrl: string;
    /** The portal example's built pages, or "" when examples/portal/dist is missing. */
    securityPortalUrl: string;
    /** Element keys whose define module was not in packages/elements/dist. */
    securityMissing: string[];
  }
}

export default async function setup(project: TestProject) {
  // `pnpm test` builds first; on its own, build the elements once when their dist is missing.
  if (!existsSync(join(dist, "define", "famwel-life-wheel.js")))
    execSync("pnpm --filter @famwel/elements build", { cwd: repo, stdio: "inherit" });
  const present = ELEMENTS.filter((c) => existsSync(join(dist, "define", c.define)));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // Each page imports only the element it shows (a chunk per define module), as a host page would.
  const defines = `export const defines = {${present
    .map(
      (c) =>
        `${JSON.stringify(c.key)}: () => import(${JSON.stringify(join(dist, "define", c.define))})`,
    )
    .join(",")}};`;
  await build({
    entryPoints: [join(here, "pages", "harness.ts")],
    bundle: true,
    splitting: true, // the elements' lazy views and validators stay separate chunks, as in a host
    format: "esm",
    target: "es2022",
    outdir: out,
    entryNames: "harness",
    chunkNames: "chunks/[name]-[hash]",
    logLevel: "warning",
    plugins: [
      {
        name: "famwel-defines",
        setup(b) {
          b.onResolve({ filter: /^famwel:defines$/ }, () => ({
            path: "defines",
            namespace: "famwel",
          }));
          b.onLoad({ filter: /.*/, namespace: "famwel" }, () => ({
            contents: defines,
            resolveDir: here,
            loader: "js",
          }));
        },
      },
    ],
  });
  const portal = join(repo, "examples", "portal", "dist");
  const { url, server } = await startServer([
    {
      prefix: "/defs/",
      dir: join(repo, "packages", "instruments", "definitions"),
      csp: STRICT_CSP,
    },
    { prefix: "/pages/", dir: join(here, "pages"), csp: STRICT_CSP },
    { prefix: "/", dir: out, csp: STRICT_CSP },
  ]);
  // The portal's pages use absolute paths: they get an origin of their own.
  const portalServer = existsSync(join(portal, "index.html"))
    ? await startServer([{ prefix: "/", dir: portal, csp: PORTAL_CSP }])
    : undefined;
  project.provide("securityUrl", url);
  project.provide("securityPortalUrl", portalServer?.url ?? "");
  project.provide(
    "securityMissing",
    ELEMENTS.filter((c) => !present.includes(c)).map((c) => c.key),
  );
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (portalServer)
      await new Promise<void>((resolve) => portalServer.server.close(() => resolve()));
  };
}

/** The portal example's own policy (examples/portal/serve.mjs). */
const PORTAL_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
