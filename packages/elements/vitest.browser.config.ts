// Element tests run in a real Chromium (Debian's, through Playwright): real shadow DOM, focus,
// keyboard, layout and axe-core, none of which a DOM emulation gets right.
import { defineProject } from "vitest/config";
import { chromiumBrowser, prebundled } from "../../vitest.chromium.js";

export default defineProject({
  optimizeDeps: { include: prebundled }, // see vitest.chromium.ts
  test: {
    name: "elements-browser",
    include: ["src/**/*.test.ts"],
    exclude: ["src/**/*.model.test.ts", "src/**/*.node.test.ts"],
    setupFiles: ["src/test-support/setup.browser.ts"],
    browser: chromiumBrowser(),
  },
});
