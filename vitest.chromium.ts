// Shared by every Vitest browser project (elements, Storybook stories): we drive Debian's Chromium
// through Playwright and never download a browser. CI exports CHROMIUM_PATH (see .ci/run).
import { playwright } from "@vitest/browser-playwright";

export const chromiumExecutablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Quiet, offline Chromium: no GPU, no background traffic, no component updates, no QUIC. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * `optimizeDeps.include` for every browser project: pre-bundled up front, because a dependency Vite
 * meets mid-run reloads the page and fails whichever test or story file was loading.
 */
export const prebundled = [
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
];

/** `test.browser` for a headless single-instance Chromium project. */
export function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: { executablePath: chromiumExecutablePath, args: chromiumArgs },
    }),
    instances: [{ browser: "chromium" as const }],
  };
}
