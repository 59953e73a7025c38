// The wrappers run in a real Chromium (Debian's, through Playwright): the elements they wrap need
// real shadow DOM, focus and keyboard input, which a DOM emulation gets wrong.
import { defineProject } from "vitest/config";
import { chromiumBrowser } from "../../vitest.chromium.js";

export default defineProject({
  // Pre-bundle up front so Vite never reloads the page mid-run when it meets a new dependency.
  optimizeDeps: { include: ["react", "react-dom/client", "@lit/react", "lit"] },
  // JSX in the tests: React 19's automatic runtime (the package's sources have no JSX).
  oxc: { jsx: { runtime: "automatic" } },
  test: {
    name: "react",
    include: ["test/**/*.test.{ts,tsx}"],
    setupFiles: ["../elements/src/test-support/setup.browser.ts"],
    browser: chromiumBrowser(),
  },
});
