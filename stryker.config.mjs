// Mutation testing for @famwel/instrument's validation, parsing, localisation and hashing
// (issue 8, item 9). Not part of `pnpm test`: run `pnpm test:mutation` (several minutes on 2 cores).
// The report lands in coverage/mutation/ (git-ignored).
//
// `pnpm test:mutation` runs this file with node: StrykerJS 10's command line refuses Node < 22, but
// its API runs fine on the Node 20.19 our CI uses, so when executed directly this file starts Stryker
// through the API. On Node 22+ `pnpm exec stryker run stryker.config.mjs` works too.
// @ts-check
import process from "node:process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export const config = {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: {
    // The instrument package's own tests (Node only), without the generated-files check: see there.
    configFile: "test/security/vitest.mutation.config.ts",
    dir: "packages/instrument",
    related: false,
  },
  // FAMWEL_MUTATE=localize,hash picks modules by name (one short run per module on shared cores).
  // FAMWEL_MUTATION_QUICK=1: parsing, limits, the host-object copy, localisation, hashing and the
  // instrument's cross-field checks, with their fast tests (see test/security/vitest.mutation.config.ts);
  // a run that fits in minutes instead of an hour. The full run adds the response's cross-field
  // checks, the Ajv message mapping and the line:col locator, whose tests are the slow property ones.
  mutate: process.env.FAMWEL_MUTATE
    ? process.env.FAMWEL_MUTATE.split(",").map((m) => `packages/instrument/src/${m}.ts`)
    : [
        "packages/instrument/src/parse.ts",
        "packages/instrument/src/copy-json.ts",
        "packages/instrument/src/limits.ts",
        "packages/instrument/src/localize.ts",
        "packages/instrument/src/hash.ts",
        "packages/instrument/src/crosscheck.ts",
        "packages/instrument/src/crosscheck-replaces.ts",
        ...(process.env.FAMWEL_MUTATION_QUICK
          ? []
          : [
              "packages/instrument/src/crosscheck-response.ts",
              "packages/instrument/src/instant.ts",
              "packages/instrument/src/messages.ts",
              "packages/instrument/src/locate.ts",
              "packages/instrument/src/pointer.ts",
            ]),
      ],
  coverageAnalysis: "perTest",
  // The first, instrumented run of the whole instrument suite takes several minutes on shared cores.
  dryRunTimeoutMinutes: 60,
  // The sandbox keeps every tsconfig (the root one references each package); skip what is heavy.
  ignorePatterns: [
    "/storybook-static",
    "/examples/*/dist",
    "/bench/results",
    "/test/security/dist",
    "/test/security/*.test.ts",
    "__screenshots__",
    "dist",
    "coverage",
  ],
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  concurrency: Number(process.env.FAMWEL_MUTATION_CONCURRENCY ?? 1), // 2 cores, shared
  timeoutMS: 20000,
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: "coverage/mutation/instrument.html" },
  jsonReporter: { fileName: "coverage/mutation/instrument.json" },
  // Scores per module and the equivalent mutants left alive on purpose: test/security/README.md.
  thresholds: { high: 90, low: 80, break: 80 },
};

export default config;

// No top-level await: Stryker imports this very file for its options, and must find it evaluated.
async function runThroughApi() {
  // Not the package's main entry: that loads the CLI module, whose first line is the version guard.
  const pkg = createRequire(import.meta.url).resolve("@stryker-mutator/core/package.json");
  const { Stryker } = await import(pathToFileURL(join(dirname(pkg), "dist/src/stryker.js")).href);
  /** @type {Array<{ status: string }>} */
  const results = await new Stryker({}).runMutationTest();
  const detected = results.filter((r) => r.status === "Killed" || r.status === "Timeout").length;
  const valid = results.filter(
    (r) => !["CompileError", "RuntimeError", "Ignored"].includes(r.status),
  );
  const score = valid.length ? (100 * detected) / valid.length : 0;
  console.log(
    `mutation score ${score.toFixed(2)} % (${detected} of ${valid.length} mutants detected)`,
  );
  process.exitCode = score >= config.thresholds.break ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  runThroughApi().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
