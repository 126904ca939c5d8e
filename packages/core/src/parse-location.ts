/**
 * Where each parsed record sat in the input ("people[3]"), for issues found after parsing (references, rules).
 * A list notes each record it keeps and its index as it parses (two array pushes), and a record's place is looked up
 * only when an issue names it: a WeakMap entry for every record was a fifth of the time of parsing 10,000 entries.
 * The lists noted belong to the parse under way (parsing is synchronous): `clear` brackets it, so nothing
 * of one case is held after its parse.
 */
interface Placed {
  readonly name: string;
  readonly records: object[];
  readonly indices: number[];
  byRecord?: Map<object, number>;
}

let lists: Placed[] = [];
const single = new WeakMap<object, string>();

export const locations = {
  /** Called as a parse starts and as it ends: forget the lists of any other. */
  clear(): void {
    lists = [];
  },
  /** A list being parsed: push each record kept, and its index in the input, onto `records` and `indices`. */
  list(name: string): Placed {
    const placed: Placed = { name, records: [], indices: [] };
    lists.push(placed);
    return placed;
  },
  /** One record's place (a safety plan: its own lists are noted under its place). */
  set(rec: object, at: string): void {
    single.set(rec, at);
  },
};

export function locationOf(rec: object, fallback: string): string {
  const at = single.get(rec);
  if (at !== undefined) return at;
  for (const l of lists) {
    l.byRecord ??= new Map(l.records.map((r, k) => [r, l.indices[k]!]));
    const i = l.byRecord.get(rec);
    if (i !== undefined) return `${l.name}[${i}]`;
  }
  return fallback;
}
