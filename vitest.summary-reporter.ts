// Ends every run with one plain line, "N passed, N failed, N skipped", that any CI can read without
// knowing Vitest's own summary format. Counts test cases, not files.
import type { Reporter, TestModule } from "vitest/node";

export class PlainSummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of modules)
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
    // A module that failed to load has no tests but must still count as a failure.
    failed += modules.filter(
      (m) => m.state() === "failed" && [...m.children.allTests()].length === 0,
    ).length;
    console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
