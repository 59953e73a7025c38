// The `storybook` Vitest project: every story under packages/*/src/**/*.stories.ts becomes a test
// that renders it in real Chromium, runs its play function and fails on any axe violation
// (parameters.a11y.test = "error" in preview.ts).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { defineProject } from "vitest/config";
import { chromiumBrowser } from "../vitest.chromium.js";

const configDir = path.dirname(fileURLToPath(import.meta.url));

export default defineProject({
  root: path.resolve(configDir, ".."),
  plugins: [storybookTest({ configDir })],
  optimizeDeps: {
    // Pre-bundled up front (as in packages/elements/vitest.browser.config.ts): a dependency Vite
    // meets mid-run reloads the page and fails whichever story file was loading.
    include: [
      "lit",
      "lit/decorators.js",
      "lit/directive.js",
      "lit/directives/class-map.js",
      "lit/directives/if-defined.js",
      "lit/directives/live.js",
      "lit/directives/repeat.js",
      "lit/directives/style-map.js",
      "axe-core",
      "chart.js",
    ],
  },
  test: {
    name: "storybook",
    setupFiles: [path.join(configDir, "vitest.setup.ts")],
    browser: chromiumBrowser(),
  },
});
