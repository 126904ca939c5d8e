#!/usr/bin/env node
// Runs the browser test suite: all three engines by default; `--browsers chromium` (or CW_BROWSERS) for one.
// Extra arguments go to @web/test-runner (e.g. --files "packages/genogram/test/**/*.test.ts").
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const env = { ...process.env };
const i = args.indexOf('--browsers');
if (i >= 0) {
  env.CW_BROWSERS = args[i + 1];
  args.splice(i, 2);
}
if (process.env.CI) env.CW_BROWSERS = 'chromium,firefox,webkit';
const browsersWanted = env.CW_BROWSERS;
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

// A test page that starts and never reports back (WebKitGTK's MiniBrowser, late in a loaded three-engine run, has
// left one so for the runner's whole 900 s) is run once more on its own in that engine; said in the log, and only
// when nothing else failed: a test that fails is never run again, and a page that stalls twice fails the run.
const ENGINES = { Chrome: 'chromium', Firefox: 'firefox', MiniBrowser: 'webkit' };
const stalledFile = join(tmpdir(), `opencasework-stalled-${process.pid}.json`);
env.CW_STALLED_FILE = stalledFile;
let code = await run(args);
if (code !== 0 && existsSync(stalledFile)) {
  const { stalled, others } = JSON.parse(readFileSync(stalledFile, 'utf8'));
  if (others === 0 && stalled.length > 0 && stalled.length <= 3) {
    for (const { browser, file } of stalled) {
      const engine = ENGINES[browser] ?? browser;
      console.error(`\n[test] ${engine}: ${file} started and never finished (a stalled page, no test failed): running it once more`);
      env.CW_BROWSERS = engine;
      code = await run(['--files', file]);
      if (code !== 0) break;
    }
    env.CW_BROWSERS = browsersWanted;
  }
}
rmSync(stalledFile, { force: true });
delete env.CW_STALLED_FILE;
// A full run in Firefox also runs the forced-colours groups (Firefox launched in forced colours, dark and light).
const browsers = (browsersWanted || 'chromium,firefox,webkit').split(',').map((b) => b.trim().toLowerCase());
const full = !args.some((a) => a === '--files' || a === '--group' || a === '--watch' || a.startsWith('--files='));
if (code === 0 && full && browsers.includes('firefox'))
  for (const group of ['forced-dark', 'forced-light']) {
    code = await run(['--group', group]);
    if (code !== 0) break;
  }
process.exit(code);
