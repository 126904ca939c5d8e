// @web/test-runner configuration: every test in Chromium, Firefox and WebKit in one run.
// CW_BROWSERS=chromium (or firefox, webkit, or a comma list) narrows it for everyday work; CI runs all three.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { noteLivePages, startWebKitDriver } from './test/support/webkit-driver.mjs';
import { findBrowser } from './test/support/find-browser.mjs';
import { defaultReporter } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { fromRollup } from '@web/dev-server-rollup';
import rollupReplace from '@rollup/plugin-replace';
import { cspHeaders } from './test/support/csp-headers.mjs';
import { storiesList } from './test/support/stories-list.mjs';
import { reactEsm } from './test/support/react-esm.mjs';
import { forcedColorsPlugin } from './test/support/forced-colors-plugin.mjs';
import { screenshotPlugin } from './test/support/screenshot-plugin.mjs';
import { fakeMediaFlags } from './test/support/fake-media.mjs';
import { firefoxPage } from './test/support/firefox-page.mjs';

const replace = fromRollup(rollupReplace);
// Vue's ESM build reads bundler globals; React is served as ES modules by reactEsm(). Both mount the framework examples.
const FRAMEWORK_FILES = ['**/node_modules/vue/**', '**/node_modules/@vue/**'];

const ALL = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.CW_BROWSERS || ALL.join(','))
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);
for (const b of wanted) if (!ALL.includes(b)) throw new Error(`Unknown browser "${b}" in CW_BROWSERS: use ${ALL.join(', ')}`);

const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--lang=en-GB',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

const browsers = [];
if (wanted.includes('chromium')) {
  const chromium = chromeLauncher({
    // A fake camera and microphone (a tone and a moving square) for the recording tests.
    launchOptions: { executablePath: findBrowser('chromium'), headless: true, args: [...chromeFlags, ...fakeMediaFlags()] },
  });
  // One file at a time: headless Chromium treats all but one page as hidden, so a test file running in a background
  // page never gets an animation frame or focus, and tests that wait for either time out.
  chromium.concurrency = Number(process.env.CW_CHROMIUM_CONCURRENCY || 1);
  browsers.push(chromium);
}
if (wanted.includes('firefox')) {
  // Firefox through puppeteer-core over WebDriver BiDi (no geckodriver download needed).
  const firefox = chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath: findBrowser('firefox'), headless: true },
    createPage: firefoxPage,
  });
  firefox.name = 'Firefox';
  // One file at a time here too: a Firefox page behind another does not get focus, so keyboard tests that open a
  // menu and move focus into it fail when files run side by side.
  firefox.concurrency = Number(process.env.CW_FIREFOX_CONCURRENCY || 1);
  browsers.push(firefox);
}
/**
 * Forced colours in Firefox (issue 16): Firefox cannot switch them per page, so a Firefox is launched in forced
 * colours ("override the page's colours: always") with each high-contrast palette, the one Chromium emulates, and runs
 * test/forced/*.forced.ts in a group of its own, named with --group (scripts/test.mjs runs both after a full run).
 */
const FORCED_PALETTES = {
  dark: { bg: '#000000', fg: '#ffffff', link: '#ffff00', highlight: '#1aebff', highlightText: '#000000', gray: '#3ff23f', override: 0 },
  light: { bg: '#ffffff', fg: '#000000', link: '#00009f', highlight: '#37006e', highlightText: '#ffffff', gray: '#600000', override: 1 },
};
function forcedFirefox(scheme) {
  const p = FORCED_PALETTES[scheme];
  const launcher = chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: findBrowser('firefox'),
      headless: true,
      extraPrefsFirefox: {
        'browser.display.document_color_use': 2,
        'browser.display.use_system_colors': false,
        'browser.display.background_color': p.bg,
        'browser.display.foreground_color': p.fg,
        'browser.anchor_color': p.link,
        'browser.visited_color': p.link,
        'ui.highlight': p.highlight,
        'ui.highlighttext': p.highlightText,
        'ui.graytext': p.gray,
        'layout.css.prefers-color-scheme.content-override': p.override,
      },
    },
    createPage: firefoxPage,
  });
  launcher.name = `Firefox (forced colours, ${scheme})`;
  launcher.concurrency = 1;
  return launcher;
}
// Only when a run names them (`--group forced-dark`): scripts/test.mjs runs them after the main run, each in a test
// runner of its own, so a run of the other engines never waits for or shares a runner with a forced-colours Firefox.
const cliArgs = process.argv.slice(2);
const forcedGroups =
  wanted.includes('firefox') && cliArgs.includes('--group')
    ? ['dark', 'light'].map((scheme) => ({
        name: `forced-${scheme}`,
        files: 'test/forced/*.forced.ts',
        browsers: [forcedFirefox(scheme)],
        // the page says which palette its Firefox has, for the tests to check that it is in use
        testRunnerHtml: (testFramework) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="cw-forced-scheme" content="${scheme}"></head><body>
    <script type="module" src="${testFramework}"></script></body></html>`,
      }))
    : [];

if (wanted.includes('webkit')) {
  // WebKitGTK (Safari's engine) through WebKitWebDriver under a virtual display we start and stop ourselves.
  browsers.push(await startWebKitDriver());
}

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
  // Our packages from their TypeScript sources (the private "opencasework:source" export condition); "development"
  // gives third-party packages (Lit) their development builds, with their warnings.
  nodeResolve: { exportConditions: ['opencasework:source', 'development', 'browser'] },
  concurrency: Number(process.env.CW_CONCURRENCY || 2),
  concurrentBrowsers: 3,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: Number(process.env.CW_TESTS_FINISH_MS || 900000),
  browsers,
  // Which test pages have started (their test file asked for): a WebKit page whose navigation is slow to answer is
  // not restarted while it runs its tests (test/support/webkit-driver.mjs).
  middleware: [noteLivePages],
  groups: forcedGroups,
  plugins: [
    replace({
      preventAssignment: true,
      include: FRAMEWORK_FILES,
      values: {
        'process.env.NODE_ENV': JSON.stringify('development'),
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    }),
    reactEsm(),
    esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    cspHeaders(),
    storiesList(),
    forcedColorsPlugin(),
    screenshotPlugin(),
  ],
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter(), summaryReporter()],
  testRunnerHtml: (testFramework) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
    <script type="module" src="${testFramework}"></script></body></html>`,
};
