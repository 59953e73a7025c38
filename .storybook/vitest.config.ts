// The `storybook` Vitest project: every story under packages/*/src/**/*.stories.ts becomes a test
// that renders it in real Chromium, runs its play function and fails on any axe violation
// (parameters.a11y.test = "error" in preview.ts).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { defineProject } from "vitest/config";
import { chromiumBrowser, prebundled } from "../vitest.chromium.js";

const configDir = path.dirname(fileURLToPath(import.meta.url));

export default defineProject({
  root: path.resolve(configDir, ".."),
  plugins: [storybookTest({ configDir })],
  optimizeDeps: { include: prebundled }, // see vitest.chromium.ts
  test: {
    name: "storybook",
    setupFiles: [path.join(configDir, "vitest.setup.ts")],
    browser: chromiumBrowser(),
  },
});
