/**
 * A Firefox page for the test runner whose `setViewport` works on a Firefox without WebDriver BiDi's
 * `emulation.setScreenOrientationOverride` (Firefox ESR 140, Debian's firefox-esr). puppeteer-core 25 sends that command
 * beside `browsingContext.setViewport` on every `setViewport`, which the runner calls before each test file and our
 * tests call to try a width: on such a Firefox every test file failed to start with "unknown command". The size is set
 * on its own then; only the orientation, which no test reads, is left. Any other error
 * is thrown as before. The size is read back from the page, so a viewport that was not applied still fails loudly.
 */
export async function firefoxPage({ context }) {
  const page = await context.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!viewport || !/setScreenOrientationOverride/.test(String(error?.message))) throw error;
      // The size on its own, as puppeteer sends it (the failed orientation can cut the pair short).
      await page.mainFrame().browsingContext.setViewport({
        viewport: { width: viewport.width, height: viewport.height },
        devicePixelRatio: viewport.deviceScaleFactor || null,
      });
      // Firefox applies the size a moment later: wait for it (up to 2 s) before calling it not applied.
      let size = [0, 0];
      for (let i = 0; i < 40; i++) {
        size = await page.evaluate(() => [innerWidth, innerHeight]);
        if (size[0] === viewport.width && size[1] === viewport.height) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`The viewport is ${size[0]}x${size[1]}, not ${viewport.width}x${viewport.height}`, { cause: error });
    }
  };
  return page;
}
