/** A stand-in for a Lit element in a controller's test: it counts the re-renders the controller asks for. */
export function countingHost() {
  const host = {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate: () => host.updates++,
    updateComplete: Promise.resolve(true),
  };
  return host;
}
