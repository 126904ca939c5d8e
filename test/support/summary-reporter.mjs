// Prints one plain line per engine and a total, so the count is unambiguous in CI logs:
//   Chromium: 120 passed, 0 failed, 0 skipped
//   total: 360 passed, 0 failed, 0 skipped
function count(suite, acc) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite.suites ?? []) count(s, acc);
  return acc;
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = new Map();
      for (const s of sessions) {
        const raw = s.browser?.name ?? 'unknown';
        const name = { Chrome: 'Chromium', MiniBrowser: 'WebKit' }[raw] ?? raw;
        const acc = byBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0, files: 0, brokenFiles: 0 };
        if (s.testResults) count(s.testResults, acc);
        acc.files++;
        // A file that failed to load (syntax error, broken import) has errors but no test results: count it as a failure.
        if (!s.passed && acc.failed === 0 && (s.errors?.length ?? 0) > 0) acc.brokenFiles++;
        byBrowser.set(name, acc);
      }
      const total = { passed: 0, failed: 0, skipped: 0 };
      const lines = [];
      for (const [name, a] of [...byBrowser.entries()].sort()) {
        const failed = a.failed + a.brokenFiles;
        lines.push(`${name}: ${a.passed} passed, ${failed} failed, ${a.skipped} skipped`);
        total.passed += a.passed;
        total.failed += failed;
        total.skipped += a.skipped;
      }
      setTimeout(() => {
        process.stdout.write(`\n${lines.join('\n')}\ntotal: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
      }, 0);
    },
  };
}
