// Records the parser shows without the references that did not resolve, and the records as the data gave them.
import { deepEqual } from './deep-equal.js';
import type { Obj } from './parse-record.js';

/** Each record shown without references that do not resolve: the record as the data gave it, and the fields they were in. */
const given = new WeakMap<object, { record: Obj; fields: Set<string> }>();

/** Notes that `shown` is `record` without the references at `paths` ("subjectIds[2]", "network[3].memberId"). */
export function noteGiven(shown: Obj, record: Obj, paths: string[]): void {
  given.set(shown, { record, fields: new Set(paths.map((p) => p.replace(/[.[].*$/, ''))) });
}

/**
 * A change made from a record the parser shows without references that did not resolve (a record the host left
 * out of the bundle, such as a restricted entry, or one deleted since), as the host's own record would have it:
 * - `before` is the record as the host gave it;
 * - `after` keeps those references: a field the edit left as shown is the field as given, and a list the edit
 *   changed gets back what the parser took out of it (ids, or members naming someone not in the bundle). The editor never saw them, so never chose to remove them.
 * Any other change is returned as it is. `cw-change` carries this to the host, which applies it to its own data.
 */
export function changeAsGiven<C extends { before?: unknown; after?: unknown }>(change: C): C {
  const shown = change.before;
  const g = typeof shown === 'object' && shown !== null ? given.get(shown) : undefined;
  if (!g) return change;
  const after = change.after;
  if (typeof after !== 'object' || after === null) return { ...change, before: g.record };
  const out: Obj = { ...(after as Obj) };
  for (const field of g.fields) {
    const was = g.record[field];
    if (deepEqual(out[field], (shown as Obj)[field])) {
      if (was === undefined) delete out[field];
      else out[field] = was;
    } else if (Array.isArray(was) && Array.isArray(out[field])) {
      // What the parser took out of the list (an id, or a member naming someone not in the bundle) goes back at its end.
      const shownList = ((shown as Obj)[field] ?? []) as unknown[];
      const mine = out[field] as unknown[];
      const has = (list: unknown[], v: unknown) => list.some((x) => deepEqual(x, v));
      out[field] = [...mine, ...(was as unknown[]).filter((v) => !has(shownList, v) && !has(mine, v))];
    }
  }
  return { ...change, before: g.record, after: out };
}
