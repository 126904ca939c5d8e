/**
 * Starts counting the files the page fetches from here on, for tests of code loaded on demand: what the page imports
 * statically has been fetched already, so a part imported statically by mistake is never counted. (The default buffer
 * of 250 entries is full of the page's own imports; it is enlarged and cleared.) Returns a lister of the files fetched
 * since, whose address matches `pattern`.
 */
export function fetchesFromHere(): (pattern: RegExp) => string[] {
  performance.setResourceTimingBufferSize(100_000);
  performance.clearResourceTimings();
  return (pattern) =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => pattern.test(n));
}
