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
