/**
 * Remembers the last call: returns the cached result while every argument is `Object.is`-equal to last time, and
 * computes again (forgetting the old result) as soon as one differs. For derived data in elements:
 *
 * ```ts
 * private readonly model = memo((bundle: CaseBundle, filters: Filters) => buildModel(bundle, filters));
 * render() { const model = this.model(this.caseData.bundle, this.filters); ... }
 * ```
 */
export function memo<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
