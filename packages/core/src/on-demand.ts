/**
 * Code a component loads on demand, the way the Welsh catalogues are: behind `import()`, in its own chunk, only when
 * a view first needs it. `const helper = onDemand(() => import('./helper.js'))`, then:
 * - `helper.get()`: the module once loaded; before that it starts the load and gives `undefined` (render the pending
 *   state, and re-render when `helper.pending` settles);
 * - `helper.load()`: loads it once (later calls share the promise; a failed load may be tried again);
 * - `helper.loaded`: whether it has loaded (asking does not load it); `helper.pending`: the load under way, if any.
 */
export interface OnDemand<M> {
  load(): Promise<M>;
  get(): M | undefined;
  readonly loaded: boolean;
  readonly pending: Promise<M> | undefined;
}

export function onDemand<M>(importer: () => Promise<M>): OnDemand<M> {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  const load = (): Promise<M> =>
    (loading ??= importer().then(
      (m) => (module = m),
      (e: unknown) => {
        loading = undefined;
        throw e;
      },
    ));
  return {
    load,
    get() {
      if (module === undefined) load().catch(() => undefined);
      return module;
    },
    get loaded() {
      return module !== undefined;
    },
    get pending() {
      return module === undefined ? loading : undefined;
    },
  };
}
