// Packaging checks, run by `pnpm test` after `pnpm -r build`: what a user installs from the registry.
import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "packaging",
    environment: "node",
    include: ["test/packaging/**/*.test.ts"],
    root: new URL("../..", import.meta.url).pathname,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
