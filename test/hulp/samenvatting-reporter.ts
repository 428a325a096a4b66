import type { Reporter, TestModule } from "vitest/node";

/**
 * Drukt als laatste regel `N passed, N failed, N skipped` af: de regel die CI telt
 * (de eigen samenvatting van vitest wordt daar niet als telling gelezen).
 */
export default class SamenvattingReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      // Een module die niet kon laden (syntaxfout, import faalt) telt als mislukt.
      if (module.state() === "failed" && [...module.children.allTests()].length === 0) failed++;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
