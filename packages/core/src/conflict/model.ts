import { deepEqual } from '../deep-equal.js';

/**
 * The pure model of a conflict: two people changed one record. `base` is the version both started from (the
 * change's `before`), `mine` what this person tried to save, `theirs` what someone else saved first (undefined when
 * they deleted it). Nothing here touches a store or the DOM.
 */

type Rec = Record<string, unknown>;

/** Who changed a field since the version both started from. Without a base, every difference counts as 'both'. */
export type ChangedBy = 'mine' | 'theirs' | 'both';

/** One field whose value differs between mine and theirs. */
export interface FieldDifference {
  field: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
  changedBy: ChangedBy;
}

export interface DiffOptions {
  /** The fields to compare, in the order to show them; fields not listed follow in the records' own order. */
  fields?: readonly string[];
  /** Fields never shown or asked about, e.g. `updatedAt` (bookkeeping every save changes). `id` is never compared. */
  ignore?: readonly string[];
}

export interface RebaseOptions extends DiffOptions {
  /** The person's answer for fields both changed: take my value or keep theirs. Fields not answered stay clashes. */
  choose?: Readonly<Record<string, 'mine' | 'theirs'>>;
}

/** The result of laying my changes on their version. */
export interface Rebase<T> {
  /**
   * Their version, with every field only I changed taken from mine (a list both only added to or edited in
   * different items keeps both sets of changes), and each answered clash as chosen. Unanswered clashes hold theirs.
   */
  record: T;
  /** Fields of mine laid on theirs (changed only by me, merged lists, or clashes answered 'mine'). */
  applied: string[];
  /** Fields both changed to different values that have no answer yet: ask about these, and only these. */
  clashes: string[];
}

const has = (r: Rec | undefined, k: string) => !!r && r[k] !== undefined;

function fieldsOf(records: (Rec | undefined)[], options: DiffOptions): string[] {
  const skip = new Set(['id', ...(options.ignore ?? [])]);
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (k: string) => {
    if (!skip.has(k) && !seen.has(k)) {
      seen.add(k);
      out.push(k);
    }
  };
  options.fields?.forEach(add);
  for (const r of records) if (r) Object.keys(r).forEach(add);
  return out;
}

/**
 * The fields where mine and theirs differ, each with who changed it since `base`. A field both changed to the same
 * value is not a difference. When theirs is undefined (they deleted the record), every field mine has is listed.
 */
export function diffRecords<T extends object>(
  mine: T,
  theirs: T | undefined,
  base?: T | null,
  options: DiffOptions = {},
): FieldDifference[] {
  const m = mine as Rec,
    t = theirs as Rec | undefined,
    b = (base ?? undefined) as Rec | undefined;
  const out: FieldDifference[] = [];
  for (const field of fieldsOf([m, t, b], options)) {
    if (t && deepEqual(m[field], t[field])) continue;
    if (!t && !has(m, field)) continue;
    const mineChanged = !b || !deepEqual(m[field], b[field]);
    const theirsChanged = !b || !t || !deepEqual(t[field], b[field]);
    const changedBy: ChangedBy = mineChanged && theirsChanged ? 'both' : mineChanged ? 'mine' : 'theirs';
    out.push({ field, base: b?.[field], mine: m[field], theirs: t?.[field], changedBy });
  }
  return out;
}

/**
 * Lays my change on their version, field by field: a field only I changed takes my value; a field only they changed
 * keeps theirs; a list both changed is merged item by item when the changes do not touch the same item (items with
 * an `id` are matched by id, other items by their content: two people adding a strength, or each editing a different
 * step, both land); a field both changed to different values is a clash, answered through `options.choose` or left
 * for the person to decide. Ignored fields (bookkeeping) take mine when I changed them. Pure: nothing is modified.
 */
export function rebaseChange<T extends object>(base: T | null | undefined, mine: T, theirs: T, options: RebaseOptions = {}): Rebase<T> {
  const b = (base ?? {}) as Rec,
    m = mine as Rec,
    t = theirs as Rec;
  const out: Rec = { ...t };
  const applied: string[] = [];
  const clashes: string[] = [];
  const take = (field: string, value: unknown) => {
    if (value === undefined) delete out[field];
    else out[field] = value;
  };
  for (const field of options.ignore ?? []) if (!deepEqual(m[field], b[field])) take(field, m[field]);
  for (const field of fieldsOf([m, t, b], options)) {
    const mineChanged = !deepEqual(m[field], b[field]);
    if (!mineChanged || deepEqual(m[field], t[field])) continue;
    const theirsChanged = !deepEqual(t[field], b[field]);
    if (!theirsChanged) {
      take(field, m[field]);
      applied.push(field);
      continue;
    }
    const merged = mergeLists(b[field], m[field], t[field]);
    if (merged) {
      out[field] = merged;
      applied.push(field);
      continue;
    }
    const answer = options.choose?.[field];
    if (answer === 'mine') {
      take(field, m[field]);
      applied.push(field);
    } else if (answer !== 'theirs') clashes.push(field);
  }
  return { record: out as T, applied, clashes };
}

