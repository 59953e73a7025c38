// The security suite (issue 8): real Chromium through Playwright against pages served with the strict
// CSP hosts use, plus dependency checks. Node drives the browser, so the project runs in Node.
import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "security",
    environment: "node",
    include: ["*.test.ts"],
    globalSetup: ["./global-setup.ts"],
    testTimeout: 60_000,
    maxConcurrency: 4,
    hookTimeout: 120_000,
  },
});
