import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: { env: 'CHROME_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'], pkg: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], pkg: 'firefox-esr' },
  webkit: { env: 'WEBKIT_DRIVER_PATH', paths: ['/usr/bin/WebKitWebDriver'], pkg: 'webkit2gtk-driver xvfb' },
};

/** Finds a browser executable or stops with instructions for installing one. */
export function findBrowser(name) {
  const c = CANDIDATES[name];
  const fromEnv = process.env[c.env];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = c.paths.find((p) => existsSync(p));
  if (found) return found;
  const msg =
    `No ${name} found for the tests. Install it with:\n  sudo apt-get install -y ${c.pkg}\n` +
    `or set ${c.env} to its path. To test in one engine only: npm run test:chromium`;
  console.error(msg);
  process.exit(1);
}
