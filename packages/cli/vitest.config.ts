import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "cli",
    environment: "node",
    include: ["test/**/*.test.ts"],
    // The binary tests spawn Node several times per test; under a full parallel run that can take
    // several seconds, well past Vitest's default 5 s.
    testTimeout: 30_000,
  },
});
