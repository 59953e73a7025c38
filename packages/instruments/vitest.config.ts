import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "instruments", environment: "node", include: ["test/**/*.test.ts"] },
});
