import { defineProject } from "vitest/config";

// Node drives Debian's Chromium through Playwright over the built app (see test/app.test.ts).
export default defineProject({
  test: {
    name: "example-vue",
    environment: "node",
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
