import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "instrument",
    environment: "node",
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
  },
});
