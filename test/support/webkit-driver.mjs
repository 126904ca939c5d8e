// Starts Xvfb and WebKitWebDriver for WebKitGTK's MiniBrowser, and stops both on exit or interrupt.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { findBrowser } from './find-browser.mjs';

const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

const children = [];
function cleanup() {
  for (const c of children.splice(0)) {
    try {
      process.kill(-c.pid, 'SIGTERM'); // a process group of its own (WebKitWebDriver and the MiniBrowser it started)
    } catch {
      try {
        c.kill('SIGTERM');
      } catch {
        /* already gone */
      }
    }
  }
}
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

async function startXvfb() {
  if (!existsSync('/usr/bin/Xvfb')) {
    console.error('WebKit needs a virtual display: sudo apt-get install -y xvfb');
    process.exit(1);
  }
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.push(xvfb);
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    setTimeout(() => reject(new Error('Xvfb did not start in 10 s')), 10000);
  });
  return display;
}

const waitFor = async (port) => {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/status`);
      if (r.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start in 10 s');
};

/**
 * The sessions whose test page has asked the server for something besides itself (its test file carries
 * `?wtr-session-id=`): that page is alive and running its tests, whatever its navigation command says. Fed by
 * `noteLivePages`, the test server's middleware (web-test-runner.config.mjs).
 */
const liveRequests = new Map();
export function noteLivePages(ctx, next) {
  const id = ctx.query?.['wtr-session-id'];
  if (typeof id === 'string') {
    if (!liveRequests.has(id)) liveRequests.set(id, new Set());
    liveRequests.get(id).add(ctx.path);
  }
  return next();
}
const isRunning = (id, url) => [...(liveRequests.get(id) ?? [])].some((path) => path !== new URL(url).pathname);

/**
 * How long a test page may take to load before WebKitWebDriver and MiniBrowser are started again: longer than the
 * runner's testsStartTimeout (120 s), so that a slow page is never killed while it may still start its tests (at 60 s,
 * two loaded clean-clone runs lost a page that was running them: "browser disconnected"). By then the runner has
 * either heard the page start or given its file up, and a new MiniBrowser serves the files after it.
 */
const NAVIGATION_MS = Number(process.env.CW_WEBKIT_NAVIGATION_MS || 150000);
const ATTEMPTS = 3;
/** How long closing a test page (its results are in) may take before a fresh WebKitWebDriver and MiniBrowser are started. */
const STOP_MS = Number(process.env.CW_WEBKIT_STOP_MS || 60000);
const delay = (ms) => new Promise((r) => setTimeout(r, ms).unref());

/** Starts WebKitWebDriver on a free port, in a process group of its own (MiniBrowser is started in it). */
async function startDriver(driverPath, display) {
  const port = await freePort();
  const driver = spawn(driverPath, [`--port=${port}`], { stdio: 'ignore', detached: true, env: { ...process.env, DISPLAY: display } });
  children.push(driver);
  await waitFor(port);
  return { driver, port };
}

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL'); // the driver, its MiniBrowser and MiniBrowser's web processes
  } catch {
    /* already gone */
  }
  const i = children.indexOf(child);
  if (i >= 0) children.splice(i, 1);
}

export async function startWebKitDriver() {
  const driverPath = findBrowser('webkit');
  const binary = MINIBROWSER.find((p) => existsSync(p));
  if (!binary) {
    console.error('WebKit MiniBrowser not found: sudo apt-get install -y webkit2gtk-driver');
    process.exit(1);
  }
  const display = process.env.DISPLAY && process.env.CW_USE_DISPLAY ? process.env.DISPLAY : await startXvfb();
  let { driver, port } = await startDriver(driverPath, display);
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
    },
  });
  launcher.name = 'WebKit';
  // One test file at a time, each in its own navigation: with several at once the WebDriver launcher runs files in
  // iframes of one page, and WebKitWebDriver loses track of those frames ("Invalid frame ID", a null iframe).
  launcher.concurrency = 1;
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = (config) => initialize({ ...config, concurrency: 1 });

  /**
   * Late in a loaded run MiniBrowser has once left a test page's navigation unanswered for 300 s; the launcher's own
   * start neither waits for nor catches it, so the rejection stopped the whole test runner with no summary. Here a
   * page that has not loaded in NAVIGATION_MS is opened again in a new WebKitWebDriver and MiniBrowser (the old ones
   * are killed), at most ATTEMPTS times; an error is reported, never left unhandled. As in the launcher, the page
   * loads in the background: the test runner waits for it to start its tests (testsStartTimeout).
   */
  async function restart() {
    clearInterval(launcher.pendingHeartbeat);
    launcher.driver = undefined;
    launcher.driverManager = undefined;
    killGroup(driver);
    ({ driver, port } = await startDriver(driverPath, display));
    launcher.options.port = port;
    await launcher.ensureManagerInitialized();
  }
  async function openPage(id, url) {
    for (let attempt = 1; ; attempt++) {
      launcher.driverManager.urlMap.set(id, url);
      const navigation = launcher.driver.navigateTo(url).then(
        () => 'loaded',
        (e) => e,
      );
      const result = await Promise.race([navigation, delay(NAVIGATION_MS).then(() => 'timeout')]);
      if (result === 'loaded') return;
      // The runner has finished with this page (its file done, or given up): a restart would only kill the next one's.
      if (!opened.has(id)) return;
      // A navigation left unanswered while the page runs its tests (seen in a loaded CI run: the page had started,
      // and killing its MiniBrowser failed the file as "browser disconnected"): the runner hears the page's own
      // results; nothing to restart.
      if (result === 'timeout' && isRunning(id, url)) {
        console.error(
          `[WebKit] a test page's navigation did not answer in ${NAVIGATION_MS / 1000} s, but the page is running its tests: left to finish`,
        );
        return;
      }
      const why = result === 'timeout' ? `did not load in ${NAVIGATION_MS / 1000} s` : `failed to load (${result.message})`;
      if (attempt === ATTEMPTS) throw new Error(`a test page ${why}, ${ATTEMPTS} times (the last is left loading): ${url}`);
      console.error(`[WebKit] a test page ${why}: WebKitWebDriver and MiniBrowser started again (attempt ${attempt + 1})`);
      await restart();
    }
  }
  // The runner asks for a page's address while a restart has no driver yet: answer from the pages opened here.
  const opened = new Map();
  launcher.getBrowserUrl = async (id) => opened.get(id);
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (id) => {
    opened.delete(id);
    liveRequests.delete(id);
    // Closing runs behind any command MiniBrowser has left unanswered (a clean-clone run: a navigation hung 300 s,
    // and the file whose tests had all passed failed in its clean-up). The results are in by now: a close that fails
    // or hangs starts a fresh WebKitWebDriver and MiniBrowser for the files after it instead.
    const stopped = stopSession(id).then(
      (value) => ({ value }),
      (error) => ({ error }),
    );
    const result = await Promise.race([stopped, delay(STOP_MS).then(() => null)]);
    if (result && !result.error) return result.value;
    const why = result ? `failed (${result.error?.message ?? result.error})` : `did not answer in ${STOP_MS / 1000} s`;
    console.error(`[WebKit] closing a test page ${why}: WebKitWebDriver and MiniBrowser started again`);
    await restart();
    return {};
  };
  launcher.startSession = async (id, url) => {
    opened.set(id, url);
    await launcher.ensureManagerInitialized();
    openPage(id, url).catch((e) => console.error(`[WebKit] ${e.message}`));
  };

  const stop = launcher.stop.bind(launcher);
  launcher.stop = async () => {
    try {
      await stop();
    } finally {
      killGroup(driver);
      cleanup();
    }
  };
  return launcher;
}