/** Each item of a list with its key: its `id` when every item has a string id, else its content (and occurrence). */
function keyed(list: unknown[], byId: boolean): [string, unknown][] {
  const count = new Map<string, number>();
  return list.map((item) => {
    const raw = byId ? `id:${(item as { id: string }).id}` : `v:${JSON.stringify(item)}`;
    const n = count.get(raw) ?? 0;
    count.set(raw, n + 1);
    return [`${raw}#${n}`, item];
  });
}

const hasId = (x: unknown) => !!x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string';

/**
 * A three-way merge of one list both people changed, or undefined when their changes touch the same item (one
 * edited an item the other edited differently or deleted) or both reordered it differently.
 */
export function mergeLists(base: unknown, mine: unknown, theirs: unknown): unknown[] | undefined {
  const b = base === undefined ? [] : base,
    m = mine === undefined ? [] : mine,
    t = theirs === undefined ? [] : theirs;
  if (!Array.isArray(b) || !Array.isArray(m) || !Array.isArray(t)) return undefined;
  const byId = [b, m, t].every((l: unknown[]) => l.every(hasId));
  const kb = new Map(keyed(b, byId)),
    km = keyed(m, byId),
    kt = keyed(t, byId);
  const mm = new Map(km),
    tm = new Map(kt);
  const out: [string, unknown][] = [];
  for (const [k, theirItem] of kt) {
    const inBase = kb.has(k),
      inMine = mm.has(k);
    if (inBase && !inMine) {
      // I removed it: they must not have changed it.
      if (!deepEqual(theirItem, kb.get(k))) return undefined;
      continue;
    }
    if (inMine && !deepEqual(mm.get(k), theirItem)) {
      const mineChanged = !inBase || !deepEqual(mm.get(k), kb.get(k));
      const theirsChanged = !inBase || !deepEqual(theirItem, kb.get(k));
      if (mineChanged && theirsChanged) return undefined;
      out.push([k, mineChanged ? mm.get(k) : theirItem]);
      continue;
    }
    out.push([k, theirItem]);
  }
  for (const [k, item] of kb) {
    // They removed an item I changed: ask.
    if (!tm.has(k) && mm.has(k) && !deepEqual(mm.get(k), item)) return undefined;
  }
  // Items I added go after the item that precedes them in my list (or first); items I added at the end go last,
  // after any they added (theirs were saved first).
  const added = (k: string) => !kb.has(k) && !tm.has(k);
  km.forEach(([k, item], i) => {
    if (!added(k)) return;
    if (km.slice(i).every(([key]) => added(key))) return void out.push([k, item]);
    let at = 0;
    for (let j = i - 1; j >= 0; j--) {
      const p = out.findIndex(([key]) => key === km[j]![0]);
      if (p >= 0) {
        at = p + 1;
        break;
      }
    }
    out.splice(at, 0, [k, item]);
  });
  // A reorder by one person is kept; by both, differently, it is a clash.
  const order = (list: [string, unknown][]) => list.map(([k]) => k).filter((k) => kb.has(k) && mm.has(k) && tm.has(k));
  const baseOrder = order([...kb]),
    mineOrder = order(km),
    theirOrder = order(kt);
  const mineMoved = !deepEqual(mineOrder, baseOrder),
    theirsMoved = !deepEqual(theirOrder, baseOrder);
  if (mineMoved && theirsMoved && !deepEqual(mineOrder, theirOrder)) return undefined;
  if (mineMoved) {
    const rank = new Map(mineOrder.map((k, i) => [k, i]));
    const slots = out.map(([k], i) => (rank.has(k) ? i : -1)).filter((i) => i >= 0);
    const sorted = slots.map((i) => out[i]!).sort((x, y) => rank.get(x[0])! - rank.get(y[0])!);
    slots.forEach((slot, i) => (out[slot] = sorted[i]!));
  }
  return out.map(([, item]) => item);
}
