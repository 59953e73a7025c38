// One Vitest run for the whole repository: each package brings its own project config
// (Node tests for pure modules, a real Chromium for elements and Storybook stories).
import { defineConfig } from "vitest/config";
import { PlainSummaryReporter } from "./vitest.summary-reporter.js";

export default defineConfig({
  test: {
    reporters: ["default", new PlainSummaryReporter()],
    projects: [
      "packages/*/vitest*.config.ts",
      "examples/*/vitest.config.ts",
      ".storybook/vitest.config.ts",
      "test/*/vitest.config.ts",
    ],
  },
});
