// A test-runner server command: `executeServerCommand('forced-colors', { scheme: 'dark' | 'light' | null })` turns
// forced colours (Windows high contrast) on with that colour scheme, or off with null. Chromium only: puppeteer's
// page.emulateMediaFeatures there switches the page to the forced palette (Canvas, CanvasText, ...) of the scheme.
// Firefox (driven over WebDriver BiDi) and WebKit (WebDriver) have no such emulation: the command answers false.
export function forcedColorsPlugin() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      const version = await page.browser().version();
      if (!/chrom/i.test(version)) return false;
      const scheme = payload?.scheme ?? null;
      await page.emulateMediaFeatures(
        scheme
          ? [
              { name: 'forced-colors', value: 'active' },
              { name: 'prefers-color-scheme', value: scheme },
            ]
          : [
              { name: 'forced-colors', value: '' },
              { name: 'prefers-color-scheme', value: '' },
            ],
      );
      return true;
    },
  };
}
