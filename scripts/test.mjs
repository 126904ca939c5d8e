#!/usr/bin/env node
// Runs the browser test suite: all three engines by default; `--browsers chromium` (or CW_BROWSERS) for one.
// Extra arguments go to @web/test-runner (e.g. --files "packages/genogram/test/**/*.test.ts").
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const env = { ...process.env };
const i = args.indexOf('--browsers');
if (i >= 0) {
  env.CW_BROWSERS = args[i + 1];
  args.splice(i, 2);
}
if (process.env.CI) env.CW_BROWSERS = 'chromium,firefox,webkit';
let child;
const forward = (sig) => () => child?.kill(sig);
process.on('SIGINT', forward('SIGINT'));
process.on('SIGTERM', forward('SIGTERM'));

/** One test runner; resolves with its exit code. */
function run(extra) {
  return new Promise((resolve) => {
    // exit-report.mjs writes an error that stops the runner straight to stderr (the runner's own message can be lost).
    const node = ['--import', './test/support/exit-report.mjs'];
    child = spawn(
      process.execPath,
      [...node, 'node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...extra],
      {
        stdio: 'inherit',
        env,
      },
    );
    child.on('exit', (code, signal) => {
      // A run that ends without its summary has ended here: say how, so the log shows a signal from outside.
      if (signal) console.error(`\nThe test runner was ended by ${signal} before it finished.`);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

let code = await run(args);
// A full run in Firefox also runs the forced-colours groups (Firefox launched in forced colours, dark and light).
const browsers = (env.CW_BROWSERS || 'chromium,firefox,webkit').split(',').map((b) => b.trim().toLowerCase());
const full = !args.some((a) => a === '--files' || a === '--group' || a === '--watch' || a.startsWith('--files='));
if (code === 0 && full && browsers.includes('firefox'))
  for (const group of ['forced-dark', 'forced-light']) {
    code = await run(['--group', group]);
    if (code !== 0) break;
  }
process.exit(code);
