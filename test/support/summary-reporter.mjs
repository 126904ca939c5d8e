import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** A test page that started but never reported back: the browser stalled, not a test (the runner's own words). */
const STALLED = /Browser tests did not finish within/;

// Prints one plain line per engine and a total, so the count is unambiguous in CI logs, and after it every failed test
// again (engine, file, test, first line of its error): the progress output above it can run to thousands of lines,
// and a log kept only by its tail must still say what failed.
//   Chromium: 120 passed, 0 failed, 0 skipped
//   total: 360 passed, 0 failed, 0 skipped
function count(suite, acc, failures, path = []) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else {
      acc.failed++;
      failures.push({ test: [...path, t.name].join(' > '), error: t.error });
    }
  }
  for (const s of suite.suites ?? []) count(s, acc, failures, s.name ? [...path, s.name] : path);
  return acc;
}

function firstLine(error) {
  const text =
    String(error?.message ?? error ?? '')
      .split('\n')
      .find((l) => l.trim()) ?? '';
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = new Map();
      const failed = [];
      for (const s of sessions) {
        const raw = s.browser?.name ?? 'unknown';
        const name = { Chrome: 'Chromium', MiniBrowser: 'WebKit' }[raw] ?? raw;
        const acc = byBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0, files: 0, brokenFiles: 0 };
        const failures = [];
        const failedBefore = acc.failed;
        if (s.testResults) count(s.testResults, acc, failures);
        acc.files++;
        // A file that failed to load or was cut short (syntax error, broken import, a browser that went away) has
        // errors but no failed test: count it as a failure.
        const fileErrors = s.errors ?? [];
        if (!s.passed && acc.failed === failedBefore && fileErrors.length > 0) {
          acc.brokenFiles++;
          failures.push({ test: '(the file itself)', error: fileErrors[0] });
        }
        for (const f of failures)
          failed.push(`  ${name}  ${relative(process.cwd(), s.testFile)}\n    ${f.test}\n    ${firstLine(f.error)}`);
        byBrowser.set(name, acc);
      }
      // For scripts/test.mjs: the pages that stalled, and whether anything else failed (then nothing is run again).
      if (process.env.CW_STALLED_FILE) {
        const stalled = [];
        let others = 0;
        for (const s of sessions) {
          if (s.passed) continue;
          const failedTests = s.testResults ? count(s.testResults, { passed: 0, failed: 0, skipped: 0 }, []).failed : 0;
          const stall = failedTests === 0 && (s.errors ?? []).some((e) => STALLED.test(String(e?.message ?? e)));
          if (stall) stalled.push({ browser: s.browser?.name ?? 'unknown', file: relative(process.cwd(), s.testFile) });
          else others++;
        }
        writeFileSync(process.env.CW_STALLED_FILE, JSON.stringify({ stalled, others }));
      }
      const total = { passed: 0, failed: 0, skipped: 0 };
      const lines = [];
      for (const [name, a] of [...byBrowser.entries()].sort()) {
        const failures = a.failed + a.brokenFiles;
        lines.push(`${name}: ${a.passed} passed, ${failures} failed, ${a.skipped} skipped`);
        total.passed += a.passed;
        total.failed += failures;
        total.skipped += a.skipped;
      }
      setTimeout(() => {
        const list = failed.length ? `\nfailed:\n${failed.join('\n')}\n` : '';
        process.stdout.write(
          `\n${lines.join('\n')}\ntotal: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n${list}`,
        );
      }, 0);
    },
  };
}
