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
const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...args], {
  stdio: 'inherit',
  env,
});
const forward = (sig) => () => child.kill(sig);
process.on('SIGINT', forward('SIGINT'));
process.on('SIGTERM', forward('SIGTERM'));
child.on('exit', (code, signal) => {
  // A run that ends without its summary has ended here: say how, so the log shows a signal from outside.
  if (signal) console.error(`\nThe test runner was ended by ${signal} before it finished.`);
  process.exit(code ?? (signal ? 1 : 0));
});
