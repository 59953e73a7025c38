// Pure modules (element models, manifest and bundle-budget checks) run in Node: fast, no browser.
import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "elements-node",
    environment: "node",
    include: ["src/**/*.model.test.ts", "src/**/*.node.test.ts"],
  },
});
