// Loaded into the test runner's process (node --import) by scripts/test.mjs. The runner buffers console output while
// it draws its progress, so when it stops on an uncaught exception and exits at once, its own message can be lost:
// full runs have ended with exit code 1 and no summary. This writes such errors, and a failing exit code, straight
// to stderr. It changes nothing else: an unhandled rejection is thrown on, as Node does by default.
import { writeSync } from 'node:fs';

const say = (text) => {
  try {
    writeSync(2, `\n[test runner] ${text}\n`);
  } catch {
    /* stderr closed */
  }
};
const describe = (e) => (e instanceof Error ? (e.stack ?? e.message) : String(e));
process.on('uncaughtException', (e) => say(`uncaught exception: ${describe(e)}`));
process.on('unhandledRejection', (e) => {
  say(`unhandled rejection: ${describe(e)}`);
  throw e;
});
process.on('exit', (code) => {
  if (code) say(`exiting with code ${code}`);
});
