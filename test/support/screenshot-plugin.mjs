// A test-runner server command: `executeServerCommand('viewport-shot', { clip })` answers a PNG (base64) of the test
// page as the browser painted it: of `clip` (CSS px in the viewport: x, y, width, height, and the page's scrollX, scrollY) in Chromium and Firefox
// (puppeteer's page.screenshot, the page's own pixels), of the whole viewport in WebKit (WebDriver's screenshot
// endpoint; the test crops it). Answers { png, clipped } or null where the engine gives no screenshot.
export function screenshotPlugin() {
  return {
    name: 'viewport-shot-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'viewport-shot') return undefined;
      const clip = payload?.clip;
      if (session.browser.type === 'puppeteer') {
        const page = session.browser.getPage(session.id);
        const png = await page.screenshot({
          encoding: 'base64',
          // puppeteer's clip is in document coordinates: the page's scroll offsets are added to the viewport box.
          ...(clip
            ? { clip: { x: clip.x + (clip.scrollX ?? 0), y: clip.y + (clip.scrollY ?? 0), width: clip.width, height: clip.height } }
            : {}),
        });
        return { png, clipped: !!clip };
      }
      const driver = session.browser.driver;
      if (driver && typeof driver.takeScreenshot === 'function') return { png: await driver.takeScreenshot(), clipped: false };
      return null;
    },
  };
}
