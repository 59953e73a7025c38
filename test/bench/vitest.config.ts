// The bench's statistics (bench/lib/stats.mjs), in Node: the bench itself is not part of
// `pnpm test`, but the numbers it judges targets by are.
import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "bench-stats",
    environment: "node",
    include: ["test/bench/**/*.test.ts"],
    root: new URL("../..", import.meta.url).pathname,
  },
});
