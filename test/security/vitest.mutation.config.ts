// The instrument package's tests as StrykerJS runs them (`pnpm test:mutation`, issue 8 item 9): the
// same files as packages/instrument/vitest.config.ts, minus generated.test.ts, which compares the
// generated files with a fresh generation. That is no test of the mutated modules, and in Stryker's
// sandbox copy it differs in its header and fails the initial run.
import process from "node:process";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "instrument-mutation",
    root: fileURLToPath(new URL("../../packages/instrument/", import.meta.url)),
    environment: "node",
    // FAMWEL_MUTATION_QUICK=1 runs only the fast tests of parsing, limits, the host-object copy,
    // cross-field checks, localisation and hashing
    // (hostile-definitions.test.ts parses thousands of inputs: too slow to repeat for every mutant)
    // (with FAMWEL_MUTATION_QUICK set, stryker.config.mjs mutates only those modules too).
    include: process.env.FAMWEL_MUTATION_QUICK
      ? [
          "test/fixtures.test.ts",
          "test/locations.test.ts",
          "test/localize.test.ts",
          "test/hash.test.ts",
          "test/parse-limits.test.ts",
          "test/parse.test.ts",
          "test/host-objects.test.ts",
          "test/crosscheck.test.ts",
          "test/syntax-messages.test.ts",
          "test/mutation-survivors.test.ts",
        ]
      : ["test/**/*.test.ts", "src/**/*.test.ts"],
    exclude: ["test/generated.test.ts", "**/node_modules/**"],
    // Instrumented code on shared cores is several times slower than plain code.
    testTimeout: 60_000,
  },
});
