// Element tests run in a real Chromium (Debian's, through Playwright): real shadow DOM, focus,
// keyboard, layout and axe-core, none of which a DOM emulation gets right.
import { defineProject } from "vitest/config";
import { chromiumBrowser } from "../../vitest.chromium.js";

export default defineProject({
  optimizeDeps: {
    // Pre-bundle up front so Vite never reloads the page mid-run when it meets a new dependency.
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
    name: "elements-browser",
    include: ["src/**/*.test.ts"],
    exclude: ["src/**/*.model.test.ts", "src/**/*.node.test.ts"],
    setupFiles: ["src/test-support/setup.browser.ts"],
    browser: chromiumBrowser(),
  },
});
